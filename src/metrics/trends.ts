// N1: every metric against the previous window, labelled by its direction.
import type { DoraMetrics, FlowMetrics, Trend } from './types.js';

type Direction = 'higher' | 'lower' | 'none';

interface Period {
  dora: DoraMetrics;
  flow: FlowMetrics | null;
}

const METRICS: [string, Direction, (p: Period) => number | null | undefined][] = [
  ['deploymentFrequency', 'higher', (p) => p.dora.deploymentFrequency.perWeek],
  ['leadTime', 'lower', (p) => p.dora.leadTime.medianHours],
  ['changeFailureRate', 'lower', (p) => p.dora.changeFailureRate.rate],
  ['timeToRestore', 'lower', (p) => p.dora.timeToRestore.medianHours],
  ['reworkRate', 'lower', (p) => p.dora.reworkRate.rate],
  ['throughput', 'higher', (p) => p.flow?.throughput.perWeek],
  ['cycleTime', 'lower', (p) => p.flow?.cycleTime.medianHours],
  ['codingTime', 'lower', (p) => p.flow?.cycleTime.codingHours],
  ['pickupTime', 'lower', (p) => p.flow?.cycleTime.pickupHours],
  ['reviewTime', 'lower', (p) => p.flow?.cycleTime.reviewHours],
  ['deployTime', 'lower', (p) => p.flow?.cycleTime.deployHours],
  ['flowLoad', 'lower', (p) => p.flow?.load.open],
  ['flowEfficiency', 'higher', (p) => p.flow?.efficiency],
  ['batchSize', 'lower', (p) => p.flow?.batchSize.medianLines],
  ['distribution.feature', 'none', (p) => p.flow?.distribution?.feature],
  ['distribution.defect', 'none', (p) => p.flow?.distribution?.defect],
  ['distribution.debt', 'none', (p) => p.flow?.distribution?.debt],
  ['distribution.risk', 'none', (p) => p.flow?.distribution?.risk],
  ['distribution.unclassified', 'none', (p) => p.flow?.distribution?.unclassified],
];

export function trendOf(current: number | null, previous: number | null, direction: Direction): Trend {
  if (current === null || previous === null) return { current, previous, change: null, label: null };
  const change = current - previous;
  if (change === 0) return { current, previous, change, label: 'same' };
  if (direction === 'none') return { current, previous, change, label: 'changed' };
  const better = direction === 'higher' ? change > 0 : change < 0;
  return { current, previous, change, label: better ? 'better' : 'worse' };
}

/** `previous` null: no window to compare with, so every trend has a null side and no label. */
export function computeTrends(current: Period, previous: Period | null): Record<string, Trend> {
  const out: Record<string, Trend> = {};
  for (const [key, direction, read] of METRICS) {
    out[key] = trendOf(read(current) ?? null, previous === null ? null : (read(previous) ?? null), direction);
  }
  return out;
}
