// Engineering health in the context section: CI durations with their weekly trend,
// review turnaround, and the share of changes made by bots.
import type { HealthReport } from '../context/types.js';
import type { MetricsReport } from '../metrics/types.js';
import { formatDuration, formatNumber, formatPercent, plural } from '../translate/format.js';
import { weeksOf, weeklyTable } from './charts.js';
import type { ContextView } from './context-types.js';
import type { ChartSpec } from './view-types.js';

const minutes = (hours: number | null) => (hours === null ? null : Math.round(hours * 600) / 10);

export function buildHealthView(
  report: MetricsReport,
  health: HealthReport,
  charts: Record<string, ChartSpec>,
): ContextView['health'] {
  const { ci, reviews, bots } = health;
  const which = ci.workflowsSelected.length ? `of ${ci.workflowsSelected.join(', ')}` : 'of every workflow';
  return {
    ciValue: ci.count === 0 ? 'No runs' : formatDuration(ci.medianHours),
    ci:
      ci.count === 0
        ? `No finished workflow run ${which} started in the window.`
        : `The median run ${which}, over ${plural(ci.count, 'run')} that started in the window.`,
    ciSpread: ci.count === 0 ? '' : `One run in ten takes longer than ${formatDuration(ci.p90Hours)}.`,
    ciTable:
      ci.byWorkflow.length === 0
        ? null
        : {
            caption: 'Run time by workflow',
            headers: ['Workflow', 'Runs', 'Median', '90th percentile'],
            rows: ci.byWorkflow.map((w) => [
              w.workflow,
              formatNumber(w.count),
              formatDuration(w.medianHours),
              formatDuration(w.p90Hours),
            ]),
          },
    ciChart: ci.count === 0 ? null : ciChart(report, health, charts),
    reviewValue:
      reviews === null || reviews.reviewed === 0
        ? 'No reviews'
        : formatDuration(reviews.firstReview.medianHours),
    reviews:
      reviews === null
        ? 'This history has no pull requests, so reviews cannot be seen.'
        : `From opening a pull request to the first review by someone else (median; ${formatNumber(reviews.reviewed)} of ${formatNumber(reviews.pullRequests)} pull requests merged in the window were reviewed).`,
    reviewSpread:
      reviews === null || reviews.reviewed === 0
        ? ''
        : `One in ten waits longer than ${formatDuration(reviews.firstReview.p90Hours)}; from the first review to the merge takes ${formatDuration(reviews.reviewToMerge.medianHours)} (median).`,
    botValue: formatPercent(bots.share),
    bots:
      bots.changes === 0
        ? 'No change was merged in the window.'
        : `of the changes merged in the window were made by bots (${formatNumber(bots.byBots)} of ${formatNumber(bots.changes)}).`,
    // Each name isolated on its own: a right-to-left name must not reorder its count.
    botAuthors: bots.authors.map((a) => ({ author: a.author, changes: formatNumber(a.changes) })),
  };
}

function ciChart(report: MetricsReport, health: HealthReport, charts: Record<string, ChartSpec>) {
  const weeks = weeksOf(report);
  const weekly = health.ci.weekly;
  const id = 'chart-context-ci';
  charts[id] = {
    kind: 'line',
    labels: weeks.map((w) => w.label),
    datasets: [
      { label: 'Median (minutes)', data: weekly.map((w) => minutes(w.medianHours)), colour: 0 },
      { label: '90th percentile (minutes)', data: weekly.map((w) => minutes(w.p90Hours)), colour: 3 },
    ],
    stacked: false,
    horizontal: false,
    yTitle: 'Minutes',
  };
  const title = 'Workflow run time per week';
  return {
    id,
    title,
    description:
      'Line chart of the median and 90th percentile run time per week; weeks without runs are gaps.',
    table: weeklyTable(title, weeks, [
      ['Runs', (i) => formatNumber(weekly[i].count)],
      ['Median', (i) => formatDuration(weekly[i].medianHours)],
      ['90th percentile', (i) => formatDuration(weekly[i].p90Hours)],
    ]),
  };
}
