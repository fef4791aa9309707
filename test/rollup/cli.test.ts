// `dora-report rollup` as a user runs it (dist/cli.js on metrics.json files the command line
// wrote): what it writes, and every bad input refused in one line, exit 2, nothing written (O1).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberRuns, root as ROOT, runCli, temp } from './fixture.js';
import type { RollupReport } from '../../src/rollup/types.js';

let members: string;
let dir: string;

beforeAll(async () => {
  dir = temp();
  members = await memberRuns(
    [
      { name: 'shop', pullRequests: 160, seed: 3 },
      { name: 'billing', pullRequests: 120, seed: 4 },
      { name: 'legacy', pullRequests: 90, seed: 5, assumed: true },
    ],
    dir,
  );
}, 120_000);

function config(text: string): string {
  const file = join(temp(), 'rollup.yml');
  writeFileSync(file, text);
  return file;
}

describe('dora-report rollup: what it writes', () => {
  it('writes rollup.json, summary.md and the report to --out, with the marker of a report folder', () => {
    const out = join(temp(), 'org');
    const teams = config(
      'teams:\n  Payments: [acme/shop, acme/billing]\n  Old: [acme/legacy, acme/gone]\nexpected: [acme/shop, acme/billing, acme/legacy, acme/gone]\n',
    );
    const result = runCli(['rollup', members, '--config', teams, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ['.dora-report.json', 'assets', 'definitions.html', 'index.html', 'rollup.json', 'summary.md'].sort(),
    );
    expect(readdirSync(join(out, 'assets')).sort()).toEqual(
      ['chart.umd.min.js', 'report.css', 'rollup.css', 'rollup.js'].sort(),
    );
    const report = JSON.parse(readFileSync(join(out, 'rollup.json'), 'utf8')) as RollupReport;
    expect(report.groups.map((g) => g.name)).toEqual(['organisation', 'Payments', 'Old']);
    expect(report.groups[0].members.sort()).toEqual(['acme/billing', 'acme/legacy', 'acme/shop']);
    // O3: the member with assumed deployments is counted, and left out of the deployments.
    expect(report.groups[0].assumedMembers).toBe(1);
    expect(report.groups[2].members).toEqual(['acme/legacy']);
    expect(report.groups[2].dora.deploymentFrequency.count).toBe(0);
    expect(report.groups[2].flow!.throughput.merged).toBeGreaterThan(0);
    expect(report.expected).toEqual({ count: 4, missing: ['acme/gone'] });
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary).toContain('**1 of 4 expected repositories has no figures: acme/gone**');
    expect(result.stdout).toContain('Blended delivery of the organisation');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('1 of 4 expected repositories has no figures: acme/gone');
    expect(html).not.toMatch(/<script>(?!<)/);
  });

  it('says so when the history of a member begins inside the window (its previous window held nothing)', async () => {
    const young = await memberRuns([
      { name: 'shop', pullRequests: 160, seed: 3 },
      { name: 'fresh', pullRequests: 40, seed: 6, days: 30 },
    ]);
    const out = join(temp(), 'org');
    const result = runCli(['rollup', young, '--out', out]);
    expect(result.stderr).toBe('');
    const report = JSON.parse(readFileSync(join(out, 'rollup.json'), 'utf8')) as RollupReport;
    expect(report.groups[0].newMembers).toBe(1);
    const line =
      "1 repository has a history that begins inside this window: the previous window's blended figures do not include it, so the comparison counts its arrival as change.";
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain(line);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(line.replace("'", '&#x27;'));
    // The members of the first test all began before the previous window.
    const all = JSON.parse(runCli(['rollup', members, '--json']).stdout) as RollupReport;
    expect(all.groups[0].newMembers).toBe(0);
  }, 120_000);

  it('--json prints rollup.json to stdout and writes nothing; a glob finds the files', () => {
    const cwd = temp();
    cpSync(members, join(cwd, 'artifacts'), { recursive: true });
    const result = runCli(['rollup', 'artifacts/*/metrics.json', '--json'], cwd);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as RollupReport;
    expect(report.members.map((m) => m.repository).sort()).toEqual([
      'acme/billing',
      'acme/legacy',
      'acme/shop',
    ]);
    expect(readdirSync(cwd)).toEqual(['artifacts']);
  });
});

