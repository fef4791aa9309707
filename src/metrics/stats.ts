// S1: percentiles by linear interpolation between closest ranks (NumPy's default `linear`).

const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** p in [0, 1]; `sorted` ascending. null for no values (S1). */
export function percentileSorted(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = p * (n - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  if (low === high) return sorted[low];
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export function sortNumbers(values: readonly number[]): number[] {
  return Float64Array.from(values).sort() as unknown as number[];
}

export function median(values: readonly number[]): number | null {
  return percentileSorted(sortNumbers(values), 0.5);
}

export interface Spread {
  median: number | null;
  p75: number | null;
  p90: number | null;
}

export function spread(values: readonly number[]): Spread {
  const sorted = sortNumbers(values);
  return {
    median: percentileSorted(sorted, 0.5),
    p75: percentileSorted(sorted, 0.75),
    p90: percentileSorted(sorted, 0.9),
  };
}

/** S2 and the preamble: a duration in hours, `end − start`, negative counted as 0. */
export function hoursBetween(startMs: number, endMs: number): number {
  return Math.max(0, endMs - startMs) / HOUR_MS;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
