// B3: the delivery series per period, counted from the engine's model as the weekly series (W3)
// are, and R2's downtime clipped to each period.
import type { FailureEvent } from '../metrics/failures.js';
import type { Model } from '../metrics/model.js';
import { deploymentsIn, failedCount, flowMergedIn, leadTimesOf } from '../metrics/period.js';
import { hoursWithin, unionOf, type Intervals } from '../metrics/downtime.js';
import { median } from '../metrics/stats.js';
import type { Range } from '../metrics/window.js';
import type { DeliverySeries } from './types.js';

export type Delivery = Record<DeliverySeries, number | null>;

/** R2: every failure event of the world as [start, restored); one not yet restored lasts to `until`. */
export function outagesOf(events: readonly FailureEvent[], until: number): Intervals {
  return unionOf(events.map((e) => ({ since: e.start, until: e.restored ?? until })));
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
  const merged = model.prWorld ? flowMergedIn(model, period) : null; // L5 as F1, F2
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
