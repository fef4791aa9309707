// T4 (and B3): where the recorded history of a world begins and ends, and which tiers a window
// earns no matter its sample (T3, T4, a shallow clone).
import type { World } from '../world/types.js';
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
  let first = Infinity;
  let last = -Infinity;
  const see = (time: string | null | undefined) => {
    if (!time) return;
    const t = Date.parse(time);
    if (t < first) first = t;
    if (t > last) last = t;
  };
  const done = (kind: RecordKind) => {
    if (last !== -Infinity) visit(kind, first, last);
    first = Infinity;
    last = -Infinity;
  };
  for (const commit of world.commits ?? []) {
    see(commit.committedAt);
    done('commits');
  }
  for (const pr of world.pullRequests ?? []) {
    see(pr.createdAt);
    see(pr.mergedAt);
    see(pr.closedAt);
    done('pullRequests');
  }
  for (const deployment of world.deployments ?? []) {
    for (const status of deployment.statuses ?? []) see(status.createdAt);
    done('deployments');
  }
  for (const release of world.releases ?? []) {
    see(release.publishedAt);
    done('releases');
  }
  for (const tag of world.tags ?? []) {
    see(tag.taggedAt);
    done('tags');
  }
  for (const run of world.workflowRuns ?? []) {
    see(run.updatedAt);
    done('workflowRuns');
  }
  for (const issue of world.issues ?? []) {
    see(issue.createdAt);
    see(issue.closedAt);
    done('issues');
  }
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
}

/** No condition withholds a tier: what a caller without a report (a service, a stream) starts from. */
export const NO_CONDITIONS: TierConditions = { assumed: false, shallow: false, historyEnds: Infinity };

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
