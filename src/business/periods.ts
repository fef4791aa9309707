// B3: the span's periods, ISO weeks (W3) or calendar months (UTC), each cut at `until`.
import { DAY_MS } from '../metrics/stats.js';
import { weeksOf, type Range } from '../metrics/window.js';
import type { Period } from './types.js';

/** The start of the period after the one starting at `start` (not cut at any `until`). */
export function nextPeriodStart(start: number, period: Period): number {
  if (period === 'week') return start + 7 * DAY_MS;
  const date = new Date(start);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** The start of the period `k` periods after the one starting at `start`. */
export function periodStartAfter(start: number, k: number, period: Period): number {
  let at = start;
  for (let i = 0; i < k; i++) at = nextPeriodStart(at, period);
  return at;
}

/** B3: the periods that start in the range, each counting `[start, min(next start, until))`. */
export function periodsOf(range: Range, period: Period): Range[] {
  if (period === 'week') return weeksOf(range);
  const since = new Date(range.since);
  let start = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), 1);
  if (start < range.since) start = nextPeriodStart(start, 'month');
  const out: Range[] = [];
  for (; start < range.until; start = nextPeriodStart(start, 'month')) {
    out.push({ since: start, until: Math.min(nextPeriodStart(start, 'month'), range.until) });
  }
  return out;
}

/** B1: whether a UTC midnight starts a period (a Monday, or the 1st of a month). */
export function startsPeriod(ms: number, period: Period): boolean {
  const date = new Date(ms);
  if (ms % DAY_MS !== 0) return false;
  return period === 'week' ? date.getUTCDay() === 1 : date.getUTCDate() === 1;
}
