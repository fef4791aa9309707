// Pull requests (of every base branch): 100 per query with their commits, reviews and labels
// nested, so there is no request per pull request (only one that has more than 100 of something
// costs an extra query for the rest).
import type { WorldCommit, WorldPullRequest, WorldReview } from '../../world/types.js';
import {
  AREAS,
  firstSeen,
  loginOf,
  nodesOf,
  type CollectContext,
  type Connection,
  type GraphActor,
} from './common.js';
import { ms } from './text.js';
import { PULL_REQUEST_MORE_QUERY, PULL_REQUESTS_QUERY } from './queries.js';

interface CommitNode {
  commit: { oid: string; authoredDate: string; committedDate: string; message: string };
}
interface ReviewNode {
  author: GraphActor | null;
  state: WorldReview['state'];
  submittedAt: string | null;
}
interface PullRequestNode {
  number: number;
  title: string;
  body: string;
  author: GraphActor | null;
  state: WorldPullRequest['state'];
  isDraft: boolean;
  createdAt: string;
  updatedAt: string;
  mergedAt: string | null;
  closedAt: string | null;
  baseRefName: string;
  headRefName: string;
  mergeCommit: { oid: string } | null;
  additions: number;
  deletions: number;
  changedFiles: number;
  labels: Connection<{ name: string }> | null;
  commits: Connection<CommitNode>;
  reviews: Connection<ReviewNode> | null;
  files?: Connection<{ path: string }> | null;
}

type Nested = 'commits' | 'reviews' | 'labels' | 'files';

export interface PullRequestResult {
  pullRequests: WorldPullRequest[];
  /** updatedAt of each pull request, the mark an incremental run stops at */
  updatedAt: Map<number, string>;
}

const toCommit = (n: CommitNode): WorldCommit => ({
  sha: n.commit.oid,
  authoredAt: n.commit.authoredDate,
  committedAt: n.commit.committedDate,
  message: n.commit.message,
});

// A review without submittedAt is a PENDING one only its author sees; METRICS F2 ignores those.
const toReviews = (nodes: ReviewNode[]): WorldReview[] =>
  nodes
    .filter((r) => r.submittedAt)
    .map((r) => ({ author: loginOf(r.author), state: r.state, submittedAt: r.submittedAt as string }));

function toPullRequest(n: PullRequestNode, includeFiles: boolean): WorldPullRequest {
  const pr: WorldPullRequest = {
    number: n.number,
    title: n.title,
    body: n.body,
    author: loginOf(n.author),
    state: n.state,
    isDraft: n.isDraft,
    createdAt: n.createdAt,
    mergedAt: n.mergedAt,
    closedAt: n.closedAt,
    baseRefName: n.baseRefName,
    headRefName: n.headRefName,
    mergeCommitSha: n.mergeCommit?.oid ?? null,
    labels: nodesOf(n.labels).map((l) => l.name),
    additions: n.additions,
    deletions: n.deletions,
    changedFiles: n.changedFiles,
    commits: nodesOf(n.commits).map(toCommit),
    reviews: toReviews(nodesOf(n.reviews)),
  };
  if (includeFiles) pr.files = nodesOf(n.files).map((f) => f.path);
  return pr;
}

/** Fetches the commits, reviews, labels or files past the first 100 of one pull request. */
async function fetchRest(ctx: CollectContext, pr: WorldPullRequest, node: PullRequestNode, nested: Nested[]) {
  const after: Partial<Record<Nested, string | null>> = {};
  let pending = nested;
  for (const kind of nested) after[kind] = (node[kind] as Connection<unknown>).pageInfo.endCursor;
  while (pending.length > 0) {
    const flags = Object.fromEntries(
      (['commits', 'reviews', 'labels', 'files'] as const).map((k) => [k, pending.includes(k)]),
    );
    const data = await ctx.client.graphql<{ repository: { pullRequest: Partial<PullRequestNode> } }>(
      PULL_REQUEST_MORE_QUERY,
      {
        owner: ctx.owner,
        name: ctx.name,
        number: node.number,
        ...flags,
        commitsAfter: after.commits,
        reviewsAfter: after.reviews,
        labelsAfter: after.labels,
        filesAfter: after.files,
      },
      AREAS.pullRequests,
    );
    const more = data.repository.pullRequest;
    pr.commits?.push(...nodesOf(more.commits).map(toCommit));
    pr.reviews?.push(...toReviews(nodesOf(more.reviews)));
    pr.labels?.push(...nodesOf(more.labels).map((l) => l.name));
    pr.files?.push(...nodesOf(more.files).map((f) => f.path));
    pending = pending.filter((k) => {
      const page = more[k] as Connection<unknown> | null | undefined;
      after[k] = page?.pageInfo.endCursor ?? null;
      return page?.pageInfo.hasNextPage === true;
    });
  }
}

/**
 * Walks pull requests by UPDATED_AT descending until `stop` says the oldest one seen so far
 * (its updatedAt in ms) is old enough: every pull request not yet seen was updated before it.
 */
export async function collectPullRequests(
  ctx: CollectContext,
  includeFiles: boolean,
  states: WorldPullRequest['state'][] | null,
  stop: (oldestUpdatedMs: number, collected: WorldPullRequest[]) => boolean,
): Promise<PullRequestResult> {
  const pullRequests: WorldPullRequest[] = [];
  const updatedAt = new Map<number, string>();
  const once = firstSeen(ctx, 'pull requests');
  let after: string | null = null;
  for (;;) {
    type Page = { repository: { pullRequests: Connection<PullRequestNode> } };
    const data: Page = await ctx.client.graphql<Page>(
      PULL_REQUESTS_QUERY,
      { owner: ctx.owner, name: ctx.name, states, after, withFiles: includeFiles },
      AREAS.pullRequests,
    );
    const page = data.repository.pullRequests;
    const nodes = nodesOf(page);
    for (const node of nodes) {
      if (!once.first(node.number)) continue;
      const pr = toPullRequest(node, includeFiles);
      const overflow = (['commits', 'reviews', 'labels', 'files'] as const).filter(
        (k) => (node[k] as Connection<unknown> | null | undefined)?.pageInfo.hasNextPage,
      );
      if (overflow.length > 0) await fetchRest(ctx, pr, node, overflow);
      pullRequests.push(pr);
      updatedAt.set(pr.number, node.updatedAt);
    }
    const oldest = nodes.length > 0 ? ms(nodes[nodes.length - 1].updatedAt) : -Infinity;
    if (!page.pageInfo.hasNextPage || stop(oldest, pullRequests)) break;
    after = page.pageInfo.endCursor;
  }
  once.done();
  return { pullRequests, updatedAt };
}
