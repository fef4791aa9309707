// The report's view model: MetricsReport + options → plain data with final text. Pure: no clock
// (generatedAt is passed in), no I/O (STYLE.md habit 4).
import type { ChangeRecord, MetricsReport } from '../metrics/types.js';
import type { HistoryEntry } from './history-file.js';
import { translateReport, type Translation } from '../translate/index.js';
import { formatDateTime, formatWindow } from '../translate/format.js';
import { COMMITS_ONLY_REASON } from '../translate/flow.js';
import { benchmarkTitle, historyBegins } from '../translate/tiers.js';
import { VALUE_SCORE_FORMULA } from '../translate/value-score.js';
import { buildBusinessView } from './business-view.js';
import { buildDoraChart } from './charts.js';
import { buildDistributionChart, buildPhasesChart, buildThroughputChart } from './charts-flow.js';
import { buildContextView } from './context-view.js';
import { buildQualityItems } from './data-quality.js';
import { buildHistoryView } from './history.js';
import { benchmarkFact, buildPositions, industryGlance, industryMethod } from './industry-view.js';
import { cleanHistory } from './history-runs.js';
import {
  buildDeploymentTable,
  buildFailureTable,
  buildPullRequestTable,
  buildSlowestTable,
} from './drilldown.js';
import { repositoryLinks } from './links.js';
import { buildMethodology } from './methodology.js';
import { buildGlanceNotes, buildSummary } from './at-a-glance.js';
import { buildStory } from './story.js';
import { csvFileName, type CsvDownload } from './csv.js';
import {
  attachTableDownloads,
  changeRecords,
  deploymentRecords,
  failureRecords,
  pullRequestRecords,
} from './downloads.js';
import { tableOfContents } from './anchors.js';
import { buildTrustLine, describeSource } from './trust.js';
import type { ChartSpec, FlowView, MethodEntryView, MetricCardView, ReportView } from './view-types.js';

export interface ViewOptions {
  downtimeCostPerHour?: number;
  currency?: string;
  /** when the report was generated; without it the header says "not recorded" */
  generatedAt?: Date;
  /** history.json's entries, the current run's included; the trend section needs at least two */
  history?: readonly HistoryEntry[];
}

function buildFlowView(
  report: MetricsReport,
  t: Translation,
  charts: Record<string, ChartSpec>,
): FlowView | null {
  const flow = report.flow;
  const words = t.flow;
  if (!flow || !words) return null;
  // N1: a previous window before the history has nothing to set beside this one's bars.
  const before = report.previous.beforeHistory ? null : report.previous.flow;
  const phases = buildPhasesChart(flow, before);
  const throughput = buildThroughputChart(report);
  const distribution = buildDistributionChart(flow, before);
  for (const chart of [phases, throughput, distribution]) if (chart) charts[chart.view.id] = chart.spec;
  return {
    cycleTime: words.cycleTime,
    cycleSpread: words.cycleSpread,
    cycleTrend: words.cycleTrend,
    bottleneck: words.bottleneck?.text ?? null,
    bottleneckName: words.bottleneck?.name ?? null,
    throughput: words.throughput,
    throughputTrend: words.throughputTrend,
    efficiencyValue: flow.efficiency,
    efficiencyPercent: words.efficiencyText,
    efficiencyText: words.efficiency?.text ?? words.efficiencyText,
    efficiencyBand: words.efficiency?.band ?? null,
    portfolio: words.portfolio,
    batchSize: words.batchSize,
    phasesChart: phases.view,
    throughputChart: throughput.view,
    distributionChart: distribution?.view ?? null,
    cycleMonthly: null,
  };
}

/** B7: why there is no ratio, naming the window that lacks an input. */
function valueScoreMissing(score: Translation['valueScore'], days: number): string {
  const sides = [
    score.missing.length ? `${score.missing.join(', ')} in this window` : '',
    score.previousMissing.length ? `${score.previousMissing.join(', ')} in the previous ${days} days` : '',
  ].filter(Boolean);
  return sides.length ? `Not shown: it needs ${sides.join(', and ')}.` : '';
}

