// The shape of metrics.json (docs/metrics.md, "Output"), plus the records behind every figure
// so that a report can drill down and a user can audit any number. Hours are unrounded; a metric
// that cannot be computed is null, never 0 or omitted.
import type { IndustryReport } from './industry-types.js';
import type { BusinessReport } from '../business/types.js';

export type Tier = 'elite' | 'high' | 'medium' | 'low';
export type TrendLabel = 'better' | 'worse' | 'same' | 'changed';
export type BenchmarkName = 'dora-2023' | 'dora-2021';

/**
 * Why a DORA key has no tier although it may have a value, the first that applies:
 * T4 `history-ends-before-window` (the history does not reach the window), T3
 * `assumed-deployments` (auto fell back to merges), `shallow-history` (lead time only: a shallow
 * clone cuts the changes' history), `history-begins-in-window` (deployment frequency only: the rate
 * counts days before the history's known start), T2 `too-few` (too small a sample). T3 and T4 hold
 * for the whole window, with or without a value; the others only where there is a value. null: a
 * tier, or no value and no window-wide reason.
 */
export type TierWithheld =
  | 'history-ends-before-window'
  | 'assumed-deployments'
  | 'shallow-history'
  | 'history-begins-in-window'
  | 'too-few';

/** R2: a failure event not yet restored; it counts to the end of the window. */
export interface OpenFailure {
  /** "incident #7", "revert #31" (FailureRecord.id) */
  id: string;
  title: string;
  start: string;
  /** its hours inside the window, [max(start, since), until) */
  hours: number;
}

export interface WindowInfo {
  since: string;
  until: string;
  days: number;
}

export interface DoraMetrics {
  deploymentFrequency: {
    count: number;
    perDay: number;
    perWeek: number;
    tier: Tier | null;
    tierWithheld: TierWithheld | null;
    /** medians of distinct deployment days per 7-day and 30-day block (docs/benchmarks.md) */
    deploymentDaysPerWeekMedian: number | null;
    deploymentDaysPerMonthMedian: number | null;
  };
  leadTime: {
    changes: number;
    medianHours: number | null;
    p75Hours: number | null;
    p90Hours: number | null;
    tier: Tier | null;
    /** T2: true when a value exists but the sample is too small to earn a tier */
    tooFewToRate: boolean;
    tierWithheld: TierWithheld | null;
  };
  changeFailureRate: {
    deployments: number;
    failed: number;
    rate: number | null;
    tier: Tier | null;
    tooFewToRate: boolean;
    tierWithheld: TierWithheld | null;
  };
  timeToRestore: {
    events: number;
    restored: number;
    unrestored: number;
    medianHours: number | null;
    p75Hours: number | null;
    p90Hours: number | null;
    tier: Tier | null;
    /** T2: fewer than 3 restored failure events */
    tooFewToRate: boolean;
    tierWithheld: TierWithheld | null;
    /** R2: hours of the union of every failure event's [start, restored) clipped to the window */
    downtimeHours: number;
    /** R2: the failure events (of the whole world) whose interval reaches into the window */
    downtimeEvents: number;
    /** R2: those not yet restored, which count to the end of the window */
    openEvents: OpenFailure[];
    /** R2: hours of the union of the open events' intervals (their share of downtimeHours) */
    openDowntimeHours: number;
  };
  reworkRate: {
    deployments: number;
    rework: number;
    rate: number | null;
  };
}

export interface FlowDistribution {
  feature: number;
  defect: number;
  debt: number;
  risk: number;
  unclassified: number;
}

/** L5: what the excluded authors' work left out of one window. */
export interface Exclusions {
  /** the entries of exclude-authors as given ([] when none) */
  authors: string[];
  /** changes shipped by the window's deployments, left out of L4's sample and C4's test */
  changes: number;
  /** pull requests merged in the window, left out of F1–F6 */
  pullRequests: number;
}

export interface FlowMetrics {
  throughput: { merged: number; perWeek: number };
  cycleTime: {
    medianHours: number | null;
    p75Hours: number | null;
    p90Hours: number | null;
    codingHours: number | null;
    pickupHours: number | null;
    reviewHours: number | null;
    deployHours: number | null;
  };
  load: { open: number };
  efficiency: number | null;
  distribution: FlowDistribution | null;
  /** counts behind distribution */
  distributionCounts: FlowDistribution;
  batchSize: { medianLines: number | null };
}

