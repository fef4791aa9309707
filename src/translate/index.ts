// translate/: the business meaning of every figure in a MetricsReport. Pure: plain data in, plain
// data out, no clock and no I/O (STYLE.md habit 4).
import { DEFAULTS } from '../defaults.js';
import type { MetricsReport } from '../metrics/types.js';
import { computeDowntimeCost, type DowntimeCost } from './downtime.js';
import { translateDora, type MetricTranslation } from './dora.js';
import { translateFlow, type FlowTranslation } from './flow.js';
import { computeValueScore, type ValueScore } from './value-score.js';

export interface TranslateOptions {
  downtimeCostPerHour?: number;
  currency?: string;
}

export interface Translation {
  dora: MetricTranslation[];
  flow: FlowTranslation | null;
  /** null unless a cost per hour was given */
  downtime: DowntimeCost | null;
  valueScore: ValueScore;
}

export function translateReport(report: MetricsReport, options: TranslateOptions = {}): Translation {
  const { downtimeCostPerHour, currency = DEFAULTS.currency } = options;
  return {
    dora: translateDora(report),
    flow: translateFlow(report),
    downtime:
      downtimeCostPerHour === undefined ? null : computeDowntimeCost(report, downtimeCostPerHour, currency),
    valueScore: computeValueScore(report.dora, report.previous.dora, {
      satisfaction: report.valueScore.satisfaction,
      days: report.previous.window.days,
    }),
  };
}

export * from './format.js';
export { COMMITS_ONLY_REASON } from './flow.js';
export { PHASE_NAMES, EFFICIENCY_TARGET, EFFICIENCY_WORLD_CLASS, findBottleneck } from './meanings-flow.js';
export { VALUE_SCORE_FORMULA } from './value-score.js';
export { benchmarkTitle } from './tiers.js';
export type { MetricTranslation, DowntimeCost, FlowTranslation, ValueScore };
