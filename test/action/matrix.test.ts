// The organisation workflow end to end against the simulator (README, "Many repositories"): a plan
// (the repositories of a folder of worlds and one until, to the minute), five member runs of
// dist/index.js with `repository:` and `publish: none` over one API root serving all five, the
// artifacts laid out as actions/download-artifact leaves them, and the roll-up run.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsReport } from '../../src/metrics/types.js';
import type { RollupReport } from '../../src/rollup/types.js';
import { writeWorldFile } from '../../src/world/write.js';
import { generateWorld, DEFAULT_UNTIL } from '../../scripts/lib/generate-world.js';
import { startMultiSimulator, worldsIn, type MultiSimulator } from '../simulator/multi.js';
import { temp } from '../rollup/fixture.js';
import { BUNDLE, parseOutputFile } from './run-action.js';
import { branchTip, readCommit } from './branch.js';

const NAMES = ['shop', 'billing', 'search', 'auth', 'ledger'];
const OWN = 'acme/delivery-metrics';

let sim: MultiSimulator;
let work: string;

function runBundle(
  inputs: Record<string, string>,
): Promise<{ code: number | null; stdout: string; outputs: Record<string, string> }> {
  const runnerTemp = temp('matrix-job-');
  const output = join(runnerTemp, 'output.txt');
  writeFileSync(output, '');
  writeFileSync(join(runnerTemp, 'event.json'), '{}');
  writeFileSync(join(runnerTemp, 'summary.md'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/delivery-metrics',
    GITHUB_WORKSPACE: work,
    GITHUB_API_URL: sim.url,
    GITHUB_GRAPHQL_URL: sim.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: join(runnerTemp, 'event.json'),
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary.md'),
    RUNNER_TEMP: runnerTemp,
    ...Object.fromEntries(
      Object.entries({ 'github-token': 'test-token', ...inputs }).map(([k, v]) => [
        `INPUT_${k.toUpperCase()}`,
        v,
      ]),
    ),
  };
  return new Promise((resolve) => {
    // Asynchronous: the simulator answers from this very process.
    const child = spawn(process.execPath, [BUNDLE], { cwd: work, env });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('close', (code) =>
      resolve({ code, stdout, outputs: parseOutputFile(readFileSync(output, 'utf8')) }),
    );
  });
}

beforeAll(async () => {
  work = temp('matrix-workspace-');
  const worlds = join(work, 'worlds');
  mkdirSync(worlds);
  NAMES.forEach((name, i) =>
    writeWorldFile(
      join(worlds, `${name}.json`),
      generateWorld({ pullRequests: 60 + i * 15, seed: 40 + i, owner: 'acme', name, days: 200 }),
    ),
  );
  // The workflow's own repository, where the organisation report is published.
  writeWorldFile(
    join(worlds, 'delivery-metrics.json'),
    generateWorld({ pullRequests: 5, seed: 99, owner: 'acme', name: 'delivery-metrics', days: 30 }),
  );
  sim = await startMultiSimulator(worldsIn(worlds));
}, 60_000);

afterAll(async () => {
  await sim?.close();
});

describe('plan → metrics matrix → roll-up, against the simulator', () => {
  it('rolls up five repositories collected by five member runs with one until', async () => {
    // plan: the repositories, and one until for every member (the plan's start, to the minute)
    const repositories = [...sim.repositories.keys()].filter((name) => name !== OWN);
    const until = DEFAULT_UNTIL;
    expect(repositories).toHaveLength(5);
    // metrics: one run per repository, each uploading its report folder as an artifact
    const artifacts = join(work, 'artifacts');
    for (const [index, repository] of repositories.entries()) {
      const run = await runBundle({
        repository,
        until,
        publish: 'none',
        'report-dir': join(work, 'out', String(index)),
      });
      expect(run.stdout).not.toContain('::error');
      expect(run.code).toBe(0);
      mkdirSync(join(artifacts, `metrics-${index}`), { recursive: true });
      cpSync(run.outputs['metrics-json'], join(artifacts, `metrics-${index}`, 'metrics.json'));
    }
    // rollup
    const rollup = await runBundle({
      rollup: 'artifacts/**/metrics.json',
      'report-dir': join(work, 'organisation'),
    });
    expect(rollup.stdout).not.toContain('::error');
    expect(rollup.code).toBe(0);
    const report = JSON.parse(readFileSync(rollup.outputs['rollup-json'], 'utf8')) as RollupReport;
    expect(report.members.map((m) => m.repository.toLowerCase()).sort()).toEqual([...repositories].sort());
    const docs = repositories.map(
      (_, i) =>
        JSON.parse(readFileSync(join(artifacts, `metrics-${i}`, 'metrics.json'), 'utf8')) as MetricsReport,
    );
    // each member collected its own repository, not the workflow's
    expect(docs.map((d) => `${d.repository.owner}/${d.repository.name}`.toLowerCase())).toEqual(repositories);
    const org = report.groups[0];
    const deployed = docs.filter((d) => !d.source.assumed);
    expect(org.dora.deploymentFrequency.count).toBe(
      deployed.reduce((sum, d) => sum + d.dora.deploymentFrequency.count, 0),
    );
    const leads = deployed
      .flatMap((d) => d.records.changes.map((c) => c.leadTimeHours))
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
    const rank = (leads.length - 1) / 2;
    const median =
      leads[Math.floor(rank)] +
      (leads[Math.ceil(rank)] - leads[Math.floor(rank)]) * (rank - Math.floor(rank));
    expect(org.dora.leadTime.medianHours).toBe(median);
    expect(Number(rollup.outputs['lead-time-hours'])).toBe(median);
    // Pages: the organisation report and its own history, committed to the workflow's repository.
    const own = sim.repositories.get(OWN)!;
    const tip = await branchTip(own, 'gh-pages');
    const commit = await readCommit(own, tip!);
    expect(commit.message).toBe(`DORA organisation report for ${until.slice(0, 10)}`);
    expect([...commit.files.keys()]).toEqual(
      expect.arrayContaining(['index.html', 'rollup.json', 'history.json']),
    );
    expect(commit.files.has('.dora-report.json')).toBe(false);
    expect(rollup.outputs['report-url']).toBe('https://acme.github.io/delivery-metrics/');
    // One entry a day: a second roll-up of the same day replaces it.
    const again = await runBundle({
      rollup: 'artifacts/**/metrics.json',
      'report-dir': join(work, 'organisation'),
    });
    expect(again.code).toBe(0);
    const history = JSON.parse(
      (await readCommit(own, (await branchTip(own, 'gh-pages'))!)).files
        .get('history.json')!
        .toString('utf8'),
    ) as { date: string; members: number; leadTimeMedianHours: number }[];
    expect(history).toEqual([
      expect.objectContaining({ date: until.slice(0, 10), members: 5, leadTimeMedianHours: median }),
    ]);
  }, 240_000);

  it('repositories: collects several repositories in one job with one until, and names one that fails', async () => {
    const dir = join(work, 'batch');
    const run = await runBundle({
      repositories: 'acme/shop\nacme/billing, acme/nowhere',
      publish: 'none',
      'report-dir': dir,
    });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors[0]).toMatch(/^::error::acme\/nowhere: /);
    expect(errors[errors.length - 1]).toBe(
      `::error::repositories: 1 of 3 failed (acme/nowhere); the others' reports are in ${dir}`,
    );
    const docs = ['shop', 'billing'].map(
      (name) => JSON.parse(readFileSync(join(dir, 'acme', name, 'metrics.json'), 'utf8')) as MetricsReport,
    );
    expect(docs.map((d) => d.repository.name)).toEqual(['shop', 'billing']);
    // O1: one window for the batch, to the minute
    expect(docs[0].window).toEqual(docs[1].window);
    expect(docs[0].window.until).toMatch(/:00Z$/);
  }, 120_000);
});
