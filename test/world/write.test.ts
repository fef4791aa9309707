// The world writer: a round trip through the reader, the same bytes JSON.stringify would give,
// and never a half-written file: when writing fails the old file stays as it was.
import { UserError } from '../../src/errors.js';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../../scripts/lib/generate-world.js';
import { readWorldFile } from '../../src/world/read.js';
import type { World } from '../../src/world/types.js';
import { writeWorldFile } from '../../src/world/write.js';
import { repoRoot } from '../support/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'world-write-'));
chmodSync(dir, 0o755); // the child running as another user must reach the folders inside
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OLD = '{"schemaVersion":1,"old":true}\n';
const child = join(repoRoot, 'test/world/fixtures/write-world-child.ts');
const tsx = join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs');

function freshDir(name: string, mode = 0o755): string {
  const path = mkdtempSync(join(dir, `${name}-`));
  chmodSync(path, mode);
  return path;
}

describe('writeWorldFile', () => {
  const world = generateWorld({ pullRequests: 120, days: 60, seed: 3 });

  it('writes what readWorldFile reads back, byte for byte the JSON of the world', () => {
    const path = join(freshDir('round'), 'world.json');
    writeWorldFile(path, world);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(world)}\n`);
    expect(readWorldFile(path)).toEqual(world);
  });

  it('pretty-prints with two spaces when asked, as JSON.stringify(world, null, 2)', () => {
    const path = join(freshDir('pretty'), 'world.json');
    writeWorldFile(path, world, { pretty: true });
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(world, null, 2)}\n`);
  });

  it('writes empty and absent lists as JSON.stringify does', () => {
    const small = { schemaVersion: 1, repository: world.repository, commits: [], tags: undefined } as World;
    const path = join(freshDir('small'), 'w.json');
    for (const pretty of [false, true]) {
      writeWorldFile(path, small, { pretty });
      expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(small, null, pretty ? 2 : undefined)}\n`);
    }
  });

  it('replaces an existing file and leaves no temporary file behind', () => {
    const folder = freshDir('replace');
    const path = join(folder, 'world.json');
    writeFileSync(path, OLD);
    writeWorldFile(path, world);
    expect(readWorldFile(path)).toEqual(world);
    expect(readdirSync(folder)).toEqual(['world.json']);
  });

  it('keeps the old file when a value cannot be serialised (a BigInt deep in the last list)', () => {
    const folder = freshDir('bigint');
    const path = join(folder, 'world.json');
    writeFileSync(path, OLD);
    const broken = structuredClone(world) as World;
    (broken.issues as unknown as Record<string, unknown>[]).at(-1)!.number = 10n;
    expect(() => writeWorldFile(path, broken)).toThrow(/BigInt/);
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual(['world.json']);
  });

  it('names a directory that does not exist', () => {
    const path = join(dir, 'missing', 'world.json');
    expect(() => writeWorldFile(path, world)).toThrow(
      new UserError(`${path}: cannot write the world file: the directory does not exist`),
    );
  });

  it('keeps the old file when the directory is not writable', () => {
    const folder = freshDir('readonly');
    const path = join(folder, 'world.json');
    writeFileSync(path, OLD);
    chmodSync(folder, 0o555);
    try {
      const outcome = writeAsAnotherUser(path);
      expect(outcome).toEqual({
        ok: false,
        name: 'UserError',
        message: `${path}: cannot write the world file: permission denied`,
      });
    } finally {
      chmodSync(folder, 0o755);
    }
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual(['world.json']);
  });

  it('keeps the old file and removes the partial one when the disk refuses more bytes mid-write', () => {
    const folder = freshDir('full');
    const path = join(folder, 'world.json');
    writeFileSync(path, OLD);
    // ulimit -f: the kernel refuses writes past 64 blocks (EFBIG), as a full disk refuses them.
    const script = `ulimit -f 64 && exec "$0" --import "$1" "$2" "$3" 400`;
    const run = spawnSync('/bin/sh', ['-c', script, process.execPath, tsx, child, path], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      name: 'UserError',
      message: `${path}: cannot write the world file: the file is too large for this system`,
    });
    expect(readFileSync(path, 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual(['world.json']);
  });
});

/** Root may write anywhere, so as root the write is tried by `nobody` in a child process. */
function writeAsAnotherUser(path: string): unknown {
  if (process.getuid?.() !== 0) {
    try {
      writeWorldFile(path, generateWorld({ pullRequests: 5, days: 60 }));
      return { ok: true };
    } catch (error) {
      const { name, message } = error as Error;
      return { ok: false, name, message };
    }
  }
  const run = spawnSync(process.execPath, ['--import', tsx, child, path, '5'], {
    encoding: 'utf8',
    uid: 65534,
    gid: 65534,
    env: { ...process.env, HOME: tmpdir() },
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}
