// The plain data the templates read. Every string is final text (already formatted); the
// templates escape it. Hrefs are checked by links.ts.
import type { MetricTranslation } from '../translate/dora.js';
import type { TrendView } from '../translate/tiers.js';
import type { BusinessView } from './business-view.js';
import type { ContextView } from './context-types.js';
import type { ChartSpec, ChartView, MethodEntryView } from './view-parts.js';
import type { PositionView } from './industry-view.js';
import type { StoryView } from './story.js';
import type { TocEntry } from './anchors.js';
import type { CsvDownload } from './csv.js';

export type { ChartDataset, ChartSpec, ChartView, MethodEntryView, TableView } from './view-parts.js';

/** A DORA key's translation with its weekly chart. */
export interface MetricCardView extends MetricTranslation {
  chart: ChartView;
  /** its position among the industry's 2025 DORA respondents (P3) */
  position: PositionView;
  /** its line over months from history.json; null until two runs exist */
  monthly: HistoryMetricView | null;
}

export interface LinkView {
  text: string;
  href: string | null;
}

export interface DeploymentRowView {
  deployment: LinkView;
  time: string;
  changes: LinkView[];
  moreChanges: string | null;
  status: string;
  statusKey: 'failed' | 'rework' | 'ok';
  reasons: string;
}

export interface FailureRowView {
  event: LinkView;
  title: string;
  kind: string;
  start: string;
  restored: string;
  restoreTime: string;
  deployment: string;
  open: boolean;
}

export interface ChangeRowView {
  change: LinkView;
  title: string;
  author: string;
  leadTime: string;
  shippedAt: string;
  shippedBy: string;
}

export interface PullRequestRowView {
  pullRequest: LinkView;
  title: string;
  cycle: string;
  coding: string;
  pickup: string;
  review: string;
  deploy: string;
  lines: string;
}

export interface CappedTable<Row> {
  rows: Row[];
  total: number;
  /** "60 deployments": what the collapsed table holds */
  countText: string;
  /** csv/… with every record, not only the rows shown */
  download?: string;
  /** "Showing 25 of 1,204 …; 1,179 more are in the CSV file and metrics.json." or null */
  hiddenText: string | null;
}

export interface QualityItemView {
  label: string;
  value: string;
  explanation: string;
  attention: boolean;
}

export interface FlowView {
  cycleTime: string;
  cycleSpread: string | null;
  cycleTrend: TrendView;
  bottleneck: string | null;
  bottleneckName: string | null;
  throughput: string;
  throughputTrend: TrendView;
  efficiencyValue: number | null;
  efficiencyPercent: string;
  efficiencyText: string;
  efficiencyBand: string | null;
  portfolio: { name: string; share: string; guide: string; text: string }[];
  portfolioDownload?: string;
  batchSize: string;
  phasesChart: ChartView;
  throughputChart: ChartView;
  distributionChart: ChartView | null;
  /** cycle time's line over months from history.json; null until two runs exist */
  cycleMonthly: HistoryMetricView | null;
}

export interface DowntimeView {
  cost: string;
  hours: string;
  change: string;
  caveats: string[];
}

export interface ValueScoreView {
  /** B7: only the ratio against the previous window is shown, never the unitless score */
  shown: boolean;
  /** "1.7× the previous 28 days" */
  value: string;
  trend: string;
  /** each window's inputs, named */
  inputs: string[];
  formula: string;
  missing: string;
  caveats: string[];
}

export interface ReportView {
  title: string;
  repository: LinkView;
  defaultBranch: string;
  window: string;
  days: number;
  previousWindow: string;
  /** "compared with <previousWindow>", or why nothing is (N1: the history begins after it) */
  comparison: string;
  source: string;
  /** the source the user asked for, when it differs from the one used and is not `auto` */
  /** the source in words, short enough for the header (the full expression is in `source`) */
  sourceLabel: string;
  sourceRequested: string | null;
  sourceReason: string;
  benchmark: string;
  generatedAt: string;
  tool: string;
  /** T2–T4, D2: one line on what the figures cannot claim and what to do; null when nothing */
  trust: string | null;
  /** "At a glance" as sentences (summary.md's reader and the tests read them) */
  summary: string[];
  /** the first screen: the four keys, the bottleneck */
  story: StoryView;
  /** the sections this report has, for the table of contents */
  toc: TocEntry[];
  /** the sentences of `summary` the first screen's tiles do not say */
  glanceNotes: string[];
  metrics: MetricCardView[];
  flow: FlowView | null;
  flowMissingReason: string | null;
  downtime: DowntimeView | null;
  downtimeHint: string | null;
  valueScore: ValueScoreView;
  deployments: CappedTable<DeploymentRowView>;
  failures: CappedTable<FailureRowView>;
  slowest: CappedTable<ChangeRowView>;
  /** F2: null in a history of commits only */
  pullRequests: CappedTable<PullRequestRowView> | null;
  quality: QualityItemView[];
  qualityNotes: string[];
  /** "2 of 14 need attention" */
  qualityCountText: string;
  qualityDownload?: string;
  /** every table's CSV file, written into csv/ by render.ts */
  downloads: CsvDownload[];
  methodology: MethodEntryView[];
  history: HistoryView;
  /** services, impact, peaks, insights, health; null without metrics.json's `context` */
  context: ContextView | null;
  /** delivery against the business's own numbers; null without business measures */
  business?: BusinessView | null;
  /** chart specs keyed by canvas id, serialised by safe-json.ts into the page */
  charts: Record<string, ChartSpec>;
}

export interface HistoryMetricView {
  key: string;
  name: string;
  /** "Lead time fell from 3.1 days to 19 hours since 4 May 2026 (better)." */
  reading: TrendView;
  /** null when fewer than two runs have a value (no near-empty chart) */
  chart: ChartView | null;
  anchor: string;
  rules: string;
}

export interface HistoryView {
  /** false with fewer than two runs: then `waiting` says when the trend appears */
  shown: boolean;
  waiting: string;
  /** "Drawn from 30 runs between …" */
  runs: string;
  notes: string[];
  metrics: HistoryMetricView[];
}
