// `comment: always` on a push: the pull request the pushed commit came from (GitHub's "pull
// requests associated with a commit": the merged one that brought it to the default branch, or
// the open ones that hold it), so a merge to main updates that pull request's sticky comment.
import type { Octokit } from '@octokit/core';
import { pullRequestEventOf, pushedSha, type PayloadPullRequest, type PullRequestEvent } from './event.js';

interface ListedPullRequest {
  number: number;
  state: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
}

/** The merged pull request whose merge made the commit, else one merged with it, else an open one. */
function pick(pulls: ListedPullRequest[], sha: string): ListedPullRequest | undefined {
  return (
    pulls.find((p) => p.merge_commit_sha === sha) ??
    pulls.find((p) => p.merged_at !== null) ??
    pulls.find((p) => p.state === 'open')
  );
}

export async function pullRequestOfPush(
  octokit: Octokit,
  repository: { owner: string; repo: string; actor?: string },
  eventPath: string | undefined,
  now: Date,
): Promise<{ sha: string | null; event: PullRequestEvent | null }> {
  const sha = pushedSha(eventPath);
  if (!sha) return { sha, event: null };
  const { owner, repo } = repository;
  const listed = await octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
    owner,
    repo,
    commit_sha: sha,
    per_page: 100,
  });
  const found = pick(listed.data as unknown as ListedPullRequest[], sha);
  if (!found || !Number.isInteger(found.number)) return { sha, event: null };
  // the listing leaves out the size; the pull request itself has it
  const full = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner,
    repo,
    pull_number: found.number,
  });
  const event = pullRequestEventOf(full.data as unknown as PayloadPullRequest, 'push', repository, now);
  // A push runs with the repository's own token, whoever's branch the pull request came from.
  return {
    sha,
    event: event && { ...event, readOnlyToken: repository.actor === 'dependabot[bot]' },
  };
}
