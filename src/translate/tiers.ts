// Tier and trend wording (T1, T2, N1). Colour is never the only signal: every tier and trend has
// a word and a text icon as well.
import type { MetricsReport, Tier, TierWithheld, Trend, TrendLabel } from '../metrics/types.js';
import { formatDate } from './format.js';

export interface TierView {
  /** css modifier and machine value: elite | high | medium | low | unrated | none */
  key: Tier | 'unrated' | 'none';
  /** "Elite", "Too few to rate", "Not rated" */
  word: string;
  /** ★★★★ … ★☆☆☆; decorative, the word carries the meaning */
  icon: string;
  /** "in the DORA 2023 table", "a tier needs at least 10 deployments" */
  detail: string;
  /** "Elite in the DORA 2023 table" */
  text: string;
  /** a tier was earned: only then does the page show a tier badge (T2–T4: only the reason) */
  rated: boolean;
}

const TIER_WORDS: Record<Tier, { word: string; icon: string }> = {
  elite: { word: 'Elite', icon: '★★★★' },
  high: { word: 'High', icon: '★★★☆' },
  medium: { word: 'Medium', icon: '★★☆☆' },
  low: { word: 'Low', icon: '★☆☆☆' },
};

/** "dora-2023" → "DORA 2023". */
export function benchmarkTitle(name: string, year: number): string {
  return /^dora-\d{4}$/.test(name) ? `DORA ${year}` : `${name} (${year})`;
}

/** T3, T4 and a shallow clone: why a tier is withheld whatever the sample. */
const WITHHELD: Record<Exclude<TierWithheld, 'too-few'>, string> = {
  'history-ends-before-window': 'the history ends before this window starts',
  'assumed-deployments': 'the deployments are assumed from merges',
  'shallow-history': 'the clone is shallow, so lead times are cut',
  'history-begins-in-window': 'the history begins inside this window, so the rate counts days before it',
};

/** `withheld`: the engine's tierWithheld (a boolean: T2's tooFewToRate alone). */
export function describeTier(
  tier: Tier | null,
  withheld: TierWithheld | boolean | null,
  table: string,
  minimum?: string,
): TierView {
  if (tier) {
    const { word, icon } = TIER_WORDS[tier];
    return {
      key: tier,
      word,
      icon,
      detail: `in the ${table} table`,
      text: `${word} in the ${table} table`,
      rated: true,
    };
  }
  if (typeof withheld === 'string' && withheld !== 'too-few') {
    const detail = WITHHELD[withheld];
    return {
      key: 'unrated',
      word: 'Not rated',
      icon: '–',
      detail,
      text: `Not rated: ${detail}`,
      rated: false,
    };
  }
  if (withheld) {
    // T2: the value is still shown, only the tier is withheld.
    const detail = minimum ? `a tier needs at least ${minimum}` : 'the sample is too small for a tier';
    return {
      key: 'unrated',
      word: 'Too few to rate',
      icon: '–',
      detail,
      text: `Too few to rate: ${detail}`,
      rated: false,
    };
  }
  const detail = 'no value in this window';
  return { key: 'none', word: 'Not rated', icon: '–', detail, text: `Not rated: ${detail}`, rated: false };
}

export interface TrendView {
  label: TrendLabel | 'none';
  /** ↑ or ↓ for the direction of the value, = for no change; decorative */
  arrow: string;
  /** "Better than the previous 90 days (was 24 hours)" */
  text: string;
}

/** N1: the engine's label decides better/worse; the arrow only says which way the number moved. */
export function describeTrend(
  label: TrendLabel | null,
  change: number | null,
  previousText: string,
  days: number,
  has: { current: boolean; previous: boolean },
  /** beforeHistory(report): why there is nothing to compare with */
  noPrevious: string | null = null,
): TrendView {
  const period = `the previous ${days} days`;
  if (noPrevious !== null) return { label: 'none', arrow: '', text: noPrevious };
  if (label === null || change === null) {
    return { label: 'none', arrow: '', text: noComparison(period, previousText, has) };
  }
  const arrow = change > 0 ? '↑' : change < 0 ? '↓' : '=';
  const words: Record<TrendLabel, string> = {
    better: `Better than ${period}`,
    worse: `Worse than ${period}`,
    same: `Same as ${period}`,
    changed: `Changed since ${period}`,
  };
  return { label, arrow, text: `${words[label]} (was ${previousText})` };
}

/**
 * N1 in the case the engine marks `previous.beforeHistory`: the previous window ends before the
 * history begins, so there is nothing to compare with (the trust line says so at length). Null otherwise.
 */
export function beforeHistory(report: MetricsReport): string | null {
  if (report.previous.beforeHistory !== true) return null;
  return `No comparison: ${historyBegins(report)}`;
}

/** "the history begins on 6 Nov 2026" (dataQuality.historyBegins). */
export function historyBegins(report: MetricsReport): string {
  return `the history begins on ${formatDate(report.dataQuality.historyBegins)}`;
}

/** N1 without a label: names the window that really has no value. */
function noComparison(
  period: string,
  previousText: string,
  has: { current: boolean; previous: boolean },
): string {
  if (!has.current && !has.previous) return `No comparison: neither this window nor ${period} has a value`;
  if (!has.current) return `No comparison: this window has no value (${period} had ${previousText})`;
  if (!has.previous) return `No comparison: ${period} have no value (${previousText})`;
  return `No comparison with ${period} (was ${previousText})`;
}

export type Direction = 'higher' | 'lower' | 'none';

/** N1 as the engine labelled it (report.trends[key]); computed here only when the engine has no such key. */
export function trendFrom(
  trends: Record<string, Pick<Trend, 'change' | 'label'>>,
  key: string,
  current: number | null,
  previous: number | null,
  direction: Direction,
): Pick<Trend, 'change' | 'label'> {
  return trends[key] ?? labelChange(current, previous, direction);
}

/** N1 fallback when the engine's trends lack a key. */
export function labelChange(current: number | null, previous: number | null, direction: Direction) {
  if (current === null || previous === null) return { change: null, label: null };
  const change = current - previous;
  if (change === 0) return { change, label: 'same' as const };
  if (direction === 'none') return { change, label: 'changed' as const };
  const up = change > 0;
  return { change, label: (direction === 'higher') === up ? ('better' as const) : ('worse' as const) };
}
