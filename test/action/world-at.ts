// A world as it stood at an earlier time: what had not happened yet is left out, and what was
// still open then is open (a pull request merged later is an open one). Serving worldAt(day 1) and
// then worldAt(day 2) lets a test watch a repository grow between two scheduled runs.
import type { World, WorldCommit, WorldPullRequest } from '../../src/world/types.js';

const before = (time: string | null | undefined, limit: number): boolean =>
  typeof time === 'string' && Date.parse(time) < limit;

function pullRequestAt(pr: WorldPullRequest, limit: number): WorldPullRequest {
  const commits = pr.commits?.filter((c) => before(c.committedAt, limit));
  const reviews = pr.reviews?.filter((r) => before(r.submittedAt, limit));
  const closed = before(pr.closedAt ?? pr.mergedAt, limit);
  return {
    ...pr,
    ...(commits ? { commits } : {}),
    ...(reviews ? { reviews } : {}),
    ...(closed ? {} : { state: 'OPEN' as const, mergedAt: null, closedAt: null, mergeCommitSha: null }),
  };
}

export function worldAt(world: World, time: string): World {
  const limit = Date.parse(time);
  const commits: WorldCommit[] = (world.commits ?? []).filter((c) => before(c.committedAt, limit));
  const known = new Set(commits.map((c) => c.sha));
  return {
    ...world,
    generatedAt: time,
    commits,
    pullRequests: (world.pullRequests ?? [])
      .filter((pr) => before(pr.createdAt, limit))
      .map((pr) => pullRequestAt(pr, limit)),
    deployments: (world.deployments ?? [])
      .filter((d) => before(d.createdAt, limit))
      .map((d) => ({ ...d, statuses: d.statuses?.filter((s) => before(s.createdAt, limit)) })),
    releases: (world.releases ?? []).filter(
      (r) => before(r.createdAt, limit) && (r.publishedAt == null || before(r.publishedAt, limit)),
    ),
    tags: (world.tags ?? []).filter((t) => before(t.taggedAt, limit) && known.has(t.sha)),
    workflowRuns: (world.workflowRuns ?? []).filter((r) => before(r.updatedAt, limit)),
    issues: (world.issues ?? [])
      .filter((i) => before(i.createdAt, limit))
      .map((i) => (before(i.closedAt, limit) ? i : { ...i, state: 'OPEN' as const, closedAt: null })),
  };
}
