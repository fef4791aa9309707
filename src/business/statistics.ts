// B4's statistics: residuals from a least-squares trend, Spearman's ρ with average ranks for ties,
// its two-sided p-value on Student's t, and Benjamini–Hochberg q-values.
import { averageRanks, pearson } from '../context/statistics.js';

/** B4: below this many pairs ρ is null. */
export const MIN_PAIRS = 12;
/** B4: a finding needs q at most this … */
export const MAX_Q = 0.1;
/** … and |ρ| at least this. */
export const MIN_RHO = 0.4;

/** Residuals of `ys` from the least-squares line over `xs` (the periods' indexes i). */
export function residuals(xs: readonly number[], ys: readonly number[]): number[] {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let k = 0; k < n; k++) {
    mx += xs[k];
    my += ys[k];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let k = 0; k < n; k++) {
    sxy += (xs[k] - mx) * (ys[k] - my);
    sxx += (xs[k] - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return ys.map((y, k) => y - (my + slope * (xs[k] - mx)));
}

/** B4: residuals are compared (and ranked) after rounding to 9 decimal places. */
export function round9(value: number): number {
  const rounded = Number(value.toFixed(9));
  return rounded === 0 ? 0 : rounded;
}

function constant(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}

/**
 * B4: Spearman's ρ of two sides, each first freed of its trend over `index`; null below
 * MIN_PAIRS pairs or when either side's rounded residuals are constant.
 */
export function detrendedSpearman(
  index: readonly number[],
  xs: readonly number[],
  ys: readonly number[],
): number | null {
  if (index.length < MIN_PAIRS) return null;
  const rx = residuals(index, xs).map(round9);
  const ry = residuals(index, ys).map(round9);
  if (constant(rx) || constant(ry)) return null;
  return pearson(averageRanks(rx), averageRanks(ry));
}

let tCdf: ((t: number, degreesOfFreedom: number) => number) | undefined;

/**
 * Loads Student's t distribution (@stdlib, three quarters of a megabyte bundled) for a run with
 * business measures only: every other run starts without it.
 */
export async function loadStatistics(): Promise<void> {
  tCdf ??= (await import('@stdlib/stats-base-dists-t-cdf')).default;
}

/**
 * B4: two-sided p of ρ over n pairs, from t = ρ·√((n − 3) ÷ (1 − ρ²)) on Student's t with n − 3
 * degrees of freedom (one more than usual is spent on the trend); 0 when |ρ| = 1.
 */
export function pValue(rho: number, n: number): number {
  if (tCdf === undefined) throw new Error('pValue: await loadStatistics() before computing B4');
  if (Math.abs(rho) >= 1) return 0;
  const t = rho * Math.sqrt((n - 3) / (1 - rho * rho));
  return Math.min(1, 2 * tCdf(-Math.abs(t), n - 3));
}

/**
 * B4: Benjamini–Hochberg over the p-values given (nulls are no test and get a null q):
 * q₍ᵢ₎ = min over j ≥ i of p₍ⱼ₎·m ÷ j, capped at 1, with p sorted ascending and m tests.
 */
export function benjaminiHochberg(ps: readonly (number | null)[]): (number | null)[] {
  const order = ps.flatMap((p, i) => (p === null ? [] : [i])).sort((a, b) => ps[a]! - ps[b]! || a - b);
  const m = order.length;
  const qs: (number | null)[] = ps.map(() => null);
  let running = 1;
  for (let j = m; j >= 1; j--) {
    const i = order[j - 1];
    running = Math.min(running, (ps[i]! * m) / j);
    qs[i] = running;
  }
  return qs;
}

/** B4: words for |ρ|. */
export function strengthWord(rho: number): 'no relation' | 'weak' | 'moderate' | 'strong' {
  const size = Math.abs(rho);
  if (size < 0.2) return 'no relation';
  if (size < 0.4) return 'weak';
  if (size < 0.6) return 'moderate';
  return 'strong';
}
