// The business calendar: named peaks, and the window's figures split inside and
// outside them. A deployment, failure event or change belongs to the part that holds its time
// (W2's rule, with peaks for windows): deployment time, failure start, and for a lead time the
// time of the deployment that shipped it (as L4 places it in a window).
import { median } from '../metrics/stats.js';
import type { MetricsReport } from '../metrics/types.js';
import type { PeakConfig } from '../repo-config/types.js';
import type { CalendarReport, SplitMetrics } from './types.js';
import { DAY_MS } from '../metrics/stats.js';

interface Span {
  name: string;
  start: number;
  end: number;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The peaks clipped to the window, merged where they overlap, so no day counts twice. */
function peakSpans(peaks: readonly PeakConfig[], window: { start: number; end: number }): Span[] {
  const clipped = peaks
    .map((p) => ({
      name: p.name,
      start: Math.max(Date.parse(p.start), window.start),
      end: Math.min(Date.parse(p.end), window.end),
    }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.name = `${last.name}, ${span.name}`;
    } else merged.push({ ...span });
  }
  return merged;
}

export function computeCalendar(report: MetricsReport, peaks: readonly PeakConfig[]): CalendarReport {
  const window = { start: Date.parse(report.window.since), end: Date.parse(report.window.until) };
  const spans = peakSpans(peaks, window);
  const inPeak = (time: number) => spans.some((s) => time >= s.start && time < s.end);
  const peakMs = spans.reduce((total, s) => total + (s.end - s.start), 0);
  return {
    peaks: peaks.map((p) => ({
      name: p.name,
      start: p.start,
      end: p.end,
      daysInWindow: overlap({ start: Date.parse(p.start), end: Date.parse(p.end) }, window) / DAY_MS,
    })),
    peakWeeks: report.weekly.flatMap((week) => {
      const start = Date.parse(week.weekStart);
      const range = { start, end: Math.min(start + 7 * DAY_MS, window.end) };
      const names = peaks.filter(
        (p) => overlap({ start: Date.parse(p.start), end: Date.parse(p.end) }, range) > 0,
      );
      return names.length ? [{ weekStart: week.weekStart, peaks: names.map((p) => p.name) }] : [];
    }),
    inside: split(report, (time) => inPeak(time), peakMs / DAY_MS),
    outside: split(report, (time) => !inPeak(time), (window.end - window.start - peakMs) / DAY_MS),
  };
}

function split(report: MetricsReport, holds: (time: number) => boolean, days: number): SplitMetrics {
  const deployments = report.records.deployments.filter((d) => holds(Date.parse(d.time)));
  const keys = new Set(deployments.map((d) => d.key));
  const leads = report.records.changes
    .filter((c) => c.shippedBy !== null && keys.has(c.shippedBy) && c.leadTimeHours !== null)
    .map((c) => c.leadTimeHours as number);
  const events = report.records.failures.filter((f) => f.window === 'current' && holds(Date.parse(f.start)));
  const restored = events.filter((f) => f.restoreHours !== null).map((f) => f.restoreHours as number);
  const failed = deployments.filter((d) => d.failed).length;
  return {
    days,
    deployments: deployments.length,
    deploymentsPerWeek: days === 0 ? null : (deployments.length / days) * 7,
    failedDeployments: failed,
    changeFailureRate: deployments.length === 0 ? null : failed / deployments.length,
    changes: leads.length,
    leadTimeMedianHours: median(leads),
    failureEvents: events.length,
    timeToRestoreMedianHours: median(restored),
  };
}
