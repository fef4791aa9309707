// The L3 shipping of commit d71be56 (src/metrics/shipping.ts and the CommitGraph methods it used),
// frozen as a test oracle for the near-linear rewrite. Quadratic when many changes are
// contained by a deployment dated before their merge: use it on small worlds only. Do not edit it
// to follow src/: it is what src/ is compared against.
import type { Change } from '../../src/metrics/changes.js';
import type { Deployment } from '../../src/metrics/deployments.js';
import type { WorldCommit } from '../../src/world/types.js';

export class ReferenceGraph {
  readonly size: number;
  private readonly index = new Map<string, number>();
  private readonly parents: number[][];
  private readonly marks: Uint32Array;
  private generation = 0;

  constructor(commits: readonly WorldCommit[]) {
    commits.forEach((commit, i) => this.index.set(commit.sha, i));
    this.size = commits.length;
    this.parents = commits.map((commit) => {
      const known: number[] = [];
      for (const parent of commit.parents ?? []) {
        const at = this.index.get(parent);
        if (at !== undefined) known.push(at);
      }
      return known;
    });
    this.marks = new Uint32Array(commits.length);
  }

  has(sha: string | null | undefined): boolean {
    return sha != null && this.index.has(sha);
  }

  nodeOf(sha: string): number | undefined {
    return this.index.get(sha);
  }

  claimAncestors(starts: readonly (number | undefined)[], claim: (node: number, walk: number) => void) {
    const seen = new Uint8Array(this.size);
    const stack: number[] = [];
    starts.forEach((start, walk) => {
      if (start === undefined || seen[start]) return;
      seen[start] = 1;
      stack.push(start);
      while (stack.length) {
        const node = stack.pop()!;
        claim(node, walk);
        for (const parent of this.parents[node]) {
          if (!seen[parent]) {
            seen[parent] = 1;
            stack.push(parent);
          }
        }
      }
    });
  }

  contains(descendant: number, ancestor: number): boolean {
    if (descendant === ancestor) return true;
    this.generation += 1;
    const stamp = this.generation;
    const stack = [descendant];
    this.marks[descendant] = stamp;
    while (stack.length) {
      const node = stack.pop()!;
      for (const parent of this.parents[node]) {
        if (parent === ancestor) return true;
        if (this.marks[parent] !== stamp) {
          this.marks[parent] = stamp;
          stack.push(parent);
        }
      }
    }
    return false;
  }
}

export interface ReferenceShipping {
  shippedBy: Int32Array;
  onBranch: boolean[];
}

export function shipChangesReference(
  changes: readonly Change[],
  deployments: readonly Deployment[],
  graph: ReferenceGraph,
): ReferenceShipping {
  const graphKnown = graph.size > 0;
  const onBranch = deployments.map((d) => !(graphKnown && d.sha !== null && !graph.has(d.sha)));
  const assumable = indexesWhere(deployments, (_, i) => onBranch[i]);
  const withoutCommit = indexesWhere(deployments, (d) => d.sha === null);
  const firstContaining = firstContainingDeployment(deployments, graph);

  const shippedBy = new Int32Array(changes.length).fill(-1);
  changes.forEach((change, i) => {
    const node = change.sha === null ? undefined : graph.nodeOf(change.sha);
    if (node === undefined) {
      shippedBy[i] = firstAtOrAfter(deployments, assumable, change.merged);
      return;
    }
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

function firstContainingDeployment(deployments: readonly Deployment[], graph: ReferenceGraph): Int32Array {
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
  graph: ReferenceGraph,
  firstContaining: Int32Array,
): number {
  const first = firstContaining[node];
  if (first < 0) return -1;
  if (deployments[first].time >= change.merged) return first;
  for (let i = first + 1; i < deployments.length; i++) {
    const d = deployments[i];
    if (d.time < change.merged || d.sha === null) continue;
    const at = graph.nodeOf(d.sha);
    if (at !== undefined && graph.contains(at, node)) return i;
  }
  return -1;
}
