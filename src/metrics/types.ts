// The shape of metrics.json (docs/metrics.md "Output"), plus the records behind every figure
// so that a report can drill down and a user can audit any number. Hours are unrounded; a metric
// that cannot be computed is null, never 0 or omitted.

export type Tier = 'elite' | 'high' | 'medium' | 'low';
export type TrendLabel = 'better' | 'worse' | 'same' | 'changed';
export type BenchmarkName = 'dora-2023' | 'dora-2021';

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
    /** medians of distinct deployment days per 7-day and 30-day block (BENCHMARKS.md) */
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
  };
  changeFailureRate: {
    deployments: number;
    failed: number;
    rate: number | null;
    tier: Tier | null;
    tooFewToRate: boolean;
  };
  timeToRestore: {
    events: number;
    restored: number;
    unrestored: number;
    medianHours: number | null;
    p75Hours: number | null;
    p90Hours: number | null;
    tier: Tier | null;
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
  isRevert: boolean;
  /** C2: the change this one reverts (ChangeRecord.id), when found */
  revertTarget: string | null;
  category: keyof FlowDistribution | null;
  url: string | null;
}

/** F2: a pull request merged in the window, with its cycle-time phases. */
export interface CycleRecord {
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
  squashMergedCommitsOnly: boolean;
  shallowHistory: boolean;
  notes: string[];
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
    /** D2: why this source was used */
    reason: string;
  };
  benchmarks: { name: string; year: number };
  incidentLabels: string[];
  dora: DoraMetrics;
  flow: FlowMetrics | null;
  previous: { window: WindowInfo; dora: DoraMetrics; flow: FlowMetrics | null };
  trends: Record<string, Trend>;
  weekly: WeeklyEntry[];
  records: {
    deployments: DeploymentRecord[];
    changes: ChangeRecord[];
    unshippedChanges: ChangeRecord[];
    failures: FailureRecord[];
    pullRequests: CycleRecord[];
  };
  dataQuality: DataQuality;
}
