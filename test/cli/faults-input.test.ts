// Faults from the command line, run from the sources with tsx (dist/ is rebuilt separately): a
// pattern the linear-time engine cannot run, and a world that lists a record twice, are the
// user's to mend, so they exit 2 with one line; a backtracking pattern on long tags finishes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const example = join(root, 'examples', 'world.json');
const dir = mkdtempSync(join(tmpdir(), 'cli-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DEBUG: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI input faults', () => {
  it('each is named before any work, exit 2, one line: --days -5, --api-url notaurl, --git of no folder', () => {
    const cases: [string[], RegExp][] = [
      [
        ['--from-file', example, '--json', '--days', '-5'],
        /^dora-report: days: "-5" is not a whole number of days/,
      ],
      [
        ['--repo', 'acme/shop', '--token', 't', '--api-url', 'notaurl'],
        /^dora-report: --api-url: "notaurl" is not an http\(s\) address/,
      ],
      [['--git', join(dir, 'nothing-here')], /^dora-report: --git .*nothing-here: no such folder/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a lookahead in --source exits 2 naming the source and the construct', () => {
    const result = run(['--from-file', example, '--json', '--source', 'tags:^v(?=1)']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^dora-report: [a-z-]+: tags pattern "\^v\(\?=1\)" uses a lookahead \(\?=…\), which the linear-time regular expression engine cannot run/,
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a world with two pull requests of one number exits 2 with the JSON path of the second', () => {
    const world = JSON.parse(readFileSync(example, 'utf8'));
    const last = world.pullRequests.length;
    world.pullRequests.push({ ...world.pullRequests[3] });
    const path = join(dir, 'twice.json');
    writeFileSync(path, JSON.stringify(world));
    const result = run(['--from-file', path, '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `dora-report: ${path}: pullRequests[${last}].number: ${world.pullRequests[3].number} repeats pullRequests[3]; expected each record once\n`,
    );
  });
});
