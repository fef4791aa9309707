// Statistics the context needs beyond S1: a weighted percentile that is S1's on the values
// repeated by their whole-number weights, and Spearman's rank correlation.
import { percentileSorted, sortNumbers } from '../metrics/stats.js';

/**
 * S1 over the multiset in which each value appears `weight` times (weights are whole numbers, as
 * the configuration requires): with every weight 1 it is exactly S1's percentile. null when the
 * weights add up to 0.
 */
export function weightedPercentile(
  values: readonly number[],
  weights: readonly number[],
  p: number,
): number | null {
  const order = values.map((_, i) => i).filter((i) => weights[i] > 0);
  order.sort((a, b) => values[a] - values[b]);
  let total = 0;
  for (const i of order) total += weights[i];
  if (total === 0) return null;
  const rank = p * (total - 1);
  const low = valueAt(order, values, weights, Math.floor(rank));
  const high = valueAt(order, values, weights, Math.ceil(rank));
  return low + (high - low) * (rank - Math.floor(rank));
}

/** The value at position `k` of the expanded, sorted multiset. */
function valueAt(order: number[], values: readonly number[], weights: readonly number[], k: number): number {
  let seen = 0;
  for (const i of order) {
    seen += weights[i];
    if (k < seen) return values[i];
  }
  return values[order[order.length - 1]];
}

/** Ranks from 1, ties sharing the average of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  // Sorted natively, without a comparator; one pass over the sorted values gives each run of ties
  // (positions i to j - 1) its average rank, (i + j - 1) / 2 + 1.
  const sorted = Float64Array.from(values).sort();
  const rankOf = new Map<number, number>();
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    rankOf.set(sorted[i], (i + j - 1) / 2 + 1);
    i = j;
  }
  return values.map((value) => rankOf.get(value)!);
}

/** Pearson's coefficient; null when either side has no spread or fewer than 3 pairs. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] / n;
    my += ys[i] / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Spearman's rho: Pearson's coefficient of the average ranks (robust to skew and outliers). */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  return pearson(averageRanks(xs), averageRanks(ys));
}

export interface Summary {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
}

/** S1's median and p90 of durations in hours. */
export function summarize(hours: readonly number[]): Summary {
  const sorted = sortNumbers(hours);
  return {
    count: sorted.length,
    medianHours: percentileSorted(sorted, 0.5),
    p90Hours: percentileSorted(sorted, 0.9),
  };
}
