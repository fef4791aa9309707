// Customer-impact weights and the business calendar in the context section, and the
// peak weeks marked on every weekly chart of the page (shading, plus the tables' week labels).
import type { CalendarReport, ImpactReport, SplitMetrics } from '../context/types.js';
import type { MetricsReport } from '../metrics/types.js';
import { formatDate, formatDuration, formatNumber, formatPercent, NO_DATA } from '../translate/format.js';
import { weeksOf } from './charts.js';
import type { ChartSpec, ChartView } from './view-types.js';

/** `plainP90Hours`: the report's own L4 p90, over the same changes. */
export function buildImpactView(impact: ImpactReport, plainP90Hours: number | null) {
  const weights = impact.weights.map((w) => `${w.label} ×${formatNumber(w.weight)}`).join(', ');
  const lead = impact.leadTime;
  const rate = impact.changeFailureRate;
  return {
    weights: `Weights: ${weights}; anything else ×${formatNumber(impact.defaultWeight)}.`,
    rule:
      'A change weighs as much as its heaviest weighted label. A deployment weighs as much as the heaviest change it ships or incident charged to it. ' +
      'Weighted lead time counts each change as many times as its weight; weighted change failure rate is the weight of failed deployments over the weight of all.',
    leadTime: `Weighted median lead time ${formatDuration(lead.weightedMedianHours)} against ${formatDuration(lead.medianHours)} unweighted (${formatNumber(lead.changes)} changes).`,
    failureRate: `Weighted change failure rate ${formatPercent(rate.weightedRate)} against ${formatPercent(rate.rate)} unweighted (${formatNumber(rate.deployments)} deployments).`,
    table: {
      caption: 'Plain and impact-weighted figures',
      headers: ['Measure', 'Unweighted', 'Weighted by impact'],
      rows: [
        ['Lead time (median)', formatDuration(lead.medianHours), formatDuration(lead.weightedMedianHours)],
        ['Lead time (90th percentile)', formatDuration(plainP90Hours), formatDuration(lead.weightedP90Hours)],
        [
          'Change failure rate',
          formatPercent(rate.rate),
          `${formatPercent(rate.weightedRate)} (${formatNumber(rate.failedWeight)} of ${formatNumber(rate.totalWeight)} weight)`,
        ],
      ],
    },
  };
}

function perWeek(split: SplitMetrics): string {
  return split.deploymentsPerWeek === null ? NO_DATA : `${formatNumber(split.deploymentsPerWeek)} a week`;
}

export function buildCalendarView(calendar: CalendarReport) {
  const { inside, outside } = calendar;
  return {
    peaks: calendar.peaks.map(
      (p) =>
        `${p.name}: ${formatDate(p.start)} to ${formatDate(new Date(Date.parse(p.end) - 1))} (${formatNumber(p.daysInWindow)} days in the window)`,
    ),
    marking: calendar.peakWeeks.length
      ? 'Weeks that overlap a peak are shaded in the weekly charts, and marked in their tables.'
      : 'No peak falls in this window.',
    table: {
      caption: 'Inside and outside the peaks',
      headers: ['Measure', 'Inside peaks', 'Outside peaks'],
      rows: [
        ['Days of the window', formatNumber(inside.days), formatNumber(outside.days)],
        [
          'Deployments',
          `${formatNumber(inside.deployments)} (${perWeek(inside)})`,
          `${formatNumber(outside.deployments)} (${perWeek(outside)})`,
        ],
        [
          'Change failure rate',
          formatPercent(inside.changeFailureRate),
          formatPercent(outside.changeFailureRate),
        ],
        [
          'Lead time (median)',
          formatDuration(inside.leadTimeMedianHours),
          formatDuration(outside.leadTimeMedianHours),
        ],
        [
          'Time to restore (median)',
          formatDuration(inside.timeToRestoreMedianHours),
          formatDuration(outside.timeToRestoreMedianHours),
        ],
      ],
    },
  };
}

/**
 * Shades the peak weeks on every chart drawn over the report's weeks (W3), and names the peak in
 * the first column of its table; a chart over other labels is left alone.
 */
export function markPeakWeeks(
  report: MetricsReport,
  calendar: CalendarReport | null,
  charts: Record<string, ChartSpec>,
  views: readonly ChartView[],
): void {
  if (!calendar || calendar.peakWeeks.length === 0) return;
  const labels = weeksOf(report).map((w) => w.label);
  const peaks = new Map(calendar.peakWeeks.map((p) => [p.weekStart, p.peaks.join(', ')]));
  const names = report.weekly.map((w) => peaks.get(w.weekStart) ?? null);
  const indexes = names.flatMap((name, i) => (name === null ? [] : [i]));
  const label = `Peak: ${[...new Set(calendar.peakWeeks.flatMap((p) => p.peaks))].join(', ')}`;
  for (const view of views) {
    const spec = charts[view.id];
    if (!spec || spec.labels.length !== labels.length || spec.labels.some((l, i) => l !== labels[i]))
      continue;
    spec.highlight = { indexes, label };
    view.description = `${view.description} Shaded weeks are business peaks.`;
    view.table.rows = view.table.rows.map((row, i) =>
      names[i] === null ? row : [`${row[0]} (peak: ${names[i]})`, ...row.slice(1)],
    );
  }
}
