// Deterministic synthetic worlds (schema/world.schema.json) for the demo, tests and benchmarks.
// The same options give the same world, byte for byte: one seeded random stream, consumed in a
// fixed order, and no clock. The world is consistent: pull requests' merge commits are on the
// default branch's parent chain, deployments deploy its head, reverts and incidents follow the
// deployments that shipped what they undo.
import type { World } from '../../src/world/types.js';
import { Random } from './random.js';
import {
  type Shipped,
  buildDeployments,
  buildWorkflowRuns,
  keepAttemptsWithNews,
  resolveShas,
} from './world-deployments.js';
import {
  type Draft,
  type DraftContext,
  byCreation,
  byMerge,
  draftPullRequest,
  isMergedInto,
} from './world-drafts.js';
import { type PullRequestCommit, buildHistory, draftCommits } from './world-history.js';
import { type IssueDraft, draftIncidents, draftIssues } from './world-issues.js';
import { buildPullRequest } from './world-pull-requests.js';
import { buildReleases } from './world-releases.js';
import { draftReverts, revertBody, revertTitle } from './world-reverts.js';
import { makeAttempt, planAttempts } from './world-schedule.js';
import { teamOf } from './world-text.js';
import { DAY, MINUTE, iso } from './world-time.js';

export interface GenerateWorldOptions {
  /** Pull requests in all (reverts included; about 91 % end up merged). */
  pullRequests: number;
  seed?: number;
  /** Length of the history in days, ending at `until` (default 365). */
  days?: number;
  /** End of the history and the world's generatedAt (default 2026-11-01T00:00:00Z). */
  until?: string;
  /** Planned production deploys per week (default: one per four merges, 2 to 60). */
  deploymentsPerWeek?: number;
  /** People opening pull requests (default: one per 90 merges a year, 3 to 400). */
  teamSize?: number;
  owner?: string;
  name?: string;
  defaultBranch?: string;
  /** Share of pull requests that revert another (default 0.025). */
  revertShare?: number;
  /** Share of successful production deployments followed by an incident (default 0.07). */
  incidentShare?: number;
  /** Ordinary issues per pull request (default 0.05). */
  issueShare?: number;
  /**
   * A rebased, cherry-picked or clock-skewed history (default false): each merge lands
   * on the default branch up to 12 average merge gaps before or after its `mergedAt`, and the
   * branch is built in landing order. About half of the parent links then point to a commit dated
   * later than its child, and deployments contain pull requests merged after them (L3).
   */
  skew?: boolean;
  /**
   * Production environments (default 1: `production`). The others (`production-eu`, …) deploy
   * what `production` deployed, minutes to a day and a half later, so that a deployment is often
   * of an older commit than the one before it (source `environment:/^production/`).
   */
  productionEnvironments?: number;
}

export const DEFAULT_UNTIL = '2026-11-01T00:00:00Z';

type Resolved = Required<GenerateWorldOptions>;

export function resolveOptions(options: GenerateWorldOptions): Resolved {
  const days = options.days ?? 365;
  const n = options.pullRequests;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`pullRequests: ${n} is not a whole number`);
  if (!(days > 0)) throw new RangeError(`days: ${days} is not a positive number of days`);
  const until = options.until ?? DEFAULT_UNTIL;
  if (!Number.isFinite(Date.parse(until)))
    throw new RangeError(`until: ${JSON.stringify(until)} is not a time`);
  const mergedPerWeek = (n * 0.9 * 7) / days;
  const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(v)));
  return {
    pullRequests: n,
    seed: options.seed ?? 1,
    days,
    until,
    deploymentsPerWeek: options.deploymentsPerWeek ?? clamp(mergedPerWeek / 4, 2, 60),
    teamSize: options.teamSize ?? clamp((mergedPerWeek * 52) / 90, 3, 400),
    owner: options.owner ?? 'acme',
    name: options.name ?? 'storefront',
    defaultBranch: options.defaultBranch ?? 'main',
    revertShare: options.revertShare ?? 0.025,
    incidentShare: options.incidentShare ?? 0.07,
    issueShare: options.issueShare ?? 0.05,
    skew: options.skew ?? false,
    productionEnvironments: options.productionEnvironments ?? 1,
  };
}

