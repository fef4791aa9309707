// R2: downtime of a range = the length of the union of the failure events' intervals
// [start, restored), clipped to the range, over every failure event of the world.
import type { OpenFailure } from './types.js';
import type { FailureEvent } from './failures.js';
import { hoursBetween } from './stats.js';
import { compareText } from './time.js';
import { isoTime, type Range } from './window.js';

export interface Downtime {
  hours: number;
  /** events whose interval reaches into the range */
  events: number;
  /** R2: events not yet restored; they last until `until`, so to the end of the range */
  open: OpenFailure[];
  /** hours of the union of the open events' intervals */
  openHours: number;
}

/** An event's interval clipped to the range; null when it does not reach into it. */
function clip(event: FailureEvent, range: Range): Range | null {
  // R2: an event not yet restored lasts until `until`, which no range here passes.
  const from = Math.max(event.start, range.since);
  const to = Math.min(event.restored ?? Infinity, range.until);
  return to > from ? { since: from, until: to } : null;
}

/** Half-open intervals [since, until), sorted and disjoint. */
export type Intervals = Range[];

/** The union of intervals: overlapping or touching ones become one; empty ones are dropped. */
export function unionOf(intervals: readonly Range[]): Intervals {
  const sorted = intervals.filter((r) => r.until > r.since).sort((a, b) => a.since - b.since);
  const out: Intervals = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.since <= last.until) last.until = Math.max(last.until, r.until);
    else out.push({ since: r.since, until: r.until });
  }
  return out;
}

/** Hours of the union that fall in the range. */
export function hoursWithin(union: Intervals, range: Range): number {
  let total = 0;
  for (const r of union) {
    if (r.since >= range.until) break;
    total += hoursBetween(Math.max(r.since, range.since), Math.min(r.until, range.until));
  }
  return total;
}

/** Hours covered by the union of intervals: overlapping ones count once. */
function unionHours(intervals: readonly Range[]): number {
  return unionOf(intervals).reduce((total, r) => total + hoursBetween(r.since, r.until), 0);
}

export function downtimeIn(events: readonly FailureEvent[], range: Range): Downtime {
  const all: Range[] = [];
  const openIntervals: Range[] = [];
  const open: OpenFailure[] = [];
  for (const event of events) {
    const interval = clip(event, range);
    if (interval === null) continue;
    all.push(interval);
    if (event.restored !== null) continue;
    openIntervals.push(interval);
    open.push({
      id: event.id,
      title: event.title,
      start: isoTime(event.start),
      hours: hoursBetween(interval.since, interval.until),
    });
  }
  open.sort((a, b) => compareText(a.start, b.start) || compareText(a.id, b.id));
  return { hours: unionHours(all), events: all.length, open, openHours: unionHours(openIntervals) };
}
