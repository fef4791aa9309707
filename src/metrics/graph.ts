// L3: containment on the parent graph of the default branch's commits.
import type { WorldCommit } from '../world/types.js';

export class CommitGraph {
  readonly size: number;
  private readonly index = new Map<string, number>();
  private readonly parents: number[][];
  private readonly remembered = new WeakMap<object, Int32Array>();

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
  }

  has(sha: string | null | undefined): boolean {
    return sha != null && this.index.has(sha);
  }

  nodeOf(sha: string): number | undefined {
    return this.index.get(sha);
  }

  /**
   * Per sha (same index), its node or -1 (null or unknown). Remembered per list: the deployment
   * streams ask it of the same changes once each.
   */
  nodesOf(shas: readonly { sha: string | null }[]): Int32Array {
    let nodes = this.remembered.get(shas);
    if (nodes === undefined) {
      nodes = new Int32Array(shas.length);
      for (let i = 0; i < shas.length; i++) {
        const sha = shas[i].sha;
        nodes[i] = sha === null ? -1 : (this.index.get(sha) ?? -1);
      }
      this.remembered.set(shas, nodes);
    }
    return nodes;
  }

  /**
   * Walks each start commit's ancestors in turn, visiting a commit only the first time any walk
   * reaches it, and reports it with the walk's number: O(commits + parent links) in all.
   */
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

  /**
   * Splits `nodes` (duplicates allowed) into chains, each listed ancestor first, in which every
   * commit has all the ones before it as ancestors. Each chain is a piece of a first-parent line
   * (a commit's first known parent), so commits of one branch, deployed in any order, make one
   * chain; a new chain starts only where first-parent lines fork. `nodes`' order only changes
   * where the pieces are cut. O(commits) in all: each commit is walked at most once.
   */
  firstParentChains(nodes: readonly number[]): number[][] {
    const wanted = new Uint8Array(this.size);
    for (const node of nodes) wanted[node] = 1;
    const walkOf = new Int32Array(this.size).fill(-1); // the walk that went through a commit
    const chainOfWalk: number[] = [];
    const chains: number[][] = [];
    const tops: number[] = []; // per chain, its last (most recent) commit
    for (const start of nodes) {
      if (walkOf[start] >= 0) continue;
      const walk = chainOfWalk.length;
      chainOfWalk.push(-1);
      const piece: number[] = []; // most recent first
      let below = -1; // a chain whose top is a first-parent ancestor of `start`
      for (let node: number | undefined = start; node !== undefined; node = this.parents[node][0]) {
        if (walkOf[node] >= 0) {
          const chain = chainOfWalk[walkOf[node]];
          if (chain >= 0 && tops[chain] === node) below = chain;
          break;
        }
        walkOf[node] = walk;
        if (wanted[node]) piece.push(node);
      }
      const chain = below >= 0 ? below : chains.push([]) - 1;
      if (below < 0) tops.push(start);
      chainOfWalk[walk] = chain;
      for (let i = piece.length - 1; i >= 0; i--) chains[chain].push(piece[i]);
      tops[chain] = start;
    }
    return chains;
  }

  /** Commits nobody names as a parent (the branch heads), in input order. */
  heads(): number[] {
    const named = new Uint8Array(this.size);
    for (const parents of this.parents) for (const parent of parents) named[parent] = 1;
    const heads: number[] = [];
    for (let i = 0; i < this.size; i++) if (!named[i]) heads.push(i);
    return heads;
  }

  firstParent(node: number): number | undefined {
    return this.parents[node][0];
  }
}
