// One-line messages for what can go wrong talking to GitHub. A message names what was being read,
// what GitHub said and what to do; it never holds the token.
import { UserError } from '../../errors.js';
import { isoSeconds, plural } from './text.js';

/** A failure talking to GitHub that the user can act on (a token, a permission, a limit, the network). */
export class GitHubError extends UserError {
  override readonly name = 'GitHubError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** What a request was reading, and the fine-grained permission that reading needs. */
export interface Area {
  what: string;
  permission: string;
}

export interface ErrorLike {
  status?: number;
  message?: string;
  code?: string;
  cause?: { code?: string; message?: string };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

function when(resetSeconds: number): string {
  const at = resetSeconds * 1000;
  const minutes = Math.max(0, Math.ceil((at - Date.now()) / 60_000));
  return `${isoSeconds(at)} (in ${plural(minutes, 'minute')})`;
}

export function rateLimitError(resetSeconds: number | undefined, resource: string): GitHubError {
  const reset = resetSeconds ? `; it resets at ${when(resetSeconds)}` : '';
  return new GitHubError(
    `GitHub's ${resource} rate limit is exhausted${reset}: run again after the reset`,
    403,
  );
}

/** GitHub's own message, cut to one line and to a length a log can hold. */
export function gitHubMessage(error: ErrorLike): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  const text = typeof data?.message === 'string' ? data.message : (error.message ?? '');
  const line = text.split('\n')[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Turns whatever Octokit threw into a GitHubError (a GitHubError passes through). */
export function toGitHubError(
  error: unknown,
  area: Area,
  repo: string,
  /** where the token came from, as the user set it */
  tokenFrom = '--token or GITHUB_TOKEN',
): GitHubError {
  if (error instanceof GitHubError) return error;
  const e = (error ?? {}) as ErrorLike;
  const headers = e.response?.headers ?? {};
  const said = gitHubMessage(e);
  const status = e.status;
  if (status === 401) {
    return new GitHubError(
      `GitHub rejected the token (401 ${said || 'Bad credentials'}); expected a valid token in ${tokenFrom}`,
      401,
    );
  }
  const rateLimited = headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(said);
  if (rateLimited && !/secondary/i.test(said)) {
    return rateLimitError(
      Number(headers['x-ratelimit-reset']) || undefined,
      headers['x-ratelimit-resource'] ?? 'API',
    );
  }
  if (/secondary rate/i.test(said)) {
    return new GitHubError(
      `GitHub's secondary rate limit stopped the reading of ${area.what} in ${repo} after retries; wait a few minutes and run again`,
      403,
    );
  }
  if (status === 403) {
    return new GitHubError(
      `no access to ${area.what} in ${repo} (403 ${said}); the token needs "${area.permission}"`,
      403,
    );
  }
  if (status === 404) {
    return new GitHubError(
      `${repo}: ${area.what} not found (404); check OWNER/NAME and that the token has "${area.permission}"`,
      404,
    );
  }
  if (status && status >= 500) {
    return new GitHubError(
      `GitHub answered ${status} while reading ${area.what} in ${repo}, even after retries; try again later`,
      status,
    );
  }
  const cause = e.cause?.code ?? e.code ?? e.cause?.message ?? said;
  return new GitHubError(`reading ${area.what} in ${repo} failed: ${cause || 'unknown error'}`, status);
}
