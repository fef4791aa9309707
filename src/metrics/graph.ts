// L3: containment on the parent graph of the default branch's commits.
import type { WorldCommit } from '../world/types.js';

export class CommitGraph {
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

  /** True when `ancestor` is `descendant` or one of its ancestors. */
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
