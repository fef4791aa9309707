// L3: which deployment ships each change.
import type { Change } from './changes.js';
import type { Deployment } from './deployments.js';
import type { CommitGraph } from './graph.js';
import { partitionPoint } from './time.js';

export interface Shipping {
  /** per change (same index), the index of its shipping deployment, or -1 */
  shippedBy: Int32Array;
  /** per deployment: false when its commit is known but off the default branch (ships nothing) */
  onBranch: boolean[];
}

/**
 * L3 for every change at once. `deployments` must be in D3 order (as listDeployments returns
 * them). O((commits + parent links) · p + (changes + deployments) · p · log(deployments)), where p
 * is the number of first-parent lines the deployed commits lie on (1 when every deployment is of
 * the default branch's first-parent line, whatever the dates say), and near-linear with any p
 * when no deployment containing a change is dated before its merge. No algorithm can promise
 * near-linear for every graph: deciding containment for many (deployment, commit) pairs of an
 * arbitrary graph is as hard as finding triangles in a sparse graph.
 */
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
  const nodes = deployments.map((d) => (d.sha === null ? undefined : graph.nodeOf(d.sha)));
  const firstContaining = firstContainingDeployment(nodes, graph);

  const shippedBy = new Int32Array(changes.length).fill(-1);
  const late: number[] = [];
  const changeNodes = graph.nodesOf(changes);
  changes.forEach((change, i) => {
    const node = changeNodes[i];
    if (node < 0) {
      // L3: the change's commit unknown or missing (or no commits at all): containment is assumed.
      shippedBy[i] = firstAtOrAfter(deployments, assumable, change.merged);
      return;
    }
    // L3: a deployment without a commit is assumed to contain everything merged before it.
    const assumed = firstAtOrAfter(deployments, withoutCommit, change.merged);
    const first = firstContaining[node];
    if (first < 0 || deployments[first].time >= change.merged) {
      shippedBy[i] = pickEarlier(assumed, first);
    } else {
      // A deployment contains the change but is dated before its merge (clock skew, a rebase, a
      // tag dated by an older commit, an environment that deploys older commits later): the
      // first containing one at or after the merge is found below, for all such changes at once.
      shippedBy[i] = assumed;
      late.push(i);
    }
  });
  if (late.length > 0) shipLateChanges(changes, late, deployments, nodes, graph, shippedBy);
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
  const at = partitionPoint(candidates.length, (k) => deployments[candidates[k]].time < time);
  return at < candidates.length ? candidates[at] : -1;
}

/** For every commit, the first deployment in D3 order whose commit contains it (-1: none). */
function firstContainingDeployment(nodes: readonly (number | undefined)[], graph: CommitGraph): Int32Array {
  const first = new Int32Array(graph.size).fill(-1);
  graph.claimAncestors(nodes, (node, walk) => {
    first[node] = walk;
  });
  return first;
}

const NONE = 0x7fffffff;

/**
 * L3 for the changes whose first containing deployment is dated before their merge: for each, the
 * first deployment at or after the merge (index ≥ k, D3 order being time order) whose commit
 * contains the change's commit c.
 *
 * The deployed commits are split into chains along first-parent lines (CommitGraph
 * .firstParentChains): in a chain every commit contains all the ones before it, so the members
 * of a chain that contain c are those from one position t(c) on. One walk per chain claims each
 * commit for the first member that contains it, giving t(c). A deployment of that chain then
 * contains c exactly when its commit's position is ≥ t(c), and "the first such deployment at or
 * after k" is a search in a max-tree over the chain's deployments in D3 order. The answer is the
 * earliest over the chains.
 */
function shipLateChanges(
  changes: readonly Change[],
  late: readonly number[],
  deployments: readonly Deployment[],
  nodes: readonly (number | undefined)[],
  graph: CommitGraph,
  shippedBy: Int32Array,
): void {
  // Latest deployments first: they tend to be the most recent commits, so chains come out long.
  const deployed: number[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i] !== undefined) deployed.push(nodes[i]!);
  const chains = graph.firstParentChains(deployed);
  const chainOf = new Map<number, number>();
  const positionOf = new Map<number, number>();
  chains.forEach((members, chain) =>
    members.forEach((node, position) => {
      chainOf.set(node, chain);
      positionOf.set(node, position);
    }),
  );
  // Per chain, its deployments in D3 order and the positions of their commits.
  const entries: number[][] = chains.map(() => []);
  nodes.forEach((node, i) => node !== undefined && entries[chainOf.get(node)!].push(i));

  // One slot per distinct commit of a late change.
  const slotOf = new Int32Array(graph.size).fill(-1);
  let slotCount = 0;
  const changeNodes = graph.nodesOf(changes);
  const slots = late.map((i) => {
    const node = changeNodes[i];
    if (slotOf[node] < 0) slotOf[node] = slotCount++;
    return slotOf[node];
  });
  // The index of the first deployment at or after each late change's merge (D3 order is time order).
  const starts = late.map((i) =>
    partitionPoint(deployments.length, (d) => deployments[d].time < changes[i].merged),
  );

  const threshold = new Int32Array(slotCount);
  chains.forEach((members, chain) => {
    threshold.fill(NONE);
    // t(c): the position of the first member of the chain that contains c.
    graph.claimAncestors(members, (node, position) => {
      const slot = slotOf[node];
      if (slot >= 0) threshold[slot] = position;
    });
    const indexes = Int32Array.from(entries[chain]);
    const tree = new MaxTree(Int32Array.from(indexes, (i) => positionOf.get(nodes[i]!)!));
    late.forEach((change, q) => {
      const t = threshold[slots[q]];
      if (t === NONE) return;
      const from = partitionPoint(indexes.length, (k) => indexes[k] < starts[q]);
      const at = tree.firstAtLeast(from, t);
      if (at >= 0) shippedBy[change] = pickEarlier(shippedBy[change], indexes[at]);
    });
  });
}

/** A max segment tree over non-negative values: the first index ≥ `from` holding ≥ `min`. */
class MaxTree {
  private readonly leaves: number;
  private readonly tree: Int32Array;

  constructor(values: Int32Array) {
    let leaves = 1;
    while (leaves < values.length) leaves *= 2;
    this.leaves = leaves;
    this.tree = new Int32Array(2 * leaves).fill(-1);
    this.tree.set(values, leaves);
    for (let i = leaves - 1; i >= 1; i--) this.tree[i] = Math.max(this.tree[2 * i], this.tree[2 * i + 1]);
  }

  /** -1 when no index ≥ `from` holds a value ≥ `min`. */
  firstAtLeast(from: number, min: number): number {
    if (from >= this.leaves) return -1;
    const tree = this.tree;
    let i = from + this.leaves;
    for (;;) {
      if (tree[i] >= min) {
        // The leftmost leaf of this subtree holding ≥ min.
        while (i < this.leaves) {
          i *= 2;
          if (tree[i] < min) i += 1;
        }
        return i - this.leaves;
      }
      // On to the subtree just right of this one: climb while this is a right child.
      while (i % 2 === 1) i = (i - 1) / 2;
      if (i === 0) return -1;
      i += 1;
    }
  }
}
