// Everything about a world that does not depend on the window: deployments, changes, what ships
// what, reverts and failure events. Computed once; each window then only counts.
import type { World } from '../world/types.js';
import type { CycleRecord } from './types.js';
import { NO_EXCLUSION, type AuthorExclusion } from './authors.js';
import { buildChanges, type Change } from './changes.js';
import { categorize, type Category } from './categories.js';
import { listDeployments, type Deployment } from './deployments.js';
import {
  failureReasons,
  incidentLabelSet,
  listIncidents,
  listRevertFailures,
  type FailureEvent,
} from './failures.js';
import { CommitGraph } from './graph.js';
import { findReverts, type Reverts } from './reverts.js';
import { shipChanges } from './shipping.js';
import type { DeploymentSource } from './sources.js';
import { hoursBetween } from './stats.js';
import { ms, msOrNull } from './time.js';

/** F2: a merged pull request's cycle time and phases, as its CycleRecord reports them. */
export type Cycle = Pick<
  CycleRecord,
  'cycleHours' | 'codingHours' | 'pickupHours' | 'reviewHours' | 'deployHours' | 'lines'
>;

export interface Model {
  world: World;
  prWorld: boolean;
  graph: CommitGraph;
  deployments: Deployment[];
  onBranch: boolean[];
  changes: Change[];
  shippedBy: Int32Array;
  /** per deployment, the indexes of the changes it shipped */
  shipped: number[][];
  /** L4: per change, hours from start to its shipping deployment (null: unshipped or first deployment) */
  leadHours: (number | null)[];
  categories: Category[];
  reverts: Reverts;
  events: FailureEvent[];
  reasons: string[][];
  rework: boolean[];
  /** F2: per change of a pull-request world (none in a model built without cycles) */
  cycles: Cycle[];
  /** F3: non-draft pull requests as [created, ended] (ended: merged or closed, Infinity if open) */
  open: { created: Float64Array; ended: Float64Array };
  /** L5: per change, whether its author is excluded from L4, F1–F6 and C4 */
  excluded: boolean[];
  exclusion: AuthorExclusion;
}

/**
 * The parts of a model that depend on the changes alone, not on the deployments: models of one
 * world that differ only in their deployments (the deployment streams) can share them.
 */
export interface ChangeBasis {
  changes: Change[];
  prWorld: boolean;
  categories: Category[];
  reverts: Reverts;
  open: Model['open'];
  excluded: boolean[];
  exclusion: AuthorExclusion;
}

export function changeBasis(world: World, exclusion: AuthorExclusion = NO_EXCLUSION): ChangeBasis {
  const changes = buildChanges(world);
  return {
    changes,
    prWorld: changes.length > 0 && changes[0].kind === 'pull-request',
    categories: changes.map((change) => categorize(change.pr?.labels, change.title)),
    reverts: findReverts(changes, world.repository.owner, world.repository.name),
    open: openIntervals(world, exclusion),
    // L5: a pull request's author, a commit's author.
    excluded: changes.map((change) => exclusion.excludes(change.author)),
    exclusion,
  };
}

export function buildModel(
  world: World,
  source: DeploymentSource,
  incidentLabels: readonly string[],
  graph: CommitGraph = new CommitGraph(world.commits ?? []),
  deployments: Deployment[] = listDeployments(world, source, graph),
  basis: ChangeBasis = changeBasis(world),
  /** false: a model for the DORA keys alone (a deployment stream's), without F2's cycles */
  withCycles = true,
): Model {
  const { changes, prWorld, categories, reverts, open, excluded, exclusion } = basis;
  const { shippedBy, onBranch } = shipChanges(changes, deployments, graph);
  const shipped: number[][] = deployments.map(() => []);
  shippedBy.forEach((d, i) => d >= 0 && shipped[d].push(i));
  // L4: changes shipped by the world's earliest deployment are left out (nothing bounds them);
  // L5: so are the excluded authors' changes.
  const leadHours = changes.map((change, i) =>
    shippedBy[i] > 0 && !excluded[i] ? hoursBetween(change.start, deployments[shippedBy[i]].time) : null,
  );
  const events = [
    ...listIncidents(world, incidentLabelSet(incidentLabels), deployments),
    ...listRevertFailures(changes, reverts, shippedBy, deployments),
  ];
  // C4: ships at least one change, and only reverts or defects; L5: of the changes not excluded.
  const rework = shipped.map((list) => {
    const counted = list.filter((i) => !excluded[i]);
    return counted.length > 0 && counted.every((i) => reverts.isRevert[i] || categories[i] === 'defect');
  });
  return {
    world,
    prWorld,
    graph,
    deployments,
    onBranch,
    changes,
    shippedBy,
    shipped,
    leadHours,
    categories,
    reverts,
    events,
    reasons: failureReasons(deployments.length, events),
    rework,
    cycles:
      prWorld && withCycles ? changes.map((change, i) => cycleOf(change, shippedBy[i], deployments)) : [],
    open,
    excluded,
    exclusion,
  };
}

/** F2: cycle time and its phases for one merged pull request. */
function cycleOf(change: Change, shippedBy: number, deployments: readonly Deployment[]): Cycle {
  const pr = change.pr!;
  const { created, firstReview } = change;
  const additions = pr.additions;
  const deletions = pr.deletions;
  return {
    cycleHours: hoursBetween(change.start, change.merged),
    codingHours: hoursBetween(change.start, created),
    pickupHours: firstReview === null ? null : hoursBetween(created, firstReview),
    reviewHours: firstReview === null ? null : hoursBetween(firstReview, change.merged),
    deployHours: shippedBy < 0 ? null : hoursBetween(change.merged, deployments[shippedBy].time),
    lines: additions === undefined && deletions === undefined ? null : (additions ?? 0) + (deletions ?? 0),
  };
}

/** F3's open pull requests; L5: the excluded authors' are left out. */
function openIntervals(world: World, exclusion: AuthorExclusion) {
  const prs = (world.pullRequests ?? []).filter((pr) => !pr.isDraft && !exclusion.excludes(pr.author));
  const created = new Float64Array(prs.length);
  const ended = new Float64Array(prs.length);
  prs.forEach((pr, i) => {
    created[i] = ms(pr.createdAt);
    const merged = msOrNull(pr.mergedAt);
    const closed = msOrNull(pr.closedAt);
    ended[i] = Math.min(merged ?? Infinity, closed ?? Infinity);
  });
  return { created, ended };
}

/** F3: pull requests open (not drafts, created, neither merged nor closed) at time t. */
export function loadAt(model: Model, t: number): number {
  const { created, ended } = model.open;
  let open = 0;
  for (let i = 0; i < created.length; i++) if (created[i] <= t && ended[i] > t) open++;
  return open;
}
