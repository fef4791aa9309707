// The command line as a user runs it: the bundled dist/cli.js, real files, real git.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixtureWorld = join(root, 'test', 'fixtures', 'world-example.json');

function run(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DEBUG: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function temp(): string {
  return mkdtempSync(join(tmpdir(), 'cli-test-'));
}

function git(dir: string, args: string[], date = '2026-05-01T10:00:00Z') {
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_AUTHOR_NAME: 'Ana',
    GIT_AUTHOR_EMAIL: 'ana@example.com',
    GIT_COMMITTER_NAME: 'Ana',
    GIT_COMMITTER_EMAIL: 'ana@example.com',
  };
  const result = spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

describe('CLI --from-file', () => {
  it('writes metrics.json and summary.md and prints a table', () => {
    const out = join(temp(), 'report');
    const result = run(['--from-file', fixtureWorld, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Lead time for changes (L4)');
    expect(result.stdout).toContain(`Report written to ${out}`);
    const metrics = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8'));
    expect(metrics.source.deployments).toBe('environment:production');
    expect(metrics.window).toEqual({
      since: '2026-07-03T00:00:00Z',
      until: '2026-10-01T00:00:00Z',
      days: 90,
    });
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toMatch(/^## DORA and flow metrics: acme\/shop/);
  });

  it('--json prints metrics.json alone on stdout and writes no folder', () => {
    const dir = temp();
    const result = run(['--from-file', fixtureWorld, '--json', '--days', '30', '--source', 'merges'], dir);
    expect(result.code).toBe(0);
    const metrics = JSON.parse(result.stdout);
    expect(metrics.window.days).toBe(30);
    expect(metrics.source).toMatchObject({ deployments: 'merges', requested: 'merges' });
    expect(existsSync(join(dir, 'dora-report'))).toBe(false);
  });

  it('--until and --incident-labels and --benchmarks reach the engine', () => {
    const result = run([
      '--from-file',
      fixtureWorld,
      '--json',
      '--until',
      '2026-09-20T00:00:00Z',
      '--incident-labels',
      'Outage,incident',
      '--benchmarks',
      'dora-2021',
    ]);
    expect(result.code).toBe(0);
    const metrics = JSON.parse(result.stdout);
    expect(metrics.window.until).toBe('2026-09-20T00:00:00Z');
    expect(metrics.incidentLabels).toEqual(['Outage', 'incident']);
    expect(metrics.benchmarks).toEqual({ name: 'dora-2021', year: 2021, badge: 'tier' });
  });

  it.each([
    [['--source', 'deploys'], /source: "deploys" is not a deployment source \(expected auto, environment/],
    [['--source', 'tags:(['], /tags pattern "\(\[" is not a valid regular expression/],
    [['--source', 'tags:^release-'], /source: tags:\^release- finds no deployment in this history/],
    [['--days', '0'], /days: "0" is not a whole number of days/],
    [['--until', 'yesterday'], /--until: "yesterday" is not an ISO 8601 time/],
    [['--benchmarks', 'dora-1999'], /benchmarks: "dora-1999" is not a known table/],
    [['--currency', 'dollars'], /currency: "dollars" is not a three-letter currency code/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
  ])('exit 2 with one line for %j', (args, message) => {
    const result = run(['--from-file', fixtureWorld, '--json', ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exit 2 for a broken world, naming the JSON path', () => {
    const dir = temp();
    const world = JSON.parse(readFileSync(fixtureWorld, 'utf8'));
    world.pullRequests[3].mergedAt = 'yesterday';
    writeFileSync(join(dir, 'w.json'), JSON.stringify(world));
    const result = run(['--from-file', join(dir, 'w.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pullRequests\[3\]\.mergedAt: "yesterday" is not an ISO 8601 time/);
  });

  it('refuses to replace a folder that holds other files, and replaces an earlier report whole', () => {
    const dir = temp();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const refused = run(['--from-file', fixtureWorld, '--out', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/holds "notes\.txt" and no \.dora-report\.json/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    const out = join(dir, 'report');
    expect(run(['--from-file', fixtureWorld, '--out', out]).code).toBe(0);
    expect(run(['--from-file', fixtureWorld, '--out', out, '--days', '30']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')).window.days).toBe(30);
  });
});

describe('CLI --git', () => {
  it('computes from a real clone: tags as deployments, commits as changes, no flow', () => {
    const repo = join(temp(), 'repo');
    mkdirSync(repo);
    git(repo, ['init', '-q']);
    git(repo, ['commit', '-q', '--allow-empty', '-m', 'initial'], '2026-04-01T09:00:00Z');
    git(repo, ['tag', 'v0.1.0'], '2026-04-01T09:00:00Z');
    git(repo, ['commit', '-q', '--allow-empty', '-m', 'feat: coupons (#2)'], '2026-04-02T09:00:00Z');
    git(repo, ['commit', '-q', '--allow-empty', '-m', 'fix: rounding (#3)'], '2026-04-03T09:00:00Z');
    git(repo, ['tag', 'v0.2.0'], '2026-04-04T09:00:00Z');
    const result = run(['--git', repo, '--json', '--until', '2026-05-01T00:00:00Z', '--days', '30']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const metrics = JSON.parse(result.stdout);
    expect(metrics.source.deployments).toBe(String.raw`tags:^v?\d+\.\d+\.\d+$`);
    expect(metrics.dora.deploymentFrequency.count).toBe(2);
    // L4: v0.2.0 (its lightweight tag takes the commit's date, 3 Apr 09:00) ships #2 and #3:
    // 24 h and 0 h → median 12 h. v0.1.0 is the world's first deployment.
    expect(metrics.dora.leadTime).toMatchObject({ changes: 2, medianHours: 12 });
    expect(metrics.flow).toBeNull();
  });

  it('exit 2 when the folder is not a git repository', () => {
    const result = run(['--git', temp()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a git repository/);
  });
});
