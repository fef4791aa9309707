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
function clip(event: FailureEvent, range: Range): [number, number] | null {
  // R2: an event not yet restored lasts until `until`, which no range here passes.
  const from = Math.max(event.start, range.since);
  const to = Math.min(event.restored ?? Infinity, range.until);
  return to > from ? [from, to] : null;
}

/** Hours covered by the union of intervals: overlapping ones count once. */
function unionHours(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let from = -Infinity;
  let to = -Infinity;
  for (const [start, end] of sorted) {
    if (start > to) {
      if (to > from) total += hoursBetween(from, to);
      [from, to] = [start, end];
    } else if (end > to) to = end;
  }
  if (to > from) total += hoursBetween(from, to);
  return total;
}

export function downtimeIn(events: readonly FailureEvent[], range: Range): Downtime {
  const all: [number, number][] = [];
  const openIntervals: [number, number][] = [];
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
      hours: hoursBetween(interval[0], interval[1]),
    });
  }
  open.sort((a, b) => compareText(a.start, b.start) || compareText(a.id, b.id));
  return { hours: unionHours(all), events: all.length, open, openHours: unionHours(openIntervals) };
}
