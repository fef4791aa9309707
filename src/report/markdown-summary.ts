// summary.md: the figures as a Markdown table, fit for a terminal and an Actions job summary.
import { businessLine } from '../business/words.js';
import type { ContextReport } from '../context/types.js';
import type { MetricsReport, Tier, TierWithheld, Trend } from '../metrics/types.js';
import { markdownCell, markdownCode } from './markdown-text.js';
import { servicesTable, trendNote } from './services-table.js';
import { buildTrustLine } from './trust.js';
import {
  formatDeployRate,
  formatDuration,
  formatDate,
  formatNumber,
  formatPercent,
  formatWindow,
  plural,
} from '../translate/format.js';

export interface SummaryRow {
  metric: string;
  rule: string;
  value: string;
  tier: string;
  trend: string;
  sample: string;
}

/** T2–T4 and a shallow clone: a withheld tier says why in a few words; no value and no reason, "–". */
const WITHHELD_CELL: Record<TierWithheld, string> = {
  'too-few': 'too few to rate',
  'assumed-deployments': 'not rated: deployments assumed',
  'history-ends-before-window': 'not rated: history ends before the window',
  'shallow-history': 'not rated: shallow clone',
  'history-begins-in-window': 'not rated: history begins in the window',
};

function tierText(metric: { tier: Tier | null; tierWithheld: TierWithheld | null }): string {
  if (metric.tier) return metric.tier;
  return metric.tierWithheld ? WITHHELD_CELL[metric.tierWithheld] : '–';
}

/** N1: a comparison that cannot be made names the side without a value. */
function trendText(trend: Trend | undefined, format: (value: number) => string): string {
  if (!trend) return '–';
  if (trend.current === null && trend.previous !== null) return 'no value in this window';
  if (trend.previous === null && trend.current !== null) return 'no value in the previous window';
  if (trend.label === null || trend.change === null) return '–';
  if (trend.label === 'same') return 'same';
  const sign = trend.change > 0 ? '+' : trend.change < 0 ? '−' : '±';
  return `${trend.label} (${sign}${format(Math.abs(trend.change))})`;
}

const hours = (h: number) => formatDuration(h);
/** A change of a weekly rate in the largest unit it shows in: +0.02/week prints as +1/year, not +0/week. */
const perWeek = (weekly: number) =>
  formatNumber(weekly) !== '0'
    ? `${formatNumber(weekly)}/week`
    : formatNumber((weekly * 365.25) / 84) !== '0'
      ? `${formatNumber((weekly * 365.25) / 84)}/month`
      : `${formatNumber((weekly * 365.25) / 7)}/year`;
const percentPoints = (share: number) => `${formatNumber(share * 100)} pts`;

export function summaryRows(report: MetricsReport): SummaryRow[] {
  const { dora, flow, trends } = report;
  // N1: a previous window before the history is compared with nothing, and the cell says why.
  const noPrevious = report.previous.beforeHistory
    ? `history begins ${formatDate(report.dataQuality.historyBegins)}`
    : null;
  const compare = (trend: Trend | undefined, format: (value: number) => string) =>
    noPrevious ?? trendText(trend, format);
  const rows: SummaryRow[] = [
    {
      metric: 'Deployment frequency',
      rule: 'D4',
      value: formatDeployRate(dora.deploymentFrequency.perDay, dora.deploymentFrequency.count),
      tier: tierText(dora.deploymentFrequency),
      trend: compare(trends.deploymentFrequency, perWeek),
      sample: plural(dora.deploymentFrequency.count, 'deployment'),
    },
    {
      metric: 'Lead time for changes',
      rule: 'L4',
      value: formatDuration(dora.leadTime.medianHours),
      tier: tierText(dora.leadTime),
      trend: compare(trends.leadTime, hours),
      sample: `${plural(dora.leadTime.changes, 'change')}; p90 ${formatDuration(dora.leadTime.p90Hours)}`,
    },
    {
      metric: 'Change failure rate',
      rule: 'C3',
      value: formatPercent(dora.changeFailureRate.rate),
      tier: tierText(dora.changeFailureRate),
      trend: compare(trends.changeFailureRate, percentPoints),
      sample: `${formatNumber(dora.changeFailureRate.failed)} of ${plural(dora.changeFailureRate.deployments, 'deployment')}`,
    },
    {
      metric: 'Time to restore',
      rule: 'R1',
      value: formatDuration(dora.timeToRestore.medianHours),
      tier: tierText(dora.timeToRestore),
      trend: compare(trends.timeToRestore, hours),
      sample: `${dora.timeToRestore.restored} restored, ${dora.timeToRestore.unrestored} open`,
    },
    {
      metric: 'Deployment rework rate',
      rule: 'C4',
      value: formatPercent(dora.reworkRate.rate),
      tier: '–',
      trend: compare(trends.reworkRate, percentPoints),
      sample: `${formatNumber(dora.reworkRate.rework)} of ${plural(dora.reworkRate.deployments, 'deployment')}`,
    },
  ];
  if (flow) {
    rows.push(
      {
        metric: 'Cycle time',
        rule: 'F2',
        value: formatDuration(flow.cycleTime.medianHours),
        tier: '–',
        trend: compare(trends.cycleTime, hours),
        sample: plural(flow.throughput.merged, 'pull request'),
      },
      {
        metric: 'Throughput',
        rule: 'F1',
        value: `${formatNumber(flow.throughput.perWeek)} pull requests a week`,
        tier: '–',
        trend: compare(trends.throughput, perWeek),
        sample: `${flow.throughput.merged} merged`,
      },
      {
        metric: 'Flow efficiency',
        rule: 'F4',
        value: formatPercent(flow.efficiency),
        tier: '–',
        trend: compare(trends.flowEfficiency, percentPoints),
        sample: 'reviewed and shipped pull requests',
      },
    );
  }
  return rows;
}

