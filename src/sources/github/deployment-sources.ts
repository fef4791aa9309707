// Collects the records behind each deployment source (D1), only as far back as the windows need:
// everything from `since` on, plus the latest deployment before it — it bounds the changes the
// first deployment in the window ships (L3, L4). D2's `auto` stops at the first candidate that
// yields a deployment. The engine's own D1 code decides what counts, so both agree.
import { listDeployments } from '../../metrics/deployments.js';
import { CommitGraph } from '../../metrics/graph.js';
import { autoCandidates, formatSource, parseSource, type DeploymentSource } from '../../metrics/sources.js';
import type { World, WorldDeployment, WorldRelease, WorldWorkflowRun } from '../../world/types.js';
import type { CacheFile } from './cache.js';
import { DAY_MS } from '../../metrics/stats.js';
import { type CollectContext } from './common.js';
import { ms, plural } from './text.js';
import { collectDeployments } from './deployments.js';
import { collectReleases, collectTags } from './releases.js';
import { collectRuns } from './runs.js';

export interface SourceState {
  world: World;
  sinceMs: number;
  cache: CacheFile | null;
  /** listings this run holds in full (written to the cache) */
  kinds: Set<string>;
}

export interface SourceResult {
  source: DeploymentSource;
  /** time (ms) of the latest deployment before `since`, null when there is none */
  bound: number | null;
  yields: boolean;
}

/** D1 strings → explicit sources, and D2's candidates when `auto` is among them. */
export function planSources(sources: readonly string[]): {
  explicit: DeploymentSource[];
  candidates: DeploymentSource[];
} {
  const parsed = (sources.length ? sources : ['auto']).map((source) => parseSource(source));
  const seen = new Set<string>();
  const explicit = parsed
    .filter((s): s is DeploymentSource => s !== 'auto')
    .filter((s) => !seen.has(formatSource(s)) && Boolean(seen.add(formatSource(s))));
  return { explicit, candidates: parsed.includes('auto') ? autoCandidates() : [] };
}

export function deploymentsOf(world: World, source: DeploymentSource) {
  return listDeployments(world, source, new CommitGraph(world.commits ?? []));
}

function latestBefore(world: World, source: DeploymentSource, sinceMs: number): number | null {
  let best: number | null = null;
  for (const d of deploymentsOf(world, source))
    if (d.time < sinceMs && (best === null || d.time > best)) best = d.time;
  return best;
}

function merge<T>(cached: T[] | undefined, fresh: T[], key: (t: T) => string | number): T[] {
  const byKey = new Map((cached ?? []).map((t) => [key(t), t]));
  for (const t of fresh) byKey.set(key(t), t);
  return [...byKey.values()];
}

const newest = (times: string[]): number => times.reduce((m, t) => Math.max(m, ms(t)), -Infinity);

/**
 * A newest-first walk stops once its oldest record is a margin older than the bound; with no
 * deployment before `since` yet it goes on (a whole history is what it takes to know there is none).
 */
function fullStop<T>(
  state: SourceState,
  source: DeploymentSource,
  partial: (collected: T[]) => World,
  margin: number,
): (oldest: number, collected: T[]) => boolean {
  return (oldest, collected) => {
    const bound = latestBefore(partial(collected), source, state.sinceMs);
    return bound !== null && oldest < bound - margin;
  };
}

async function environment(
  ctx: CollectContext,
  state: SourceState,
  source: Extract<DeploymentSource, { kind: 'environment' }>,
) {
  const kind = `environment:${source.name.toLowerCase()}`;
  const cached = state.cache?.kinds.includes(kind) ? (state.cache.world.deployments ?? []) : null;
  const wanted = source.name.toLowerCase();
  const withEnv = (list: WorldDeployment[]) => list.filter((d) => d.environment.toLowerCase() === wanted);
  // Incremental: new deployments, and again any whose outcome was still open last time.
  const open = (d: WorldDeployment) =>
    ms(d.createdAt) >= state.sinceMs - DAY_MS &&
    !(d.statuses ?? []).some((s) => ['success', 'failure', 'error', 'inactive'].includes(s.state));
  const mine = withEnv(cached ?? []);
  const mark = Math.min(
    newest(mine.map((d) => d.createdAt)),
    ...mine.filter(open).map((d) => ms(d.createdAt)),
  );
  const stop = cached
    ? (oldest: number) => oldest < mark
    : fullStop(state, source, (c: WorldDeployment[]) => ({ ...state.world, deployments: c }), DAY_MS);
  const fresh = await collectDeployments(ctx, source.name, stop);
  state.world.deployments = merge(
    merge(cached ?? [], state.world.deployments ?? [], (d) => d.id),
    fresh,
    (d) => d.id,
  );
  state.kinds.add(kind);
  return `${plural(fresh.length, 'deployment')} to ${source.name}`;
}

