// The one Octokit of a run (STYLE 5): throttling and retry plugins, the API roots, and counts of
// requests made and rate-limit points spent. The token stays inside Octokit's auth; nothing here
// logs it or puts it in a message.
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { GitHubError, rateLimitError, toGitHubError, type Area } from './errors.js';
import { sequentialGroups } from './scheduler.js';

export interface GitHubClientOptions {
  token: string;
  /** REST root: --api-url, else GITHUB_API_URL, else https://api.github.com */
  apiUrl?: string;
  /** GraphQL endpoint: GITHUB_GRAPHQL_URL, else derived from the REST root */
  graphqlUrl?: string;
  repo: string;
  /** where the token came from, for the message when GitHub rejects it */
  tokenFrom?: string;
  log?: (line: string) => void;
  /** longest wait for a rate limit to reset before giving up with a GitHubError */
  maxWaitSeconds?: number;
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
  const maxWait = options.maxWaitSeconds ?? 300;
  const stats: GitHubStats = { requests: 0, points: 0 };
  const countingFetch: typeof fetch = (input, init) => {
    stats.requests += 1;
    return fetch(input, init);
  };
  const octokit = new ThrottledOctokit({
    auth: options.token,
    baseUrl: apiUrl,
    userAgent: 'dora-flow-action',
    request: { fetch: countingFetch },
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    throttle: {
      // The plugin's scheduler without Bottleneck's latency; it also drops the plugin's one-second
      // spacing of GraphQL queries (reads): real writes are spaced by spaceWrites below.
      ...(sequentialGroups as object),
      onRateLimit: (retryAfter: number, _o: unknown, _k: unknown, retryCount: number) => {
        if (retryCount >= 2 || retryAfter > maxWait) return false;
        log(`github: rate limit reached; waiting ${retryAfter} s for it to reset`);
        return true;
      },
      onSecondaryRateLimit: (retryAfter: number, _o: unknown, _k: unknown, retryCount: number) => {
        if (retryCount >= 3 || retryAfter > maxWait) return false;
        log(`github: secondary rate limit; waiting ${retryAfter} s as GitHub asks`);
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
        throw toGitHubError(error, area, options.repo, options.tokenFrom);
      }
      const body = response.data as GraphQLBody<T>;
      const limited = body.errors?.some((e) => e.type === 'RATE_LIMITED');
      if (limited) {
        // Reached when the throttling plugin does not see the endpoint as GraphQL (GHES's /api/graphql).
        const reset = Number(response.headers['x-ratelimit-reset']) || 0;
        const wait = Math.max(1, Math.ceil(reset - Date.now() / 1000) + 1);
        if (attempt >= 2 || wait > maxWait) throw rateLimitError(reset || undefined, 'GraphQL');
        log(`github: GraphQL rate limit reached; waiting ${wait} s for it to reset`);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
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
      throw toGitHubError(error, area, options.repo, options.tokenFrom);
    }
  }

  return { octokit, apiUrl, graphqlUrl, repo: options.repo, stats, graphql, rest };
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