export interface WeeklyEntry {
  weekStart: string;
  deployments: number;
  leadTimeMedianHours: number | null;
  failedDeployments: number;
  mergedPullRequests: number | null;
  cycleTimeMedianHours: number | null;
  load: number | null;
}

export interface Trend {
  current: number | null;
  previous: number | null;
  change: number | null;
  label: TrendLabel | null;
}

/** A deployment (D1, D3) with what it shipped. */
export interface DeploymentRecord {
  /** W2: the window of its time (records.previous holds the previous window's) */
  window: 'current' | 'previous';
  /** stable key: "deployment:123", "release:v1.2.0", "tag:v1.2.0", "run:456", "pr:12", "commit:abc…" */
  key: string;
  /** human label: tag or release name, deployment id, run id, "#12", short sha */
  label: string;
  time: string;
  sha: string | null;
  /** the names merged into this deployment by D3 (tags/releases on one commit) */
  aliases: string[];
  /** L3: false when the commit is known but off the default branch; ships nothing */
  onDefaultBranch: boolean;
  /** ids of the changes it shipped (ChangeRecord.id) */
  changes: string[];
  failed: boolean;
  /** why it failed: "incident #7", "reverted by #31" */
  failureReasons: string[];
  rework: boolean;
  /** C1/L4: first deployment of the whole world; its changes have no lead time */
  firstOfWorld: boolean;
  url: string | null;
}

/** A change (L1): a pull request merged into the default branch, or a commit. */
export interface ChangeRecord {
  /** the window of the deployment that shipped it (unshipped changes: of its merge) */
  window: 'current' | 'previous';
  /** "#12" for a pull request, the full sha for a commit */
  id: string;
  kind: 'pull-request' | 'commit';
  number: number | null;
  sha: string | null;
  title: string;
  author: string | null;
  start: string;
  mergedAt: string;
  shippedBy: string | null;
  shippedAt: string | null;
  /** L4: null when unshipped or shipped by the world's first deployment */
  leadTimeHours: number | null;
  /** L5: by an excluded author (its lead time is then null: out of L4's sample) */
  excluded: boolean;
  isRevert: boolean;
  /** C2: the change this one reverts (ChangeRecord.id), when found */
  revertTarget: string | null;
  category: keyof FlowDistribution | null;
  url: string | null;
}

/** F2: a pull request merged in the window, with its cycle-time phases. */
export interface CycleRecord {
  /** W2: the window of its merge */
  window: 'current' | 'previous';
  id: string;
  number: number;
  title: string;
  mergedAt: string;
  cycleHours: number;
  codingHours: number;
  pickupHours: number | null;
  reviewHours: number | null;
  deployHours: number | null;
  lines: number | null;
  category: keyof FlowDistribution;
  url: string | null;
}

/**
 * The previous window's records keep what a roll-up pools (O2) and what identifies them, without
 * the titles, labels and links a report shows for the current window only: metrics.json stays lean.
 */
export type PreviousDeploymentRecord = Pick<
  DeploymentRecord,
  'window' | 'key' | 'time' | 'sha' | 'failed' | 'rework' | 'firstOfWorld'
>;
export type PreviousChangeRecord = Pick<
  ChangeRecord,
  'window' | 'id' | 'mergedAt' | 'shippedBy' | 'shippedAt' | 'leadTimeHours'
>;
export type PreviousCycleRecord = Omit<CycleRecord, 'title' | 'url' | 'number'>;

/** R1: an incident or a revert that failed a deployment. */
export interface FailureRecord {
  kind: 'incident' | 'revert';
  /** which window its start falls in: the previous window's events let costs be compared */
  window: 'current' | 'previous';
  /** "incident #7" or "revert #31" */
  id: string;
  title: string;
  /** the deployment it is attributed to (DeploymentRecord.key); null when unattributed */
  deployment: string | null;
  start: string;
  restoredAt: string | null;
  restoreHours: number | null;
  url: string | null;
}

