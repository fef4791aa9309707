// The organisation report's own history.json: one entry a day of the organisation's blended
// figures (O2), as a repository's report keeps one of its own. Pure.
import { UserError } from '../errors.js';
import type { RollupReport } from './types.js';

export const ROLLUP_HISTORY = 'history.json';

/** One day of the organisation: its blended figures (O2) and how many members it had. */
export interface RollupHistoryEntry {
  date: string;
  until: string;
  members: number;
  deploymentsPerWeek: number;
  leadTimeMedianHours: number | null;
  changeFailureRate: number | null;
  timeToRestoreMedianHours: number | null;
}

export function rollupHistoryEntry(report: RollupReport): RollupHistoryEntry {
  const { dora, members } = report.groups[0];
  return {
    date: report.window.until.slice(0, 10),
    until: report.window.until,
    members: members.length,
    deploymentsPerWeek: dora.deploymentFrequency.perWeek,
    leadTimeMedianHours: dora.leadTime.medianHours,
    changeFailureRate: dora.changeFailureRate.rate,
    timeToRestoreMedianHours: dora.timeToRestore.medianHours,
  };
}

/** The entries of a history.json's text ([] without one); `file` names it in the refusal. */
export function parseRollupHistory(text: string | null, file: string, reset: boolean): RollupHistoryEntry[] {
  if (text === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.every(
      (e) => typeof e === 'object' && e !== null && typeof (e as RollupHistoryEntry).date === 'string',
    );
  if (valid) return parsed as RollupHistoryEntry[];
  if (reset) return [];
  throw new UserError(
    `${file} on the Pages branch is not the roll-up's history (expected a list of daily entries); set reset-history: true to start a new one`,
  );
}

/** The entries with this run's replacing any of the same day, oldest first. */
export function mergeRollupHistory(
  entries: readonly RollupHistoryEntry[],
  entry: RollupHistoryEntry,
): RollupHistoryEntry[] {
  return [...entries.filter((e) => e.date !== entry.date), entry].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

export function serializeRollupHistory(entries: readonly RollupHistoryEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}