async function releases(ctx: CollectContext, state: SourceState) {
  const cached = state.cache?.kinds.includes('releases') ? (state.cache.world.releases ?? []) : null;
  // Incremental: new releases, and again any draft (publishing one does not change createdAt).
  const drafts = (cached ?? [])
    .filter((r) => r.isDraft && ms(r.createdAt) >= state.sinceMs - 30 * DAY_MS)
    .map((r) => ms(r.createdAt));
  // Revalidated down to the release that bounds the windows (L4): one deleted since the last run
  // must not linger in the cache. The walk is of the windows' releases only, a page or two.
  const bound = cached
    ? latestBefore({ ...state.world, releases: cached }, { kind: 'releases' }, state.sinceMs)
    : null;
  const mark = Math.min(newest((cached ?? []).map((r) => r.createdAt)), ...drafts, bound ?? state.sinceMs);
  const stop = cached
    ? (oldest: number) => oldest < mark
    : fullStop(
        state,
        { kind: 'releases' },
        (c: WorldRelease[]) => ({ ...state.world, releases: c }),
        30 * DAY_MS,
      );
  const fresh = await collectReleases(ctx, stop);
  const listed = new Set(fresh.map((r) => r.tagName));
  const gone = (cached ?? []).filter((r) => ms(r.createdAt) >= mark && !listed.has(r.tagName));
  const kept = (cached ?? []).filter((r) => !gone.includes(r));
  state.world.releases = merge(kept, fresh, (r) => r.tagName);
  state.kinds.add('releases');
  const dropped = gone.length ? `; ${plural(gone.length, 'cached release')} deleted since, dropped` : '';
  return `${plural(fresh.length, 'release')}${dropped}`;
}

async function tags(ctx: CollectContext, state: SourceState) {
  if (state.kinds.has('tags')) return 'tags already read';
  state.world.tags = await collectTags(ctx);
  state.kinds.add('tags');
  return plural(state.world.tags.length, 'tag');
}

async function workflow(ctx: CollectContext, state: SourceState, file: string) {
  const kind = `workflow:${file}`;
  const cached = state.cache?.kinds.includes(kind) ? (state.cache.world.workflowRuns ?? []) : null;
  // Incremental: runs created since a day before the newest cached one (a run may finish late).
  const from = cached ? newest(cached.map((r) => r.createdAt)) - DAY_MS : state.sinceMs - DAY_MS;
  const fresh = await collectRuns(ctx, file, Number.isFinite(from) ? from : state.sinceMs - DAY_MS, !cached);
  state.world.workflowRuns = merge(
    merge(cached ?? [], state.world.workflowRuns ?? [], (r) => r.id),
    fresh,
    (r: WorldWorkflowRun) => r.id,
  );
  state.kinds.add(kind);
  return plural(fresh.length, `successful run`) + ` of ${file}`;
}

/** Collects one source's records into `state.world`; `merges` is left to the pull request walk. */
export async function collectSource(
  ctx: CollectContext,
  state: SourceState,
  source: DeploymentSource,
): Promise<SourceResult & { summary: string }> {
  let summary = 'from the pull requests';
  if (source.kind === 'environment') summary = await environment(ctx, state, source);
  if (source.kind === 'releases') summary = await releases(ctx, state);
  if (source.kind === 'tags') summary = await tags(ctx, state);
  if (source.kind === 'workflow') summary = await workflow(ctx, state, source.file);
  if (source.kind === 'merges') return { source, bound: null, yields: true, summary };
  const found = deploymentsOf(state.world, source);
  return {
    source,
    bound: latestBefore(state.world, source, state.sinceMs),
    yields: found.length > 0,
    summary,
  };
}
