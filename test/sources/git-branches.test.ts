// The git source's choice of branch, its errors and warnings, and its constant number of git runs.
import { UserError } from '../../src/errors.js';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitReadCommands, readGitWorld } from '../../src/sources/git.js';
import {
  commit,
  expectValidWorld,
  fastImportHistory,
  git,
  importHistory,
  initRepository,
  makeTempRoot,
} from './git-fixture.js';

const temp = makeTempRoot();
afterAll(() => temp.cleanup());
const now = new Date('2026-04-01T00:00:00Z');
let upstream = '';
const shas: Record<string, string> = {};

// An upstream whose default branch is `trunk`, with a second branch `other` and a tag.
beforeAll(() => {
  upstream = initRepository(join(temp.root, 'acme', 'widgets'));
  git(upstream, ['checkout', '-q', '-b', 'trunk']);
  shas.first = commit(upstream, 'feat: one', { authored: '2026-03-01T10:00:00Z' });
  shas.second = commit(upstream, 'feat: two', { authored: '2026-03-02T10:00:00Z' });
  git(upstream, ['tag', '-a', '-m', 'v1', 'v1.0.0'], { committed: '2026-03-02T12:00:00Z' });
  git(upstream, ['checkout', '-q', '-b', 'other']);
  shas.other = commit(upstream, 'feat: other', { authored: '2026-03-03T10:00:00Z' });
  git(upstream, ['checkout', '-q', 'trunk']);
});

const shasOf = (commits: { sha: string }[] | undefined) => new Set(commits?.map((c) => c.sha));

