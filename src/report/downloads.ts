// Which tables of the page can be downloaded, and with what records. Tables built as a TableView
// (chart fallbacks, context tables) are found in the finished view and given a file; the drill-down
// tables get every record in the window, not only the rows the page shows. Pure.
import type { MetricsReport, WindowInfo } from '../metrics/types.js';
import { csvFileName, type CsvDownload } from './csv.js';
import type { TableView } from './view-parts.js';

function isTable(value: object): value is TableView {
  const v = value as Partial<TableView>;
  return typeof v.caption === 'string' && Array.isArray(v.headers) && Array.isArray(v.rows);
}

/** Gives each TableView reachable from `view` a `download` file, once, in page order. */
export function attachTableDownloads(view: object, taken: Set<string>, into: CsvDownload[]): void {
  const seen = new WeakSet<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (isTable(value)) {
      value.download = csvFileName(value.caption, taken);
      into.push({ file: value.download, headers: value.headers, rows: value.rows });
      return;
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child);
  };
  visit(view);
}

function inWindow(time: string | null, window: WindowInfo): boolean {
  if (time === null) return false;
  const t = Date.parse(time);
  return t >= Date.parse(window.since) && t < Date.parse(window.until);
}

/** D1–D4, C1–C4: every deployment in the window with everything it shipped. */
export function deploymentRecords(report: MetricsReport, taken: Set<string>): CsvDownload {
  const rows = report.records.deployments
    .filter((d) => inWindow(d.time, report.window))
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
    .map((d) => [
      d.label,
      d.time,
      d.sha,
      d.changes.length,
      d.changes.join(' '),
      d.failed ? 'failed' : d.rework ? 'unplanned fix' : 'healthy',
      d.failureReasons.join('; '),
      d.onDefaultBranch ? 'yes' : 'no',
      d.url,
    ]);
  return {
    file: csvFileName('deployments', taken),
    headers: [
      'Deployment',
      'Time (UTC)',
      'Commit',
      'Changes',
      'Change ids',
      'Outcome',
      'Why it failed',
      'On the default branch',
      'Address',
    ],
    rows,
  };
}

/** R1: every failure event starting in the window. */
export function failureRecords(report: MetricsReport, taken: Set<string>): CsvDownload {
  const rows = report.records.failures
    .filter((f) => inWindow(f.start, report.window))
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
    .map((f) => [f.id, f.kind, f.title, f.start, f.restoredAt, f.restoreHours, f.deployment, f.url]);
  return {
    file: csvFileName('failures', taken),
    headers: [
      'Event',
      'Kind',
      'Title',
      'Started (UTC)',
      'Restored (UTC)',
      'Hours to restore',
      'Deployment',
      'Address',
    ],
    rows,
  };
}

/** F2: every pull request merged in the window, with its phases in hours. */
export function pullRequestRecords(report: MetricsReport, taken: Set<string>): CsvDownload {
  const rows = report.records.pullRequests
    .filter((p) => inWindow(p.mergedAt, report.window))
    .sort((a, b) => b.cycleHours - a.cycleHours)
    .map((p) => [
      `#${p.number}`,
      p.title,
      p.mergedAt,
      p.cycleHours,
      p.codingHours,
      p.pickupHours,
      p.reviewHours,
      p.deployHours,
      p.lines,
      p.category,
      p.url,
    ]);
  return {
    file: csvFileName('pull requests', taken),
    headers: [
      'Pull request',
      'Title',
      'Merged (UTC)',
      'Cycle time (hours)',
      'Coding (hours)',
      'Waiting for review (hours)',
      'Review (hours)',
      'Waiting for deployment (hours)',
      'Lines changed',
      'Kind of work',
      'Address',
    ],
    rows,
  };
}

/** L1–L4: every change shipped in the window, and those merged in it but not shipped yet. */
export function changeRecords(report: MetricsReport, taken: Set<string>): CsvDownload {
  const changes = [...report.records.changes, ...report.records.unshippedChanges].filter(
    (c) =>
      inWindow(c.shippedAt, report.window) || (c.shippedAt === null && inWindow(c.mergedAt, report.window)),
  );
  const rows = changes
    .sort((a, b) => (b.leadTimeHours ?? -1) - (a.leadTimeHours ?? -1))
    .map((c) => [
      c.id,
      c.kind,
      c.title,
      c.author,
      c.start,
      c.mergedAt,
      c.shippedAt,
      c.shippedBy,
      c.leadTimeHours,
      c.category,
      c.isRevert ? 'yes' : 'no',
      c.url,
    ]);
  return {
    file: csvFileName('changes', taken),
    headers: [
      'Change',
      'Kind',
      'Title',
      'Author',
      'First commit (UTC)',
      'Merged (UTC)',
      'Shipped (UTC)',
      'Shipped by',
      'Lead time (hours)',
      'Kind of work',
      'Revert',
      'Address',
    ],
    rows,
  };
}
