// Scheduled runs of the bundled Action publish the site with its history to gh-pages: the first
// creates the branch, a run on the next day builds on it and collects only what is new, and a
// second run on the same day replaces that day's entry.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsReport } from '../../src/metrics/types.js';
import type { World } from '../../src/world/types.js';
import { startSimulator, type Simulator } from '../simulator/server.js';
import { branchTip, commitFile, historyOf, readBranch, readCommit, type BranchCommit } from './branch.js';
import { ROOT, runAction, type ActionRun } from './run-action.js';
import { worldAt } from './world-at.js';

const DAY1 = '2026-10-30T00:00:00Z';
const DAY2 = '2026-10-31T00:00:00Z';
const DAY2_LATER = '2026-10-31T06:00:00Z';
const TIERS = ['elite', 'high', 'medium', 'low', ''];
const DORA_OUTPUTS = [
  'deployment-frequency',
  'lead-time-hours',
  'change-failure-rate',
  'time-to-restore-hours',
];
const TIER_OUTPUTS = ['deployment-frequency', 'lead-time', 'change-failure-rate', 'time-to-restore'].map(
  (key) => `${key}-tier`,
);

const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'world.json'), 'utf8')) as World;
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ world: worldAt(example, DAY1), installationToken: true });
});
afterAll(() => sim?.close());

function succeeded(run: ActionRun): void {
  expect(run.errors, run.stdout).toEqual([]);
  expect(run.code, run.stdout + run.stderr).toBe(0);
}

/** The collector's own count, from its last log line ("github: 13 requests, 23 rate-limit points"). */
function collectorRequests(run: ActionRun): number {
  const match = /^github: (\d+) requests?, /m.exec(run.stdout);
  if (!match) throw new Error(`no request count in the log:\n${run.stdout}`);
  return Number(match[1]);
}

