// L3: which deployment ships each change.
import type { Change } from './changes.js';
import type { Deployment } from './deployments.js';
import type { CommitGraph } from './graph.js';

export interface Shipping {
  /** per change (same index), the index of its shipping deployment, or -1 */
  shippedBy: Int32Array;
  /** per deployment: false when its commit is known but off the default branch (ships nothing) */
  onBranch: boolean[];
}

export function shipChanges(
  changes: readonly Change[],
  deployments: readonly Deployment[],
  graph: CommitGraph,
): Shipping {
  const graphKnown = graph.size > 0;
  // L3: a known commit absent from a non-empty `commits` is off the default branch.
  const onBranch = deployments.map((d) => !(graphKnown && d.sha !== null && !graph.has(d.sha)));
  const assumable = indexesWhere(deployments, (_, i) => onBranch[i]);
  const withoutCommit = indexesWhere(deployments, (d) => d.sha === null);
  const firstContaining = firstContainingDeployment(deployments, graph);

  const shippedBy = new Int32Array(changes.length).fill(-1);
  changes.forEach((change, i) => {
    const node = change.sha === null ? undefined : graph.nodeOf(change.sha);
    if (node === undefined) {
      // L3: the change's commit unknown or missing (or no commits at all): containment is assumed.
      shippedBy[i] = firstAtOrAfter(deployments, assumable, change.merged);
      return;
    }
    // L3: a deployment without a commit is assumed to contain everything merged before it.
    const assumed = firstAtOrAfter(deployments, withoutCommit, change.merged);
    const byGraph = shippedByGraph(change, node, deployments, graph, firstContaining);
    shippedBy[i] = pickEarlier(assumed, byGraph);
  });
  return { shippedBy, onBranch };
}

function indexesWhere(deployments: readonly Deployment[], test: (d: Deployment, i: number) => boolean) {
  const out: number[] = [];
  deployments.forEach((d, i) => test(d, i) && out.push(i));
  return out;
}

function pickEarlier(a: number, b: number): number {
  if (a < 0) return b;
  if (b < 0) return a;
  return Math.min(a, b);
}

/** The first deployment (of `candidates`, in D3 order) at or after `time`; -1 for none. */
function firstAtOrAfter(
  deployments: readonly Deployment[],
  candidates: readonly number[],
  time: number,
): number {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (deployments[candidates[mid]].time < time) low = mid + 1;
    else high = mid;
  }
  return low < candidates.length ? candidates[low] : -1;
}

/** For every commit, the first deployment in D3 order whose commit contains it (-1: none). */
function firstContainingDeployment(deployments: readonly Deployment[], graph: CommitGraph): Int32Array {
  const first = new Int32Array(graph.size).fill(-1);
  const starts = deployments.map((d) => (d.sha === null ? undefined : graph.nodeOf(d.sha)));
  graph.claimAncestors(starts, (node, walk) => {
    first[node] = walk;
  });
  return first;
}

function shippedByGraph(
  change: Change,
  node: number,
  deployments: readonly Deployment[],
  graph: CommitGraph,
  firstContaining: Int32Array,
): number {
  const first = firstContaining[node];
  if (first < 0) return -1;
  if (deployments[first].time >= change.merged) return first;
  // Rare: a deployment contains the change but is dated before its merge (clock skew, a tag
  // dated by an older commit). Look further on for the first one that is not.
  for (let i = first + 1; i < deployments.length; i++) {
    const d = deployments[i];
    if (d.time < change.merged || d.sha === null) continue;
    const at = graph.nodeOf(d.sha);
    if (at !== undefined && graph.contains(at, node)) return i;
  }
  return -1;
}
