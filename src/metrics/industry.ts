// dora-2025 (P1–P4): where the repository's measured figures stand among the 2025
// DORA survey respondents of one industry. Pure: a window's DoraMetrics and an industry key in,
// metrics.json's `industry` out. P1 turns a figure into the survey's answer band, P2 into a 0–10
// score, P3 places the score against the industry's mean ± standard deviation.
import {
  DORA_2025_EDITION,
  DORA_2025_INDUSTRIES,
  type IndustryRow,
  type SurveyFigure,
} from './benchmarks/dora-2025.js';
import type { DoraMetrics } from './types.js';

export type {
  IndustryKey,
  IndustryMetric,
  IndustryMetricName,
  IndustryReport,
  Position,
} from './industry-types.js';
import type {
  IndustryKey,
  IndustryMetric,
  IndustryMetricName,
  IndustryReport,
  Position,
} from './industry-types.js';

export const DEFAULT_INDUSTRY: IndustryKey = 'all';
export const INDUSTRY_KEYS = Object.keys(DORA_2025_INDUSTRIES) as IndustryKey[];
export const INDUSTRY_METRICS: readonly IndustryMetricName[] = [
  'deploymentFrequency',
  'leadTime',
  'changeFailureRate',
  'timeToRestore',
  'reworkRate',
];

/** P2: a rework rate from fewer deployments than this has no score. */
export const MIN_DEPLOYMENTS_FOR_REWORK_SCORE = 10;

export function isIndustryKey(value: string): value is IndustryKey {
  return Object.hasOwn(DORA_2025_INDUSTRIES, value);
}

/** The one-line complaint about an unknown key (without the flag or file that named it). */
export function unknownIndustry(value: string): string {
  return `${JSON.stringify(value)} is not an industry of the DORA 2025 survey (expected one of ${INDUSTRY_KEYS.join(', ')})`;
}

export function industryRow(key: IndustryKey): IndustryRow {
  return DORA_2025_INDUSTRIES[key];
}

// P1 -----------------------------------------------------------------------------------------

const HOUR_BOUNDS = [1, 24, 168, 720, 4380] as const;
const PER_DAY_BOUNDS = [2, 1, 1 / 7, 1 / 30, 1 / 182] as const;

/** P1 for lead time (L4 median) and time to restore (R1 median): < 1 h → 6 … ≥ 4,380 h → 1. */
export function hoursBand(hours: number): number {
  const below = HOUR_BOUNDS.findIndex((bound) => hours < bound);
  return below === -1 ? 1 : 6 - below;
}

/** P1 for deployment frequency (D4 perDay): ≥ 2 a day → 6 … below once in 182 days → 1. */
export function perDayBand(perDay: number): number {
  const reached = PER_DAY_BOUNDS.findIndex((bound) => perDay >= bound);
  return reached === -1 ? 1 : 6 - reached;
}

// P2 -----------------------------------------------------------------------------------------

export function bandScore(band: number): number {
  return (band - 1) * 2;
}

/** For change failure and rework rates, as fractions. */
export function rateScore(rate: number): number {
  return 10 * (1 - rate);
}

// P3 -----------------------------------------------------------------------------------------

/** P3's words for z: ≥ 1, ≥ 0.25, |z| < 0.25, > −1, else. */
export function positionOf(z: number): Position {
  if (z >= 1) return 'well-ahead';
  if (z >= 0.25) return 'ahead';
  if (Math.abs(z) < 0.25) return 'level';
  if (z > -1) return 'behind';
  return 'well-behind';
}

export const POSITION_WORDS: Record<Position, string> = {
  'well-ahead': 'well ahead of',
  ahead: 'ahead of',
  level: 'level with',
  behind: 'behind',
  'well-behind': 'well behind',
};

/** mean′: the rates are stored as percent ÷ 10 of the answer, so their score-space mean is 10 − mean. */
export function scoreSpaceMean(figure: SurveyFigure, inverted: boolean): number {
  // The source has one decimal: rounding keeps 10 − 1.9 from printing as 8.100000000000001.
  return inverted ? Math.round((10 - figure.mean) * 10) / 10 : figure.mean;
}

const NO_SCORE: IndustryMetric = {
  band: null,
  score: null,
  industryMean: null,
  industryStd: null,
  z: null,
  position: null,
};

