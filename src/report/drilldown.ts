// Drill-down tables: deployments with what they shipped, failure events with restore times, the
// slowest changes, the pull requests. Capped so a 50,000-pull-request world stays a small page; the
// cap is stated, and every record is in the table's CSV file (downloads.ts) and metrics.json.
import type { ChangeRecord, DeploymentRecord, MetricsReport, WindowInfo } from '../metrics/types.js';
import { formatDateTime, formatDuration, formatNumber, plural } from '../translate/format.js';
import { numberFromId, type RepositoryLinks } from './links.js';
import type {
  CappedTable,
  ChangeRowView,
  DeploymentRowView,
  FailureRowView,
  LinkView,
  PullRequestRowView,
} from './view-types.js';

export const DEPLOYMENT_ROWS = 25;
export const CHANGES_PER_DEPLOYMENT = 8;
export const FAILURE_ROWS = 25;
export const SLOWEST_ROWS = 20;
export const PULL_REQUEST_ROWS = 20;
/** Longest title the page shows whole; metrics.json keeps every title whole. */
export const TITLE_CHARACTERS = 300;

/** A title cut to TITLE_CHARACTERS with an ellipsis, never inside a surrogate pair. */
export function pageTitle(title: string): string {
  if (title.length <= TITLE_CHARACTERS) return title;
  let end = TITLE_CHARACTERS - 1;
  const last = title.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${title.slice(0, end)}…`;
}

function inWindow(time: string | null, window: WindowInfo): boolean {
  if (time === null) return false;
  const t = Date.parse(time);
  return t >= Date.parse(window.since) && t < Date.parse(window.until);
}

function capped<Row>(rows: Row[], total: number, what: string, noun: string): CappedTable<Row> {
  const hidden = total - rows.length;
  return {
    rows,
    total,
    countText: plural(total, noun),
    hiddenText:
      hidden > 0
        ? `Showing ${formatNumber(rows.length)} of ${formatNumber(total)} ${what}; ${plural(hidden, 'more is', 'more are')} in the CSV file and metrics.json.`
        : null,
  };
}

export function changeLink(change: ChangeRecord | undefined, id: string, links: RepositoryLinks): LinkView {
  if (!change) return { text: id, href: null };
  const text =
    change.kind === 'pull-request'
      ? `#${change.number ?? numberFromId(id) ?? ''}`
      : (change.sha ?? id).slice(0, 7);
  const href =
    links.checked(change.url) ??
    (change.kind === 'pull-request' ? links.pull(change.number) : links.commit(change.sha));
  return { text, href };
}

function deploymentLink(d: DeploymentRecord, links: RepositoryLinks): LinkView {
  const names = [d.label, ...d.aliases.filter((a) => a !== d.label)];
  return { text: names.join(', '), href: links.checked(d.url) ?? links.commit(d.sha) };
}

export function buildDeploymentTable(
  report: MetricsReport,
  links: RepositoryLinks,
  byId: Map<string, ChangeRecord>,
) {
  const inside = report.records.deployments.filter((d) => inWindow(d.time, report.window));
  const newest = [...inside]
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
    .slice(0, DEPLOYMENT_ROWS);
  const rows: DeploymentRowView[] = newest.map((d) => {
    const shown = d.changes.slice(0, CHANGES_PER_DEPLOYMENT);
    const hidden = d.changes.length - shown.length;
    const statusKey = d.failed ? 'failed' : d.rework ? 'rework' : 'ok';
    const status = { failed: '✖ Failed', rework: '↺ Unplanned fix', ok: '✔ Healthy' }[statusKey];
    const reasons = [...d.failureReasons];
    if (!d.onDefaultBranch) reasons.push('off the default branch: ships no change (L3)');
    if (d.firstOfWorld) reasons.push('first deployment in the history: its changes have no lead time (L4)');
    return {
      deployment: deploymentLink(d, links),
      time: formatDateTime(d.time),
      changes: shown.map((id) => changeLink(byId.get(id), id, links)),
      moreChanges: hidden > 0 ? `and ${formatNumber(hidden)} more` : null,
      status,
      statusKey,
      reasons: reasons.join('; '),
    };
  });
  return capped(rows, inside.length, 'deployments in the window, newest first', 'deployment');
}

export function buildFailureTable(
  report: MetricsReport,
  links: RepositoryLinks,
  deploymentLabels: Map<string, string>,
) {
  const inside = report.records.failures.filter((f) => inWindow(f.start, report.window));
  const newest = [...inside].sort((a, b) => Date.parse(b.start) - Date.parse(a.start)).slice(0, FAILURE_ROWS);
  const rows: FailureRowView[] = newest.map((f) => {
    const number = numberFromId(f.id);
    const fallback = f.kind === 'incident' ? links.issue(number) : links.pull(number);
    return {
      event: { text: f.id, href: links.checked(f.url) ?? fallback },
      title: pageTitle(f.title),
      kind: f.kind === 'incident' ? 'Incident' : 'Reverted change',
      start: formatDateTime(f.start),
      restored: f.restoredAt ? formatDateTime(f.restoredAt) : '⚠ Not restored',
      restoreTime: f.restoreHours === null ? 'still open' : formatDuration(f.restoreHours),
      deployment: f.deployment
        ? (deploymentLabels.get(f.deployment) ?? f.deployment)
        : 'none (unattributed, C1)',
      open: f.restoredAt === null,
    };
  });
  return capped(rows, inside.length, 'failure events, newest first', 'failure event');
}

export function buildSlowestTable(
  report: MetricsReport,
  links: RepositoryLinks,
  deploymentLabels: Map<string, string>,
) {
  const timed = report.records.changes.filter(
    (c) => c.leadTimeHours !== null && inWindow(c.shippedAt, report.window),
  );
  const slowest = [...timed]
    .sort((a, b) => (b.leadTimeHours as number) - (a.leadTimeHours as number))
    .slice(0, SLOWEST_ROWS);
  const rows: ChangeRowView[] = slowest.map((c) => ({
    change: changeLink(c, c.id, links),
    title: pageTitle(c.title),
    author: c.author ?? 'unknown',
    leadTime: formatDuration(c.leadTimeHours),
    shippedAt: formatDateTime(c.shippedAt),
    shippedBy: c.shippedBy ? (deploymentLabels.get(c.shippedBy) ?? c.shippedBy) : '',
  }));
  return capped(rows, timed.length, 'shipped changes, slowest first', 'shipped change');
}

/** F2: pull requests merged in the window, the longest cycle first, with the wait in each phase. */
export function buildPullRequestTable(report: MetricsReport, links: RepositoryLinks) {
  const merged = report.records.pullRequests.filter((p) => inWindow(p.mergedAt, report.window));
  const longest = [...merged].sort((a, b) => b.cycleHours - a.cycleHours).slice(0, PULL_REQUEST_ROWS);
  const rows: PullRequestRowView[] = longest.map((p) => ({
    pullRequest: { text: `#${p.number}`, href: links.checked(p.url) ?? links.pull(p.number) },
    title: pageTitle(p.title),
    cycle: formatDuration(p.cycleHours),
    coding: formatDuration(p.codingHours),
    pickup: formatDuration(p.pickupHours),
    review: formatDuration(p.reviewHours),
    deploy: formatDuration(p.deployHours),
    lines: p.lines === null ? 'unknown' : formatNumber(p.lines),
  }));
  return capped(rows, merged.length, 'merged pull requests, longest cycle first', 'merged pull request');
}
