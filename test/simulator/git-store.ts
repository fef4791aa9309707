// Git objects written through the Git Data API (blobs, trees, commits) and the refs that point at
// them. Object ids are real git SHA-1s, so a client that hashes locally agrees with the simulator.
import { createHash } from 'node:crypto';
import type { WorldIndex } from './world-index.js';

export interface GitActor {
  name: string;
  email: string;
  date: string;
}
export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}
export type GitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | {
      type: 'commit';
      tree: string;
      parents: string[];
      message: string;
      author: GitActor;
      committer: GitActor;
    };

function hashObject(type: string, body: Buffer): string {
  const header = Buffer.from(`${type} ${body.length}\0`);
  return createHash('sha1')
    .update(Buffer.concat([header, body]))
    .digest('hex');
}

function signature(a: GitActor): string {
  return `${a.name} <${a.email}> ${Math.floor(Date.parse(a.date) / 1000)} +0000`;
}

/** git sorts tree entries by name, comparing a subtree's name as if it ended in `/`. */
function sortKey(e: TreeEntry): string {
  return e.type === 'tree' ? `${e.path}/` : e.path;
}

export class GitStore {
  readonly objects = new Map<string, GitObject>();
  readonly refs = new Map<string, string>();
  private worldParents = new Map<string, string[]>();

  seed(index: WorldIndex): void {
    this.worldParents = new Map([...index.commits.values()].map((c) => [c.sha, c.parents ?? []]));
    const branch = `refs/heads/${index.defaultBranch}`;
    if (index.head && !this.refs.has(branch)) this.refs.set(branch, index.head);
    for (const tag of index.world.tags ?? []) {
      if (!this.refs.has(`refs/tags/${tag.name}`)) this.refs.set(`refs/tags/${tag.name}`, tag.sha);
    }
  }

  /** A commit the store can vouch for: written here, or a commit of the world. */
  hasCommit(sha: string): boolean {
    return this.objects.get(sha)?.type === 'commit' || this.worldParents.has(sha);
  }

  private parentsOf(sha: string): string[] {
    const object = this.objects.get(sha);
    if (object?.type === 'commit') return object.parents;
    return this.worldParents.get(sha) ?? [];
  }

  /** True when `ancestor` is `sha` or reachable from it through parents (a fast-forward). */
  isAncestor(ancestor: string, sha: string): boolean {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (next === ancestor) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...this.parentsOf(next));
    }
    return false;
  }

  writeBlob(content: Buffer): string {
    const sha = hashObject('blob', content);
    this.objects.set(sha, { type: 'blob', content });
    return sha;
  }

  writeTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) =>
      sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
    );
    const body = Buffer.concat(
      sorted.map((e) => Buffer.concat([Buffer.from(`${e.mode} ${e.path}\0`), Buffer.from(e.sha, 'hex')])),
    );
    const sha = hashObject('tree', body);
    this.objects.set(sha, { type: 'tree', entries: sorted });
    return sha;
  }

  writeCommit(commit: Omit<Extract<GitObject, { type: 'commit' }>, 'type'>): string {
    const lines = [`tree ${commit.tree}`, ...commit.parents.map((p) => `parent ${p}`)];
    lines.push(`author ${signature(commit.author)}`, `committer ${signature(commit.committer)}`);
    const sha = hashObject('commit', Buffer.from(`${lines.join('\n')}\n\n${commit.message}`));
    this.objects.set(sha, { type: 'commit', ...commit });
    return sha;
  }

  /** Every file below a tree, as path → entry (paths joined with `/`). */
  flatten(treeSha: string, prefix = '', out = new Map<string, TreeEntry>()): Map<string, TreeEntry> {
    const tree = this.objects.get(treeSha);
    if (tree?.type !== 'tree') return out;
    for (const e of tree.entries) {
      const path = prefix ? `${prefix}/${e.path}` : e.path;
      if (e.type === 'tree') this.flatten(e.sha, path, out);
      else out.set(path, { ...e, path });
    }
    return out;
  }

  /** Builds nested trees from flat file paths; returns the root tree's sha. */
  buildTree(files: Map<string, TreeEntry>): string {
    const here: TreeEntry[] = [];
    const below = new Map<string, Map<string, TreeEntry>>();
    for (const [path, entry] of files) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        here.push({ ...entry, path });
        continue;
      }
      const dir = path.slice(0, slash);
      if (!below.has(dir)) below.set(dir, new Map());
      below.get(dir)?.set(path.slice(slash + 1), entry);
    }
    // the raw object stores a subtree's mode as 40000; the REST API shows it as 040000
    for (const [dir, sub] of below)
      here.push({ path: dir, mode: '40000', type: 'tree', sha: this.buildTree(sub) });
    return this.writeTree(here);
  }
}
