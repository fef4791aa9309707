// Estimated cost of downtime (R2): the engine's downtime of a window — the union of every failure
// event's [start, restored) clipped to the window, overlaps counted once — times a cost per hour
// the user supplies. Events still open count to the end of the window; the report names them.
import type { DoraMetrics, OpenFailure } from '../metrics/types.js';
import type { MetricsReport } from '../metrics/types.js';
import { UserError } from '../errors.js';
import { formatDuration, formatMoney, formatPercent, plural } from './format.js';
import { beforeHistory } from './tiers.js';

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
  /** R2: the events still open and their share of the downtime; null when none is open */
  openText: string | null;
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
  const open = describeOpenDowntime(current);
  // R2: the report names the events still open, since they count to the end of the window.
  if (open) caveats.push(`${open}.`);
  return {
    current,
    previous,
    change,
    costText: formatMoney(current.cost, currency),
    hoursText: `${formatDuration(current.hours)} of disruption over ${plural(current.events, 'failure event')}`,
    changeText: beforeHistory(report) ?? describeCostChange(current, previous, currency, report.window.days),
    caveats,
    openText: open,
  };
}

/** Hours with one decimal, whatever their size, so that a part reads against its whole: "142.9". */
function hoursFigure(hours: number): string {
  if (hours > 0 && hours < 0.05) return 'under 0.1';
  return Number(hours.toFixed(1)).toLocaleString('en-US');
}

/** "incident #7" → "incident"; a mix, or an id of another shape, is a "failure event". */
function kindOf(open: OpenFailure[]): string {
  const kinds = new Set(open.map((event) => /^(incident|revert)\b/.exec(event.id)?.[1] ?? 'failure event'));
  return kinds.size === 1 ? [...kinds][0] : 'failure event';
}

/**
 * R2: the events still open and their share of the downtime, e.g. "1 incident still open
 * (incident #7) counts 82.6 of the 142.9 hours (58%) to the end of the window". null: none open.
 */
export function describeOpenDowntime(window: WindowDowntime): string | null {
  if (window.open.length === 0) return null;
  const n = window.open.length;
  const names = window.open.map((event) => event.id).join(', ');
  const share = window.openShare === null ? '' : ` (${formatPercent(window.openShare)})`;
  return `${plural(n, kindOf(window.open))} still open (${names}) ${n === 1 ? 'counts' : 'count'} ${hoursFigure(window.openHours)} of the ${hoursFigure(window.hours)} hours${share} to the end of the window`;
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