export function buildViewModel(report: MetricsReport, options: ViewOptions = {}): ReportView {
  const t = translateReport(report, options);
  const links = repositoryLinks(report);
  const charts: Record<string, ChartSpec> = {};
  const positions = buildPositions(report);
  const metrics: MetricCardView[] = t.dora.map((m) => {
    const chart = buildDoraChart(m.key, report);
    charts[chart.view.id] = chart.spec;
    return { ...m, chart: chart.view, position: positions[m.key], monthly: null };
  });
  // with benchmarks dora-2025 the industry position leads, here as on the cards
  const glance = industryGlance(report);
  const leadsWithPosition = report.benchmarks.badge === 'industry';
  const byId = new Map<string, ChangeRecord>();
  for (const c of report.records.changes) byId.set(c.id, c);
  for (const c of report.records.unshippedChanges) byId.set(c.id, c);
  const deploymentLabels = new Map(report.records.deployments.map((d) => [d.key, d.label]));
  const fullName = `${report.repository.owner}/${report.repository.name}`;
  const flow = buildFlowView(report, t, charts);
  const weeklyCharts = [...metrics.map((m) => m.chart), ...(flow ? [flow.throughputChart] : [])];
  const context = buildContextView(report, charts, weeklyCharts);
  const history = buildHistoryView(cleanHistory(options.history), charts);
  // each key's card shows its own line over months
  const monthly = (key: string) => history.metrics.find((m) => m.key === key) ?? null;
  for (const card of metrics) card.monthly = monthly(card.key);
  if (flow) flow.cycleMonthly = monthly('cycleTime');
  const score = t.valueScore;
  const quality = buildQualityItems(report.dataQuality);
  const business = buildBusinessView(report, charts, options);
  // B4: how relations are tested, on the methodology's page with the other definitions
  const businessMethod: MethodEntryView[] = business
    ? [
        {
          anchor: 'method-business-relations',
          name: 'Delivery and the business',
          rules: 'B1–B7',
          definition: business.method,
        },
      ]
    : [];
  const previousWindow = formatWindow(report.previous.window.since, report.previous.window.until);
  const view: ReportView = {
    title: `Delivery report: ${fullName}`,
    repository: { text: fullName, href: links.home },
    defaultBranch: report.repository.defaultBranch,
    window: formatWindow(report.window.since, report.window.until),
    days: report.window.days,
    previousWindow,
    comparison: report.previous.beforeHistory ? historyBegins(report) : `compared with ${previousWindow}`,
    source: report.source.deployments,
    sourceLabel: sourceLabel(report.source.deployments),
    // D2: with `auto` the reason already says how the source was chosen
    sourceRequested: ['auto', report.source.deployments].includes(report.source.requested)
      ? null
      : report.source.requested,
    sourceReason: report.source.reason,
    benchmark: benchmarkFact(
      report,
      `${benchmarkTitle(report.benchmarks.name, report.benchmarks.year)} (${report.benchmarks.name})`,
    ),
    generatedAt: options.generatedAt ? formatDateTime(options.generatedAt) : 'not recorded',
    tool: `${report.tool.name} ${report.tool.version}`,
    trust: buildTrustLine(report),
    summary: leadsWithPosition ? [glance, ...buildSummary(report, t)] : [...buildSummary(report, t), glance],
    story: buildStory(t),
    toc: tableOfContents({
      flow: flow !== null,
      business: business != null,
      context: context !== null,
      declared: context?.declared ?? false,
    }),
    glanceNotes: leadsWithPosition
      ? [glance, ...buildGlanceNotes(report, t)]
      : [...buildGlanceNotes(report, t), glance],
    metrics,
    flow,
    flowMissingReason: report.flow ? null : COMMITS_ONLY_REASON,
    downtime: t.downtime
      ? {
          cost: t.downtime.costText,
          hours: t.downtime.hoursText,
          change: t.downtime.changeText,
          caveats: t.downtime.caveats,
        }
      : null,
    downtimeHint: t.downtime
      ? null
      : 'Give a cost per hour of downtime (--downtime-cost-per-hour and --currency) to see what failures cost in money.',
    valueScore: {
      shown: score.ratio !== null,
      value: score.ratioText,
      trend: score.trendText,
      inputs: score.inputs,
      formula: VALUE_SCORE_FORMULA,
      missing: valueScoreMissing(score, report.previous.window.days),
      caveats: score.caveats,
    },
    deployments: buildDeploymentTable(report, links, byId),
    failures: buildFailureTable(report, links, deploymentLabels),
    slowest: buildSlowestTable(report, links, deploymentLabels),
    pullRequests: report.flow ? buildPullRequestTable(report, links) : null,
    quality,
    qualityCountText: `${quality.filter((q) => q.attention).length} of ${quality.length} need attention`,
    qualityNotes: report.dataQuality.notes,
    methodology: [
      ...buildMethodology(report),
      industryMethod(report),
      ...(context?.methods ?? []),
      ...businessMethod,
    ],
    history,
    context,
    business,
    charts,
    downloads: [],
  };
  addDownloads(view, report);
  return view;
}

/**
 * Every table as a CSV file (csv.ts): the drill-downs with every record in the window, the tables
 * written out in the templates, then each TableView found in the view.
 */
function addDownloads(view: ReportView, report: MetricsReport): void {
  const taken = new Set<string>();
  const records = [deploymentRecords, failureRecords, changeRecords].map((build) => build(report, taken));
  [view.deployments.download, view.failures.download, view.slowest.download] = records.map((r) => r.file);
  const quality: CsvDownload = {
    file: csvFileName('data quality', taken),
    headers: ['Item', 'Count', 'What it means'],
    rows: view.quality.map((q) => [q.label, q.value, q.explanation]),
  };
  view.qualityDownload = quality.file;
  view.downloads.push(...records, quality);
  if (view.pullRequests) {
    const pulls = pullRequestRecords(report, taken);
    view.pullRequests.download = pulls.file;
    view.downloads.push(pulls);
  }
  if (view.flow?.portfolio.length) {
    const mix: CsvDownload = {
      file: csvFileName('work mix against the investment guide', taken),
      headers: ['Kind of work', 'Share', 'Guide', 'Reading'],
      rows: view.flow.portfolio.map((p) => [p.name, p.share, p.guide, p.text]),
    };
    view.flow.portfolioDownload = mix.file;
    view.downloads.push(mix);
  }
  for (const service of view.context?.services ?? []) {
    if (!service.standing.length) continue;
    const standing: CsvDownload = {
      file: csvFileName(`targets of ${service.id}`, taken),
      headers: ['Measure', 'Value', 'Target', 'Standing'],
      rows: service.standing.map((s) => [s.metric, s.value, s.target, s.status]),
    };
    service.standingDownload = standing.file;
    view.downloads.push(standing);
  }
  attachTableDownloads(view, taken, view.downloads);
}

/** D1/D2: a source in the trust line's words, cut short so that a long pattern does not fill the first screen. */
function sourceLabel(source: string): string {
  const words = describeSource(source);
  return words.length > 48 ? `${words.slice(0, 47)}…` : words;
}