/** T2–T4, D2: the report's trust line, when a tier is withheld or the deployments are assumed. */
function trustLines(report: MetricsReport, shape: (line: string) => string[]): string[] {
  const line = buildTrustLine(report, { autoNote: false });
  return line === null ? [] : shape(line);
}

/** One table row; every cell through the one escaper (markdown-text.ts), ours as well as hostile ones. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map(markdownCell).join(' | ')} |`;
}

/** The report, with its `context` when the pipeline added it. */
export type SummarySource = MetricsReport & { context?: ContextReport };

/** A job summary holds 1 MiB; the services' table keeps well inside it whatever the configuration. */
const SUMMARY_SERVICES_BUDGET = 200_000;

/** The services' table, only when a configuration declares services. */
export function servicesSection(
  report: SummarySource,
  limits: { maxRows?: number; budget?: number } = { budget: SUMMARY_SERVICES_BUDGET },
): string[] {
  const services = report.context?.services;
  if (!services?.length) return [];
  return [
    '',
    `**Services** (declared in ${markdownCell(report.context?.configFile ?? 'the configuration')})`,
    '',
    ...servicesTable(services, { ...limits, elsewhere: 'every service is in the full report' }),
    '',
    trendNote(report.window.days),
  ];
}

export function markdownSummary(report: SummarySource): string {
  const { repository, window, source, benchmarks } = report;
  const lines = [
    `## DORA and flow metrics: ${markdownCell(`${repository.owner}/${repository.name}`)}`,
    '',
    `${formatWindow(window.since, window.until)} (${window.days} days) · deployments from ${markdownCode(source.deployments)} · tiers from ${markdownCell(benchmarks.name)}`,
    '',
    ...trustLines(report, (line) => [`> ${markdownCell(line)}`, '']),
    '| Metric | Value | Tier | Against the previous window | Sample |',
    '| --- | --- | --- | --- | --- |',
    ...summaryRows(report).map((row) =>
      markdownRow([`${row.metric} (${row.rule})`, row.value, row.tier, row.trend, row.sample]),
    ),
  ];
  if (report.flow === null) lines.push('', 'Flow metrics need pull requests; this history has commits only.');
  lines.push(...servicesSection(report));
  // the strongest relation with the business's own numbers, or none.
  const business = businessLine(report.business, markdownCell);
  if (business) lines.push('', business);
  const notes = report.dataQuality.notes;
  if (notes.length)
    lines.push('', '**What was left out**', '', ...notes.map((note) => `- ${markdownCell(note)}`));
  return `${lines.join('\n')}\n`;
}

/** The same rows as aligned plain text for a terminal. */
export function textTable(report: MetricsReport): string {
  const rows = summaryRows(report);
  const header = ['Metric', 'Value', 'Tier', 'vs previous', 'Sample'];
  const table = [header, ...rows.map((r) => [`${r.metric} (${r.rule})`, r.value, r.tier, r.trend, r.sample])];
  const widths = header.map((_, col) => Math.max(...table.map((row) => row[col].length)));
  const lines = table.map((row) =>
    row
      .map((text, col) => text.padEnd(widths[col]))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  const { window, source } = report;
  return [
    `${report.repository.owner}/${report.repository.name}: ${formatWindow(window.since, window.until)}, deployments from ${source.deployments} (${source.reason})`,
    ...trustLines(report, (line) => [line]),
    ...lines,
    ...(report.flow === null ? ['Flow metrics need pull requests; this history has commits only.'] : []),
    ...report.dataQuality.notes.map((note) => `· ${note}`),
  ].join('\n');
}
