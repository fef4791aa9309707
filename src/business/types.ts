// delivery against the business's own numbers (B1–B6, docs/metrics.md). The business measures
// the user brings, as read and checked, and metrics.json's `business` key.

/** B1: the length of one row of the file. */
export type Period = 'week' | 'month';

/** B2: how a measure is described in the configuration (defaults when it is not). */
export interface MeasureSpec {
  name: string;
  better: 'higher' | 'lower';
  unit: string | null;
  kind: 'revenue' | 'satisfaction' | 'other';
  /** `satisfaction` only: the scale's [min, max] (B7 scales the mean by it) */
  range: [number, number] | null;
}

/** The configuration's `business` key (.github/dora.yml); every part optional. */
export interface BusinessConfig {
  /** the CSV file, resolved against the repository root; null: named on the command line or not at all */
  file: string | null;
  period: Period;
  /** B2, by measure name as the file's header spells it */
  measures: MeasureSpec[];
}

/** B1: the file once read: measures in header order, rows by period start (epoch ms). */
export interface BusinessInput {
  /** the file as named, for messages */
  file: string;
  period: Period;
  measures: MeasureSpec[];
  /** period start (epoch ms) → one cell per measure, null where empty */
  rows: Map<number, (number | null)[]>;
}

/** B3: the delivery series, in the order metrics.json lists them. */
export const DELIVERY_SERIES = [
  'deployments',
  'failedDeployments',
  'changeFailureRate',
  'leadTimeMedianHours',
  'downtimeHours',
  'mergedPullRequests',
  'cycleTimeMedianHours',
] as const;

export type DeliverySeries = (typeof DELIVERY_SERIES)[number];

/** B3: one period of the span. Every delivery figure is null before the history begins. */
export type BusinessPeriod = { periodStart: string } & Record<DeliverySeries, number | null> & {
    measures: Record<string, number | null>;
  };

/** B4: one (delivery series, measure, lag) triple. */
export interface BusinessCorrelation {
  delivery: DeliverySeries;
  measure: string;
  lag: 0 | 1 | 2;
  pairs: number;
  rho: number | null;
  p: number | null;
  q: number | null;
  finding: boolean;
}

/** B5 */
export interface DowntimeComparison {
  measure: string;
  periodsWith: number;
  periodsWithout: number;
  meanWith: number | null;
  meanWithout: number | null;
}

/** B6 */
export interface RevenueDuringFailures {
  measure: string;
  amount: number;
}

/** metrics.json's `business` (null without business measures). */
export interface BusinessReport {
  period: Period;
  measures: { name: string; unit: string | null; better: 'higher' | 'lower'; kind: MeasureSpec['kind'] }[];
  series: BusinessPeriod[];
  correlations: BusinessCorrelation[];
  downtimeComparison: DowntimeComparison[];
  revenueDuringFailures: RevenueDuringFailures[];
}
