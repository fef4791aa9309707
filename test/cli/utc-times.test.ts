// All times are UTC: a time without an offset, given to the command line in any time zone, means
// the same instant. The CLI runs in a child process whose TZ is New York's (4 hours behind UTC in
// October), so a time read in the machine's zone would move the window.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixtureWorld = join(root, 'test', 'fixtures', 'world-example.json');

function windowOf(until: string, tz: string) {
  const result = spawnSync(
    process.execPath,
    [cli, '--from-file', fixtureWorld, '--json', '--days', '30', '--until', until],
    { encoding: 'utf8', env: { ...process.env, DEBUG: '', TZ: tz } },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout).window;
}

describe('--until without an offset is UTC (W1: all times are UTC)', () => {
  it('gives the same window bounds in New York as in UTC', () => {
    const expected = { since: '2026-09-01T00:00:00Z', until: '2026-10-01T00:00:00Z', days: 30 };
    for (const until of ['2026-10-01T00:00:00', '2026-10-01 00:00', '2026-10-01', '2026-10-01T00:00:00Z']) {
      expect(windowOf(until, 'America/New_York'), until).toEqual(expected);
      expect(windowOf(until, 'UTC'), until).toEqual(expected);
    }
    expect(windowOf('2026-10-01T00:00:00-04:00', 'America/New_York').until).toBe('2026-10-01T04:00:00Z');
  });

  it('refuses a date that does not exist rather than rolling it into the next month', () => {
    const result = spawnSync(process.execPath, [cli, '--from-file', fixtureWorld, '--until', '2026-02-30'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^dora-report: --until: "2026-02-30" is not an ISO 8601 time/);
  });
});
