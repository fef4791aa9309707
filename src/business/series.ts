// B3: the delivery series per period, counted from the engine's model as the weekly series (W3)
// are, and R2's downtime clipped to each period.
import type { World } from '../world/types.js';
import type { FailureEvent } from '../metrics/failures.js';
import type { Model } from '../metrics/model.js';
import { deploymentsIn, failedCount, leadTimesOf, mergedIn } from '../metrics/period.js';
import { hoursBetween, median } from '../metrics/stats.js';
import type { Range } from '../metrics/window.js';
import type { DeliverySeries } from './types.js';

export type Delivery = Record<DeliverySeries, number | null>;

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

/** R2: every failure event of the world as [start, restored); one not yet restored lasts to `until`. */
export function outagesOf(events: readonly FailureEvent[], until: number): Intervals {
  return unionOf(events.map((e) => ({ since: e.start, until: e.restored ?? until })));
}

/** B3 (T4's list): the earliest time the world records; null for a world that records none. */
export function firstRecordedTime(world: World): number | null {
  let first = Infinity;
  const see = (time: string | null | undefined) => {
    if (!time) return;
    const ms = Date.parse(time);
    if (ms < first) first = ms;
  };
  for (const c of world.commits ?? []) see(c.committedAt);
  for (const pr of world.pullRequests ?? []) {
    see(pr.createdAt);
    see(pr.mergedAt);
    see(pr.closedAt);
  }
  for (const d of world.deployments ?? []) for (const s of d.statuses ?? []) see(s.createdAt);
  for (const r of world.releases ?? []) see(r.publishedAt);
  for (const t of world.tags ?? []) see(t.taggedAt);
  for (const run of world.workflowRuns ?? []) see(run.updatedAt);
  for (const issue of world.issues ?? []) {
    see(issue.createdAt);
    see(issue.closedAt);
  }
  return first === Infinity ? null : first;
}

const UNCOVERED: Delivery = {
  deployments: null,
  failedDeployments: null,
  changeFailureRate: null,
  leadTimeMedianHours: null,
  downtimeHours: null,
  mergedPullRequests: null,
  cycleTimeMedianHours: null,
};

/**
 * B3: one period's delivery series; every one null when the period starts before the history
 * (`first`), the flow ones null in a commits-only world.
 */
export function deliveryOf(model: Model, period: Range, first: number | null, outages: Intervals): Delivery {
  if (first === null || period.since < first) return { ...UNCOVERED };
  const deployments = deploymentsIn(model, period);
  const failed = failedCount(model, deployments);
  const merged = model.prWorld ? mergedIn(model, period) : null;
  return {
    deployments: deployments.length,
    failedDeployments: failed,
    changeFailureRate: deployments.length === 0 ? null : failed / deployments.length,
    leadTimeMedianHours: median(leadTimesOf(model, deployments)),
    downtimeHours: hoursWithin(outages, period),
    mergedPullRequests: merged === null ? null : merged.length,
    cycleTimeMedianHours: merged === null ? null : median(merged.map((i) => model.cycles[i].cycleHours)),
  };
}
