// Estimated cost of downtime: restore durations of the failure events (R1) that start in a window,
// times a cost per hour the user supplies. Events still open count up to the report's `until`,
// and the report says how many did.
import { UserError } from '../errors.js';
import { hoursBetween } from '../metrics/stats.js';
import type { FailureRecord, MetricsReport, WindowInfo } from '../metrics/types.js';
import { formatDuration, formatMoney, formatPercent, plural } from './format.js';

export interface WindowDowntime {
  hours: number;
  events: number;
  unrestored: number;
  cost: number;
}

export interface DowntimeCost {
  current: WindowDowntime;
  /** null when the records do not cover the previous window's events */
  previous: WindowDowntime | null;
  change: number | null;
  costText: string;
  hoursText: string;
  changeText: string;
  caveats: string[];
}

function inWindow(time: string, window: WindowInfo): boolean {
  const t = Date.parse(time);
  return t >= Date.parse(window.since) && t < Date.parse(window.until);
}

function eventHours(event: FailureRecord, until: number): number {
  if (event.restoreHours !== null) return Math.max(0, event.restoreHours);
  return hoursBetween(Date.parse(event.start), until);
}

export function windowDowntime(
  failures: FailureRecord[],
  window: WindowInfo,
  until: string,
  costPerHour: number,
): WindowDowntime {
  const end = Date.parse(until);
  let hours = 0;
  let events = 0;
  let unrestored = 0;
  for (const event of failures) {
    if (!inWindow(event.start, window)) continue;
    events += 1;
    if (event.restoreHours === null) unrestored += 1;
    hours += eventHours(event, end);
  }
  return { hours, events, unrestored, cost: hours * costPerHour };
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
  const failures = report.records.failures;
  const current = windowDowntime(failures, report.window, report.window.until, costPerHour);
  let previous: WindowDowntime | null = windowDowntime(
    failures,
    report.previous.window,
    report.window.until,
    costPerHour,
  );
  // The records may hold only the current window's events; then the previous cost is unknown, not 0.
  if (previous.events !== report.previous.dora.timeToRestore.events) previous = null;
  const change = previous ? current.cost - previous.cost : null;
  const caveats = [
    `Counts every failure event (incidents and reverted deployments) as a full outage at ${formatMoney(costPerHour, currency)} an hour; partial outages cost less, so this is an upper bound.`,
  ];
  if (current.unrestored > 0) {
    caveats.push(
      `${plural(current.unrestored, 'event was', 'events were')} still open at the end of the window and counted up to then.`,
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
  previous: WindowDowntime | null,
  currency: string,
  days: number,
): string {
  if (!previous) return `No comparison: the failure events of the previous ${days} days are not in the data.`;
  const was = formatMoney(previous.cost, currency);
  if (current.cost === previous.cost) return `The same as the previous ${days} days (${was}).`;
  const diff = formatMoney(Math.abs(current.cost - previous.cost), currency);
  const relative =
    previous.cost > 0 ? ` (${formatPercent(Math.abs(current.cost - previous.cost) / previous.cost)})` : '';
  return current.cost < previous.cost
    ? `Better: ${diff} less${relative} than the previous ${days} days (${was}).`
    : `Worse: ${diff} more${relative} than the previous ${days} days (${was}).`;
}
