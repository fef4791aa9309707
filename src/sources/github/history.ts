// The default branch's commit history, newest first, far enough back for containment (L3): past
// the horizon, and past every commit a change or the bounding deployment names.
import type { WorldCommit } from '../../world/types.js';
import { DAY_MS } from '../../metrics/stats.js';
import { AREAS, loginOf, nodesOf, type CollectContext, type Connection, type GraphActor } from './common.js';
import { ms } from './text.js';
import { HISTORY_QUERY } from './queries.js';

interface HistoryNode {
  oid: string;
  authoredDate: string;
  committedDate: string;
  message: string;
  author: { name: string | null; user: GraphActor | null } | null;
  parents: Connection<{ oid: string }>;
}

export interface HistoryNeeds {
  /** stop once a page ends before this time (ms)... */
  horizonMs: number;
  /** ...and each of these commits has been seen, or the walk is a week past its expected time */
  needed: Map<string, number>;
  /** L1/D1 in a commits-only world: the first-parent chain must reach before this time */
  firstParentBeforeMs?: number;
  /** incremental: commits already held; the walk may stop once it is past the newest of them */
  known?: Map<string, WorldCommit>;
}

const toCommit = (n: HistoryNode): WorldCommit => ({
  sha: n.oid,
  parents: nodesOf(n.parents).map((p) => p.oid),
  authoredAt: n.authoredDate,
  committedAt: n.committedDate,
  message: n.message,
  author: loginOf(n.author?.user) ?? n.author?.name ?? null,
});

function firstParentReaches(
  head: string | undefined,
  all: (sha: string) => WorldCommit | undefined,
  before: number,
) {
  let sha = head;
  while (sha) {
    const commit = all(sha);
    if (!commit) return false;
    if (ms(commit.committedAt) < before) return true;
    sha = commit.parents?.[0];
  }
  return true; // reached the root
}

function done(
  fetched: Map<string, WorldCommit>,
  head: string | undefined,
  oldestMs: number,
  needs: HistoryNeeds,
) {
  const known = needs.known ?? new Map<string, WorldCommit>();
  const all = (sha: string) => fetched.get(sha) ?? known.get(sha);
  for (const [sha, expected] of needs.needed) {
    if (!all(sha) && oldestMs >= expected - 7 * DAY_MS) return false;
  }
  if (needs.firstParentBeforeMs !== undefined && !firstParentReaches(head, all, needs.firstParentBeforeMs)) {
    return false;
  }
  if (oldestMs < needs.horizonMs - DAY_MS) return true;
  if (known.size === 0) return false;
  // Incremental: past the newest known commit, and nothing fetched names a parent still unseen.
  const newestKnown = Math.max(...[...known.values()].map((c) => ms(c.committedAt)));
  if (oldestMs >= newestKnown - DAY_MS) return false;
  for (const commit of fetched.values()) {
    for (const parent of commit.parents ?? []) if (!all(parent)) return false;
  }
  return true;
}

export async function collectHistory(ctx: CollectContext, needs: HistoryNeeds): Promise<WorldCommit[]> {
  const fetched = new Map<string, WorldCommit>();
  let head: string | undefined;
  let after: string | null = null;
  for (;;) {
    type Page = { repository: { ref: { target: { history?: Connection<HistoryNode> } | null } | null } };
    const data: Page = await ctx.client.graphql<Page>(
      HISTORY_QUERY,
      { owner: ctx.owner, name: ctx.name, ref: `refs/heads/${ctx.defaultBranch}`, after },
      AREAS.history,
    );
    const history = data.repository.ref?.target?.history;
    if (!history) break; // an empty repository has no commits
    const nodes = nodesOf(history);
    for (const node of nodes) fetched.set(node.oid, toCommit(node));
    head ??= nodes[0]?.oid;
    const oldest = nodes.length > 0 ? ms(nodes[nodes.length - 1].committedDate) : -Infinity;
    if (!history.pageInfo.hasNextPage || done(fetched, head, oldest, needs)) break;
    after = history.pageInfo.endCursor;
  }
  return [...fetched.values()];
}
