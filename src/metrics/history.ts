// T4 (and B3): where the recorded history of a world begins and ends, and which tiers a window
// earns no matter its sample (T3, T4, a shallow clone).
import type { World } from '../world/types.js';
import { ms } from './time.js';
import type { TierWithheld } from './types.js';
import type { Range } from './window.js';

export interface RecordedSpan {
  /** epoch ms; null when the world records no time at all */
  begins: number | null;
  ends: number | null;
}

/** The lists of records a world holds, by their names in the world file. */
export type RecordKind =
  'commits' | 'pullRequests' | 'deployments' | 'releases' | 'tags' | 'workflowRuns' | 'issues';

/**
 * T4: each record with the earliest and latest of its recorded times (epoch ms): the commits'
 * committedAt, the pull requests' createdAt/mergedAt/closedAt, the deployments' status times, the
 * releases' publishedAt, the tags' taggedAt, the workflow runs' updatedAt and the issues'
 * createdAt/closedAt. A record with none of them (a draft release, a deployment without a status)
 * is not visited.
 */
export function eachRecord(
  world: World,
  visit: (kind: RecordKind, first: number, last: number) => void,
): void {
  const times = recordTimes(world);
  for (let i = 0; i < times.count; i++) visit(RECORD_KINDS[times.kinds[i]], times.first[i], times.last[i]);
}

const RECORD_KINDS: readonly RecordKind[] = [
  'commits',
  'pullRequests',
  'deployments',
  'releases',
  'tags',
  'workflowRuns',
  'issues',
];

interface RecordTimes {
  count: number;
  /** per visited record, its kind's index in RECORD_KINDS */
  kinds: Uint8Array;
  first: Float64Array;
  last: Float64Array;
}

/** The times are read once per world: T4's span and the data-quality counts both walk them. */
const remembered = new WeakMap<World, RecordTimes>();

function recordTimes(world: World): RecordTimes {
  const known = remembered.get(world);
  if (known) return known;
  const size =
    (world.commits?.length ?? 0) +
    (world.pullRequests?.length ?? 0) +
    (world.deployments?.length ?? 0) +
    (world.releases?.length ?? 0) +
    (world.tags?.length ?? 0) +
    (world.workflowRuns?.length ?? 0) +
    (world.issues?.length ?? 0);
  const times: RecordTimes = {
    count: 0,
    kinds: new Uint8Array(size),
    first: new Float64Array(size),
    last: new Float64Array(size),
  };
  let first = Infinity;
  let last = -Infinity;
  const see = (time: string | null | undefined) => {
    if (!time) return;
    const t = ms(time);
    if (t < first) first = t;
    if (t > last) last = t;
  };
  const done = (kind: number) => {
    if (last !== -Infinity) {
      times.kinds[times.count] = kind;
      times.first[times.count] = first;
      times.last[times.count] = last;
      times.count += 1;
    }
    first = Infinity;
    last = -Infinity;
  };
  for (const commit of world.commits ?? []) {
    see(commit.committedAt);
    done(0);
  }
  for (const pr of world.pullRequests ?? []) {
    see(pr.createdAt);
    see(pr.mergedAt);
    see(pr.closedAt);
    done(1);
  }
  for (const deployment of world.deployments ?? []) {
    for (const status of deployment.statuses ?? []) see(status.createdAt);
    done(2);
  }
  for (const release of world.releases ?? []) {
    see(release.publishedAt);
    done(3);
  }
  for (const tag of world.tags ?? []) {
    see(tag.taggedAt);
    done(4);
  }
  for (const run of world.workflowRuns ?? []) {
    see(run.updatedAt);
    done(5);
  }
  for (const issue of world.issues ?? []) {
    see(issue.createdAt);
    see(issue.closedAt);
    done(6);
  }
  remembered.set(world, times);
  return times;
}

/**
 * Where the history is known to begin: the earliest recorded time, when the world holds a commit
 * whose parents are listed as none (the repository's first commit, or where a shallow clone is cut).
 * A world without one does not say: a collection from the API reaches back only as far as the
 * windows need, and a world that leaves out `parents` altogether has no graph to tell.
 */
export function knownStart(world: World, span: RecordedSpan): number | null {
  if (span.begins === null) return null;
  const root = (world.commits ?? []).some(
    (commit) => commit.parents !== undefined && commit.parents.length === 0,
  );
  return root ? span.begins : null;
}

/** T4: the earliest and latest recorded time of the world (eachRecord's times). */
export function recordedSpan(world: World): RecordedSpan {
  let begins = Infinity;
  let ends = -Infinity;
  eachRecord(world, (_, first, last) => {
    if (first < begins) begins = first;
    if (last > ends) ends = last;
  });
  return ends === -Infinity ? { begins: null, ends: null } : { begins, ends };
}

/** What every window's tiers depend on besides its own sample. */
export interface TierConditions {
  /** T3: the deployments are assumed (auto ended at merges) */
  assumed: boolean;
  /** a shallow clone: the changes' history is cut, so lead time earns no tier */
  shallow: boolean;
  /** T4: the world's last recorded time (epoch ms); null when it records none */
  historyEnds: number | null;
  /** knownStart: where the history is known to begin (epoch ms), or null */
  historyBegins: number | null;
}

/** No condition withholds a tier: what a caller without a report (a service, a stream) starts from. */
export const NO_CONDITIONS: TierConditions = {
  assumed: false,
  shallow: false,
  historyEnds: Infinity,
  historyBegins: null,
};

/**
 * T4 then T3: the reason every tier of the window is withheld, or null. A world that records no
 * time reaches no window.
 */
export function windowWithheld(conditions: TierConditions, window: Range): TierWithheld | null {
  if (conditions.historyEnds === null || conditions.historyEnds < window.since)
    return 'history-ends-before-window';
  if (conditions.assumed) return 'assumed-deployments';
  return null;
}
