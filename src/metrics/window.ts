import type { WindowInfo } from './types.js';
import { DAY_MS } from './stats.js';

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

export function describeWindow(window: ReportWindow): WindowInfo {
  return { since: isoTime(window.since), until: isoTime(window.until), days: window.days };
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
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
