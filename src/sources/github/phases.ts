// The phases of a collection after the deployment sources: pull requests, the commit history,
// incident issues, and a word when the windows hold nothing.
import type { WorldIssue, WorldPullRequest } from '../../world/types.js';
import { type CollectContext } from './common.js';
import { isoSeconds, ms, plural } from './text.js';
import { deploymentsOf, type SourceResult, type SourceState } from './deployment-sources.js';
import { collectHistory } from './history.js';
import { collectIssues } from './issues.js';
import { collectPullRequests } from './pull-requests.js';

/** A phase's line: what it found and the requests it took. */
export function phase(ctx: CollectContext, label: string, before: number, found: string): void {
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

export async function pullRequestPhase(
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

export async function historyPhase(
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

export async function issuePhase(
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
  const since = isoSeconds(state.sinceMs);
  const inWindows = (i: WorldIssue) => ms(i.createdAt) >= state.sinceMs || ms(i.closedAt) >= state.sinceMs;
  // R2: a first collection also lists the incidents still open; an incremental one only when the
  // cache holds one opened before the windows (every other open one was updated since).
  const openBefore = (cached?.world.issues ?? []).some((i) => i.state === 'OPEN' && !inWindows(i));
  // Every run lists the incidents updated since the windows' start, not only since the last run:
  // an issue whose incident label was removed since is no longer listed, and leaves the cache.
  const { issues, newestUpdatedAt } = await collectIssues(ctx, labels, since, !cached || openBefore);
  const listed = new Set(issues.map((i) => i.number));
  const revalidated = (i: WorldIssue) => inWindows(i) || (openBefore && i.state === 'OPEN');
  const cachedIssues = cached?.world.issues ?? [];
  const kept = cachedIssues.filter((i) => listed.has(i.number) || !revalidated(i));
  const byNumber = new Map(kept.map((i) => [i.number, i]));
  for (const issue of issues) byNumber.set(issue.number, issue);
  state.world.issues = [...byNumber.values()].sort((a, b) => a.number - b.number);
  state.kinds.add(kind);
  const dropped = cachedIssues.length - kept.length;
  const note = dropped ? `; ${plural(dropped, 'cached incident')} no longer labelled, dropped` : '';
  phase(ctx, `issues labelled ${labels.join(', ')}`, before, `${plural(issues.length, 'issue')}${note}`);
  return newestUpdatedAt ?? cached?.marks.issues;
}

/** A repository with nothing in the windows gives all-null metrics; say why before that happens. */
export function warnIfEmpty(
  ctx: CollectContext,
  state: SourceState,
  chosen: SourceResult[],
  until: number,
): void {
  const inWindows = (t: number) => t >= state.sinceMs && t < until;
  const world = state.world;
  const merged = (world.pullRequests ?? []).some((pr) => inWindows(ms(pr.mergedAt)));
  const commits = (world.commits ?? []).some((c) => inWindows(ms(c.committedAt)));
  const deployed = chosen.some(({ source }) => deploymentsOf(world, source).some((d) => inWindows(d.time)));
  if (merged || commits || deployed) return;
  ctx.log(
    `github: nothing in the windows from ${isoSeconds(state.sinceMs)} to ${isoSeconds(until)}: no merged pull request, commit or deployment`,
  );
}
