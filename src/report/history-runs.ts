// history.json's entries as the trend section reads them. The file sits on the Pages branch and
// parseHistory only checks each entry's date, so every other field is checked here: a number that
// is not a finite, non-negative number (or a share above 1) counts as no value, and the source is
// shown as text, shortened.
import type { HistoryEntry } from './history-file.js';
import { DAY_MS } from '../metrics/stats.js';
import { formatDate, plural } from '../translate/format.js';

export interface HistoryRun {
  /** YYYY-MM-DD (UTC) */
  date: string;
  /** days since 1970-01-01, the chart's x */
  day: number;
  /** the window length of that run, null when the file does not say */
  windowDays: number | null;
  source: string;
  values: {
    deploymentsPerWeek: number | null;
    leadTimeHours: number | null;
    changeFailureRate: number | null;
    timeToRestoreHours: number | null;
    reworkRate: number | null;
    cycleTimeHours: number | null;
  };
  /** as recorded; only known tier names are ever shown (historyTierWord) */
  tiers: Record<'deploymentFrequency' | 'leadTime' | 'changeFailureRate' | 'timeToRestore', unknown>;
}

const SOURCE_MAX = 120;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function amount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function share(value: unknown): number | null {
  const n = amount(value);
  return n !== null && n <= 1 ? n : null;
}

/** Cut by code points, so a cut never splits an emoji into a lone surrogate. */
function shortText(value: unknown): string {
  if (typeof value !== 'string' || value === '') return 'not recorded';
  const chars = Array.from(value);
  return chars.length > SOURCE_MAX ? `${chars.slice(0, SOURCE_MAX).join('')}…` : value;
}

/** The day number of a real calendar date, or null ("2026-02-31" is not one). */
function dayOf(date: unknown): number | null {
  if (typeof date !== 'string' || !DATE.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return null;
  return ms / DAY_MS;
}

function toRun(entry: HistoryEntry, day: number): HistoryRun {
  const e = entry as Partial<HistoryEntry>;
  const tiers = (typeof e.tiers === 'object' && e.tiers !== null ? e.tiers : {}) as Partial<
    HistoryEntry['tiers']
  >;
  const windowDays = amount(e.days);
  return {
    date: entry.date,
    day,
    windowDays: windowDays !== null && windowDays >= 1 ? Math.round(windowDays) : null,
    source: shortText(e.source),
    values: {
      deploymentsPerWeek: amount(e.deploymentsPerWeek),
      leadTimeHours: amount(e.leadTimeHours),
      changeFailureRate: share(e.changeFailureRate),
      timeToRestoreHours: amount(e.timeToRestoreHours),
      reworkRate: share(e.reworkRate),
      cycleTimeHours: amount(e.cycleTimeHours),
    },
    tiers: {
      deploymentFrequency: tiers.deploymentFrequency,
      leadTime: tiers.leadTime,
      changeFailureRate: tiers.changeFailureRate,
      timeToRestore: tiers.timeToRestore,
    },
  };
}

/** Entries with a real date, oldest first, one per date (the later entry in the file wins). */
export function cleanHistory(entries: readonly HistoryEntry[] | undefined): HistoryRun[] {
  const byDate = new Map<string, HistoryRun>();
  for (const entry of entries ?? []) {
    const day = dayOf((entry as Partial<HistoryEntry> | null)?.date);
    if (day !== null) byDate.set(entry.date, toRun(entry, day));
  }
  return [...byDate.values()].sort((a, b) => a.day - b.day);
}

function windowNote(runs: HistoryRun[]): string {
  const lengths = runs.map((r) => r.windowDays).filter((d): d is number => d !== null);
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);
  const window = !lengths.length
    ? 'the days before its date'
    : shortest === longest
      ? `the ${plural(longest, 'day')} before its date`
      : `between ${plural(shortest, 'day')} and ${plural(longest, 'day')} before its date (the window length changed)`;
  return `Each run measured ${window}, so neighbouring points share most of their data: the lines show slow drifts rather than single weeks (W1).`;
}

const SHOWN_CHANGES = 3;

/** D2: a new deployment source counts different events, so the figures either side do not compare. */
function sourceNote(runs: HistoryRun[]): string {
  const changes: string[] = [];
  for (let i = 1; i < runs.length; i++) {
    const [before, after] = [runs[i - 1], runs[i]];
    if (before.source !== after.source)
      changes.push(`on ${formatDate(after.date)} from “${before.source}” to “${after.source}”`);
  }
  if (!changes.length) return `Every run found its deployments through “${runs[0].source}”.`;
  const shown = changes.slice(-SHOWN_CHANGES);
  const earlier = changes.length - shown.length;
  const more = earlier ? `, after ${plural(earlier, 'earlier change')}` : '';
  return `The deployment source changed ${shown.join('; ')}${more}: figures either side of a change count different events and do not compare (D2).`;
}

/** GitHub stops scheduled workflows after 60 days without repository activity, so runs can pause. */
function gapNote(runs: HistoryRun[]): string | null {
  let widest = 0;
  let at = 1;
  for (let i = 1; i < runs.length; i++) {
    const gap = runs[i].day - runs[i - 1].day;
    if (gap > widest) [widest, at] = [gap, i];
  }
  if (widest <= 7) return null;
  return `No run between ${formatDate(runs[at - 1].date)} and ${formatDate(runs[at].date)} (${plural(widest, 'day')}): the lines join straight across that time.`;
}

export function historyNotes(runs: HistoryRun[]): string[] {
  const gap = gapNote(runs);
  return [windowNote(runs), sourceNote(runs), ...(gap ? [gap] : [])];
}
