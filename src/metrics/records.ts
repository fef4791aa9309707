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
    mergedAt: isoTime(change.merged),
    shippedBy: d < 0 ? null : model.deployments[d].key,
    shippedAt: d < 0 ? null : isoTime(model.deployments[d].time),
    leadTimeHours: model.leadHours[i],
    excluded: model.excluded[i],
    isRevert: model.reverts.isRevert[i],
    revertTarget: target < 0 ? null : model.changes[target].id,
    category: model.categories[i],
    url: link(base, change.kind === 'pull-request' ? `/pull/${change.number}` : `/commit/${change.sha}`),
  };
}

/** The deployments, changes they shipped and pull requests merged in one window, tagged with it. */
function windowRecords(model: Model, range: ReportWindow, window: RecordWindow, base: string | null) {
  const inWindow = deploymentsIn(model, range);
  const deployments: DeploymentRecord[] = inWindow.map((d) => {
    const deployment = model.deployments[d];
    return {
      window,
      key: deployment.key,
      label: deployment.label,
      time: isoTime(deployment.time),
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
  const changes = inWindow.flatMap((d) => model.shipped[d].map((i) => changeRecord(model, i, base, window)));
  const merged = mergedIn(model, range);
  // The records behind F1–F6: L5's excluded authors' pull requests are not among them.
  const pullRequests: CycleRecord[] = model.prWorld
    ? flowMergedIn(model, range).map((i) => {
        const change = model.changes[i];
        return {
          window,
          id: change.id,
          number: change.number!,
          title: change.title,
          mergedAt: isoTime(change.merged),
          ...model.cycles[i],
          category: model.categories[i],
          url: link(base, `/pull/${change.number}`),
        };
      })
    : [];
  return { deployments, changes, merged, pullRequests };
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
  const current = windowRecords(model, window, 'current', base);
  const before = windowRecords(model, previous, 'previous', base);
  const unshippedChanges = current.merged
    .filter((i) => model.shippedBy[i] < 0)
    .map((i) => changeRecord(model, i, base));
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
    previous: {
      deployments: before.deployments.map(
        ({ window, key, time, sha, failed, rework, firstOfWorld }): PreviousDeploymentRecord => ({
          window,
          key,
          time,
          sha,
          failed,
          rework,
          firstOfWorld,
        }),
      ),
      changes: before.changes.map(
        ({ window, id, mergedAt, shippedBy, shippedAt, leadTimeHours }): PreviousChangeRecord => ({
          window,
          id,
          mergedAt,
          shippedBy,
          shippedAt,
          leadTimeHours,
        }),
      ),
      pullRequests: before.pullRequests.map(
        ({ title: _title, url: _url, number: _number, ...kept }): PreviousCycleRecord => kept,
      ),
    },
  };
}