describe('dora-report rollup --template-dir', () => {
  it("renders with the user's copy of the templates, file by file over the built-in ones", () => {
    const mine = temp();
    cpSync(join(ROOT, 'templates'), mine, { recursive: true });
    const page = readFileSync(join(mine, 'rollup.hbs'), 'utf8');
    writeFileSync(join(mine, 'rollup.hbs'), page.replace('<body', '<!-- our organisation page --><body'));
    writeFileSync(join(mine, 'rollup.css'), '/* our organisation style */\n');
    rmSync(join(mine, 'rollup.js')); // not in the copy: the built-in one is used
    const out = join(temp(), 'org');
    const result = runCli(['rollup', members, '--template-dir', mine, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<!-- our organisation page -->');
    expect(readFileSync(join(out, 'assets', 'rollup.css'), 'utf8')).toBe('/* our organisation style */\n');
    expect(readFileSync(join(out, 'assets', 'rollup.js'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'templates', 'rollup.js'), 'utf8'),
    );
  });

  it('refuses a folder that is not a copy of the templates, in one line, before reading anything', () => {
    const out = join(temp(), 'org');
    const result = runCli(['rollup', join(temp(), 'nothing-here'), '--template-dir', temp(), '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /template-dir: ".*" has no layout\.hbs \(expected a copy of the templates folder\)/,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('dora-report rollup: bad input, one line each, exit 2, nothing written', () => {
  function refused(args: string[], expected: RegExp, cwd?: string) {
    const out = join(temp(), 'org');
    const result = runCli(['rollup', ...args, '--out', out], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(expected);
    expect(existsSync(out)).toBe(false);
    return result.stderr;
  }

  function copyOf(name: string): string {
    return JSON.parse(readFileSync(join(members, name, 'metrics.json'), 'utf8')) as string;
  }

  function folderWith(files: Record<string, unknown>): string {
    const folder = temp();
    for (const [name, value] of Object.entries(files)) {
      mkdirSync(join(folder, name), { recursive: true });
      writeFileSync(
        join(folder, name, 'metrics.json'),
        typeof value === 'string' ? value : JSON.stringify(value),
      );
    }
    return folder;
  }

  it('O1: windows that differ name the file and say to pass one --until to every member', async () => {
    const other = await memberRuns([{ name: 'late', pullRequests: 80, seed: 9 }], temp(), () => [
      '--until',
      '2026-10-15T00:00:00Z',
    ]);
    const message = refused(
      [join(members, 'shop', 'metrics.json'), join(other, 'late', 'metrics.json')],
      /late[/\\]metrics\.json: its window .* differs from .*shop[/\\]metrics\.json's .*pass the same --until/,
    );
    expect(message).toContain("the plan job's start");
  }, 60_000);

  it('O1: a metrics.json without the previous window’s records (an older version) says to re-run', () => {
    const old = copyOf('shop') as unknown as { records: Record<string, unknown> };
    delete old.records.previous;
    refused(
      [folderWith({ shop: old })],
      /shop[/\\]metrics\.json: has no records for the previous window .*re-run/,
    );
  });

  it('O1: the same repository twice names both files', () => {
    const folder = folderWith({ a: copyOf('shop'), b: copyOf('shop') });
    refused(
      [folder],
      /b[/\\]metrics\.json: repeats acme\/shop, already read from .*a[/\\]metrics\.json \(expected each repository once\)/,
    );
  });

  it('a file that is not a metrics.json: other JSON, and not JSON at all', () => {
    refused(
      [folderWith({ x: { hello: 'world' } })],
      /x[/\\]metrics\.json: is not a metrics\.json \(expected the metrics\.json/,
    );
    refused([folderWith({ y: 'not json {' })], /y[/\\]metrics\.json: is not JSON \(expected a metrics\.json/);
  });

  it('a file shaped like metrics.json at the top but incomplete below', () => {
    const hollow = {
      tool: { name: 'dora-flow-action', version: '0.1.0' },
      repository: { owner: 'acme', name: 'hollow' },
      window: { since: '2026-08-03T00:00:00Z', until: '2026-11-01T00:00:00Z', days: 90 },
      benchmarks: { name: 'dora-2023' },
      source: { deployments: 'releases' },
      dora: {},
      previous: {},
      records: { changes: [], failures: [], pullRequests: [], previous: { changes: [], pullRequests: [] } },
    };
    refused(
      [folderWith({ hollow })],
      /hollow[/\\]metrics\.json: is not a complete metrics\.json \(.*\); expected the metrics\.json/,
    );
  });

  it('records that do not match the figures (an edited file) are refused', () => {
    const edited = copyOf('shop') as unknown as { records: { changes: unknown[] } };
    edited.records.changes.pop();
    refused([folderWith({ shop: edited })], /its current window's records do not match its figures/);
  });

  it('an empty folder, a glob that matches nothing, a path that does not exist', () => {
    const empty = temp();
    refused([empty], /the folder holds no metrics\.json \(expected the metrics\.json of each member's run\)/);
    refused([join(empty, '*.json')], /the pattern matches no file/);
    refused([join(empty, 'nothing.json')], /nothing\.json: no such file or folder/);
  });

  it('a team naming a repository that is not among the inputs (nor expected)', () => {
    const teams = config('teams:\n  Payments: [acme/shop, acme/nowhere]\n');
    refused(
      [members, '--config', teams],
      /rollup\.yml: teams\.Payments names acme\/nowhere, which no metrics\.json among the inputs is for/,
    );
  });

  it('a configuration that is not what the roll-up reads', () => {
    refused([members, '--config', config('teams: [acme/shop]\n')], /teams: expected a mapping/);
    refused(
      [members, '--config', config('teams:\n  A: [shop]\n')],
      /teams\.A\[0\]: "shop" is not owner\/repo/,
    );
    refused([members, '--config', config('team: {}\n')], /"team" is not a roll-up setting/);
  });

  it('no input at all', () => {
    refused([], /no input \(expected metrics\.json files/);
  });
});
