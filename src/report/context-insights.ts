// Bottleneck and correlations of the context section: the largest share of cycle time,
// and two scatter charts with a plain-words reading and a table alternative each.
import type { BottleneckReport, ContextReport } from '../context/types.js';
import { batchSizePairs, frequencyPairs } from '../context/insights.js';
import type { MetricsReport } from '../metrics/types.js';
import { describeCorrelation } from '../translate/correlation.js';
import { formatDuration, formatNumber, formatPercent, NO_DATA, plural } from '../translate/format.js';
import { PHASE_NAMES } from '../translate/meanings-flow.js';
import { weeksOf } from './charts.js';
import type { CorrelationView } from './context-types.js';
import type { ChartSpec, TableView } from './view-types.js';

/** Past this many points the page would grow for little: the most recent are drawn, all are counted. */
export const MAX_SCATTER_POINTS = 1500;

export function buildBottleneckView(bottleneck: BottleneckReport | null) {
  if (bottleneck === null || bottleneck.largest === null) return null;
  const table: TableView = {
    caption: 'The phases from first commit to production: median, and the hours in all',
    headers: ['Phase', 'Median', 'Hours in all', 'Share'],
    rows: bottleneck.phases.map((p) => [
      PHASE_NAMES[p.phase],
      formatDuration(p.medianHours),
      formatNumber(p.totalHours),
      formatPercent(p.share),
    ]),
  };
  const largest = bottleneck.phases.find((p) => p.phase === bottleneck.largest)!;
  // F2: the bottleneck is the largest phase median; its share of the hours is told beside it.
  const share =
    bottleneck.largestShare === null
      ? ''
      : ` It held ${formatPercent(bottleneck.largestShare)} of the hours that ${plural(bottleneck.pullRequests, 'pull request')} reviewed and shipped in the window spent between their first commit and production.`;
  const text =
    `${PHASE_NAMES[bottleneck.largest]} is the slowest phase: a median of ${formatDuration(largest.medianHours)}, the largest of the four.` +
    `${share} Shortening it moves delivery the most.`;
  return { text, table };
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) / 2; // S1
  return sorted[Math.floor(rank)] + (sorted[Math.ceil(rank)] - sorted[Math.floor(rank)]) * (rank % 1);
};

const BANDS: [string, number, number][] = [
  ['Up to 10 lines', 0, 10],
  ['11 to 50', 11, 50],
  ['51 to 200', 51, 200],
  ['201 to 1,000', 201, 1000],
  ['Over 1,000', 1001, Infinity],
];

function batchSizeView(
  report: MetricsReport,
  context: ContextReport,
  charts: Record<string, ChartSpec>,
): CorrelationView {
  const pairs = batchSizePairs(report);
  // Logarithmic axes: sizes and times span several orders of magnitude; zeros cannot be drawn there.
  const drawn = pairs.filter(([lines, hours]) => lines > 0 && hours > 0).slice(-MAX_SCATTER_POINTS);
  const id = 'chart-context-batch';
  charts[id] = {
    kind: 'scatter',
    labels: [],
    x: drawn.map((p) => p[0]),
    datasets: [{ label: 'Pull requests', data: drawn.map((p) => Math.round(p[1] * 10) / 10), colour: 0 }],
    stacked: false,
    horizontal: false,
    xTitle: 'Lines changed (log scale)',
    yTitle: 'Cycle time in hours (log scale)',
    logX: true,
    logY: true,
  };
  const left = pairs.length - drawn.length;
  return {
    id: 'context-batch',
    title: 'Batch size against cycle time',
    reading: describeCorrelation(context.correlations.batchSizeVsCycleTime, {
      unit: 'pull request',
      positive: 'bigger pull requests tend to take longer from first commit to merge',
      negative: 'bigger pull requests tend to merge sooner',
    }),
    chart: {
      id,
      title: 'Batch size against cycle time, one dot per pull request',
      description: `Scatter chart of lines changed against cycle time for ${plural(drawn.length, 'pull request')} merged in the window${left > 0 ? ` (${formatNumber(left)} more are counted but not drawn)` : ''}; the table below groups them by size.`,
      table: {
        caption: 'Cycle time by batch size',
        headers: ['Lines changed', 'Pull requests', 'Median cycle time'],
        rows: BANDS.map(([label, low, high]) => {
          const hours = pairs.filter(([lines]) => lines >= low && lines <= high).map((p) => p[1]);
          return [label, formatNumber(hours.length), hours.length ? formatDuration(median(hours)) : NO_DATA];
        }),
      },
    },
  };
}

function frequencyView(
  report: MetricsReport,
  context: ContextReport,
  charts: Record<string, ChartSpec>,
): CorrelationView {
  const pairs = frequencyPairs(report);
  const id = 'chart-context-frequency';
  charts[id] = {
    kind: 'scatter',
    labels: [],
    x: pairs.map((p) => p[0]),
    datasets: [{ label: 'Weeks', data: pairs.map((p) => p[1]), colour: 3 }],
    stacked: false,
    horizontal: false,
    xTitle: 'Deployments in the week',
    yTitle: 'Change failure rate of the week',
    percent: true,
  };
  const weeks = weeksOf(report);
  return {
    id: 'context-frequency',
    title: 'Deployment frequency against change failure rate',
    reading: describeCorrelation(context.correlations.deploymentsVsFailureRate, {
      unit: 'week',
      positive: 'weeks with more deployments tend to have a higher share of failed ones',
      negative:
        'weeks with more deployments tend to have a lower share of failed ones, as the DORA research finds',
    }),
    chart: {
      id,
      title: 'Deployments against change failure rate, one dot per week',
      description: `Scatter chart of deployments against the change failure rate for ${plural(pairs.length, 'week')} with at least one deployment; the table below has each week.`,
      table: {
        caption: 'Deployments and failures by week',
        headers: ['Week starting', 'Deployments', 'Failed', 'Change failure rate'],
        rows: report.weekly
          .map((w, i) => ({ w, label: weeks[i].label }))
          .filter(({ w }) => w.deployments > 0)
          .map(({ w, label }) => [
            label,
            formatNumber(w.deployments),
            formatNumber(w.failedDeployments),
            formatPercent(w.failedDeployments / w.deployments),
          ]),
      },
    },
  };
}

export function buildCorrelationViews(
  report: MetricsReport,
  context: ContextReport,
  charts: Record<string, ChartSpec>,
): CorrelationView[] {
  const views = [frequencyView(report, context, charts)];
  if (report.flow !== null) views.unshift(batchSizeView(report, context, charts));
  return views;
}
