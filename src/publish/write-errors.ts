// One-line messages for the Action's writes (the Pages branch, the pull request comment). A
// refused write names the `permissions:` entry the workflow lacks; the collector's reads name
// theirs in sources/github/errors.ts.
import {
  GitHubError,
  gitHubMessage,
  networkError,
  networkFaultOf,
  secondaryLimitError,
  toGitHubError,
  type ErrorLike,
} from '../sources/github/errors.js';

export interface WriteArea {
  /** what the run was doing, e.g. "publishing to the gh-pages branch" */
  doing: string;
  /** the workflow's `permissions:` entry that allows it */
  permission: string;
  /** what a failure left behind, e.g. "the branch was left as it was" */
  leftAs: string;
}

/** Turns whatever a write threw into a GitHubError that names the fix. */
export function writeError(error: unknown, area: WriteArea, repo: string): GitHubError {
  if (error instanceof GitHubError) return error;
  const fault = networkFaultOf(error);
  if (fault) return networkError(fault, `${area.doing} in ${repo}`, area.leftAs);
  const e = (error ?? {}) as ErrorLike;
  const message = gitHubMessage(e);
  const rateLimited = /rate limit/i.test(message) || e.response?.headers?.['x-ratelimit-remaining'] === '0';
  if (e.status === 401 || (rateLimited && !/secondary/i.test(message))) {
    // Writes are the Action's: its token comes from the github-token input.
    return toGitHubError(
      error,
      { what: area.doing, permission: area.permission },
      repo,
      'the github-token input',
    );
  }
  if (rateLimited) {
    return secondaryLimitError(
      e.response?.headers?.['retry-after'],
      `${area.doing} in ${repo} (${area.leftAs})`,
    );
  }
  // A fine-grained token without the permission is told 404 on a write, the job token 403.
  if (e.status === 403 || e.status === 404) {
    return new GitHubError(
      `${area.doing} in ${repo} was refused (${e.status} ${message}); the workflow needs "permissions: ${area.permission}"`,
      e.status,
    );
  }
  if (e.status && e.status >= 500) {
    return new GitHubError(
      `GitHub answered ${e.status} while ${area.doing} in ${repo}, even after retries; ${area.leftAs}; run again later`,
      e.status,
    );
  }
  const cause = (e as { cause?: { code?: string } }).cause?.code ?? message;
  return new GitHubError(
    `${area.doing} in ${repo} failed: ${cause || 'unknown error'}; ${area.leftAs}`,
    e.status,
  );
}

/** Runs a write, turning its failure into a message that names the fix. */
export async function writing<T>(area: WriteArea, repo: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw writeError(error, area, repo);
  }
}
