// The one Octokit of a run (STYLE 5): throttling and retry plugins, the API roots, and counts of
// requests made and rate-limit points spent. The token stays inside Octokit's auth; nothing here
// logs it or puts it in a message.
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { GitHubError, liftsAt, rateLimitError, toGitHubError, type Area } from './errors.js';
import { guardedFetch, networkSettings, RETRIES, type NetworkSettings } from './network.js';
import { sequentialGroups } from './scheduler.js';

export interface GitHubClientOptions extends Partial<NetworkSettings> {
  token: string;
  /** REST root: --api-url, else GITHUB_API_URL, else https://api.github.com */
  apiUrl?: string;
  /** GraphQL endpoint: GITHUB_GRAPHQL_URL, else derived from the REST root */
  graphqlUrl?: string;
  repo: string;
  /** where the token came from, for the message when GitHub rejects it */
  tokenFrom?: string;
  log?: (line: string) => void;
  env?: Record<string, string | undefined>;
}

export interface GitHubStats {
  requests: number;
  points: number;
}

export interface GitHubClient {
  octokit: InstanceType<typeof ThrottledOctokit>;
  apiUrl: string;
  graphqlUrl: string;
  repo: string;
  stats: GitHubStats;
  graphql<T>(query: string, variables: Record<string, unknown>, area: Area): Promise<T>;
  rest<T>(route: string, params: Record<string, unknown>, area: Area): Promise<{ data: T; headers: Headers }>;
}

type Headers = Record<string, string | number | undefined>;

const ThrottledOctokit = Octokit.plugin(throttling, retry);

/** github.com: https://api.github.com → /graphql; GHES: https://host/api/v3 → https://host/api/graphql. */
export function resolveApiUrls(
  apiUrl: string | undefined,
  graphqlUrl: string | undefined,
  env: Record<string, string | undefined> = process.env,
): { apiUrl: string; graphqlUrl: string } {
  const rest = (apiUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const explicit = graphqlUrl || env.GITHUB_GRAPHQL_URL;
  if (explicit) return { apiUrl: rest, graphqlUrl: explicit.replace(/\/+$/, '') };
  const derived = /\/api\/v3$/.test(rest) ? rest.replace(/\/api\/v3$/, '/api/graphql') : `${rest}/graphql`;
  return { apiUrl: rest, graphqlUrl: derived };
}

interface GraphQLBody<T> {
  data?: T & { rateLimit?: { cost?: number } };
  errors?: { type?: string; message?: string; path?: (string | number)[] }[];
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { apiUrl, graphqlUrl } = resolveApiUrls(options.apiUrl, options.graphqlUrl, options.env);
  const log = options.log ?? (() => undefined);
  // Each from the options, else DORA_REQUEST_TIMEOUT, DORA_RETRY_DELAY, DORA_RATE_LIMIT_WAIT.
  const settings = networkSettings(options, options.env ?? process.env);
  const maxWait = settings.maxWaitSeconds;
  const stats: GitHubStats = { requests: 0, points: 0 };
  const fetch = guardedFetch({
    timeoutSeconds: settings.timeoutSeconds,
    graphqlUrl,
    onRequest: () => (stats.requests += 1),
  });
  const octokit = new ThrottledOctokit({
    auth: options.token,
    baseUrl: apiUrl,
    userAgent: 'dora-flow-action',
    request: { fetch },
    // 5xx answers and faults of the network: retried after 1, 4 and 9 times the delay.
    retry: { retries: RETRIES, retryAfterBaseValue: settings.retryDelaySeconds * 1000 },
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    throttle: {
      // The plugin's scheduler without Bottleneck's latency; it also drops the plugin's one-second
      // spacing of GraphQL queries (reads): real writes are spaced by spaceWrites below.
      ...(sequentialGroups as object),
      onRateLimit: (retryAfter: number, _o: unknown, _k: unknown, retryCount: number) => {
        if (retryCount >= 2 || retryAfter > maxWait) return false;
        log(`github: rate limit reached; waiting until ${liftsAt(Date.now() + retryAfter * 1000)}`);
        return true;
      },
      onSecondaryRateLimit: (retryAfter: number, _o: unknown, _k: unknown, retryCount: number) => {
        if (retryCount >= 3 || retryAfter > maxWait) return false;
        log(`github: secondary rate limit; waiting until ${liftsAt(Date.now() + retryAfter * 1000)}`);
        return true;
      },
    },
  });
  spaceWrites(octokit, graphqlUrl);

  async function graphql<T>(query: string, variables: Record<string, unknown>, area: Area): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let response;
      try {
        response = await octokit.request({ method: 'POST', url: graphqlUrl, query, variables });
      } catch (error) {
        throw toGitHubError(error, area, options.repo, options.tokenFrom, maxWait);
      }
      const body = response.data as GraphQLBody<T>;
      if (body.errors?.some((e) => RATE_LIMIT_TYPES.has(e.type ?? ''))) {
        // Reached for RATE_LIMIT, which the throttling plugin does not know, and for RATE_LIMITED
        // where it does not see the endpoint as GraphQL (GHES's /api/graphql).
        const wait = graphqlWait(response.headers as Headers);
        if (attempt >= 2 || wait.seconds > maxWait) throw rateLimitError(wait.reset, 'GraphQL', maxWait);
        log(`github: GraphQL rate limit reached; waiting until ${liftsAt(Date.now() + wait.seconds * 1000)}`);
        await new Promise((resolve) => setTimeout(resolve, wait.seconds * 1000));
        continue;
      }
      if (body.errors?.length) throw graphqlError(body.errors, area, options.repo);
      stats.points += body.data?.rateLimit?.cost ?? 1;
      return body.data as T;
    }
  }

  async function rest<T>(route: string, params: Record<string, unknown>, area: Area) {
    try {
      const response = await octokit.request(route, params);
      stats.points += 1;
      return { data: response.data as T, headers: response.headers as Headers };
    } catch (error) {
      throw toGitHubError(error, area, options.repo, options.tokenFrom, maxWait);
    }
  }

  return { octokit, apiUrl, graphqlUrl, repo: options.repo, stats, graphql, rest };
}

