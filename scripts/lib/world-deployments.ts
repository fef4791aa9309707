// GitHub deployments and the deploy workflow's runs, from the planned attempts: production (most
// succeed; some fail then succeed on a re-run; some only fail and are retried), staging before
// some of them, and a few production deploys of release branches (off the default branch, L3).
import type { DeploymentState, WorldDeployment, WorldWorkflowRun } from '../../src/world/types.js';
import type { Random } from './random.js';
import { type History, headAt, headIndexAt } from './world-history.js';
import type { Attempt } from './world-schedule.js';
import { DEPLOY_BOT } from './world-text.js';
import { HOUR, MINUTE, iso } from './world-time.js';

export interface Shipped {
  attempt: Attempt;
  sha: string;
  ref: string;
}

/** Drops attempts that would deploy what the last successful one already did: nothing was
 * merged (`mergeTimes`, ascending) between that one's creation and theirs. */
export function keepAttemptsWithNews(
  attempts: readonly Attempt[],
  mergeTimes: readonly number[],
  branch: string,
) {
  const kept: Shipped[] = [];
  let deployedUpTo = -1; // merges [0, deployedUpTo) are deployed
  let next = 0;
  for (const attempt of attempts) {
    while (next < mergeTimes.length && mergeTimes[next] <= attempt.createdAt) next++;
    if (next === deployedUpTo) continue;
    kept.push({ attempt, sha: '', ref: branch });
    if (attempt.successAt !== null) deployedUpTo = next;
  }
  return kept;
}

/** Fills in what each kept attempt deployed: the default branch's head when it started. */
export function resolveShas(shipped: readonly Shipped[], history: History, branch: string): void {
  for (const s of shipped) if (s.ref === branch) s.sha = headAt(history, s.attempt.createdAt);
}

type Status = { state: DeploymentState; createdAt: string };
interface Pending {
  at: number;
  deployment: WorldDeployment;
  shipped: Shipped | null;
}

function statusesOf(random: Random, attempt: Attempt): Status[] {
  const at = attempt.createdAt;
  const statuses: Status[] = [{ state: 'in_progress', createdAt: iso(at + random.int(5, 40) * 1000) }];
  if (attempt.outcome !== 'ok') {
    const failedAt = attempt.outcome === 'failed' ? attempt.endAt : at + random.int(4, 9) * MINUTE;
    statuses.push({ state: attempt.failureState, createdAt: iso(failedAt) });
  }
  if (attempt.outcome === 'flaky') statuses.push({ state: 'in_progress', createdAt: iso(at + 11 * MINUTE) });
  if (attempt.successAt !== null) statuses.push({ state: 'success', createdAt: iso(attempt.successAt) });
  return statuses;
}

export function buildDeployments(
  random: Random,
  shipped: readonly Shipped[],
  history: History,
  environments: Environments,
  /** more production environments, each deploying what `production` did, later */
  followers: { names: readonly string[]; random: Random; until: number } = {
    names: [],
    random,
    until: Infinity,
  },
) {
  const pending: Pending[] = [];
  let lastSuccess: WorldDeployment | null = null;
  for (const s of shipped) {
    const at = s.attempt.createdAt;
    const human = s.attempt.onDemand || random.chance(0.1);
    const deployment: WorldDeployment = {
      id: 0,
      sha: s.sha,
      ref: s.ref,
      environment: environments.production,
      createdAt: iso(at),
      creator: human ? null : DEPLOY_BOT,
      statuses: statusesOf(random, s.attempt),
    };
    pending.push({ at, deployment, shipped: s });
    if (s.ref === environments.branch && s.attempt.successAt !== null) {
      // GitHub marks the previous deployment of an environment inactive when a new one succeeds.
      lastSuccess?.statuses?.push({ state: 'inactive', createdAt: iso(s.attempt.successAt) });
      lastSuccess = deployment;
    }
    if (s.ref === environments.branch && random.chance(0.5))
      pending.push(staging(random, s, history, environments.staging));
    if (s.ref === environments.branch && s.attempt.successAt !== null) {
      for (const name of followers.names) {
        const follower = follow(followers.random, s, s.attempt.successAt, name);
        // Its success status too must be before the end of the history.
        if (follower && follower.at + 6 * MINUTE < followers.until) pending.push(follower);
      }
    }
  }
  pending.sort((a, b) => a.at - b.at || compareText(a.deployment.environment, b.deployment.environment));
  pending.forEach((p, i) => (p.deployment.id = 7_000_001 + i));
  return pending;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Environments {
  production: string;
  staging: string;
  branch: string;
}

function staging(random: Random, s: Shipped, history: History, environment: string): Pending {
  const committed = history.chainTimes[headIndexAt(history, s.attempt.createdAt)];
  const at = Math.max(committed, s.attempt.createdAt - random.int(10, 40) * MINUTE);
  const deployment: WorldDeployment = {
    id: 0,
    sha: s.sha,
    ref: s.ref,
    environment,
    createdAt: iso(at),
    creator: DEPLOY_BOT,
    statuses: [
      { state: 'in_progress', createdAt: iso(at + 20_000) },
      { state: 'success', createdAt: iso(at + random.int(2, 6) * MINUTE) },
    ],
  };
  return { at, deployment, shipped: null };
}

/** Most of `production`'s successful deployments, repeated in another environment later. */
function follow(random: Random, s: Shipped, successAt: number, environment: string): Pending | null {
  if (!random.chance(0.8)) return null;
  const at = Math.floor((successAt + random.between(10 * MINUTE, 36 * HOUR)) / 1000) * 1000;
  const deployment: WorldDeployment = {
    id: 0,
    sha: s.sha,
    ref: s.ref,
    environment,
    createdAt: iso(at),
    creator: DEPLOY_BOT,
    statuses: [
      { state: 'in_progress', createdAt: iso(at + 20_000) },
      { state: 'success', createdAt: iso(at + random.int(2, 6) * MINUTE) },
    ],
  };
  return { at, deployment, shipped: null };
}

/** One deploy.yml run per production deployment, a CI run before it, a few cancelled runs. */
export function buildWorkflowRuns(random: Random, pending: readonly Pending[]): WorldWorkflowRun[] {
  const runs: { at: number; run: WorldWorkflowRun }[] = [];
  for (const { shipped, deployment } of pending) {
    if (shipped === null) continue;
    const at = shipped.attempt.createdAt - MINUTE;
    const ok = shipped.attempt.successAt !== null;
    const run = (name: string, path: string, start: number, end: number, conclusion: string) => ({
      at: start,
      run: {
        id: 0,
        name,
        workflowPath: path,
        headBranch: shipped.ref,
        headSha: deployment.sha,
        event: shipped.attempt.onDemand ? 'workflow_dispatch' : 'push',
        status: 'completed',
        conclusion,
        createdAt: iso(start),
        updatedAt: iso(end),
        runStartedAt: iso(start + 4000),
      },
    });
    runs.push(run('CI', '.github/workflows/ci.yml', at - 12 * MINUTE, at - 2 * MINUTE, 'success'));
    runs.push(
      run(
        'Deploy',
        '.github/workflows/deploy.yml',
        at,
        shipped.attempt.endAt + 30_000,
        ok ? 'success' : 'failure',
      ),
    );
    if (random.chance(0.03)) {
      runs.push(run('Deploy', '.github/workflows/deploy.yml', at - 5 * MINUTE, at - 4 * MINUTE, 'cancelled'));
    }
  }
  runs.sort((a, b) => a.at - b.at || compareText(a.run.workflowPath, b.run.workflowPath));
  return runs.map(({ run }, i) => ({ ...run, id: 9_100_001 + i }));
}
