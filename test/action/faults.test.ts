// The bundled Action under GitHub's bad days: 502s, the secondary rate limit and slow answers
// either pass after retries or fail with one `::error::` line, and the Pages branch is never left
// half-written — its tip is the old commit or a complete new one. Two racing runs both land.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsReport } from '../../src/metrics/types.js';
import type { World } from '../../src/world/types.js';
import { startSimulator, type Fault, type Simulator } from '../simulator/server.js';
import { branchTip, historyOf, readBranch, readCommit, type BranchCommit } from './branch.js';
import { ROOT, runAction, type ActionRun } from './run-action.js';
import { worldAt } from './world-at.js';

const DAY1 = '2026-10-30T00:00:00Z';
const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'world.json'), 'utf8')) as World;
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ world: worldAt(example, DAY1), installationToken: true });
  const first = await runAction(sim, { inputs: { until: DAY1 } });
  expect(first.code, first.stdout).toBe(0);
});
afterAll(() => sim?.close());

async function inject(faults: Fault[]): Promise<void> {
  const response = await fetch(`${sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify(faults) });
  expect(response.status).toBe(200);
}

/** A commit the Action wrote whole: every file of the site, parseable, and agreeing with each other. */
function expectComplete(commit: BranchCommit): void {
  for (const path of ['index.html', 'summary.md', 'assets/report.css', 'assets/report.js']) {
    expect(commit.files.get(path)?.length, path).toBeGreaterThan(0);
  }
  expect(commit.files.get('index.html')?.toString()).toMatch(/<\/html>\s*$/);
  const metrics = JSON.parse(commit.files.get('metrics.json')?.toString() ?? '') as MetricsReport;
  const cache = JSON.parse(
    commit.files.get('.dora-cache/github-acme--storefront.json')?.toString() ?? '',
  ) as {
    repo: string;
  };
  expect(cache.repo).toBe('acme/storefront');
  expect(historyOf(commit).entries.map((e) => e.until)).toContain(metrics.window.until);
}

/** The run passed, or failed with exactly one `::error::` line and exit code 1. */
function cleanOutcome(run: ActionRun): 'passed' | 'failed' {
  if (run.code === 0) {
    expect(run.errors, run.stdout).toEqual([]);
    return 'passed';
  }
  expect(run.code, run.stdout + run.stderr).toBe(1);
  expect(run.errors, run.stdout).toHaveLength(1);
  expect(run.errors[0]).not.toMatch(/\n|%0A|at .+\(.+:\d+:\d+\)/);
  return 'failed';
}

let hour = 0;

async function runWith(faults: Fault[], env: Record<string, string> = {}) {
  const before = await readBranch(sim);
  await inject(faults);
  // A new time each run, so there is always something to publish (an unchanged site is not committed).
  hour += 1;
  const until = new Date(Date.parse(DAY1) + hour * 3_600_000).toISOString();
  const run = await runAction(sim, { inputs: { until }, env });
  // Faults the run did not meet would fall on the next test.
  expect((await fetch(`${sim.url}/_sim/faults`, { method: 'DELETE' })).ok).toBe(true);
  const outcome = cleanOutcome(run);
  const after = (await readBranch(sim)) as BranchCommit;
  if (after.sha !== before?.sha) {
    expect(after.parents).toEqual([before?.sha]);
    expectComplete(after);
  }
  return { run, outcome, moved: after.sha !== before?.sha };
}

describe('faults', () => {
  it('passes through 502s, retried', async () => {
    const { outcome, moved } = await runWith([{ type: 'status', status: 502, count: 2 }]);
    expect(outcome).toBe('passed');
    expect(moved).toBe(true);
  });

  it("waits out the secondary rate limit on a write as GitHub's retry-after asks", async () => {
    const { outcome, moved, run } = await runWith([
      { type: 'secondary-rate-limit', retryAfter: 1, method: 'POST', path: '/git/trees' },
    ]);
    expect(outcome).toBe('passed');
    expect(moved).toBe(true);
    expect(run.stdout).not.toContain('::error');
  });

  it('a secondary rate limit on a write that lifts in an hour fails at once with that time', async () => {
    const { outcome, moved, run } = await runWith([
      { type: 'secondary-rate-limit', retryAfter: 3600, method: 'POST', path: '/git/trees' },
    ]);
    expect(outcome).toBe('failed');
    expect(moved).toBe(false);
    expect(run.errors[0]).toMatch(
      /^::error::GitHub's secondary rate limit stopped publishing to the gh-pages branch in acme\/storefront \(the branch was left as it was\); it lifts at \d{4}-\d\d-\d\dT[\d:]+Z \(in 60 minutes\): run again after that$/,
    );
  });

  it('passes with slow answers', async () => {
    const { outcome, moved } = await runWith([{ type: 'slow', ms: 300, count: 12 }]);
    expect(outcome).toBe('passed');
    expect(moved).toBe(true);
  });

  it('fails cleanly when the branch cannot be moved, leaving it as it was', async () => {
    const { outcome, moved, run } = await runWith([
      { type: 'status', status: 502, count: 10, method: 'PATCH', path: '/git/refs/' },
    ]);
    expect(outcome).toBe('failed');
    expect(moved).toBe(false);
    expect(run.errors[0]).toBe(
      '::error::GitHub answered 502 while publishing to the gh-pages branch in acme/storefront, even after retries; the branch was left as it was; run again later',
    );
    // Outputs are set only when the run got that far: the site was rendered but never published.
    expect(run.outputs['report-url']).toBeUndefined();
  });

  it('passes through a reset and an answer cut short while publishing, retried', async () => {
    const { outcome, moved } = await runWith(
      [
        { type: 'reset', method: 'POST', path: '/git/trees' },
        { type: 'cut-short', method: 'GET', path: '/git/ref/' },
      ],
      { DORA_RETRY_DELAY: '0.01' },
    );
    expect(outcome).toBe('passed');
    expect(moved).toBe(true);
  });

  it('fails with one line naming the host when the branch move keeps hanging, leaving it as it was', async () => {
    const started = Date.now();
    const { outcome, moved, run } = await runWith(
      [{ type: 'hang', count: 10, method: 'PATCH', path: '/git/refs/' }],
      { DORA_RETRY_DELAY: '0.01', DORA_REQUEST_TIMEOUT: '0.3' },
    );
    expect(outcome).toBe('failed');
    expect(moved).toBe(false);
    const host = new URL(sim.url).host;
    expect(run.errors[0]).toBe(
      `::error::${host} did not answer within 0.3 s while publishing to the gh-pages branch in acme/storefront, on all 4 attempts; the branch was left as it was; check the network and any proxy between here and ${host}, or allow more time with DORA_REQUEST_TIMEOUT (seconds)`,
    );
    console.log(`hang on publishing: failed after ${Date.now() - started} ms`);
  });

  it('fails cleanly when collecting keeps failing, before anything is written', async () => {
    const tip = await branchTip(sim, 'gh-pages');
    const { outcome, moved, run } = await runWith([
      { type: 'status', status: 502, count: 10, path: '/graphql' },
    ]);
    expect(outcome).toBe('failed');
    expect(moved).toBe(false);
    expect(await branchTip(sim, 'gh-pages')).toBe(tip);
    expect(run.errors[0]).toMatch(/^::error::GitHub answered 502 while reading .+ in acme\/storefront/);
  });
});

describe('two racing runs', () => {
  it('both land their history entries: the later one retries on the moved branch', async () => {
    const start = (await readBranch(sim)) as BranchCommit;
    // Whichever run writes its commit first is held for five seconds: the other moves the branch
    // meanwhile, so the held run's fast-forward is refused and it must redo its step on the new tip.
    await inject([{ type: 'slow', ms: 5000, method: 'POST', path: '/git/commits' }]);
    const days = ['2026-10-31T00:00:00Z', '2026-11-01T00:00:00Z'];
    const runs = await Promise.all(days.map((until) => runAction(sim, { inputs: { until } })));
    for (const run of runs) expect(cleanOutcome(run)).toBe('passed');
    const attempts = runs.map((run) => Number(/after (\d+) attempt/.exec(run.stdout)?.[1]));
    expect(attempts.sort()).toEqual([1, 2]);
    const tip = (await readBranch(sim)) as BranchCommit;
    expectComplete(tip);
    const dates = historyOf(tip).entries.map((e) => e.date);
    expect(dates).toEqual(expect.arrayContaining(['2026-10-30', '2026-10-31', '2026-11-01']));
    // A straight line of two fast-forwards from where the race began.
    const middle = await readCommit(sim, tip.parents[0]);
    expect(middle.parents).toEqual([start.sha]);
    console.log(`race: attempts ${attempts.join(' and ')}`);
  });
});
