import type { WindowInfo } from './types.js';
import { DAY_MS } from './stats.js';
import { partitionPoint } from './time.js';

/** A half-open time range [since, until) in epoch milliseconds (W1). */
export interface Range {
  since: number;
  until: number;
}

export interface ReportWindow extends Range {
  days: number;
}

export function makeWindow(untilMs: number, days: number): ReportWindow {
  return { since: untilMs - days * DAY_MS, until: untilMs, days };
}

/** W1: the previous window has the same length and ends at `since`. */
export function previousWindow(window: ReportWindow): ReportWindow {
  return makeWindow(window.since, window.days);
}

export function inRange(time: number, range: Range): boolean {
  return time >= range.since && time < range.until;
}

/** Indexes of the items whose time falls in the range, for items in ascending time order. */
export function indexesIn(length: number, timeAt: (index: number) => number, range: Range): number[] {
  const from = partitionPoint(length, (i) => timeAt(i) < range.since);
  const to = partitionPoint(length, (i) => timeAt(i) < range.until);
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

export function describeWindow(window: ReportWindow): WindowInfo {
  return { since: isoTime(window.since), until: isoTime(window.until), days: window.days };
}

/**
 * `YYYY-MM-DDTHH:MM:SSZ` (with milliseconds only when there are some). Written out by hand: the
 * records call it for every change, and Date + toISOString + replace cost a sixth of a run.
 */
export function isoTime(ms: number): string {
  if (ms % 1000 !== 0 || ms < 0 || ms >= 253402300800000)
    return new Date(ms).toISOString().replace('.000Z', 'Z');
  const days = Math.floor(ms / DAY_MS);
  const seconds = (ms - days * DAY_MS) / 1000;
  // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil, inverted).
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${two(month)}-${two(day)}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}Z`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** W3: ISO weeks (Monday 00:00 UTC) that start inside the window, each cut at `until`. */
export function weeksOf(window: Range): Range[] {
  const first = mondayOnOrAfter(window.since);
  const weeks: Range[] = [];
  for (let start = first; start < window.until; start += 7 * DAY_MS) {
    weeks.push({ since: start, until: Math.min(start + 7 * DAY_MS, window.until) });
  }
  return weeks;
}

function mondayOnOrAfter(ms: number): number {
  const dayStart = Math.floor(ms / DAY_MS) * DAY_MS;
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7; // Monday = 0
  const monday = dayStart - weekday * DAY_MS;
  return monday >= ms ? monday : monday + 7 * DAY_MS;
}