describe('readGitWorld: which branch', () => {
  it('reads a bare clone through its HEAD, named after the origin path', async () => {
    const bare = join(temp.root, 'bare.git');
    git(temp.root, ['clone', '-q', '--bare', upstream, bare]);
    const { world, warnings } = await readGitWorld(bare, { now });
    expect(warnings).toEqual([]);
    expect(world.repository).toEqual({ owner: 'acme', name: 'widgets', defaultBranch: 'trunk' });
    expect(shasOf(world.commits)).toEqual(new Set([shas.first, shas.second]));
    expect(world.tags).toEqual([{ name: 'v1.0.0', sha: shas.second, taggedAt: '2026-03-02T12:00:00Z' }]);
    await expectValidWorld(world);
  });

  it("prefers the remote's default branch (origin/HEAD) to the branch checked out", async () => {
    const clone = join(temp.root, 'clone');
    git(temp.root, ['clone', '-q', upstream, clone]);
    git(clone, ['checkout', '-q', '-b', 'feature']);
    const local = commit(clone, 'wip: local only', { authored: '2026-03-04T10:00:00Z' });
    const { world } = await readGitWorld(clone, { now });
    expect(world.repository.defaultBranch).toBe('trunk');
    expect(shasOf(world.commits)).toEqual(new Set([shas.first, shas.second]));

    const feature = await readGitWorld(clone, { now, branch: 'feature' });
    expect(feature.world.repository.defaultBranch).toBe('feature');
    expect(shasOf(feature.world.commits)).toEqual(new Set([shas.first, shas.second, local]));
    for (const branch of ['other', 'origin/other', 'refs/remotes/origin/other']) {
      const other = await readGitWorld(clone, { now, branch }); // only origin/other exists
      expect(other.world.repository.defaultBranch).toBe('other');
      expect(shasOf(other.world.commits)).toEqual(new Set([shas.first, shas.second, shas.other]));
    }
  });

  it('falls back to the checked-out branch, then to main on a detached HEAD', async () => {
    const dir = initRepository(join(temp.root, 'detached'));
    const one = commit(dir, 'feat: one', { authored: '2026-03-01T10:00:00Z' });
    const two = commit(dir, 'feat: two', { authored: '2026-03-02T10:00:00Z' });
    git(dir, ['checkout', '-q', '-b', 'develop']);
    const three = commit(dir, 'feat: three', { authored: '2026-03-03T10:00:00Z' });
    expect((await readGitWorld(dir, { now })).world.repository.defaultBranch).toBe('develop');
    git(dir, ['checkout', '-q', '--detach', three]);
    const { world } = await readGitWorld(dir, { now });
    expect(world.repository.defaultBranch).toBe('main');
    expect(shasOf(world.commits)).toEqual(new Set([one, two]));
  });

  it('names an unknown branch and lists up to five that exist', async () => {
    const dir = initRepository(join(temp.root, 'many'));
    commit(dir, 'feat: one', { authored: '2026-03-01T10:00:00Z' });
    for (const name of ['b1', 'b2', 'b3', 'b4', 'b5', 'b6']) git(dir, ['branch', name]);
    const error = await readGitWorld(dir, { branch: 'nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `--branch "nope": no such branch in ${dir} (expected one of: b1, b2, b3, b4, b5, … 2 more)`,
    );
  });
});

describe('readGitWorld: mistakes and warnings', () => {
  const notRepo = (dir: string) =>
    `--git ${dir}: not a git repository (expected a clone, bare or with a work tree)`;

  it('refuses a directory that is not a repository, a missing one, and a subdirectory of a work tree', async () => {
    const plain = join(temp.root, 'plain');
    mkdirSync(plain);
    const inside = join(upstream, 'sub');
    mkdirSync(inside);
    for (const dir of [plain, inside]) {
      await expect(readGitWorld(dir)).rejects.toThrow(new UserError(notRepo(dir)));
    }
    // A path that does not exist is named as such (a mistyped path, not a question of git).
    const missing = join(temp.root, 'missing');
    await expect(readGitWorld(missing)).rejects.toThrow(
      new UserError(`--git ${missing}: no such folder (expected the path of a git clone)`),
    );
  });

  it('refuses a repository without commits', async () => {
    const dir = initRepository(join(temp.root, 'empty'));
    await expect(readGitWorld(dir)).rejects.toThrow(
      `--git ${dir}: the repository has no branch with commits`,
    );
  });

  it('says so when the git executable is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = join(temp.root, 'no-such-bin');
    try {
      await expect(readGitWorld(upstream)).rejects.toThrow(/git: the git executable was not found on PATH/);
    } finally {
      process.env.PATH = path;
    }
  });

  it('warns that a shallow clone truncates the history, and how to fetch it all', async () => {
    const shallow = join(temp.root, 'shallow');
    git(temp.root, ['clone', '-q', '--depth', '1', `file://${upstream}`, shallow]);
    const { world, warnings } = await readGitWorld(shallow, { now });
    expect(world.commits?.map((c) => c.sha)).toEqual([shas.second]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`--git ${shallow}: a shallow clone, so the history is truncated`);
    expect(warnings[0]).toContain('fetch-depth: 0');
    expect(warnings[0]).toContain('git fetch --unshallow --tags');
    await expectValidWorld(world);
  });
});

describe('readGitWorld: cost', () => {
  it('runs the same six git commands for 20 commits as for 2,000', async () => {
    // A real git behind a logging wrapper on PATH counts the invocations.
    const bin = join(temp.root, 'bin');
    const log = join(temp.root, 'git-calls.log');
    mkdirSync(bin);
    const realGit = git(temp.root, ['--exec-path']).replace(/$/, '/git');
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const counts: number[] = [];
    for (const size of [20, 2000]) {
      const dir = join(temp.root, `cost-${size}`);
      importHistory(
        dir,
        fastImportHistory(size, (i) => `feat: ${i}`, 10),
      );
      writeFileSync(log, '');
      const path = process.env.PATH;
      process.env.PATH = `${bin}:${path}`;
      try {
        const { world } = await readGitWorld(dir, { now });
        expect(world.commits).toHaveLength(size);
      } finally {
        process.env.PATH = path;
      }
      const calls = readFileSync(log, 'utf8').trim().split('\n');
      expect(calls.map((line) => line.split(' ')).sort()).toEqual(
        gitReadCommands(dir, 'refs/heads/main').sort(),
      );
      counts.push(calls.length);
    }
    expect(counts).toEqual([6, 6]);
  });
});
