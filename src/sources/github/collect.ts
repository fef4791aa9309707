// collectWorld: a repository's history from the GitHub API, as a world (schema/world.schema.json).
// Phases: repository → deployment sources → pull requests → commit history → incidents.
import type { World } from '../../world/types.js';
import { readCache, writeCache, type CacheFile } from './cache.js';
import { createGitHubClient, type GitHubClient } from './client.js';
import { AREAS, type CollectContext } from './common.js';
import { isoSeconds, plural } from './text.js';
import type { DeploymentSource } from '../../metrics/sources.js';
import { collectSource, planSources, type SourceResult, type SourceState } from './deployment-sources.js';
import { GitHubError } from './errors.js';
import { historyPhase, issuePhase, phase, pullRequestPhase, warnIfEmpty } from './phases.js';
import { REPOSITORY_QUERY } from './queries.js';
import { trimBeforeHistory } from './trim.js';

export { GitHubError } from './errors.js';

export interface CollectOptions {
  /** OWNER/NAME */
  repo: string;
  token: string;
  /** where the token came from, for the message when GitHub rejects it */
  tokenFrom?: string;
  apiUrl?: string;
  graphqlUrl?: string;
  /** resolved D1 source strings, or 'auto' */
  sources: string[];
  incidentLabels: string[];
  /** start of the previous window (W1) */
  since: Date;
  until: Date;
  cacheDir?: string;
  /** changed file paths of pull requests (only when a path filter needs them) */
  includeFiles?: boolean;
  log?: (line: string) => void;
  /** longest wait for a rate limit to lift before stopping (DORA_RATE_LIMIT_WAIT, default 300 s) */
  maxWaitSeconds?: number;
  /** longest time one request may take (DORA_REQUEST_TIMEOUT, default 60 s) */
  timeoutSeconds?: number;
  /** the retries of a transient failure wait 1, 4 and 9 times this (DORA_RETRY_DELAY, default 1 s) */
  retryDelaySeconds?: number;
  /** where GITHUB_API_URL and the DORA_* settings above are read (default process.env) */
  env?: Record<string, string | undefined>;
}

export interface CollectResult {
  world: World;
  stats: { requests: number; points: number };
}

async function readRepository(client: GitHubClient, owner: string, name: string): Promise<string> {
  type Data = { repository: { defaultBranchRef: { name: string } | null } | null };
  const data = await client.graphql<Data>(REPOSITORY_QUERY, { owner, name }, AREAS.repository);
  if (!data.repository)
    throw new GitHubError(`${owner}/${name}: repository not found, or the token cannot see it`, 404);
  // An empty repository has no default branch yet; nothing below will find anything on it.
  return data.repository.defaultBranchRef?.name ?? 'main';
}

async function sourcePhase(
  ctx: CollectContext,
  state: SourceState,
  sources: string[],
): Promise<SourceResult[]> {
  const plan = planSources(sources);
  const chosen: SourceResult[] = [];
  const collect = async (source: DeploymentSource): Promise<SourceResult> => {
    const before = ctx.client.stats.requests;
    const result = await collectSource(ctx, state, source);
    if (source.kind !== 'merges') phase(ctx, 'deployments', before, result.summary);
    return result;
  };
  for (const source of plan.explicit) chosen.push(await collect(source));
  // D2: auto takes the first candidate that yields a deployment (merges, the last, always does).
  for (const source of plan.candidates) {
    const result = await collect(source);
    if (result.yields) {
      chosen.push(result);
      break;
    }
  }
  return chosen;
}

export async function collectWorld(options: CollectOptions): Promise<CollectResult> {
  const [owner, name] = options.repo.split('/');
  if (!owner || !name || options.repo.split('/').length !== 2) {
    throw new GitHubError(
      `--repo: ${JSON.stringify(options.repo)} is not OWNER/NAME (for example octocat/hello-world)`,
    );
  }
  const log = options.log ?? (() => undefined);
  const client = createGitHubClient({ ...options, log, repo: options.repo });
  const defaultBranch = await readRepository(client, owner, name);
  const ctx: CollectContext = { client, owner, name, defaultBranch, log };
  log(
    `github: ${owner}/${name}, default branch ${defaultBranch}, since ${isoSeconds(options.since.getTime())}`,
  );
  const includeFiles = options.includeFiles ?? false;
  const cache = options.cacheDir
    ? readCache(options.cacheDir, options.repo, client.apiUrl, includeFiles, options.since)
    : null;
  if (cache) log(`github: incremental, from the cache of ${cache.since}`);
  const state: SourceState = {
    world: {
      schemaVersion: 1,
      generatedAt: isoSeconds(options.until.getTime()),
      repository: { owner, name, defaultBranch },
    },
    sinceMs: options.since.getTime(),
    cache,
    kinds: new Set(),
  };
  const chosen = await sourcePhase(ctx, state, options.sources);
  const bounds = chosen.map((c) => c.bound).filter((b): b is number => b !== null);
  const horizon = Math.min(state.sinceMs, ...bounds);
  const merges = chosen.some((c) => c.source.kind === 'merges');
  const prMark = await pullRequestPhase(ctx, state, horizon, merges, includeFiles);
  await historyPhase(ctx, state, horizon, chosen);
  trimBeforeHistory(
    state.world,
    chosen.map((c) => c.source),
    horizon,
  );
  const issueMark = await issuePhase(ctx, state, options.incidentLabels);
  warnIfEmpty(ctx, state, chosen, options.until.getTime());
  if (options.cacheDir) saveCache(options, client, state, { pullRequests: prMark, issues: issueMark });
  log(
    `github: ${plural(client.stats.requests, 'request')}, ${plural(client.stats.points, 'rate-limit point')}`,
  );
  return { world: state.world, stats: { ...client.stats } };
}

function saveCache(
  options: CollectOptions,
  client: GitHubClient,
  state: SourceState,
  marks: CacheFile['marks'],
): void {
  writeCache(options.cacheDir as string, {
    version: 1,
    apiUrl: client.apiUrl,
    repo: options.repo,
    includeFiles: options.includeFiles ?? false,
    since: state.cache?.since ?? isoSeconds(state.sinceMs),
    kinds: [...state.kinds],
    marks,
    world: state.world,
  });
}