/** P3 against one row's figure; a null score (P2) gives every key null. */
export function placeAgainst(
  band: number | null,
  score: number | null,
  figure: SurveyFigure,
  inverted: boolean,
): IndustryMetric {
  if (score === null) return { ...NO_SCORE };
  const industryMean = scoreSpaceMean(figure, inverted);
  const z = (score - industryMean) / figure.std;
  return { band, score, industryMean, industryStd: figure.std, z, position: positionOf(z) };
}

// P2's withheld tiers -----------------------------------------------------------------------

/**
 * Which tiers of the window were withheld (T2, T3, T4): a withheld figure has no score (P2).
 * `window` is set when T3 or T4 withholds every tier of the window, which also takes the rework
 * rate's score away.
 */
export interface WithheldTiers {
  deploymentFrequency: boolean;
  leadTime: boolean;
  changeFailureRate: boolean;
  timeToRestore: boolean;
  window: boolean;
}

/**
 * Reads the withheld tiers from a window's figures: a metric's `tierWithheld` (T2–T4, a shallow
 * clone), its `tooFewToRate` (T2), or a tier that
 * is null although its value is not (T1 leaves only null values unrated, so any other null tier
 * was withheld). Deployment frequency has no T2 rule and its value is never null, so its tier is
 * null only when T3 or T4 withholds the whole window.
 */
export function withheldTiers(dora: DoraMetrics): WithheldTiers {
  const withheld = (metric: { tier: unknown; tierWithheld?: unknown }, value: number | null) =>
    (metric.tierWithheld ?? null) !== null ||
    (metric as { tooFewToRate?: boolean }).tooFewToRate === true ||
    (value !== null && metric.tier === null);
  const whole = dora.deploymentFrequency.tierWithheld;
  const windowWithheld =
    whole === 'history-ends-before-window' ||
    whole === 'assumed-deployments' ||
    dora.deploymentFrequency.tier === null;
  return {
    deploymentFrequency: windowWithheld,
    leadTime: withheld(dora.leadTime, dora.leadTime.medianHours),
    changeFailureRate: withheld(dora.changeFailureRate, dora.changeFailureRate.rate),
    timeToRestore: withheld(dora.timeToRestore, dora.timeToRestore.medianHours),
    window: windowWithheld,
  };
}

// P4 -----------------------------------------------------------------------------------------

/** P1–P4 for one window's figures against one industry. */
export function computeIndustry(
  dora: DoraMetrics,
  key: IndustryKey = DEFAULT_INDUSTRY,
  withheld: WithheldTiers = withheldTiers(dora),
): IndustryReport {
  const row = industryRow(key);
  const off = (metric: keyof Omit<WithheldTiers, 'window'>) => withheld.window || withheld[metric];
  const hoursOf = (hours: number | null, skip: boolean) => (hours === null || skip ? null : hoursBand(hours));
  const frequencyBand = off('deploymentFrequency') ? null : perDayBand(dora.deploymentFrequency.perDay);
  const leadBand = hoursOf(dora.leadTime.medianHours, off('leadTime'));
  const restoreBand = hoursOf(dora.timeToRestore.medianHours, off('timeToRestore'));
  const failure = dora.changeFailureRate.rate;
  const rework = dora.reworkRate;
  const reworkScored =
    rework.rate !== null && !withheld.window && rework.deployments >= MIN_DEPLOYMENTS_FOR_REWORK_SCORE;
  const fromBand = (band: number | null) => (band === null ? null : bandScore(band));
  return {
    edition: DORA_2025_EDITION,
    key,
    name: row.name,
    metrics: {
      deploymentFrequency: placeAgainst(frequencyBand, fromBand(frequencyBand), row.deployfreq, false),
      leadTime: placeAgainst(leadBand, fromBand(leadBand), row.leadtime, false),
      changeFailureRate: placeAgainst(
        null,
        failure === null || off('changeFailureRate') ? null : rateScore(failure),
        row.changefailure,
        true,
      ),
      timeToRestore: placeAgainst(restoreBand, fromBand(restoreBand), row.failurerecovery, false),
      reworkRate: placeAgainst(null, reworkScored ? rateScore(rework.rate!) : null, row.rework, true),
    },
  };
}
