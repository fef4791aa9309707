// The records behind each figure, so that every number can be audited and drilled into.
import type {
  ChangeRecord,
  CycleRecord,
  DeploymentRecord,
  FailureRecord,
  PreviousChangeRecord,
  PreviousCycleRecord,
  PreviousDeploymentRecord,
} from './types.js';
import type { Change } from './changes.js';
import type { Model } from './model.js';
import { deploymentsIn, flowMergedIn, mergedIn } from './period.js';
import { hoursBetween } from './stats.js';
import { inRange, isoTime, type ReportWindow } from './window.js';

/** Which window a record belongs to (W2): records carry both, so a roll-up can pool them (O2). */
export type RecordWindow = 'current' | 'previous';

function link(base: string | null, path: string | null): string | null {
  return path === null || base === null ? null : base + path;
}

export function changeRecord(
  model: Model,
  i: number,
  base: string | null,
  window: RecordWindow = 'current',
  times: DeploymentTimes = deploymentTimes(model),
): ChangeRecord {
  const change = model.changes[i];
  const d = model.shippedBy[i];
  const target = model.reverts.target[i];
  return {
    window,
    id: change.id,
    kind: change.kind,
    number: change.number,
    sha: change.sha,
    title: change.title,
    author: change.author,
    start: isoTime(change.start),
    mergedAt: mergedAtText(change),
    shippedBy: d < 0 ? null : model.deployments[d].key,
    shippedAt: d < 0 ? null : times(d),
    leadTimeHours: model.leadHours[i],
    excluded: model.excluded[i],
    isRevert: model.reverts.isRevert[i],
    revertTarget: target < 0 ? null : model.changes[target].id,
    category: model.categories[i],
    url: link(base, change.kind === 'pull-request' ? `/pull/${change.number}` : `/commit/${change.sha}`),
  };
}

/** Each deployment's time as text, written once however many changes it ships. */
type DeploymentTimes = (d: number) => string;

function deploymentTimes(model: Model): DeploymentTimes {
  const texts: (string | undefined)[] = new Array(model.deployments.length);
  return (d) => (texts[d] ??= isoTime(model.deployments[d].time));
}

/**
 * The merge time as text: a pull request's own mergedAt when it is written as isoTime writes
 * (2026-03-01T12:00:00Z, the form GitHub gives), so that no copy of it is made.
 */
function mergedAtText(change: Change): string {
  const written = change.pr?.mergedAt;
  return written && written.length === 20 && written[10] === 'T' && written[19] === 'Z'
    ? written
    : isoTime(change.merged);
}

/** The deployments, changes they shipped and pull requests merged in the current window. */
function currentRecords(model: Model, range: ReportWindow, base: string | null, times: DeploymentTimes) {
  const window = 'current';
  const inWindow = deploymentsIn(model, range);
  const deployments: DeploymentRecord[] = inWindow.map((d) => {
    const deployment = model.deployments[d];
    return {
      window,
      key: deployment.key,
      label: deployment.label,
      time: times(d),
      sha: deployment.sha,
      aliases: deployment.aliases,
      onDefaultBranch: model.onBranch[d],
      changes: model.shipped[d].map((i) => model.changes[i].id),
      failed: model.reasons[d].length > 0,
      failureReasons: model.reasons[d],
      rework: model.rework[d],
      firstOfWorld: d === 0,
      url: link(base, deployment.path),
    };
  });
  const changes: ChangeRecord[] = [];
  for (const d of inWindow)
    for (const i of model.shipped[d]) changes.push(changeRecord(model, i, base, window, times));
  const merged = mergedIn(model, range);
  // The records behind F1–F6: L5's excluded authors' pull requests are not among them.
  const pullRequests: CycleRecord[] = model.prWorld
    ? flowMergedIn(model, range).map((i) => {
        const change = model.changes[i];
        const cycle = model.cycles[i];
        return {
          window,
          id: change.id,
          number: change.number!,
          title: change.title,
          mergedAt: mergedAtText(change),
          cycleHours: cycle.cycleHours,
          codingHours: cycle.codingHours,
          pickupHours: cycle.pickupHours,
          reviewHours: cycle.reviewHours,
          deployHours: cycle.deployHours,
          lines: cycle.lines,
          category: model.categories[i],
          url: link(base, `/pull/${change.number}`),
        };
      })
    : [];
  return { deployments, changes, merged, pullRequests };
}

/** The previous window's records, with only what O2 pools (the types say which fields). */
function previousRecords(model: Model, range: ReportWindow, times: DeploymentTimes) {
  const window = 'previous';
  const inWindow = deploymentsIn(model, range);
  const deployments = inWindow.map((d): PreviousDeploymentRecord => {
    const deployment = model.deployments[d];
    return {
      window,
      key: deployment.key,
      time: times(d),
      sha: deployment.sha,
      failed: model.reasons[d].length > 0,
      rework: model.rework[d],
      firstOfWorld: d === 0,
    };
  });
  const changes: PreviousChangeRecord[] = [];
  for (const d of inWindow) {
    for (const i of model.shipped[d]) {
      changes.push({
        window,
        id: model.changes[i].id,
        mergedAt: mergedAtText(model.changes[i]),
        shippedBy: model.deployments[d].key,
        shippedAt: times(d),
        leadTimeHours: model.leadHours[i],
      });
    }
  }
  const pullRequests: PreviousCycleRecord[] = model.prWorld
    ? flowMergedIn(model, range).map((i) => {
        const cycle = model.cycles[i];
        return {
          window,
          id: model.changes[i].id,
          mergedAt: mergedAtText(model.changes[i]),
          cycleHours: cycle.cycleHours,
          codingHours: cycle.codingHours,
          pickupHours: cycle.pickupHours,
          reviewHours: cycle.reviewHours,
          deployHours: cycle.deployHours,
          lines: cycle.lines,
          category: model.categories[i],
        };
      })
    : [];
  return { deployments, changes, pullRequests };
}

/**
 * The records of the current window at the top, those of the previous window under `previous`
 * (each item tagged with its window): O2 pools both windows from the documents alone. Failure
 * events of both windows share one list, as they always have.
 */
export function buildRecords(
  model: Model,
  window: ReportWindow,
  previous: ReportWindow,
  base: string | null,
) {
  const times = deploymentTimes(model);
  const current = currentRecords(model, window, base, times);
  const unshippedChanges = current.merged
    .filter((i) => model.shippedBy[i] < 0)
    .map((i) => changeRecord(model, i, base, 'current', times));
  const failures: FailureRecord[] = model.events
    .filter((event) => inRange(event.start, window) || inRange(event.start, previous))
    .sort((a, b) => a.start - b.start)
    .map((event) => ({
      kind: event.kind,
      window: inRange(event.start, window) ? ('current' as const) : ('previous' as const),
      id: event.id,
      title: event.title,
      deployment: event.deployment < 0 ? null : model.deployments[event.deployment].key,
      start: isoTime(event.start),
      restoredAt: event.restored === null ? null : isoTime(event.restored),
      restoreHours: event.restored === null ? null : hoursBetween(event.start, event.restored),
      url: link(base, event.path),
    }));
  return {
    deployments: current.deployments,
    changes: current.changes,
    unshippedChanges,
    failures,
    pullRequests: current.pullRequests,
    previous: previousRecords(model, previous, times),
  };
}
