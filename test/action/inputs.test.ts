// A workflow's mistakes, as the bundled Action reports them: a wrong input fails before any
// request with one line naming the input and what was expected (exit code 1, from setFailed), and
// a token without a permission fails naming the `permissions:` entry to add.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { World } from '../../src/world/types.js';
import { startSimulator, type SimOptions, type Simulator } from '../simulator/server.js';
import { branchTip } from './branch.js';
import { ROOT, runAction, type ActionRun } from './run-action.js';
import { worldAt } from './world-at.js';

const DAY = '2026-10-31T00:00:00Z';
const world = worldAt(JSON.parse(readFileSync(join(ROOT, 'examples', 'world.json'), 'utf8')) as World, DAY);

function failedWith(run: ActionRun, line: string | RegExp): void {
  expect(run.code, run.stdout + run.stderr).toBe(1);
  expect(run.errors).toHaveLength(1);
  if (typeof line === 'string') expect(run.errors[0]).toBe(`::error::${line}`);
  else expect(run.errors[0]).toMatch(line);
}

describe('wrong inputs', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ world });
  });
  afterAll(() => sim?.close());

  const cases: [string, Record<string, string>, string][] = [
    [
      'days',
      { days: 'ninety' },
      'days: "ninety" is not a whole number of days from 1 to 3650 (for example 90)',
    ],
    ['publish', { publish: 'sideways' }, 'publish: "sideways" is not one of pages-branch, artifact, none'],
    ['comment', { comment: 'maybe' }, 'comment: "maybe" is not one of auto, always, never'],
    [
      'github-token',
      { 'github-token': '' },
      'github-token: empty (expected a token; the default is ${{ github.token }})',
    ],
    [
      'until',
      { until: 'yesterday' },
      'until: "yesterday" is not an ISO 8601 time (for example 2026-03-01T00:00:00Z; a time without an offset is UTC)',
    ],
    [
      'exclude-authors',
      { 'exclude-authors': 'bots, two words' },
      'exclude-authors: "two words" is not a GitHub login (expected logins such as dependabot[bot] or octocat, or bots for every [bot] login)',
    ],
    [
      'pages-branch',
      { 'pages-branch': 'gh pages' },
      'pages-branch: "gh pages" is not a branch name (expected a name such as gh-pages)',
    ],
    [
      'pages-path',
      { 'pages-path': '../elsewhere' },
      'pages-path: "../elsewhere" leaves the branch (expected a folder such as metrics)',
    ],
    [
      'currency',
      { currency: 'dollars' },
      'currency: "dollars" is not a three-letter currency code (for example USD or EUR)',
    ],
  ];

  for (const [input, inputs, message] of cases) {
    it(`names ${input} and asks nothing of GitHub`, async () => {
      const run = await runAction(sim, { inputs: { until: DAY, ...inputs } });
      failedWith(run, message);
      expect(run.requests).toBe(0);
      expect(run.outputs).toEqual({});
    });
  }

  it('names deployment-source', async () => {
    const run = await runAction(sim, { inputs: { 'deployment-source': 'carrier-pigeon' } });
    failedWith(run, /^::error::deployment-source: "carrier-pigeon" /);
    expect(run.requests).toBe(0);
  });

  it('names report-dir when it holds files of its own', async () => {
    const dir = join(tmpdir(), `dora-report-dir-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const run = await runAction(sim, { inputs: { until: DAY, 'report-dir': dir, publish: 'none' } });
    failedWith(run, /^::error::report-dir .+: holds "notes\.txt" and no \.dora-report\.json/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('report-dir and pages-path that would lose files', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ world });
  });
  afterAll(() => sim?.close());

  it('publish: artifact with report-dir: . fails and leaves the checkout as it was', async () => {
    const checkout = mkdtempSync(join(tmpdir(), 'dora-checkout-'));
    mkdirSync(join(checkout, '.git'));
    writeFileSync(join(checkout, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(checkout, 'index.html'), '<h1>the project</h1>');
    const run = await runAction(sim, {
      inputs: { until: DAY, 'report-dir': checkout, publish: 'artifact' },
      env: { GITHUB_WORKSPACE: checkout },
    });
    failedWith(run, /^::error::report-dir .+: is the workspace; the report replaces its folder whole/);
    expect(run.requests).toBe(0);
    expect(readdirSync(checkout).sort()).toEqual(['.git', 'index.html']);
    expect(readFileSync(join(checkout, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
  });

  for (const [path, why] of [
    ['.git', 'is inside .git'],
    ['site/.git/hooks', 'is inside .git'],
    ['.dora-cache', 'is inside .dora-cache'],
    ['/srv/www', 'is absolute'],
    ['a/../..', 'leaves the branch'],
  ]) {
    it(`refuses pages-path ${path}: ${why}`, async () => {
      const run = await runAction(sim, { inputs: { until: DAY, 'pages-path': path } });
      failedWith(
        run,
        new RegExp(`^::error::pages-path: "${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" ${why}`),
      );
      expect(run.requests).toBe(0);
    });
  }
});

describe("the README's permissions blocks", () => {
  it('are enough for a scheduled run publishing to gh-pages (no actions: read with auto)', async () => {
    const sim = await startSimulator({
      world,
      installationToken: true,
      deny: ['actions'],
      readOnly: ['pull-requests', 'deployments', 'issues'],
    });
    try {
      const run = await runAction(sim, { inputs: { until: DAY } });
      expect(run.errors, run.stdout).toEqual([]);
      expect(await branchTip(sim, 'gh-pages')).not.toBeNull();
    } finally {
      await sim.close();
    }
  });

  it('are enough for a pull request comment (contents: read, pull-requests: write)', async () => {
    const sim = await startSimulator({
      world,
      installationToken: true,
      deny: ['actions'],
      readOnly: ['contents', 'deployments', 'issues'],
    });
    try {
      const open = (world.pullRequests ?? []).filter((pr) => pr.state === 'OPEN').at(-1);
      const run = await runAction(sim, {
        inputs: { until: DAY },
        eventName: 'pull_request',
        event: { pull_request: { number: open?.number, head: { repo: { full_name: 'acme/storefront' } } } },
      });
      expect(run.errors, run.stdout).toEqual([]);
      expect(run.stdout).toMatch(/Created comment \d+ on #/);
    } finally {
      await sim.close();
    }
  });
});

describe('missing permissions', () => {
  async function withSim(options: Partial<SimOptions>, test: (sim: Simulator) => Promise<void>) {
    const sim = await startSimulator({ world, installationToken: true, ...options });
    try {
      await test(sim);
    } finally {
      await sim.close();
    }
  }

  it('names contents: write when the branch cannot be written', () =>
    withSim({ readOnly: ['contents'] }, async (sim) => {
      const run = await runAction(sim, { inputs: { until: DAY } });
      failedWith(
        run,
        'publishing to the gh-pages branch in acme/storefront was refused (403 Resource not accessible by integration); the workflow needs "permissions: contents: write"',
      );
      expect(await branchTip(sim, 'gh-pages')).toBeNull();
      // Everything before publishing still happened: the job summary and the site on the runner.
      expect(run.summary).toContain('| Metric | Value | Tier |');
    }));

  it('names pull-requests: read when pull requests cannot be read', () =>
    withSim({ deny: ['pull-requests'] }, async (sim) => {
      const run = await runAction(sim, { inputs: { until: DAY } });
      failedWith(
        run,
        /^::error::no access to pull requests in acme\/storefront .+ the token needs "pull-requests: read"$/,
      );
    }));

  it('names the github-token input when GitHub rejects the token', () =>
    withSim({ token: 'the-right-one' }, async (sim) => {
      const run = await runAction(sim, { inputs: { until: DAY, 'github-token': 'a-wrong-one' } });
      failedWith(
        run,
        /^::error::GitHub rejected the token \(401 Bad credentials\); expected a valid token in the github-token input$/,
      );
      expect(run.stdout + run.stderr).not.toContain('a-wrong-one');
    }));
});
