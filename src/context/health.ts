// Engineering health from the same history (the seed's "Organizational Health
// Indicators"): how long CI takes, how long reviews take, how much of the work bots do.
//  - CI: completed workflow runs that started in the window (W2 by their start) and finished
//    with success, failure or timed_out (a cancelled or skipped run did not run its course);
//    duration = updatedAt − runStartedAt (createdAt when GitHub gave no start).
//  - Reviews: F2's pickup (opening to the first review by someone else) and review phases, over
//    the pull requests merged in the window.
//  - Bots: changes (L1) merged in the window whose author's login ends in `[bot]`.
import { isMergedInto } from '../metrics/changes.js';
import { hoursBetween } from '../metrics/stats.js';
import { ms } from '../metrics/time.js';
import type { MetricsReport } from '../metrics/types.js';
import { inRange, isoTime, weeksOf } from '../metrics/window.js';
import type { World, WorldWorkflowRun } from '../world/types.js';
import { summarize } from './statistics.js';
import type { HealthReport } from './types.js';

const FINISHED = new Set(['success', 'failure', 'timed_out']);

export function runMatches(run: WorldWorkflowRun, selected: readonly string[]): boolean {
  if (selected.length === 0) return true;
  const file = run.workflowPath.split('/').pop() ?? run.workflowPath;
  return selected.some((wanted) => {
    const lower = wanted.toLowerCase();
    return (
      lower === file.toLowerCase() ||
      lower === run.workflowPath.toLowerCase() ||
      lower === run.name?.toLowerCase()
    );
  });
}

interface TimedRun {
  workflow: string;
  start: number;
  hours: number;
}

function timedRuns(
  world: World,
  window: { since: number; until: number },
  selected: readonly string[],
): TimedRun[] {
  const out: TimedRun[] = [];
  for (const run of world.workflowRuns ?? []) {
    if (run.status !== 'completed' || !FINISHED.has(run.conclusion ?? '') || !runMatches(run, selected))
      continue;
    const start = ms(run.runStartedAt ?? run.createdAt);
    if (!inRange(start, window)) continue;
    out.push({
      workflow: run.name || run.workflowPath,
      start,
      hours: hoursBetween(start, ms(run.updatedAt)),
    });
  }
  return out;
}

export function computeHealth(
  world: World,
  report: MetricsReport,
  selected: readonly string[],
): HealthReport {
  const window = { since: Date.parse(report.window.since), until: Date.parse(report.window.until) };
  const runs = timedRuns(world, window, selected);
  const workflows = [...new Set(runs.map((r) => r.workflow))].sort();
  const byWorkflow = workflows
    .map((workflow) => ({
      workflow,
      ...summarize(runs.filter((r) => r.workflow === workflow).map((r) => r.hours)),
    }))
    .sort((a, b) => b.count - a.count || (a.workflow < b.workflow ? -1 : 1));
  const weekly = weeksOf(window).map((week) => ({
    weekStart: isoTime(week.since),
    ...summarize(runs.filter((r) => inRange(r.start, week)).map((r) => r.hours)),
  }));
  return {
    ci: { ...summarize(runs.map((r) => r.hours)), workflowsSelected: [...selected], byWorkflow, weekly },
    reviews: reviewsOf(report),
    bots: botsOf(world, window),
  };
}

function reviewsOf(report: MetricsReport): HealthReport['reviews'] {
  if (report.flow === null) return null;
  const prs = report.records.pullRequests;
  const picked = prs.filter((pr) => pr.pickupHours !== null);
  return {
    pullRequests: prs.length,
    reviewed: picked.length,
    firstReview: summarize(picked.map((pr) => pr.pickupHours as number)),
    reviewToMerge: summarize(picked.map((pr) => pr.reviewHours as number)),
  };
}

/** L1's changes merged in the window: pull requests merged into the default branch, else non-merge commits. */
function changeAuthors(world: World, window: { since: number; until: number }): (string | null)[] {
  const branch = world.repository.defaultBranch;
  const merged = (world.pullRequests ?? []).filter((pr) => isMergedInto(pr, branch));
  if (merged.length > 0) {
    return merged.filter((pr) => inRange(ms(pr.mergedAt!), window)).map((pr) => pr.author ?? null);
  }
  return (world.commits ?? [])
    .filter((c) => (c.parents === undefined || c.parents.length === 1) && inRange(ms(c.committedAt), window))
    .map((c) => c.author ?? null);
}

function botsOf(world: World, window: { since: number; until: number }): HealthReport['bots'] {
  const changes = changeAuthors(world, window);
  const authors = new Map<string, number>();
  for (const author of changes) {
    if (author?.endsWith('[bot]')) authors.set(author, (authors.get(author) ?? 0) + 1);
  }
  const byBots = [...authors.values()].reduce((a, b) => a + b, 0);
  return {
    changes: changes.length,
    byBots,
    share: changes.length === 0 ? null : byBots / changes.length,
    authors: [...authors]
      .map(([author, count]) => ({ author, changes: count }))
      .sort((a, b) => b.changes - a.changes),
  };
}