/** GitHub's two spellings of a GraphQL rate-limit error. */
const RATE_LIMIT_TYPES = new Set(['RATE_LIMITED', 'RATE_LIMIT']);

/**
 * How long a GraphQL rate limit asks to wait: retry-after when GitHub sends it, else until
 * x-ratelimit-reset (and a second), else a minute, as GitHub's documentation asks.
 */
function graphqlWait(headers: Headers): { seconds: number; reset: number | undefined } {
  const retryAfter = Number(headers['retry-after']);
  const reset = Number(headers['x-ratelimit-reset']) || undefined;
  if (retryAfter > 0)
    return { seconds: Math.ceil(retryAfter), reset: Math.ceil(Date.now() / 1000 + retryAfter) };
  if (reset) return { seconds: Math.max(1, Math.ceil(reset - Date.now() / 1000) + 1), reset };
  return { seconds: 60, reset: Math.ceil(Date.now() / 1000) + 60 };
}

function graphqlError(
  errors: NonNullable<GraphQLBody<unknown>['errors']>,
  area: Area,
  repo: string,
): GitHubError {
  const first = errors[0];
  const message = (first.message ?? 'unknown error').split('\n')[0].slice(0, 200);
  if (first.type === 'NOT_FOUND' && first.path?.[0] === 'repository') {
    return new GitHubError(`${repo}: repository not found, or the token cannot see it (${message})`, 404);
  }
  if (first.type === 'FORBIDDEN') {
    return new GitHubError(
      `no access to ${area.what} in ${repo} (${message}); the token needs "${area.permission}"`,
      403,
    );
  }
  return new GitHubError(`GitHub refused the query for ${area.what} in ${repo}: ${message}`);
}

/** GitHub asks for at least a second between mutating REST requests; reads are not spaced. */
function spaceWrites(octokit: InstanceType<typeof ThrottledOctokit>, graphqlUrl: string): void {
  let next = 0;
  octokit.hook.wrap('request', async (request, options) => {
    const method = (options.method ?? 'GET').toUpperCase();
    const write = method !== 'GET' && method !== 'HEAD' && options.url !== graphqlUrl;
    if (write) {
      const wait = next - Date.now();
      next = Math.max(next, Date.now()) + 1000;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    return request(options);
  });
}
