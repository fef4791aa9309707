// The Action's roll-up mode as the runner runs it (dist/index.js, INPUT_* variables, GITHUB_OUTPUT
// and GITHUB_STEP_SUMMARY files), on the metrics.json of member runs laid out as
// actions/download-artifact leaves them (artifacts/NAME/metrics.json), and its one-line failures.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RollupReport } from '../../src/rollup/types.js';
import { memberRuns, temp } from '../rollup/fixture.js';
import { BUNDLE, parseOutputFile } from './run-action.js';

let members: string;

beforeAll(async () => {
  members = await memberRuns([
    { name: 'shop', pullRequests: 120, seed: 3 },
    { name: 'billing', pullRequests: 90, seed: 4 },
  ]);
}, 120_000);

function runRollupAction(inputs: Record<string, string>) {
  const workspace = temp('rollup-action-');
  cpSync(members, join(workspace, 'artifacts'), { recursive: true });
  mkdirSync(join(workspace, '.github'));
  writeFileSync(
    join(workspace, '.github', 'dora-rollup.yml'),
    'teams:\n  Payments: [acme/shop, acme/billing]\nexpected: [acme/shop, acme/billing, acme/gone]\n',
  );
  const output = join(workspace, 'output.txt');
  const summary = join(workspace, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/metrics',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: workspace,
    ...Object.fromEntries(
      Object.entries({ 'github-token': 'test-token', ...inputs }).map(([k, v]) => [
        `INPUT_${k.toUpperCase()}`,
        v,
      ]),
    ),
  };
  const result = spawnSync(process.execPath, [BUNDLE], { cwd: workspace, env, encoding: 'utf8' });
  return {
    workspace,
    code: result.status,
    stdout: result.stdout,
    outputs: parseOutputFile(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
  };
}

describe('the Action with rollup: (O1–O5)', () => {
  it('writes the organisation report to report-dir, the job summary, and the blended figures as outputs', () => {
    const run = runRollupAction({
      rollup: 'artifacts/**/metrics.json',
      'rollup-config': '.github/dora-rollup.yml',
      publish: 'artifact',
      'report-dir': 'organisation',
    });
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    const dir = join(run.workspace, 'organisation');
    expect(run.outputs['report-dir']).toBe(dir);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
    const report = JSON.parse(readFileSync(run.outputs['rollup-json'], 'utf8')) as RollupReport;
    const org = report.groups[0];
    expect(Number(run.outputs['deployment-frequency'])).toBe(org.dora.deploymentFrequency.perWeek);
    expect(Number(run.outputs['lead-time-hours'])).toBe(org.dora.leadTime.medianHours);
    // O4: no pooled tier.
    expect(run.outputs['lead-time-tier']).toBe('');
    expect(run.summary).toContain('Blended delivery of the organisation');
    expect(run.summary).toContain('acme/gone');
    expect(run.stdout).toContain('::warning::1 of 3 expected repositories has no figures: acme/gone');
  });

  it('a glob that matches nothing fails in one line, and nothing is written', () => {
    const run = runRollupAction({
      rollup: 'downloads/**/metrics.json',
      publish: 'none',
      'report-dir': 'organisation',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::downloads/**/metrics.json: the pattern matches no file');
    expect(existsSync(join(run.workspace, 'organisation'))).toBe(false);
  });

  it('repository: must be OWNER/NAME', () => {
    const run = runRollupAction({ repository: 'not a repo', publish: 'none' });
    expect(run.stdout).toContain('::error::repository: "not a repo" is not OWNER/NAME');
  });
});
