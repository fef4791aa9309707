// L5 from the command line: --exclude-authors, else the configuration file's excludeAuthors, reach
// the engine; metrics.json says how many changes and pull requests were left out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixtureWorld = join(root, 'test', 'fixtures', 'world-example.json');

function metrics(args: string[]) {
  const result = spawnSync(process.execPath, [cli, '--from-file', fixtureWorld, '--json', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DEBUG: '' },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe('L5 --exclude-authors', () => {
  it('L5: leaves dependabot out of lead time and flow, and says how many', () => {
    const all = metrics([]);
    const report = metrics(['--exclude-authors', 'bots']);
    expect(all.exclusions).toEqual({ authors: [], changes: 0, pullRequests: 0 });
    expect(report.exclusions.authors).toEqual(['bots']);
    expect(report.exclusions.pullRequests).toBeGreaterThan(0);
    expect(report.flow.throughput.merged).toBe(all.flow.throughput.merged - report.exclusions.pullRequests);
    expect(report.dora.leadTime.changes).toBe(all.dora.leadTime.changes - report.exclusions.changes);
    expect(report.dora.deploymentFrequency).toEqual(all.dora.deploymentFrequency);
    expect(report.dora.changeFailureRate).toEqual(all.dora.changeFailureRate);
  });

  it('L5: the configuration file’s excludeAuthors applies when the flag is not given; the flag wins', () => {
    const config = join(mkdtempSync(join(tmpdir(), 'exclude-authors-')), 'dora.yml');
    writeFileSync(config, 'excludeAuthors:\n  - "dependabot[bot]"\n');
    expect(metrics(['--config', config]).exclusions.authors).toEqual(['dependabot[bot]']);
    expect(metrics(['--config', config, '--exclude-authors', 'ana']).exclusions.authors).toEqual(['ana']);
  });

  it('L5: a list entry that is not a login is one line, exit 2', () => {
    const result = spawnSync(
      process.execPath,
      [cli, '--from-file', fixtureWorld, '--exclude-authors', 'a b'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'dora-report: --exclude-authors: "a b" is not a GitHub login (expected logins such as dependabot[bot] or octocat, or bots for every [bot] login)\n',
    );
  });
});
