// history.json entries (src/report/history-file.ts) for the trend section's tests: one run a day from
// `start` (4 May 2026 unless given), lead time falling from 3.1 days to 19 hours, a gentle wave in
// the other figures.
import type { HistoryEntry } from '../../src/report/history-file.js';

const DAY_MS = 86_400_000;

export function makeHistory(
  count: number,
  adjust?: (entry: HistoryEntry, index: number) => void,
  start = '2026-05-04',
): HistoryEntry[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  const entries: HistoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    const until = new Date(first + i * DAY_MS).toISOString();
    const along = count > 1 ? i / (count - 1) : 0;
    const wave = Math.sin(i / 4);
    const entry: HistoryEntry = {
      date: until.slice(0, 10),
      until,
      days: 90,
      source: 'environment:production',
      deploymentsPerWeek: 3 + along * 4 + wave,
      leadTimeHours: 74.4 - along * (74.4 - 19),
      changeFailureRate: 0.2 - along * 0.08 + wave * 0.02,
      timeToRestoreHours: 5 + wave * 2,
      reworkRate: 0.1 + wave * 0.03,
      cycleTimeHours: 40 - along * 10,
      throughputPerWeek: 6,
      flowEfficiency: 0.3,
      tiers: {
        deploymentFrequency: 'high',
        leadTime: 'high',
        changeFailureRate: 'medium',
        timeToRestore: 'high',
      },
    };
    adjust?.(entry, i);
    entries.push(entry);
  }
  return entries;
}
