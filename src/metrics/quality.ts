// What was counted and what was left out, so that no number is a mystery.
import type { ClampedDurations, DataQuality, LateRecords } from './types.js';
import { isMergedInto } from './changes.js';
import type { Model } from './model.js';
import { authorNotes, isBotLogin } from './authors.js';
import { deploymentsIn, exclusionsIn, mergedIn } from './period.js';
import { ms } from './time.js';
import { DAY_MS } from './stats.js';
import { eachRecord, type RecordedSpan, type RecordKind } from './history.js';
import { inRange, isoTime, type ReportWindow } from './window.js';

export interface QualityInputs {
  shallow: boolean;
  /** D2/T3 */
  assumed: boolean;
  /** T4 */
  span: RecordedSpan;
  /** where the history is known to begin (knownStart), or null */
  start: number | null;
  previousSince: number;
  /** the run's own time (epoch ms): a record after it is dated in the future */
  now: number;
}

export function assessQuality(model: Model, window: ReportWindow, inputs: QualityInputs): DataQuality {
  const { shallow: shallowHistory, span } = inputs;
  const world = model.world;
  const merged = mergedIn(model, window);
  const inWindow = deploymentsIn(model, window);
  const incidents = model.events.filter((e) => e.kind === 'incident' && inRange(e.start, window));
  const branch = world.repository.defaultBranch;
  // Counted inside the window, as everything else here: a history collected from the API reaches
  // back only as far as the windows need, so whole-history counts would differ between sources.
  const otherBranches = (world.pullRequests ?? []).filter(
    (pr) => pr.mergedAt && !isMergedInto(pr, branch) && inRange(ms(pr.mergedAt), window),
  ).length;
  const reverts = merged.filter((i) => model.reverts.isRevert[i]);
  const squash = !model.prWorld && model.changes.some((c) => / \(#\d+\)$/.test(c.subject));
  const quality: DataQuality = {
    worldKind: model.prWorld ? 'pull-requests' : 'commits',
    deploymentsInWorld: model.deployments.length,
    deploymentsOffDefaultBranch: inWindow.filter((d) => !model.onBranch[d]).length,
    changesInWindow: merged.length,
    unshippedChanges: merged.filter((i) => model.shippedBy[i] < 0).length,
    changesShippedByFirstDeployment: inWindow.includes(0) ? model.shipped[0].length : 0,
    incidentsInWindow: incidents.length,
    unattributedIncidents: incidents.filter((e) => e.deployment < 0).length,
    revertsInWindow: reverts.length,
    revertsWithoutTarget: reverts.filter((i) => model.reverts.target[i] < 0).length,
    // F2: a pull request's pickup time is null exactly when it has no review by someone else.
    // Of F2's pull requests: L5's excluded authors' are not among them.
    pullRequestsMergedWithoutReview: model.prWorld
      ? merged.filter((i) => !model.excluded[i] && model.cycles[i].pickupHours === null).length
      : 0,
    pullRequestsIntoOtherBranches: otherBranches,
    botPullRequestsInWindow: model.prWorld
      ? merged.filter((i) => isBotLogin(model.changes[i].author)).length
      : 0,
    squashMergedCommitsOnly: squash,
    shallowHistory,
    historyBegins: span.begins === null ? null : isoTime(span.begins),
    historyEnds: span.ends === null ? null : isoTime(span.ends),
    clampedDurations: clampedIn(model, window, merged, inWindow),
    ...whenRecorded(model, window, inputs.now),
    notes: [],
  };
  quality.notes = [
    ...tierNotes(inputs, window),
    ...startNotes(inputs, window),
    ...placeNotes(quality, window, inputs.now),
    ...notesFor(quality),
    // C1: without incident issues the failures are the reverts alone; a zero must not read as "none".
    // Both windows are asked, as everywhere here: the API's history reaches back only as far as they do.
    ...(model.events.some(
      (e) => e.kind === 'incident' && e.start >= inputs.previousSince && e.start < window.until,
    )
      ? []
      : [NO_INCIDENTS]),
    ...authorNotes({
      ...exclusionsIn(model, window),
      merged: model.prWorld ? merged.length : 0,
      byBots: quality.botPullRequestsInWindow,
      prWorld: model.prWorld,
    }),
  ];
  return quality;
}

/**
 * The preamble: a duration is `end − start` and a negative one counts as 0. The figures keep that
 * rule; here the window's clamped values are counted per figure, so a clock that went wrong (a pull
 * request created after its merge, an incident closed before it opened) shows.
 */
function clampedIn(
  model: Model,
  window: ReportWindow,
  merged: readonly number[],
  inWindow: readonly number[],
): ClampedDurations {
  const clamped: ClampedDurations = {
    leadTime: 0,
    timeToRestore: 0,
    cycleTime: 0,
    coding: 0,
    pickup: 0,
    deploy: 0,
  };
  const { changes, deployments, shippedBy } = model;
  // L4: the lead times of the changes the window's deployments ship (the first deployment's have none).
  for (const d of inWindow) {
    for (const i of model.shipped[d]) {
      if (model.leadHours[i] !== null && deployments[d].time < changes[i].start) clamped.leadTime += 1;
    }
  }
  // R1: failure events that start in the window and were restored.
  for (const event of model.events) {
    if (event.restored !== null && inRange(event.start, window) && event.restored < event.start) {
      clamped.timeToRestore += 1;
    }
  }
  // F2: the cycle time and phases of the pull requests merged in the window (a review after the
  // merge is not a first review, so the review phase is never negative).
  if (model.prWorld) {
    for (const i of merged) {
      const change = changes[i];
      const { created, firstReview } = change;
      if (change.merged < change.start) clamped.cycleTime += 1;
      if (created < change.start) clamped.coding += 1;
      if (firstReview !== null && firstReview < created) clamped.pickup += 1;
      if (shippedBy[i] >= 0 && deployments[shippedBy[i]].time < change.merged) clamped.deploy += 1;
    }
  }
  return clamped;
}

const CLAMPED_WORDS: [keyof ClampedDurations, string, string][] = [
  ['leadTime', 'lead time (L4)', 'lead times (L4)'],
  ['timeToRestore', 'time to restore (R1)', 'times to restore (R1)'],
  ['cycleTime', 'cycle time (F2)', 'cycle times (F2)'],
  ['coding', 'coding phase (F2)', 'coding phases (F2)'],
  ['pickup', 'pickup phase (F2)', 'pickup phases (F2)'],
  ['deploy', 'deploy phase (F2)', 'deploy phases (F2)'],
];

/** The clamped durations of the window, all kinds together. */
export function clampedTotal(clamped: ClampedDurations): number {
  return CLAMPED_WORDS.reduce((total, [key]) => total + clamped[key], 0);
}

function clampedNote(clamped: ClampedDurations): string | null {
  const total = clampedTotal(clamped);
  if (total === 0) return null;
  const parts = CLAMPED_WORDS.filter(([key]) => clamped[key] > 0).map(([key, one, many]) =>
    count(clamped[key], one, many),
  );
  return `${count(total, 'duration ends', 'durations end')} before ${total === 1 ? 'it starts' : 'they start'} and ${total === 1 ? 'counts' : 'count'} as 0: ${parts.join(', ')}. A pull request created after its merge, or an incident closed before it opened, points to a wrong clock or an edited record.`;
}

/** How many records the window holds, and which are dated after its end or after the run's time. */
function whenRecorded(model: Model, window: ReportWindow, now: number) {
  let inWindow = 0;
  const afterUntil = late();
  const afterNow = late();
  eachRecord(model.world, (kind, first, last) => {
    if (first < window.until && last >= window.since) inWindow += 1;
    if (last >= window.until) afterUntil.see(kind, last);
    if (last > now) afterNow.see(kind, last);
  });
  return {
    recordsInWindow: inWindow,
    recordsAfterUntil: afterUntil.done(),
    recordsAfterNow: afterNow.done(),
  };
}

function late() {
  const kinds: Partial<Record<RecordKind, number>> = {};
  let count = 0;
  let latest = -Infinity;
  return {
    see(kind: RecordKind, time: number): void {
      count += 1;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      if (time > latest) latest = time;
    },
    done(): LateRecords {
      const ordered = RECORD_WORDS.filter(([kind]) => kinds[kind]).map(([kind]) => [kind, kinds[kind]!]);
      return { count, latest: count === 0 ? null : isoTime(latest), kinds: Object.fromEntries(ordered) };
    },
  };
}

const RECORD_WORDS: [RecordKind, string, string][] = [
  ['commits', 'commit', 'commits'],
  ['pullRequests', 'pull request', 'pull requests'],
  ['deployments', 'deployment', 'deployments'],
  ['releases', 'release', 'releases'],
  ['tags', 'tag', 'tags'],
  ['workflowRuns', 'workflow run', 'workflow runs'],
  ['issues', 'issue', 'issues'],
];

function lateWords(records: LateRecords): string {
  return RECORD_WORDS.filter(([kind]) => records.kinds[kind])
    .map(([kind, one, many]) => count(records.kinds[kind], one, many))
    .join(', ');
}

/**
 * An empty window says where the history begins and ends (T4's span), and records dated
 * after the window's end, or after the run's own time (a wrong clock), are named with their count.
 */
function placeNotes(q: DataQuality, window: ReportWindow, now: number): string[] {
  const notes: string[] = [];
  if (q.recordsInWindow === 0 && q.historyBegins !== null) {
    notes.push(
      `No record falls in this window (${isoTime(window.since)} to ${isoTime(window.until)}): the history begins at ${q.historyBegins} and ends at ${q.historyEnds}.`,
    );
  }
  const future = q.recordsAfterNow;
  if (future.count > 0) {
    notes.push(
      `${count(future.count, 'record is', 'records are')} dated in the future, after this run's time ${isoTime(now)} (${lateWords(future)}; the latest at ${future.latest}): a wrong clock?`,
    );
  }
  const after = q.recordsAfterUntil;
  if (after.count > future.count) {
    notes.push(
      `${count(after.count, 'record is', 'records are')} dated after this window ends at ${isoTime(window.until)} (${lateWords(after)}; the latest at ${after.latest}).`,
    );
  }
  return notes;
}

/** T3, T4 and a shallow clone: why tiers are withheld, first of all. */
function tierNotes(inputs: QualityInputs, window: ReportWindow): string[] {
  const notes: string[] = [];
  const ends = inputs.span.ends;
  if (ends === null) {
    notes.push('The history records no time at all, so no window earns a tier (T4).');
  } else if (ends < inputs.previousSince) {
    notes.push(
      `The history ends at ${isoTime(ends)}, before both windows start: a stale clone or a wrong until? No tier is given (T4).`,
    );
  } else if (ends < window.since) {
    notes.push(
      `The history ends at ${isoTime(ends)}, before this window starts: a stale clone or a wrong until? This window earns no tier (T4).`,
    );
  }
  if (inputs.assumed) {
    notes.push(
      'No deployments, releases or release tags in the history: every merge is taken as a deployment, so the figures describe merging, not releasing, and earn no tier (T3). Name the real source with --source.',
    );
  }
  if (inputs.shallow) notes.push('The clone is shallow: lead time earns no tier, since the history is cut.');
  return notes;
}

/**
 * A history that begins inside the windows (a young repository, a shallow clone): a rate over a
 * window counts the days before the first record, and a previous window wholly before it is not
 * compared with (N1). An empty window is placeNotes' to describe.
 */
function startNotes(inputs: QualityInputs, window: ReportWindow): string[] {
  const start = inputs.start;
  if (start === null || start <= inputs.previousSince || start >= window.until) return [];
  const begins = `The history begins at ${isoTime(start)}`;
  if (start < window.since) {
    const days = Math.floor((start - inputs.previousSince) / DAY_MS);
    return [
      `${begins}, ${count(days, 'day', 'days')} into the previous ${window.days}-day window: that window's rates (deployment frequency, throughput) count the days before it, so they read low.`,
    ];
  }
  const days = Math.floor((start - window.since) / DAY_MS);
  const rates =
    days > 0
      ? ` This window's rates (deployment frequency, throughput) count the ${count(days, 'day', 'days')} before it.`
      : '';
  return [`${begins}, after the previous window ends: no figure is compared with that window (N1).${rates}`];
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const NO_INCIDENTS =
  'No incident issue was opened in this window or the one before, so the failures counted are the reverts alone (C1): an outage that no labelled issue records is not counted, and time to restore measures reverts only.';

function notesFor(q: DataQuality): string[] {
  const notes: string[] = [];
  if (q.worldKind === 'commits') {
    notes.push(
      'No pull requests: changes are the commits of the default branch (L1) and flow metrics are not computed.',
    );
  }
  if (q.squashMergedCommitsOnly) {
    notes.push(
      'Squash-merged commits carry their merge time as authoredAt, so their lead time covers only the wait for deployment (L4).',
    );
  }
  if (q.shallowHistory) notes.push('The history is shallow: changes and tags before the cut are missing.');
  if (q.changesShippedByFirstDeployment > 0) {
    notes.push(
      `${count(q.changesShippedByFirstDeployment, 'change', 'changes')} shipped by the first deployment on record ${q.changesShippedByFirstDeployment === 1 ? 'has' : 'have'} no lead time (L4).`,
    );
  }
  if (q.unshippedChanges > 0)
    notes.push(
      `${count(q.unshippedChanges, 'change', 'changes')} merged in the window ${q.unshippedChanges === 1 ? 'is' : 'are'} not deployed yet (L3).`,
    );
  if (q.deploymentsOffDefaultBranch > 0) {
    notes.push(
      `${count(q.deploymentsOffDefaultBranch, 'deployment', 'deployments')} of commits off the default branch ${q.deploymentsOffDefaultBranch === 1 ? 'ships' : 'ship'} no change (L3).`,
    );
  }
  if (q.unattributedIncidents > 0) {
    notes.push(
      `${count(q.unattributedIncidents, 'incident', 'incidents')} started before any deployment and fail none (C1).`,
    );
  }
  if (q.revertsWithoutTarget > 0)
    notes.push(
      `${count(q.revertsWithoutTarget, 'revert', 'reverts')} name no change that could be found (C2).`,
    );
  if (q.pullRequestsMergedWithoutReview > 0) {
    notes.push(
      `${count(q.pullRequestsMergedWithoutReview, 'pull request was', 'pull requests were')} merged without a review by someone else (F2).`,
    );
  }
  const clamped = clampedNote(q.clampedDurations);
  if (clamped !== null) notes.push(clamped);
  if (q.pullRequestsIntoOtherBranches > 0) {
    notes.push(
      `${count(q.pullRequestsIntoOtherBranches, 'pull request', 'pull requests')} merged into other branches ${q.pullRequestsIntoOtherBranches === 1 ? 'is' : 'are'} not counted as changes (L1).`,
    );
  }
  return notes;
}
