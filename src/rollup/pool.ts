// O2, O3, O5: a group's pooled figures from its members' samples — every median over the union of
// the members' records (each change, event or pull request once), never a median of medians.
import { distributionShares, emptyDistribution } from '../metrics/categories.js';
import { sum } from '../metrics/stats.js';
import type { FlowDistribution } from '../metrics/types.js';
import type { GroupWeek, Member, MemberFlow, MemberWindow, PooledDora, PooledFlow } from './types.js';

export interface Spread {
  median: number | null;
  p75: number | null;
  p90: number | null;
}

/** The union of the members' arrays in one new array (unsorted), dropped after use. */
function union(arrays: readonly Float64Array[]): Float64Array {
  let length = 0;
  for (const array of arrays) length += array.length;
  const out = new Float64Array(length);
  let at = 0;
  for (const array of arrays) {
    out.set(array, at);
    at += array.length;
  }
  return out;
}

/**
 * Moves the k-th smallest value of values[from..to] to index k, smaller ones before it and larger
 * ones after (Hoare's selection, median-of-three pivot): an order statistic in linear time, where
 * sorting a union of millions of values would cost most of a roll-up's time.
 */
function select(values: Float64Array, k: number, from: number, to: number): void {
  let left = from;
  let right = to;
  while (right > left) {
    const middle = (left + right) >>> 1;
    const a = values[left];
    const b = values[middle];
    const c = values[right];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/** Moves the smallest value of values[from..to] to `from`. */
function bringSmallest(values: Float64Array, from: number, to: number): void {
  let at = from;
  for (let i = from + 1; i <= to; i++) if (values[i] < values[at]) at = i;
  const swap = values[from];
  values[from] = values[at];
  values[at] = swap;
}

/**
 * S1's percentiles (linear interpolation between closest ranks) of the values, highest p first so
 * that each selection narrows the next: values[0..k] hold the k+1 smallest after selecting k.
 * Reorders `values`; the same figures as sorting, exactly.
 */
function percentiles(values: Float64Array, ps: readonly number[]): (number | null)[] {
  const n = values.length;
  if (n === 0) return ps.map(() => null);
  const order = ps.map((p, i) => ({ p, i })).sort((x, y) => y.p - x.p);
  const out: (number | null)[] = new Array<number | null>(ps.length);
  let bound = n - 1;
  for (const { p, i } of order) {
    const rank = p * (n - 1);
    const low = Math.floor(rank);
    select(values, low, 0, bound);
    const lower = values[low];
    let upper = lower;
    if (rank !== low) {
      // The next rank's value is the smallest above `low`, brought next to it, so that
      // values[0..low + 1] hold the low + 2 smallest for the next (lower) percentile.
      bringSmallest(values, low + 1, bound);
      upper = values[low + 1];
    }
    out[i] = lower + (upper - lower) * (rank - low);
    bound = Math.min(low + 1, n - 1);
  }
  return out;
}

export function pooledSpread(arrays: readonly Float64Array[]): Spread {
  const [median, p75, p90] = percentiles(union(arrays), [0.5, 0.75, 0.9]);
  return { median, p75, p90 };
}

function pooledMedian(arrays: readonly Float64Array[]): number | null {
  return percentiles(union(arrays), [0.5])[0];
}

/** O2 with O3: the DORA keys and downtime over the members whose deployments are not assumed. */
export function poolDora(windows: readonly MemberWindow[], days: number): PooledDora {
  const deployments = sum(windows.map((w) => w.deployments));
  const failed = sum(windows.map((w) => w.failed));
  const rework = sum(windows.map((w) => w.rework));
  const lead = pooledSpread(windows.map((w) => w.leadHours));
  const restore = pooledSpread(windows.map((w) => w.restoreHours));
  return {
    deploymentFrequency: {
      count: deployments,
      perDay: deployments / days,
      perWeek: (deployments / days) * 7,
    },
    leadTime: {
      changes: sum(windows.map((w) => w.leadHours.length)),
      medianHours: lead.median,
      p75Hours: lead.p75,
      p90Hours: lead.p90,
    },
    changeFailureRate: { deployments, failed, rate: deployments === 0 ? null : failed / deployments },
    timeToRestore: {
      events: sum(windows.map((w) => w.events)),
      restored: sum(windows.map((w) => w.restored)),
      unrestored: sum(windows.map((w) => w.unrestored)),
      medianHours: restore.median,
      p75Hours: restore.p75,
      p90Hours: restore.p90,
      // O2: service-hours; outages of different repositories are not merged.
      downtimeHours: sum(windows.map((w) => w.downtimeHours)),
    },
    reworkRate: { deployments, rework, rate: deployments === 0 ? null : rework / deployments },
  };
}

/**
 * O2's flow over the members whose flow is not null; O3: the deploy phase and efficiency only
 * over the members whose deployments are not assumed. null when no member has flow.
 */
export function poolFlow(
  flows: readonly { flow: MemberFlow; assumed: boolean }[],
  days: number,
): PooledFlow | null {
  if (flows.length === 0) return null;
  const all = flows.map((f) => f.flow);
  const deployed = flows.filter((f) => !f.assumed).map((f) => f.flow);
  const merged = sum(all.map((f) => f.merged));
  const cycle = pooledSpread(all.map((f) => f.cycleHours));
  const counts = emptyDistribution();
  for (const f of all) {
    for (const key of Object.keys(counts) as (keyof FlowDistribution)[]) counts[key] += f.categories[key];
  }
  const elapsed = sum(deployed.map((f) => f.elapsedHours));
  const distribution = merged === 0 ? null : distributionShares(counts, merged);
  return {
    throughput: { merged, perWeek: (merged / days) * 7 },
    cycleTime: {
      medianHours: cycle.median,
      p75Hours: cycle.p75,
      p90Hours: cycle.p90,
      codingHours: pooledMedian(all.map((f) => f.codingHours)),
      pickupHours: pooledMedian(all.map((f) => f.pickupHours)),
      reviewHours: pooledMedian(all.map((f) => f.reviewHours)),
      deployHours: pooledMedian(deployed.map((f) => f.deployHours)),
    },
    load: { open: sum(all.map((f) => f.open)) },
    efficiency: elapsed === 0 ? null : sum(deployed.map((f) => f.handsOnHours)) / elapsed,
    distribution,
    distributionCounts: counts,
    batchSize: { medianLines: pooledMedian(all.map((f) => f.lines)) },
  };
}

/**
 * O5: per week, Σ deployments and failed deployments (members whose deployments are not assumed,
 * O3), Σ merged pull requests (members with flow), and the lead-time median over the union of the
 * changes their deployments shipped that week.
 */
export function poolWeekly(members: readonly Member[], until: string): GroupWeek[] {
  const weeks = members[0]?.weekly.map((w) => w.weekStart) ?? [];
  const end = Date.parse(until);
  const deployed = members.filter((m) => !m.source.assumed);
  const withFlow = members.filter((m) => m.current.flow !== null);
  return weeks.map((weekStart, i) => {
    const from = Date.parse(weekStart);
    const to = Math.min(from + 7 * 86_400_000, end);
    const leads = deployed.map((m) => {
      const picked: number[] = [];
      for (let j = 0; j < m.leadShippedAt.length; j++) {
        if (m.leadShippedAt[j] >= from && m.leadShippedAt[j] < to) picked.push(m.current.leadHours[j]);
      }
      return Float64Array.from(picked);
    });
    return {
      weekStart,
      deployments: sum(deployed.map((m) => m.weekly[i]?.deployments ?? 0)),
      failedDeployments: sum(deployed.map((m) => m.weekly[i]?.failedDeployments ?? 0)),
      mergedPullRequests:
        withFlow.length === 0 ? null : sum(withFlow.map((m) => m.weekly[i]?.mergedPullRequests ?? 0)),
      leadTimeMedianHours: pooledMedian(leads),
    };
  });
}
