// metrics.json's `context` key: DORA in the business's context. Hours are unrounded
// (S2); a figure that cannot be computed is null. `services`, `streams`, `impact` and `calendar`
// need the configuration file (null without one, or when it does not declare them);
// `bottleneck`, `correlations` and `health` come from the history alone and are always there.
import type { DoraMetrics, FlowMetrics, MetricsReport, Trend } from '../metrics/types.js';
import type { ServiceTargets, TargetKey } from '../repo-config/types.js';

export interface ContextualReport extends MetricsReport {
  context: ContextReport;
}

export interface ContextReport {
  /** the configuration file read, or null */
  configFile: string | null;
  services: ServiceReport[] | null;
  /** one per environment an `environment:/REGEX/` source finds; null for any other source */
  streams: StreamReport[] | null;
  impact: ImpactReport | null;
  calendar: CalendarReport | null;
  /** null in a commits-only world (F2 needs pull requests) */
  bottleneck: BottleneckReport | null;
  correlations: {
    batchSizeVsCycleTime: Correlation;
    deploymentsVsFailureRate: Correlation;
  };
  health: HealthReport;
}

export interface ServiceReport {
  name: string;
  selector: { paths: string[]; labels: string[]; environments: string | null };
  /** the deployment source the service was measured with */
  source: string;
  /** how the service's deployments were chosen, in words */
  deployments: string;
  /** pull requests (or commits) of the service in the whole history */
  changesInHistory: number;
  /** null when the service's changes cannot be told apart in this history (see notes) */
  dora: DoraMetrics | null;
  flow: FlowMetrics | null;
  /** the same figures over the previous window (W1, the report's `previous.window`); null with `dora` */
  previous: ServiceFigures | null;
  /** N1: each figure against the previous window, keyed as the report's `trends`; null with `dora` */
  trends: Record<string, Trend> | null;
  targets: ServiceTargets;
  standing: TargetStanding[];
  notes: string[];
}

export interface ServiceFigures {
  dora: DoraMetrics;
  flow: FlowMetrics | null;
}

export interface TargetStanding {
  metric: TargetKey;
  target: number;
  actual: number | null;
  /** `met`, `missed`, or `no-data` when the figure is null */
  status: 'met' | 'missed' | 'no-data';
}

export interface StreamReport {
  environment: string;
  dora: DoraMetrics;
}

export interface ImpactReport {
  weights: { label: string; weight: number }[];
  defaultWeight: number;
  leadTime: {
    changes: number;
    totalWeight: number;
    medianHours: number | null;
    weightedMedianHours: number | null;
    weightedP90Hours: number | null;
  };
  changeFailureRate: {
    deployments: number;
    failed: number;
    rate: number | null;
    totalWeight: number;
    failedWeight: number;
    weightedRate: number | null;
  };
}

export interface SplitMetrics {
  /** days of the window in this part */
  days: number;
  deployments: number;
  deploymentsPerWeek: number | null;
  failedDeployments: number;
  changeFailureRate: number | null;
  changes: number;
  leadTimeMedianHours: number | null;
  failureEvents: number;
  timeToRestoreMedianHours: number | null;
}

export interface CalendarReport {
  peaks: { name: string; start: string; end: string; daysInWindow: number }[];
  /** W3 weeks of the window (weekStart) that overlap a peak, with the peaks' names */
  peakWeeks: { weekStart: string; peaks: string[] }[];
  inside: SplitMetrics;
  outside: SplitMetrics;
}

export interface BottleneckReport {
  /** pull requests merged in the window that were reviewed and shipped (all four F2 phases) */
  pullRequests: number;
  /** medianHours: F2's phase median; totalHours and share: summed over `pullRequests` */
  phases: {
    phase: 'coding' | 'pickup' | 'review' | 'deploy';
    medianHours: number | null;
    totalHours: number;
    share: number;
  }[];
  /** F2: the phase with the largest median */
  largest: 'coding' | 'pickup' | 'review' | 'deploy' | null;
  /** the largest phase's share of the summed hours; null when no pull request has all four */
  largestShare: number | null;
}

export interface Correlation {
  x: string;
  y: string;
  /** pairs measured */
  n: number;
  /** Spearman's rank correlation, ties given their average rank; null below 3 pairs or without spread */
  spearman: number | null;
  /** below this many pairs the coefficient is reported but means nothing */
  minimumSample: number;
  enough: boolean;
}

export interface DurationSummary {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface HealthReport {
  ci: DurationSummary & {
    /** the workflows counted ([] : every workflow) */
    workflowsSelected: string[];
    byWorkflow: ({ workflow: string } & DurationSummary)[];
    weekly: ({ weekStart: string } & DurationSummary)[];
  };
  reviews: {
    pullRequests: number;
    reviewed: number;
    /** F2's pickup: opening to the first review by someone else */
    firstReview: DurationSummary;
    /** F2's review phase: first review to merge */
    reviewToMerge: DurationSummary;
  } | null;
  bots: {
    changes: number;
    byBots: number;
    share: number | null;
    authors: { author: string; changes: number }[];
  };
}
