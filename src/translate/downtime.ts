// Estimated cost of downtime (R2): the engine's downtime of a window — the union of every failure
// event's [start, restored) clipped to the window, overlaps counted once — times a cost per hour
// the user supplies. Events still open count to the end of the window; the report names them.
import type { DoraMetrics, OpenFailure } from '../metrics/types.js';
import type { MetricsReport } from '../metrics/types.js';
import { UserError } from '../errors.js';
import { formatDuration, formatMoney, formatPercent, plural } from './format.js';

export interface WindowDowntime {
  /** R2: dora.timeToRestore.downtimeHours */
  hours: number;
  /** failure events whose interval reaches into the window */
  events: number;
  /** of them, not yet restored */
  unrestored: number;
  /** R2: the events still open, counted to the end of the window, and their hours in it */
  open: OpenFailure[];
  /** the hours of the union of the open events' intervals, and their share of `hours` */
  openHours: number;
  openShare: number | null;
  cost: number;
}

export interface DowntimeCost {
  current: WindowDowntime;
  previous: WindowDowntime;
  change: number;
  costText: string;
  hoursText: string;
  changeText: string;
  caveats: string[];
}

export function windowDowntime(dora: DoraMetrics, costPerHour: number): WindowDowntime {
  const restore = dora.timeToRestore;
  const hours = restore.downtimeHours;
  return {
    hours,
    events: restore.downtimeEvents,
    unrestored: restore.openEvents.length,
    open: restore.openEvents,
    openHours: restore.openDowntimeHours,
    openShare: hours > 0 ? restore.openDowntimeHours / hours : null,
    cost: hours * costPerHour,
  };
}

export function validateCostPerHour(value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new UserError(
      `downtime-cost-per-hour: ${String(value)} is not a cost (expected a number of currency units, 0 or more, for example 5000)`,
    );
  }
}

export function computeDowntimeCost(
  report: MetricsReport,
  costPerHour: number,
  currency: string,
): DowntimeCost {
  validateCostPerHour(costPerHour);
  const current = windowDowntime(report.dora, costPerHour);
  const previous = windowDowntime(report.previous.dora, costPerHour);
  const change = current.cost - previous.cost;
  const caveats = [
    `Counts every failure event (incidents and reverted deployments) as a full outage at ${formatMoney(costPerHour, currency)} an hour, overlapping events once; partial outages cost less, so this is an upper bound.`,
  ];
  if (current.unrestored > 0) {
    // R2: the report names the events still open, since they count to the end of the window.
    const names = current.open.map((event) => event.id).join(', ');
    caveats.push(
      `${plural(current.unrestored, 'event was', 'events were')} still open at the end of the window and counted up to then (${names}): ${formatDuration(current.openHours)}, ${formatPercent(current.openShare)} of the downtime.`,
    );
  }
  return {
    current,
    previous,
    change,
    costText: formatMoney(current.cost, currency),
    hoursText: `${formatDuration(current.hours)} of disruption over ${plural(current.events, 'failure event')}`,
    changeText: describeCostChange(current, previous, currency, report.window.days),
    caveats,
  };
}

function describeCostChange(
  current: WindowDowntime,
  previous: WindowDowntime,
  currency: string,
  days: number,
): string {
  const was = formatMoney(previous.cost, currency);
  if (current.cost === previous.cost) return `The same as the previous ${days} days (${was}).`;
  const diff = formatMoney(Math.abs(current.cost - previous.cost), currency);
  const relative =
    previous.cost > 0 ? ` (${formatPercent(Math.abs(current.cost - previous.cost) / previous.cost)})` : '';
  return current.cost < previous.cost
    ? `Better: ${diff} less${relative} than the previous ${days} days (${was}).`
    : `Worse: ${diff} more${relative} than the previous ${days} days (${was}).`;
}
