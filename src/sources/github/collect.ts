// collectWorld: a repository's history from the GitHub API, as a world (../shared/world/).
// Phases: repository → deployment sources → pull requests → commit history → incidents.
import type { World, WorldPullRequest } from '../../world/types.js';
import { readCache, writeCache, type CacheFile } from './cache.js';
import { createGitHubClient, type GitHubClient } from './client.js';
import { AREAS, ms, plural, type CollectContext } from './common.js';
import type { DeploymentSource } from '../../metrics/sources.js';
import {
  collectSource,
  deploymentsOf,
  planSources,
  type SourceResult,
  type SourceState,
} from './deployment-sources.js';
import { GitHubError } from './errors.js';
import { collectHistory } from './history.js';
import { collectIssues } from './issues.js';
import { collectPullRequests } from './pull-requests.js';
import { REPOSITORY_QUERY } from './queries.js';
import { trimBeforeHistory } from './trim.js';

export { GitHubError } from './errors.js';

export interface CollectOptions {
  /** OWNER/NAME */
  repo: string;
  token: string;
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
  /** longest wait for a rate limit to reset before stopping (default 300 s) */
  maxWaitSeconds?: number;
}

export interface CollectResult {
  world: World;
  stats: { requests: number; points: number };
}

const iso = (t: number): string => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function readRepository(client: GitHubClient, owner: string, name: string): Promise<string> {
  type Data = { repository: { defaultBranchRef: { name: string } | null } | null };
  const data = await client.graphql<Data>(REPOSITORY_QUERY, { owner, name }, AREAS.repository);
  if (!data.repository)
    throw new GitHubError(`${owner}/${name}: repository not found, or the token cannot see it`, 404);
  // An empty repository has no default branch yet; nothing below will find anything on it.
  return data.repository.defaultBranchRef?.name ?? 'main';
}

/** A phase's line: what it found and the requests it took. */
function phase(ctx: CollectContext, label: string, before: number, found: string): void {
  ctx.log(`github: ${label}: ${found} (${plural(ctx.client.stats.requests - before, 'request')})`);
}

function latestMerge(prs: WorldPullRequest[], beforeMs: number): number | null {
  let best: number | null = null;
  for (const pr of prs) {
    const t = ms(pr.mergedAt);
    if (t < beforeMs && (best === null || t > best)) best = t;
  }
  return best;
}

async function pullRequestPhase(
  ctx: CollectContext,
  state: SourceState,
  horizon: number,
  merges: boolean,
  includeFiles: boolean,
) {
  const cache = state.cache;
  const mark = cache?.marks.pullRequests ? ms(cache.marks.pullRequests) : null;
  const before = ctx.client.stats.requests;
  // One walk at a time: GitHub asks clients not to send concurrent requests.
  const results = [];
  if (mark !== null) {
    // incremental: any change to a pull request moves its updatedAt, so all changes lie above the mark
    results.push(await collectPullRequests(ctx, includeFiles, null, (oldest) => oldest < mark));
  } else {
    results.push(await collectPullRequests(ctx, includeFiles, ['OPEN'], () => false));
    results.push(
      await collectPullRequests(ctx, includeFiles, ['CLOSED', 'MERGED'], (oldest, collected) => {
        const merged = collected.filter((pr) => pr.mergedAt && pr.baseRefName === ctx.defaultBranch);
        if (merged.length === 0) return false; // L1: with no merged pull request, commits count instead
        if (!merges) return oldest < horizon;
        // D1 merges: the latest merge before `since` bounds the window; every unseen one is older.
        const bound = latestMerge(merged, state.sinceMs);
        return bound !== null && oldest < Math.min(horizon, bound);
      }),
    );
  }
  const byNumber = new Map((cache?.world.pullRequests ?? []).map((pr) => [pr.number, pr]));
  let newest = cache?.marks.pullRequests ?? '';
  let count = 0;
  for (const { pullRequests, updatedAt } of results) {
    count += pullRequests.length;
    for (const pr of pullRequests) byNumber.set(pr.number, pr);
    for (const t of updatedAt.values()) if (t > newest) newest = t;
  }
  state.world.pullRequests = [...byNumber.values()].sort((a, b) => a.number - b.number);
  phase(ctx, 'pull requests', before, plural(count, 'pull request'));
  return newest || undefined;
}

