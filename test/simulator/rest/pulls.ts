// REST: one pull request, and the pull requests a commit belongs to (GET commits/{sha}/pulls):
// "the merged pull request that introduced the commit to the repository", or, for a commit not on
// the default branch, the open pull requests that hold it.
import type { WorldPullRequest } from '../../../src/world/types.js';
import { notFound, ok, pageOf, repoUrl, userJson, type RestRequest, type Route } from './http.js';

const REPO = '^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';

function pullJson(req: RestRequest, pr: WorldPullRequest, full: boolean): object {
  const { owner, name, defaultBranch } = req.sim.world.repository;
  const json: Record<string, unknown> = {
    url: `${repoUrl(req)}/pulls/${pr.number}`,
    id: 700_000 + pr.number,
    node_id: Buffer.from(`pr:${pr.number}`).toString('base64'),
    html_url: `https://github.com/${owner}/${name}/pull/${pr.number}`,
    number: pr.number,
    state: pr.state === 'OPEN' ? 'open' : 'closed',
    locked: false,
    title: pr.title,
    user: userJson(pr.author),
    body: pr.body ?? '',
    labels: (pr.labels ?? []).map((l) => ({ name: l })),
    created_at: pr.createdAt,
    updated_at: req.sim.index.updatedAt.get(pr),
    closed_at: pr.closedAt ?? null,
    merged_at: pr.mergedAt ?? null,
    merge_commit_sha: pr.mergeCommitSha ?? null,
    draft: pr.isDraft ?? false,
    head: { ref: pr.headRefName ?? '', repo: { full_name: `${owner}/${name}` } },
    base: { ref: pr.baseRefName ?? defaultBranch, repo: { full_name: `${owner}/${name}` } },
    author_association: 'MEMBER',
  };
  if (full) {
    Object.assign(json, {
      merged: pr.state === 'MERGED',
      additions: pr.additions ?? 0,
      deletions: pr.deletions ?? 0,
      changed_files: pr.changedFiles ?? pr.files?.length ?? 0,
      commits: pr.commits?.length ?? 0,
    });
  }
  return json;
}

function pullsOfCommit(req: RestRequest) {
  const sha = req.params.sha;
  const index = req.sim.index;
  const all = [...index.pullRequests.values()];
  const holds = (pr: WorldPullRequest) => (pr.commits ?? []).some((c) => c.sha === sha);
  const list = index.history.includes(sha)
    ? all.filter((pr) => pr.state === 'MERGED' && (pr.mergeCommitSha === sha || holds(pr)))
    : all.filter((pr) => pr.state === 'OPEN' && holds(pr));
  return pageOf(
    req,
    list.sort((a, b) => b.number - a.number),
    (pr) => pullJson(req, pr, false),
  );
}

export const pullRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}/commits/(?<sha>[0-9a-f]{40})/pulls$`),
    permission: 'pull-requests',
    handle: pullsOfCommit,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}/pulls/(?<number>\\d+)$`),
    permission: 'pull-requests',
    handle: (req) => {
      const pr = req.sim.index.pullRequests.get(Number(req.params.number));
      return pr ? ok(pullJson(req, pr, true)) : notFound();
    },
  },
];
