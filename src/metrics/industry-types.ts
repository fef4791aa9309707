// The shape of metrics.json's `industry` key (P4), apart from industry.ts so that types.ts can
// name it without importing the computation that reads types.ts.
import type { DORA_2025_EDITION, DORA_2025_INDUSTRIES } from './benchmarks/dora-2025.js';

export type IndustryKey = keyof typeof DORA_2025_INDUSTRIES;
export type IndustryMetricName =
  'deploymentFrequency' | 'leadTime' | 'changeFailureRate' | 'timeToRestore' | 'reworkRate';
/** P3's words, as metrics.json spells them. */
export type Position = 'well-ahead' | 'ahead' | 'level' | 'behind' | 'well-behind';

export interface IndustryMetric {
  /** P1: the survey's answer band 1–6; null for the two rates (answered as a percentage) */
  band: number | null;
  /** P2: 0–10, 10 best */
  score: number | null;
  /** P3: the industry's mean in score space (mean′) */
  industryMean: number | null;
  industryStd: number | null;
  z: number | null;
  position: Position | null;
}

export interface IndustryReport {
  edition: typeof DORA_2025_EDITION;
  key: IndustryKey;
  name: string;
  metrics: Record<IndustryMetricName, IndustryMetric>;
}