describe('scheduled runs publishing to gh-pages', () => {
  let first: ActionRun;
  let firstCommit: BranchCommit;
  let second: ActionRun;
  let secondCommit: BranchCommit;

  it('creates the branch with the site, history.json of one entry and the cache', async () => {
    first = await runAction(sim, { inputs: { until: DAY1 } });
    succeeded(first);
    expect(first.stdout).toContain('::warning::GitHub Pages sites are public, even for a private repository');
    firstCommit = (await readBranch(sim)) as BranchCommit;
    expect(firstCommit.parents).toEqual([]);
    const paths = [...firstCommit.files.keys()].sort();
    expect(paths).toEqual(
      expect.arrayContaining([
        'index.html',
        'metrics.json',
        'history.json',
        'summary.md',
        '.dora-cache/github-acme--storefront.json',
      ]),
    );
    expect(firstCommit.files.get('index.html')?.toString()).toMatch(/^<!doctype html>/i);
    const metrics = JSON.parse(firstCommit.files.get('metrics.json')?.toString() ?? '') as MetricsReport;
    expect(metrics.window.until).toBe(DAY1);
    expect(historyOf(firstCommit).entries.map((e) => e.date)).toEqual(['2026-10-30']);
    // One entry: the report says the trend over months is still to come.
    expect(firstCommit.files.get('index.html')?.toString()).toContain('history-waiting');
  });

  it('sets every output and writes the Markdown table to the job summary', () => {
    const { outputs } = first;
    expect(outputs['report-dir']).toBe(join(first.temp, 'dora-report'));
    expect(existsSync(join(outputs['report-dir'], 'index.html'))).toBe(true);
    expect(outputs['metrics-json']).toBe(join(outputs['report-dir'], 'metrics.json'));
    expect(outputs['csv-dir']).toBe(join(outputs['report-dir'], 'csv'));
    expect(readdirSync(outputs['csv-dir'])).toContain('deployments.csv');
    const metrics = JSON.parse(readFileSync(outputs['metrics-json'], 'utf8')) as MetricsReport;
    expect(outputs['report-url']).toBe('https://acme.github.io/storefront/');
    for (const key of DORA_OUTPUTS) expect(Number.isFinite(Number(outputs[key])), key).toBe(true);
    for (const key of TIER_OUTPUTS) expect(TIERS, key).toContain(outputs[key]);
    expect(Number(outputs['deployment-frequency'])).toBe(metrics.dora.deploymentFrequency.perWeek);
    expect(outputs['deployment-frequency-tier']).toBe(metrics.dora.deploymentFrequency.tier ?? '');
    expect(first.summary).toContain('| Metric | Value | Tier | Against the previous window | Sample |');
    expect(first.summary).toMatch(/\| Deployment frequency \(D4\) \| .+ \| (elite|high|medium|low) \|/);
    expect(first.summary).toContain('[The full report](https://acme.github.io/storefront/)');
  });

  it('builds on the first commit the next day, fetching only what is new', async () => {
    sim.setWorld(worldAt(example, DAY2));
    second = await runAction(sim, { inputs: { until: DAY2 } });
    succeeded(second);
    expect(second.stdout).toContain('incremental, from the cache');
    secondCommit = (await readBranch(sim)) as BranchCommit;
    expect(secondCommit.parents).toEqual([firstCommit.sha]);
    expect(historyOf(secondCommit).entries.map((e) => e.date)).toEqual(['2026-10-30', '2026-10-31']);
    expect(second.requests).toBeLessThan(first.requests);
    expect(collectorRequests(second)).toBeLessThan(collectorRequests(first) / 2);
    // The trend over months is drawn from two runs on.
    expect(secondCommit.files.get('index.html')?.toString()).toContain('<div class="monthly">');
    // What merged on the second day is in the cache that the next run starts from.
    const cache = secondCommit.files.get('.dora-cache/github-acme--storefront.json')?.toString() ?? '';
    const mergedOnDay2 = (example.pullRequests ?? []).filter(
      (pr) => pr.mergedAt && pr.mergedAt >= DAY1 && pr.mergedAt < DAY2,
    );
    expect(mergedOnDay2.length).toBeGreaterThan(0);
    for (const pr of mergedOnDay2) expect(cache).toContain(`"mergeCommitSha":"${pr.mergeCommitSha}"`);
    console.log(
      `requests: first run ${first.requests} (collector ${collectorRequests(first)}), second run ${second.requests} (collector ${collectorRequests(second)})`,
    );
  });

  it("replaces that day's entry on a second run the same day", async () => {
    sim.setWorld(worldAt(example, DAY2_LATER));
    const third = await runAction(sim, { inputs: { until: DAY2_LATER } });
    succeeded(third);
    const commit = (await readBranch(sim)) as BranchCommit;
    expect(commit.parents).toEqual([secondCommit.sha]);
    const entries = historyOf(commit).entries;
    expect(entries.map((e) => e.date)).toEqual(['2026-10-30', '2026-10-31']);
    expect(entries[1].until).toBe(DAY2_LATER);
  });

  it('publish artifact and none leave the branch alone and write the site to report-dir', async () => {
    const tip = await branchTip(sim, 'gh-pages');
    for (const publish of ['artifact', 'none']) {
      const run = await runAction(sim, { inputs: { until: DAY2_LATER, publish } });
      succeeded(run);
      expect(run.stdout).not.toContain('GitHub Pages sites are public');
      expect(await branchTip(sim, 'gh-pages')).toBe(tip);
      expect(run.outputs['report-url']).toBe('');
      const dir = run.outputs['report-dir'];
      expect(existsSync(join(dir, 'index.html'))).toBe(true);
      const history = JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')) as { entries: unknown[] };
      expect(history.entries).toHaveLength(1);
    }
  });

  it('publishes into pages-path, beside what else the branch holds', async () => {
    const before = (await readBranch(sim)) as BranchCommit;
    const run = await runAction(sim, { inputs: { until: DAY2_LATER, 'pages-path': 'metrics/' } });
    succeeded(run);
    const after = (await readBranch(sim)) as BranchCommit;
    expect(after.parents).toEqual([before.sha]);
    expect(after.files.get('index.html')).toEqual(before.files.get('index.html'));
    expect(after.files.has('metrics/index.html')).toBe(true);
    expect(historyOf(after, 'metrics/history.json').entries).toHaveLength(1);
    expect(run.outputs['report-url']).toBe('https://acme.github.io/storefront/metrics/');
  });

  it('stops on a history.json it cannot read, naming the branch and the file; reset-history starts anew', async () => {
    const whole = historyOf((await readBranch(sim)) as BranchCommit);
    expect(whole.entries.length).toBe(2);
    const text = JSON.stringify(whole);
    const damaged = await commitFile(sim, 'gh-pages', 'history.json', text.slice(0, text.length / 2));
    const refused = await runAction(sim, { inputs: { until: DAY2_LATER } });
    expect(refused.code).toBe(1);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]).toMatch(
      /^::error::history\.json on the gh-pages branch cannot be read: it is not JSON .*; nothing was written \(.*set reset-history: true to start a new history\)$/,
    );
    expect(await branchTip(sim, 'gh-pages')).toBe(damaged);
    const reset = await runAction(sim, { inputs: { until: DAY2_LATER, 'reset-history': 'true' } });
    succeeded(reset);
    expect(reset.stdout).toMatch(
      /::warning::history\.json on the gh-pages branch cannot be read .* starts a new history/,
    );
    expect(historyOf((await readBranch(sim)) as BranchCommit).entries).toHaveLength(1);
  });
});

