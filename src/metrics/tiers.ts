// T1/T2: performance tiers from a benchmark table (docs/benchmarks.md).
import type { Tier } from './types.js';
import { DAY_MS, median } from './stats.js';
import type { ReportWindow } from './window.js';

type FrequencyRule =
  | { kind: 'weekly-days'; atLeast: number } // median deployment days per 7-day block
  | { kind: 'monthly-days'; atLeast: number } // median deployment days per 30-day block
  | { kind: 'per-days'; days: number }; // count ÷ window days × days ≥ 1

export interface BenchmarkTable {
  name: string;
  year: number;
  deploymentFrequency: { elite: FrequencyRule; high: FrequencyRule; medium: FrequencyRule };
  /** upper bounds, exclusive, in hours */
  leadTimeHours: { elite: number; high: number; medium: number };
  /** upper bounds, inclusive, as rates */
  changeFailureRate: { elite: number; high: number; medium: number };
  /** upper bounds, exclusive, in hours */
  timeToRestoreHours: { elite: number; high: number; medium: number };
}

export const BENCHMARK_TABLES: Record<string, BenchmarkTable> = {
  'dora-2023': {
    name: 'dora-2023',
    year: 2023,
    deploymentFrequency: {
      elite: { kind: 'weekly-days', atLeast: 3 },
      high: { kind: 'weekly-days', atLeast: 1 },
      medium: { kind: 'monthly-days', atLeast: 1 },
    },
    leadTimeHours: { elite: 24, high: 168, medium: 720 },
    changeFailureRate: { elite: 0.05, high: 0.1, medium: 0.15 },
    timeToRestoreHours: { elite: 1, high: 24, medium: 168 },
  },
  'dora-2021': {
    name: 'dora-2021',
    year: 2021,
    deploymentFrequency: {
      elite: { kind: 'weekly-days', atLeast: 3 },
      high: { kind: 'monthly-days', atLeast: 1 },
      medium: { kind: 'per-days', days: 182 },
    },
    leadTimeHours: { elite: 1, high: 168, medium: 4380 },
    changeFailureRate: { elite: 0.15, high: 0.2, medium: 0.3 },
    timeToRestoreHours: { elite: 1, high: 24, medium: 168 },
  },
};

/**
 * dora-2025 (docs/benchmarks.md) is no tier table: choosing it leads each card with the industry position
 * (P3) and keeps the default table's tiers (T1), so `benchmarks.name` stays that table's.
 */
export const POSITION_BENCHMARKS = 'dora-2025';

/** T2: the smallest samples that earn a tier. */
export const MIN_DEPLOYMENTS_FOR_CFR_TIER = 10;
export const MIN_CHANGES_FOR_LEAD_TIME_TIER = 5;
export const MIN_RESTORED_EVENTS_FOR_RESTORE_TIER = 3;

export interface DeploymentDays {
  weeklyMedian: number | null;
  monthlyMedian: number | null;
}

/** docs/benchmarks.md: distinct UTC dates with a deployment, per block counted back from `until`. */
export function deploymentDays(deploymentTimes: readonly number[], window: ReportWindow): DeploymentDays {
  return {
    weeklyMedian: medianDaysPerBlock(deploymentTimes, window.until, 7, Math.floor(window.days / 7)),
    monthlyMedian: medianDaysPerBlock(deploymentTimes, window.until, 30, Math.floor(window.days / 30)),
  };
}

function medianDaysPerBlock(times: readonly number[], until: number, blockDays: number, blocks: number) {
  if (blocks <= 0) return null;
  const dates: Set<number>[] = Array.from({ length: blocks }, () => new Set<number>());
  const earliest = until - blocks * blockDays * DAY_MS;
  for (const time of times) {
    if (time < earliest || time >= until) continue;
    const block = Math.floor((until - 1 - time) / (blockDays * DAY_MS));
    dates[block].add(Math.floor(time / DAY_MS));
  }
  return median(dates.map((set) => set.size));
}

function meetsFrequency(rule: FrequencyRule, days: DeploymentDays, count: number, windowDays: number) {
  if (rule.kind === 'per-days') return (count / windowDays) * rule.days >= 1;
  const value = rule.kind === 'weekly-days' ? days.weeklyMedian : days.monthlyMedian;
  return value !== null && value >= rule.atLeast;
}

export function frequencyTier(
  table: BenchmarkTable,
  days: DeploymentDays,
  count: number,
  windowDays: number,
): Tier {
  const rules = table.deploymentFrequency;
  if (meetsFrequency(rules.elite, days, count, windowDays)) return 'elite';
  if (meetsFrequency(rules.high, days, count, windowDays)) return 'high';
  if (meetsFrequency(rules.medium, days, count, windowDays)) return 'medium';
  return 'low';
}

function below(value: number | null, bounds: { elite: number; high: number; medium: number }): Tier | null {
  if (value === null) return null;
  if (value < bounds.elite) return 'elite';
  if (value < bounds.high) return 'high';
  if (value < bounds.medium) return 'medium';
  return 'low';
}

export function leadTimeTier(table: BenchmarkTable, medianHours: number | null, changes: number) {
  return changes < MIN_CHANGES_FOR_LEAD_TIME_TIER ? null : below(medianHours, table.leadTimeHours);
}

/** T2: time to restore needs at least 3 restored failure events. */
export function restoreTier(table: BenchmarkTable, medianHours: number | null, restored: number) {
  return restored < MIN_RESTORED_EVENTS_FOR_RESTORE_TIER
    ? null
    : below(medianHours, table.timeToRestoreHours);
}

export function failureRateTier(
  table: BenchmarkTable,
  rate: number | null,
  deployments: number,
): Tier | null {
  if (rate === null || deployments < MIN_DEPLOYMENTS_FOR_CFR_TIER) return null;
  const bounds = table.changeFailureRate;
  if (rate <= bounds.elite) return 'elite';
  if (rate <= bounds.high) return 'high';
  if (rate <= bounds.medium) return 'medium';
  return 'low';
}
