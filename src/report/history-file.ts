// history.json on the Pages branch: one entry per run, a second run on the same day replacing
// that day's, capped so the file stays small. Pure: the caller reads and writes the file.
import type { MetricsReport } from '../metrics/types.js';

export const HISTORY_LIMIT = 400;

export interface HistoryEntry {
  /** the UTC date of the window's end: one entry per day */
  date: string;
  until: string;
  days: number;
  source: string;
  deploymentsPerWeek: number;
  leadTimeHours: number | null;
  changeFailureRate: number | null;
  timeToRestoreHours: number | null;
  reworkRate: number | null;
  cycleTimeHours: number | null;
  throughputPerWeek: number | null;
  flowEfficiency: number | null;
  tiers: {
    deploymentFrequency: string | null;
    leadTime: string | null;
    changeFailureRate: string | null;
    timeToRestore: string | null;
  };
}

export function historyEntry(report: MetricsReport): HistoryEntry {
  const { dora, flow } = report;
  return {
    date: report.window.until.slice(0, 10),
    until: report.window.until,
    days: report.window.days,
    source: report.source.deployments,
    deploymentsPerWeek: dora.deploymentFrequency.perWeek,
    leadTimeHours: dora.leadTime.medianHours,
    changeFailureRate: dora.changeFailureRate.rate,
    timeToRestoreHours: dora.timeToRestore.medianHours,
    reworkRate: dora.reworkRate.rate,
    cycleTimeHours: flow?.cycleTime.medianHours ?? null,
    throughputPerWeek: flow?.throughput.perWeek ?? null,
    flowEfficiency: flow?.efficiency ?? null,
    tiers: {
      deploymentFrequency: dora.deploymentFrequency.tier,
      leadTime: dora.leadTime.tier,
      changeFailureRate: dora.changeFailureRate.tier,
      timeToRestore: dora.timeToRestore.tier,
    },
  };
}

/** A history file that exists but cannot be read: a run must not publish over months of trend. */
export class HistoryUnreadable extends Error {
  override name = 'HistoryUnreadable';
}

/**
 * Reads a history file's text. No file is no history; a file that is not a history (truncated,
 * hand-edited into another shape) throws, since replacing it would erase every earlier run. Single
 * entries without a date are passed over: history-runs.ts checks every other field again.
 */
export function parseHistory(text: string | null): HistoryEntry[] {
  if (text === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HistoryUnreadable(`it is not JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const entries = Array.isArray(value) ? value : (value as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) {
    throw new HistoryUnreadable('it has no "entries" list (expected {"schemaVersion": 1, "entries": [...]})');
  }
  return entries.filter(
    (e): e is HistoryEntry =>
      typeof (e as HistoryEntry)?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test((e as HistoryEntry).date),
  );
}

export function mergeHistory(
  entries: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
  const kept = entries.filter((e) => e.date !== entry.date);
  kept.push(entry);
  kept.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return kept.slice(-limit);
}

export function serializeHistory(entries: readonly HistoryEntry[]): string {
  return `${JSON.stringify({ schemaVersion: 1, entries }, null, 1)}\n`;
}
