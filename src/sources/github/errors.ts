// One-line messages for what can go wrong talking to GitHub. A message names what was being read,
// what GitHub said and what to do; it never holds the token.
import { UserError } from '../../errors.js';
import { NetworkFault, RETRIES } from './network.js';
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
  cause?: { code?: string; message?: string } | NetworkFault;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/** An absolute time and how far away it is: "2026-10-30T13:00:00Z (in 60 minutes)". */
export function liftsAt(atMs: number): string {
  const seconds = Math.max(0, Math.ceil((atMs - Date.now()) / 1000));
  const away = seconds < 120 ? plural(seconds, 'second') : plural(Math.ceil(seconds / 60), 'minute');
  return `${isoSeconds(atMs)} (in ${away})`;
}

/** ", past the 300 s a run waits (DORA_RATE_LIMIT_WAIT)" when the wait is longer than the budget. */
function pastBudget(atMs: number, budget: number | undefined): string {
  const wait = (atMs - Date.now()) / 1000;
  return budget !== undefined && wait > budget
    ? `, past the ${budget} s a run waits (DORA_RATE_LIMIT_WAIT)`
    : '';
}

export function rateLimitError(
  resetSeconds: number | undefined,
  resource: string,
  /** the longest wait the run allows, when known */
  budget?: number,
): GitHubError {
  const at = (resetSeconds ?? 0) * 1000;
  const reset = resetSeconds ? `; it resets at ${liftsAt(at)}${pastBudget(at, budget)}` : '';
  return new GitHubError(
    `GitHub's ${resource} rate limit is exhausted${reset}: run again after the reset`,
    403,
  );
}

/**
 * The secondary rate limit, with the time GitHub's retry-after names (an hour is an hour, not "a
 * few minutes"); without one, GitHub's documentation asks for at least a minute.
 */
export function secondaryLimitError(
  retryAfter: string | number | undefined,
  stopped: string,
  budget?: number,
): GitHubError {
  const seconds = Number(retryAfter);
  const at = Date.now() + seconds * 1000;
  const lifts =
    Number.isFinite(seconds) && seconds > 0
      ? `it lifts at ${liftsAt(at)}${pastBudget(at, budget)}: run again after that`
      : 'GitHub gave no time: wait at least a minute and run again';
  return new GitHubError(`GitHub's secondary rate limit stopped ${stopped}; ${lifts}`, 403);
}

/** GitHub's own message, cut to one line and to a length a log can hold. */
export function gitHubMessage(error: ErrorLike): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  const text = typeof data?.message === 'string' ? data.message : (error.message ?? '');
  const line = text.split('\n')[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** The network fault behind an error Octokit threw, if one is. */
export function networkFaultOf(error: unknown): NetworkFault | null {
  if (error instanceof NetworkFault) return error;
  const cause = (error as ErrorLike | null)?.cause;
  return cause instanceof NetworkFault ? cause : null;
}

const API_ADDRESS =
  '--api-url or GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server)';

/** What happened to the request, starting with the host: "api.github.com refused the connection". */
function faultSentence(fault: NetworkFault): string {
  const { host } = fault;
  const code = /^E[A-Z_]+$/.test(fault.detail) ? ` (${fault.detail})` : '';
  const quoted = fault.detail.startsWith('"') ? `: ${fault.detail}` : '';
  switch (fault.kind) {
    case 'refused':
      return `${host} refused the connection${code}`;
    case 'unreachable':
      return `${host} could not be reached${code}`;
    case 'reset':
      return `${host} closed the connection before answering${code}`;
    case 'timeout':
      return `${host} did not answer within ${fault.timeoutSeconds} s`;
    case 'cut-short':
      return `the answer from ${host} was cut short${code}${quoted}`;
    case 'empty':
      return `${host} sent an empty answer`;
    case 'html':
      return `${host} sent an HTML page instead of the API's JSON${quoted}`;
    case 'not-json':
      return `${host} sent an answer that is not JSON${quoted}`;
    case 'no-data':
      return `${host} answered a GraphQL query with neither data nor errors${quoted}`;
  }
}

/** What the user can check for each kind of fault. */
function faultCheck(fault: NetworkFault): string {
  const { host } = fault;
  switch (fault.kind) {
    case 'refused':
    case 'unreachable':
    case 'html':
    case 'not-json':
      return `check the API address in ${API_ADDRESS} and that ${host} can be reached from here`;
    case 'timeout':
      return `check the network and any proxy between here and ${host}, or allow more time with DORA_REQUEST_TIMEOUT (seconds)`;
    case 'no-data':
      return 'GitHub may be having trouble (https://www.githubstatus.com): run again later';
    default:
      return `check the network and any proxy between here and ${host}, then run again`;
  }
}

/** One line for a request the network failed on every attempt: host, what failed, what to check. */
export function networkError(fault: NetworkFault, doing: string, leftAs = ''): GitHubError {
  const left = leftAs ? `; ${leftAs}` : '';
  return new GitHubError(
    `${faultSentence(fault)} while ${doing}, on all ${RETRIES + 1} attempts${left}; ${faultCheck(fault)}`,
  );
}

/** Turns whatever Octokit threw into a GitHubError (a GitHubError passes through). */
export function toGitHubError(
  error: unknown,
  area: Area,
  repo: string,
  /** where the token came from, as the user set it */
  tokenFrom = '--token or GITHUB_TOKEN',
  /** the longest wait for a rate limit the run allows (DORA_RATE_LIMIT_WAIT), when known */
  budget?: number,
): GitHubError {
  if (error instanceof GitHubError) return error;
  const fault = networkFaultOf(error);
  if (fault) return networkError(fault, `reading ${area.what} in ${repo}`);
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
      budget,
    );
  }
  if (/secondary rate/i.test(said)) {
    return secondaryLimitError(headers['retry-after'], `the reading of ${area.what} in ${repo}`, budget);
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
  const cause = (e.cause as { code?: string })?.code ?? e.code ?? e.cause?.message ?? said;
  return new GitHubError(`reading ${area.what} in ${repo} failed: ${cause || 'unknown error'}`, status);
}
