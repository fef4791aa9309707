// The long-term trend section from history.json: one line chart per DORA key (and cycle time when
// the runs have it) over the runs' dates, each with a table and a plain-words reading. history.json
// lives on the Pages branch, where anyone with push access can edit it, so history-runs.ts checks
// every field again, and all text reaches the page through Handlebars escaping or the safe JSON element.
import { formatDate, formatDuration, formatNumber, NO_DATA, plural } from '../translate/format.js';
import {
  describeHistoryMove,
  HISTORY_METRICS,
  historyTierWord,
  type HistoryKey,
  type HistoryPoint,
} from '../translate/history.js';
import { historyNotes, type HistoryRun } from './history-runs.js';
import type { ChartSpec, HistoryMetricView, HistoryView, TableView } from './view-types.js';

interface SeriesSpec {
  key: HistoryKey;
  field: keyof HistoryRun['values'];
  tier?: keyof HistoryRun['tiers'];
  anchor: string;
  rules: string;
  colour: number;
  /** the chart's title and the table's caption */
  title: string;
  /** the table's value column and the dataset's label */
  column: string;
  kind: 'duration' | 'share' | 'perWeek';
}

const SERIES: SeriesSpec[] = [
  {
    key: 'deploymentFrequency',
    field: 'deploymentsPerWeek',
    tier: 'deploymentFrequency',
    anchor: 'method-deploymentFrequency',
    rules: 'D1–D4',
    colour: 0,
    title: 'Deployments per week, run by run',
    column: 'Deployments per week',
    kind: 'perWeek',
  },
  {
    key: 'leadTime',
    field: 'leadTimeHours',
    tier: 'leadTime',
    anchor: 'method-leadTime',
    rules: 'L1–L4',
    colour: 1,
    title: 'Median lead time, run by run',
    column: 'Median lead time',
    kind: 'duration',
  },
  {
    key: 'changeFailureRate',
    field: 'changeFailureRate',
    tier: 'changeFailureRate',
    anchor: 'method-changeFailureRate',
    rules: 'C1–C3',
    colour: 3,
    title: 'Change failure rate, run by run',
    column: 'Change failure rate',
    kind: 'share',
  },
  {
    key: 'timeToRestore',
    field: 'timeToRestoreHours',
    tier: 'timeToRestore',
    anchor: 'method-timeToRestore',
    rules: 'R1',
    colour: 2,
    title: 'Median time to restore, run by run',
    column: 'Median time to restore',
    kind: 'duration',
  },
  {
    key: 'reworkRate',
    field: 'reworkRate',
    anchor: 'method-reworkRate',
    rules: 'C4',
    colour: 6,
    title: 'Rework rate, run by run',
    column: 'Rework rate',
    kind: 'share',
  },
  {
    key: 'cycleTime',
    field: 'cycleTimeHours',
    anchor: 'method-flow',
    rules: 'F2',
    colour: 4,
    title: 'Median cycle time, run by run',
    column: 'Median cycle time',
    kind: 'duration',
  },
];

/** Rounded to `digits` decimals: the page needs no more, and 400 runs of long floats add up. */
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Durations in days once any run passes three days, so the axis reads "4" rather than "96". */
function scaled(series: SeriesSpec, values: (number | null)[]): { data: (number | null)[]; yTitle: string } {
  const map = (f: (v: number) => number) => values.map((v) => (v === null ? null : f(v)));
  if (series.kind === 'share') return { data: map((v) => round(v, 3)), yTitle: 'Share of deployments' };
  if (series.kind === 'perWeek') return { data: map((v) => round(v, 2)), yTitle: 'Deploys per week' };
  const inDays = values.some((v) => v !== null && v >= 72);
  return { data: map((v) => round(inDays ? v / 24 : v, 2)), yTitle: inDays ? 'Days' : 'Hours' };
}

function cellText(series: SeriesSpec, value: number | null): string {
  if (value === null) return NO_DATA;
  return series.kind === 'perWeek' ? formatNumber(value) : HISTORY_METRICS[series.key].words(value);
}

function historyTable(series: SeriesSpec, runs: HistoryRun[]): TableView {
  const tier = series.tier;
  return {
    caption: series.title,
    headers: ['Run date', series.column, ...(tier ? ['Tier'] : [])],
    rows: runs.map((run) => [
      formatDate(run.date),
      cellText(series, run.values[series.field]),
      ...(tier ? [historyTierWord(run.tiers[tier])] : []),
    ]),
  };
}

function buildSeries(
  series: SeriesSpec,
  runs: HistoryRun[],
  charts: Record<string, ChartSpec>,
): HistoryMetricView {
  const words = HISTORY_METRICS[series.key];
  const points: HistoryPoint[] = runs.map((run) => ({ date: run.date, value: run.values[series.field] }));
  const values = points.map((p) => p.value);
  const counted = values.filter((v) => v !== null).length;
  const view: HistoryMetricView = {
    key: series.key,
    name: words.name,
    reading: describeHistoryMove(words, points),
    chart: null,
    anchor: series.anchor,
    rules: series.rules,
  };
  // A chart of one point (or none) says nothing the reading does not.
  if (counted < 2) return view;
  const id = `history-${series.key}`;
  const { data, yTitle } = scaled(series, values);
  charts[id] = {
    kind: 'line',
    labels: [],
    x: runs.map((run) => run.day),
    datasets: [{ label: series.column, data, colour: series.colour }],
    stacked: false,
    horizontal: false,
    yTitle,
    ...(series.kind === 'share' ? { percent: true } : {}),
  };
  const span = `${formatDate(runs[0].date)} to ${formatDate(runs[runs.length - 1].date)}`;
  const gaps =
    counted < runs.length ? `; ${plural(runs.length - counted, 'run')} without a value are gaps` : '';
  view.chart = {
    id,
    title: series.title,
    description: `Line chart of ${series.column.toLowerCase()} in ${plural(counted, 'run')} from ${span}${gaps}; the table below has the figures.`,
    table: historyTable(series, runs),
  };
  return view;
}

export function waitingText(runs: number): string {
  const soFar = runs === 0 ? 'none yet' : 'one so far';
  return `Each key's monthly line appears from the Action's second daily run (history.json on the Pages branch: ${soFar}).`;
}

/** The section from runs already checked and sorted by cleanHistory; adds its chart specs to `charts`. */
export function buildHistoryView(runs: HistoryRun[], charts: Record<string, ChartSpec>): HistoryView {
  if (runs.length < 2) {
    return { shown: false, waiting: waitingText(runs.length), runs: '', notes: [], metrics: [] };
  }
  const hasCycleTime = runs.some((r) => r.values.cycleTimeHours !== null);
  const wanted = SERIES.filter((s) => s.key !== 'cycleTime' || hasCycleTime);
  const first = formatDate(runs[0].date);
  const last = formatDate(runs[runs.length - 1].date);
  const spanDays = runs[runs.length - 1].day - runs[0].day;
  const span = spanDays < 14 ? plural(spanDays, 'day') : formatDuration(spanDays * 24);
  return {
    shown: true,
    waiting: '',
    runs: `Drawn from ${plural(runs.length, 'run')} of the Action between ${first} and ${last} (${span}).`,
    notes: historyNotes(runs),
    metrics: wanted.map((s) => buildSeries(s, runs, charts)),
  };
}