describe('runs of different windows', () => {
  const DAYS = ['2026-10-30T00:00:00Z', '2026-10-31T00:00:00Z', '2026-11-01T00:00:00Z'];
  let other: Simulator;

  beforeAll(async () => {
    other = await startSimulator({ world: worldAt(example, DAYS[2]), installationToken: true });
  });
  afterAll(() => other?.close());

  const shownUntil = (commit: BranchCommit) =>
    (JSON.parse(commit.files.get('metrics.json')?.toString() ?? '') as MetricsReport).window.until;

  it('a run of an older window after a newer one adds its history entry; the site keeps the newer window', async () => {
    succeeded(await runAction(other, { inputs: { until: DAYS[2] } }));
    const newest = (await readBranch(other)) as BranchCommit;
    const older = await runAction(other, { inputs: { until: DAYS[0] } });
    succeeded(older);
    expect(older.stdout).toContain(
      `gh-pages shows a newer window (until ${DAYS[2]}) than this run's (until ${DAYS[0]}): only its history.json entry was published`,
    );
    const tip = (await readBranch(other)) as BranchCommit;
    expect(tip.parents).toEqual([newest.sha]);
    expect(shownUntil(tip)).toBe(DAYS[2]);
    for (const path of ['index.html', 'metrics.json', 'summary.md', '.dora-window.json']) {
      expect(tip.files.get(path), path).toEqual(newest.files.get(path));
    }
    expect(historyOf(tip).entries.map((e) => e.until)).toEqual([DAYS[0], DAYS[2]]);
    // A window as new as the published one is published.
    const again = await runAction(other, { inputs: { until: DAYS[2], 'downtime-cost-per-hour': '100' } });
    succeeded(again);
    expect(((await readBranch(other)) as BranchCommit).files.get('index.html')).not.toEqual(
      newest.files.get('index.html'),
    );
  });

  it('three racing runs of different windows: every entry in history, the newest window on the site', async () => {
    const start = (await readBranch(other)) as BranchCommit;
    // Held runs lose the race and redo their commit on the moved branch.
    other.injectFaults([{ type: 'slow', ms: 3000, method: 'POST', path: '/git/commits', count: 2 }]);
    const hour = (day: string) => new Date(Date.parse(day) + 3_600_000).toISOString().replace('.000Z', 'Z');
    const untils = DAYS.map(hour);
    const runs = await Promise.all(untils.map((until) => runAction(other, { inputs: { until } })));
    other.clearFaults();
    for (const run of runs) succeeded(run);
    const tip = (await readBranch(other)) as BranchCommit;
    expect(shownUntil(tip)).toBe(untils[2]);
    expect(historyOf(tip).entries.map((e) => e.until)).toEqual(untils);
    // Three fast-forwards in a line from where the race began.
    let commit = tip;
    for (let i = 0; i < 3; i++) commit = await readCommit(other, commit.parents[0]);
    expect(commit.sha).toBe(start.sha);
    const order = runs.map((run) => Number(/after (\d+) attempt/.exec(run.stdout)?.[1]));
    console.log(`three racing runs: attempts ${order.join(', ')}`);
  });
});