export interface DataQuality {
  worldKind: 'pull-requests' | 'commits';
  /** the whole history read (a collection from the API reaches back only as far as the windows need) */
  deploymentsInWorld: number;
  /** the counts below are of the current window */
  deploymentsOffDefaultBranch: number;
  changesInWindow: number;
  unshippedChanges: number;
  changesShippedByFirstDeployment: number;
  incidentsInWindow: number;
  unattributedIncidents: number;
  revertsInWindow: number;
  revertsWithoutTarget: number;
  pullRequestsMergedWithoutReview: number;
  pullRequestsIntoOtherBranches: number;
  /** L5: pull requests merged in the window by a `[bot]` login, excluded or not */
  botPullRequestsInWindow: number;
  squashMergedCommitsOnly: boolean;
  shallowHistory: boolean;
  /** T4: the earliest and latest recorded time of the world (null: it records none) */
  historyBegins: string | null;
  historyEnds: string | null;
  /** durations of the window's figures whose end came before their start, counted as 0 (preamble) */
  clampedDurations: ClampedDurations;
  /** records with a time in the window (a window with none says where the history is) */
  recordsInWindow: number;
  /** records with a time at or after the window's end (`until`) */
  recordsAfterUntil: LateRecords;
  /** records with a time after the run's own time: a wrong clock */
  recordsAfterNow: LateRecords;
  notes: string[];
}

/** Records dated after a moment, per list of the world file (only lists that have some). */
export interface LateRecords {
  count: number;
  /** the latest such time */
  latest: string | null;
  kinds: { [list: string]: number };
}

/**
 * The preamble: a negative duration counts as 0. How many did, per figure, in the current window:
 * lead times (L4) of its deployments, times to restore (R1) of its failure events, and the cycle
 * time and phases (F2) of its merged pull requests.
 */
export interface ClampedDurations {
  leadTime: number;
  timeToRestore: number;
  cycleTime: number;
  coding: number;
  pickup: number;
  deploy: number;
}

/** D2: a source `auto` tried, in order, and what it held in the whole world. */
export interface TriedSource {
  source: string;
  deployments: number;
  /** tag sources: the tags the pattern finds (several on one commit are one deployment, D3) */
  tags: number | null;
}

/** B7: the value-delivery score of each window. */
export interface ValueScore {
  current: number | null;
  previous: number | null;
  /** current ÷ previous; null when either is */
  ratio: number | null;
  /** B7: the satisfaction factor of each window, 1 without a `satisfaction` measure */
  satisfaction: { measure: string | null; current: number | null; previous: number | null };
}

export interface PeriodMetrics {
  window: WindowInfo;
  dora: DoraMetrics;
  flow: FlowMetrics | null;
}

export interface MetricsReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  /** url: the repository's web page, null when unknown (a local clone without a GitHub remote) */
  repository: { owner: string; name: string; defaultBranch: string; url: string | null };
  window: WindowInfo;
  source: {
    /** the resolved source, e.g. "tags:^v?\d+\.\d+\.\d+$" */
    deployments: string;
    requested: string;
    /** D2: why this source was used: what each source auto tried held */
    reason: string;
    /** D2/T3: true only when auto ended at merges; a source the user names is never assumed */
    assumed: boolean;
    /** D2: the sources auto tried, in order, the chosen one last ([] for a named source) */
    tried: TriedSource[];
    /** D2: the packages the package pattern found, most released first (null: not tried) */
    packages: { name: string; tags: number; source: string }[] | null;
  };
  /**
   * name, year: the tier table (T1). badge: what leads each DORA card, `tier` or `industry` (the
   * dora-2025 position, P3); with `benchmarks: dora-2025` the tiers come from dora-2023.
   */
  benchmarks: { name: string; year: number; badge: 'tier' | 'industry' };
  incidentLabels: string[];
  dora: DoraMetrics;
  flow: FlowMetrics | null;
  previous: {
    window: WindowInfo;
    dora: DoraMetrics;
    flow: FlowMetrics | null;
    exclusions: Exclusions;
    /** true when the window ends before the history is known to begin: nothing is compared with it (N1) */
    beforeHistory: boolean;
  };
  /** L5: the current window's; the previous window's is under `previous` */
  exclusions: Exclusions;
  trends: Record<string, Trend>;
  weekly: WeeklyEntry[];
  /** P4: the current window against the 2025 respondents of the chosen industry */
  industry: IndustryReport;
  records: {
    deployments: DeploymentRecord[];
    changes: ChangeRecord[];
    unshippedChanges: ChangeRecord[];
    failures: FailureRecord[];
    pullRequests: CycleRecord[];
    /** the previous window's records, each tagged `previous`, with what O2 pools (O1) */
    previous: {
      deployments: PreviousDeploymentRecord[];
      changes: PreviousChangeRecord[];
      pullRequests: PreviousCycleRecord[];
    };
  };
  dataQuality: DataQuality;
  /** B1–B6: null without business measures (computeMetrics always sets it) */
  business?: BusinessReport | null;
  valueScore: ValueScore;
  /** the address of this repository's published report (its Pages site), when the run knew it */
  reportUrl?: string | null;
}
