// The body of the pull request comment: the DORA keys and cycle time against the previous window,
// and the pull request itself in context. Pure: `now` is passed in.
import { businessLine } from '../business/words.js';
import type { Trend } from '../metrics/types.js';
import { markdownCell, markdownCode, markdownLink } from './markdown-text.js';
import { servicesSection, summaryRows, type SummarySource } from './markdown-summary.js';
import { formatDuration, formatNumber } from '../translate/format.js';
import { sectionId, sectionUrl } from './anchors.js';

export interface PullRequestContext {
  number: number;
  createdAt: string;
  additions: number;
  deletions: number;
  draft: boolean;
  /** a review by someone other than the author exists */
  reviewed: boolean;
}

const BARS = '▁▂▃▄▅▆▇█';

/** A small trend of a weekly series: one bar a week, a gap where the week has no value. */
export function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return '';
  const low = Math.min(...known);
  const high = Math.max(...known);
  return values
    .map((v) =>
      v === null ? ' ' : BARS[high === low ? 3 : Math.round(((v - low) / (high - low)) * (BARS.length - 1))],
    )
    .join('');
}

/** A mark beside the trend's own words ("better (−3 hours)"), which already say which way. */
function arrow(trend: Trend | undefined): string {
  return trend?.label === 'better' ? ' ✅' : trend?.label === 'worse' ? ' ⚠️' : '';
}

/** F2: where an open pull request stands, in the terms of the cycle-time phases. */
export function phaseOf(pr: PullRequestContext): string {
  if (pr.draft) return 'coding (draft)';
  return pr.reviewed ? 'review (reviewed, not merged)' : 'pickup (waiting for a first review)';
}

/**
 * A comment is read between reviews, so it shows the first services of the configuration
 * and leaves the rest to the report; the budget keeps it far below GitHub's 65,536 characters
 * (comment.ts) whatever the names.
 */
export const COMMENT_SERVICES = { maxRows: 10, budget: 20_000 };

export function pullRequestComment(
  report: SummarySource,
  pr: PullRequestContext,
  now: Date,
  reportUrl: string | null,
): string {
  const weekly = report.weekly;
  const sparks: Record<string, string> = {
    'Deployment frequency': sparkline(weekly.map((w) => w.deployments)),
    'Lead time for changes': sparkline(weekly.map((w) => w.leadTimeMedianHours)),
    'Change failure rate': sparkline(
      weekly.map((w) => (w.deployments ? w.failedDeployments / w.deployments : null)),
    ),
    'Cycle time': sparkline(weekly.map((w) => w.cycleTimeMedianHours)),
  };
  const keep = new Set([
    'Deployment frequency',
    'Lead time for changes',
    'Change failure rate',
    'Time to restore',
    'Cycle time',
  ]);
  const rows = summaryRows(report).filter((row) => keep.has(row.metric));
  const trendKey: Record<string, string> = {
    'Deployment frequency': 'deploymentFrequency',
    'Lead time for changes': 'leadTime',
    'Change failure rate': 'changeFailureRate',
    'Time to restore': 'timeToRestore',
    'Cycle time': 'cycleTime',
  };
  // each row links to its card in the report (anchors.ts: stable ids)
  const cardId: Record<string, string> = {
    cycleTime: sectionId.flowCycle,
  };
  const metricCell = (metric: string) => {
    const key = trendKey[metric];
    return reportUrl
      ? markdownLink(metric, sectionUrl(reportUrl, cardId[key] ?? sectionId.metric(key)))
      : markdownCell(metric);
  };
  const ageHours = Math.max(0, now.getTime() - Date.parse(pr.createdAt)) / 3_600_000;
  const lines = pr.additions + pr.deletions;
  const medianLines = report.flow?.batchSize.medianLines ?? null;
  const medianCycle = report.flow?.cycleTime.medianHours ?? null;
  const out = [
    `### Delivery metrics for ${markdownCell(`${report.repository.owner}/${report.repository.name}`)}`,
    '',
    `Last ${report.window.days} days against the ${report.window.days} before · deployments from ${markdownCode(report.source.deployments)} · tiers from ${markdownCell(report.benchmarks.name)}`,
    '',
    '| Metric | Now | Tier | Against before | Weekly |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${metricCell(row.metric)} | ${[
          row.value,
          row.tier,
          `${row.trend}${arrow(report.trends[trendKey[row.metric]])}`,
          sparks[row.metric] ?? '',
        ]
          .map(markdownCell)
          .join(' | ')} |`,
    ),
    ...servicesSection(report, COMMENT_SERVICES),
    ...[businessLine(report.business, markdownCell)].flatMap((line) => (line ? ['', line] : [])),
    '',
    `**This pull request (#${pr.number})**: open for ${formatDuration(ageHours)}` +
      (medianCycle === null
        ? ''
        : ` (the median change takes ${formatDuration(medianCycle)} from first commit to merge)`) +
      `; ${formatNumber(lines)} lines changed` +
      (medianLines === null ? '' : ` (median ${formatNumber(medianLines)})`) +
      `; now in ${phaseOf(pr)}.`,
  ];
  if (reportUrl) out.push('', markdownLink('Full report', reportUrl));
  return out.join('\n');
}
