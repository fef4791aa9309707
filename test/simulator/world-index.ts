// Lookups derived from a world, rebuilt whenever the served world changes. The simulator answers
// every page from these, so paging through 20,000 pull requests never re-sorts the world.
import type { World, WorldCommit, WorldIssue, WorldPullRequest } from '../../src/world/types.js';

export interface WorldIndex {
  world: World;
  defaultBranch: string;
  commits: Map<string, WorldCommit>;
  /**
   * Commits the world names but does not hold (a tag on a release branch, a deployment of a
   * branch's commit): GitHub knows them all, so the simulator serves each as a commit of its own,
   * dated by the earliest record that names it (a tag's date for a tag's commit).
   */
  elsewhere: Map<string, WorldCommit>;
  /** the default branch's head: the commit no other commit names as a parent (latest if several) */
  head: string | null;
  /** git log order from the head (newest committer date first, parents after children) */
  history: string[];
  pullRequests: Map<number, WorldPullRequest>;
  issues: Map<number, WorldIssue>;
  updatedAt: Map<WorldPullRequest | WorldIssue, string>;
}

/** A record's own `updatedAt` (an unknown field the world format ignores) or its latest event. */
function latest(times: (string | null | undefined)[]): string {
  let best = '';
  for (const t of times) if (t && t > best) best = t;
  return best;
}

export function pullRequestUpdatedAt(pr: WorldPullRequest): string {
  const own = (pr as { updatedAt?: string }).updatedAt;
  if (own) return own;
  return latest([
    pr.createdAt,
    pr.mergedAt,
    pr.closedAt,
    ...(pr.reviews ?? []).map((r) => r.submittedAt),
    ...(pr.commits ?? []).map((c) => c.committedAt),
  ]);
}

export function issueUpdatedAt(issue: WorldIssue): string {
  const own = (issue as { updatedAt?: string }).updatedAt;
  return own || latest([issue.createdAt, issue.closedAt]);
}

function findHead(commits: WorldCommit[]): string | null {
  const named = new Set<string>();
  for (const c of commits) for (const p of c.parents ?? []) named.add(p);
  let head: WorldCommit | null = null;
  for (const c of commits) {
    if (named.has(c.sha)) continue;
    if (!head || c.committedAt > head.committedAt) head = c;
  }
  return head ? head.sha : null;
}

/** Date-ordered walk like `git log`: a max-heap on committer date seeded with the start commit. */
export function walkHistory(start: string, commits: Map<string, WorldCommit>): string[] {
  const out: string[] = [];
  const seen = new Set<string>([start]);
  const heap: WorldCommit[] = [];
  const push = (c: WorldCommit): void => {
    heap.push(c);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p].committedAt >= heap[i].committedAt) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = (): WorldCommit => {
    const top = heap[0];
    const last = heap.pop() as WorldCommit;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l].committedAt > heap[m].committedAt) m = l;
        if (r < heap.length && heap[r].committedAt > heap[m].committedAt) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  const first = commits.get(start);
  if (!first) return out;
  push(first);
  while (heap.length > 0) {
    const c = pop();
    out.push(c.sha);
    for (const p of c.parents ?? []) {
      const parent = commits.get(p);
      if (parent && !seen.has(p)) {
        seen.add(p);
        push(parent);
      }
    }
  }
  return out;
}

/** The commits named by tags, releases, deployments, runs and merges that `commits` lacks. */
function commitsElsewhere(world: World, commits: Map<string, WorldCommit>): Map<string, WorldCommit> {
  const out = new Map<string, WorldCommit>();
  const name = (sha: string | null | undefined, at: string | null | undefined): void => {
    if (!sha || !at || commits.has(sha)) return;
    const known = out.get(sha);
    if (!known || at < known.committedAt) {
      out.set(sha, { sha, parents: [], authoredAt: at, committedAt: at, message: '', author: null });
    }
  };
  for (const tag of world.tags ?? []) name(tag.sha, tag.taggedAt);
  const tagged = new Map((world.tags ?? []).map((t) => [t.name, t]));
  for (const r of world.releases ?? [])
    name(r.tagCommitSha ?? tagged.get(r.tagName)?.sha, r.publishedAt ?? r.createdAt);
  for (const d of world.deployments ?? []) name(d.sha, d.createdAt);
  for (const run of world.workflowRuns ?? []) name(run.headSha, run.createdAt);
  for (const pr of world.pullRequests ?? []) name(pr.mergeCommitSha, pr.mergedAt ?? pr.closedAt);
  return out;
}

export function indexWorld(world: World): WorldIndex {
  const commitList = world.commits ?? [];
  const commits = new Map(commitList.map((c) => [c.sha, c]));
  const elsewhere = commitsElsewhere(world, commits);
  const head = findHead(commitList);
  const updatedAt = new Map<WorldPullRequest | WorldIssue, string>();
  const pullRequests = new Map<number, WorldPullRequest>();
  for (const pr of world.pullRequests ?? []) {
    pullRequests.set(pr.number, pr);
    updatedAt.set(pr, pullRequestUpdatedAt(pr));
  }
  const issues = new Map<number, WorldIssue>();
  for (const issue of world.issues ?? []) {
    issues.set(issue.number, issue);
    updatedAt.set(issue, issueUpdatedAt(issue));
  }
  return {
    world,
    defaultBranch: world.repository.defaultBranch,
    commits,
    elsewhere,
    head,
    history: head ? walkHistory(head, commits) : [],
    pullRequests,
    issues,
    updatedAt,
  };
}