async function historyPhase(
  ctx: CollectContext,
  state: SourceState,
  horizon: number,
  chosen: SourceResult[],
) {
  const before = ctx.client.stats.requests;
  const world = state.world;
  const needed = new Map<string, number>();
  for (const pr of world.pullRequests ?? []) {
    if (pr.baseRefName !== ctx.defaultBranch || !pr.mergeCommitSha) continue;
    if (ms(pr.mergedAt) >= horizon) needed.set(pr.mergeCommitSha, ms(pr.mergedAt));
  }
  for (const { source } of chosen) {
    for (const d of deploymentsOf(world, source)) if (d.sha && d.time >= horizon) needed.set(d.sha, d.time);
  }
  const commitsOnly = !(world.pullRequests ?? []).some(
    (pr) => pr.mergedAt && pr.baseRefName === ctx.defaultBranch,
  );
  const merges = chosen.some((c) => c.source.kind === 'merges');
  const known = state.cache ? new Map((state.cache.world.commits ?? []).map((c) => [c.sha, c])) : undefined;
  // Incremental: what the last run looked for below its newest commit, it has found or passed
  // (an off-branch deployment's commit is never found).
  const newestKnown = Math.max(...[...(known?.values() ?? [])].map((c) => ms(c.committedAt)));
  for (const [sha, expected] of needed) if (expected < newestKnown) needed.delete(sha);
  const fresh = await collectHistory(ctx, {
    horizonMs: horizon,
    needed,
    firstParentBeforeMs: commitsOnly && merges ? state.sinceMs : undefined,
    known: known?.size ? known : undefined,
  });
  const bySha = known ?? new Map();
  for (const c of fresh) bySha.set(c.sha, c);
  world.commits = [...bySha.values()];
  phase(ctx, `commits of ${ctx.defaultBranch}`, before, plural(fresh.length, 'commit'));
}

async function issuePhase(
  ctx: CollectContext,
  state: SourceState,
  labels: string[],
): Promise<string | undefined> {
  if (labels.length === 0) return undefined;
  const kind = `issues:${labels
    .map((l) => l.toLowerCase())
    .sort()
    .join(',')}`;
  const cached = state.cache?.kinds.includes(kind) ? state.cache : null;
  const before = ctx.client.stats.requests;
  const since = cached?.marks.issues ?? iso(state.sinceMs);
  const { issues, newestUpdatedAt } = await collectIssues(ctx, labels, since);
  const byNumber = new Map((cached?.world.issues ?? []).map((i) => [i.number, i]));
  for (const issue of issues) byNumber.set(issue.number, issue);
  state.world.issues = [...byNumber.values()].sort((a, b) => a.number - b.number);
  state.kinds.add(kind);
  phase(ctx, `issues labelled ${labels.join(', ')}`, before, plural(issues.length, 'issue'));
  return newestUpdatedAt ?? cached?.marks.issues;
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
  log(`github: ${owner}/${name}, default branch ${defaultBranch}, since ${iso(options.since.getTime())}`);
  const includeFiles = options.includeFiles ?? false;
  const cache = options.cacheDir
    ? readCache(options.cacheDir, options.repo, client.apiUrl, includeFiles, options.since)
    : null;
  if (cache) log(`github: incremental, from the cache of ${cache.since}`);
  const state: SourceState = {
    world: {
      schemaVersion: 1,
      generatedAt: iso(options.until.getTime()),
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
    since: state.cache?.since ?? iso(state.sinceMs),
    kinds: [...state.kinds],
    marks,
    world: state.world,
  });
}
