// How a metric moved across the runs kept in history.json, in plain words: "Lead time fell from
// 3.1 days to 19 hours since 4 May 2026 (better)". Pure: the caller passes the points.
import type { Tier } from '../metrics/types.js';
import { formatDate, formatDeployRate, formatDuration, formatPercent } from './format.js';
import { describeTier, labelChange, type Direction, type TrendView } from './tiers.js';

export type HistoryKey =
  'deploymentFrequency' | 'leadTime' | 'changeFailureRate' | 'timeToRestore' | 'reworkRate' | 'cycleTime';

export interface HistoryPoint {
  /** YYYY-MM-DD, the run's date */
  date: string;
  value: number | null;
}

export interface HistoryMetricWords {
  key: HistoryKey;
  /** the name at the start of a sentence: "Lead time" */
  name: string;
  /** N1: which way is better */
  direction: Direction;
  /** the value in words: "19 hours", "2 deploys a week", "12%" */
  words: (value: number) => string;
}

const deployWords = (perWeek: number) => formatDeployRate(perWeek / 7, perWeek > 0 ? 1 : 0);

export const HISTORY_METRICS: Record<HistoryKey, HistoryMetricWords> = {
  deploymentFrequency: {
    key: 'deploymentFrequency',
    name: 'Deployment frequency',
    direction: 'higher',
    words: deployWords,
  },
  leadTime: { key: 'leadTime', name: 'Lead time', direction: 'lower', words: formatDuration },
  changeFailureRate: {
    key: 'changeFailureRate',
    name: 'Change failure rate',
    direction: 'lower',
    words: formatPercent,
  },
  timeToRestore: { key: 'timeToRestore', name: 'Time to restore', direction: 'lower', words: formatDuration },
  reworkRate: { key: 'reworkRate', name: 'Rework rate', direction: 'lower', words: formatPercent },
  cycleTime: { key: 'cycleTime', name: 'Cycle time', direction: 'lower', words: formatDuration },
};

interface Valued {
  date: string;
  value: number;
}

function valued(points: readonly HistoryPoint[]): Valued[] {
  return points.filter((p): p is Valued => p.value !== null);
}

/** "; it ranged from 12 hours to 4.2 days" when the extremes are not the two ends already named. */
function rangeClause(values: Valued[], metric: HistoryMetricWords): string {
  if (values.length < 3) return '';
  let low = values[0].value;
  let high = low;
  for (const v of values) {
    if (v.value < low) low = v.value;
    if (v.value > high) high = v.value;
  }
  const ends = [values[0].value, values[values.length - 1].value];
  if (ends.includes(low) && ends.includes(high)) return '';
  return `; it ranged from ${metric.words(low)} to ${metric.words(high)}`;
}

/**
 * The move from the first run with a value to the last one. The judgement (better/worse) is the
 * N1 label of last − first by the metric's direction; the arrow only says which way the number went.
 */
export function describeHistoryMove(metric: HistoryMetricWords, points: readonly HistoryPoint[]): TrendView {
  const values = valued(points);
  const lowerName = metric.name.toLowerCase();
  if (values.length === 0) {
    return { label: 'none', arrow: '', text: `No run had a value for ${lowerName}.` };
  }
  const first = values[0];
  const last = values[values.length - 1];
  if (values.length === 1) {
    const text = `${metric.name} has a value in one run only: ${metric.words(first.value)} on ${formatDate(first.date)}.`;
    return { label: 'none', arrow: '', text };
  }
  const lastIsLatest = last.date === points[points.length - 1].date;
  const when = lastIsLatest
    ? `since ${formatDate(first.date)}`
    : `between ${formatDate(first.date)} and ${formatDate(last.date)}`;
  const range = rangeClause(values, metric);
  const from = metric.words(first.value);
  const to = metric.words(last.value);
  const { change, label } = labelChange(last.value, first.value, metric.direction);
  if (change === 0 || from === to) {
    const about = change === 0 ? '' : 'about ';
    return { label: 'same', arrow: '=', text: `${metric.name} stayed at ${about}${to} ${when}${range}.` };
  }
  const rose = (change ?? 0) > 0;
  return {
    label: label ?? 'none',
    arrow: rose ? '↑' : '↓',
    text: `${metric.name} ${rose ? 'rose' : 'fell'} from ${from} to ${to} ${when} (${label})${range}.`,
  };
}

const TIERS: readonly string[] = ['elite', 'high', 'medium', 'low'];

/** A tier as history.json recorded it, which is file text: only the four known tiers are named (T1). */
export function historyTierWord(value: unknown): string {
  const tier = typeof value === 'string' && TIERS.includes(value) ? (value as Tier) : null;
  return tier ? describeTier(tier, false, '').word : 'not rated';
}