export function generateWorld(options: GenerateWorldOptions): World {
  const o = resolveOptions(options);
  const random = new Random(o.seed);
  const until = Math.floor(Date.parse(o.until) / 1000) * 1000;
  const start = until - o.days * DAY;
  const branch = o.defaultBranch;
  const repo = `${o.owner}/${o.name}`;
  const team = teamOf(o.teamSize);
  const ctx: DraftContext = {
    random,
    start,
    until,
    team,
    branch,
    otherBases: ['release/1.x', 'hotfix/legacy'],
  };

  // 1. What happened when: pull requests, planned deploys, reverts placed against those deploys.
  const revertCount = Math.round(o.pullRequests * o.revertShare);
  const regular = Array.from({ length: o.pullRequests - revertCount }, (_, i) => draftPullRequest(ctx, i));
  const attempts = planAttempts(random, start, until, o.deploymentsPerWeek);
  const regularMerged = regular.filter((d) => isMergedInto(d, branch)).sort(byMerge);
  const reverts = draftReverts(ctx, regularMerged, attempts, revertCount);
  const drafts = [...regular, ...reverts];
  const merged = drafts.filter((d) => isMergedInto(d, branch)).sort(byMerge);
  // The options that reshape the history draw from their own stream, so that without
  // them the world stays the same, byte for byte.
  const extra = new Random((o.seed * 2_654_435_761 + 12) >>> 0);
  const landed = o.skew ? landingTimes(extra, merged, o.days) : null;
  const landing = landed
    ? [...merged].sort((a, b) => landed.get(a)! - landed.get(b)! || a.seq - b.seq)
    : merged;
  const shipped = keepAttemptsWithNews(
    attempts,
    landing.map((d) => landed?.get(d) ?? (d.merged as number)),
    branch,
  );
  const backports = planBackports(random, drafts, branch, until);
  const allShipped = [...shipped, ...backports.map((b) => b.shipped)].sort(
    (a, b) => a.attempt.createdAt - b.attempt.createdAt,
  );
  const issues = [
    ...draftIncidents(random, allShipped, until, o.incidentShare),
    ...draftIssues(random, Math.round(o.pullRequests * o.issueShare), start, until, team),
  ];
  numberInCreationOrder(drafts, issues);
  for (const revert of reverts) revert.title.title = revertTitle(revert);

  // 2. Commits: each pull request's own, then the default branch built from the merges.
  const commitsOf = new Map<Draft, PullRequestCommit[]>();
  for (const d of drafts) commitsOf.set(d, draftCommits(random, d, until));
  const history = buildHistory(random, landing, commitsOf, start, repo, team[0], landed);
  const mergeShas = history.mergeShas;
  for (const d of drafts) if (d.merged !== null && d.base !== branch) mergeShas.set(d, random.sha());
  for (const b of backports) b.shipped.sha = mergeShas.get(b.draft) as string;
  const bodies = new Map<Draft, string>();
  for (const revert of reverts) {
    const body = revertBody(random, revert, repo, (d) => mergeShas.get(d) ?? '0000000');
    bodies.set(revert, body);
    const commit = history.mergeCommits.get(revert);
    if (commit && body) commit.message += `\n\n${body}`;
  }

  // 3. Deployments, workflow runs and releases from what the default branch held at the time.
  resolveShas(shipped, history, branch);
  const environments = { production: 'production', staging: 'staging', branch };
  const followers = productionNames(o.productionEnvironments).slice(1);
  const pending = buildDeployments(random, allShipped, history, environments, {
    names: followers,
    random: extra,
    until,
  });
  const workflowRuns = buildWorkflowRuns(random, pending);
  const { releases, tags } = buildReleases(random, allShipped, merged, history, until, branch);
  const pullRequests = [...drafts]
    .sort((a, b) => a.number - b.number)
    .map((d) =>
      buildPullRequest(
        random,
        d,
        { body: bodies.get(d) ?? '', mergeSha: mergeShas.get(d) ?? null, commits: commitsOf.get(d) ?? [] },
        team,
        until,
      ),
    );
  return {
    schemaVersion: 1,
    generatedAt: iso(until),
    repository: { owner: o.owner, name: o.name, defaultBranch: branch },
    commits: history.commits,
    pullRequests,
    deployments: pending.map((p) => p.deployment),
    releases,
    tags,
    workflowRuns,
    issues: issues.map((i) => i.issue).sort((a, b) => a.number - b.number),
  };
}

/** GitHub numbers issues and pull requests from one sequence, in the order they were opened. */
function numberInCreationOrder(drafts: Draft[], issues: IssueDraft[]): void {
  const items: { created: number; rank: number; assign: (n: number) => void }[] = [];
  for (const d of drafts) items.push({ created: d.created, rank: d.seq, assign: (n) => (d.number = n) });
  issues.forEach((i, k) =>
    items.push({ created: i.created, rank: 2_000_000 + k, assign: (n) => (i.issue.number = n) }),
  );
  items.sort((a, b) => a.created - b.created || a.rank - b.rank);
  items.forEach((item, i) => item.assign(i + 1));
  drafts.sort(byCreation);
}

/** A few fixes merged into release branches are deployed from there: off the default branch. */
function planBackports(random: Random, drafts: readonly Draft[], branch: string, until: number) {
  const backports: { draft: Draft; shipped: Shipped }[] = [];
  for (const draft of drafts) {
    if (draft.merged === null || draft.base === branch || !random.chance(0.4)) continue;
    const attempt = makeAttempt(random, draft.merged + random.int(30, 120) * MINUTE, 'ok');
    if (attempt.endAt < until) backports.push({ draft, shipped: { attempt, sha: '', ref: draft.base } });
  }
  return backports;
}

/** The skew: when each merge reached the default branch, ± 12 average merge gaps. */
function landingTimes(random: Random, merged: readonly Draft[], days: number): Map<Draft, number> {
  const spread = (12 * days * DAY) / Math.max(1, merged.length);
  const landed = new Map<Draft, number>();
  for (const d of merged) landed.set(d, Math.round((d.merged as number) + random.between(-spread, spread)));
  return landed;
}

const REGIONS = ['eu', 'ap', 'us', 'sa', 'af', 'me'];

/** `production`, then `production-eu`, `production-ap` … (`production-7` past the regions). */
function productionNames(count: number): string[] {
  return Array.from({ length: Math.max(1, count) }, (_, i) =>
    i === 0 ? 'production' : `production-${REGIONS[i - 1] ?? i}`,
  );
}
