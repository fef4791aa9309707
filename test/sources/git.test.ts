// The git source on real repositories: history, merges, reverts, messages, tags.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/metrics/index.js';
import { PACKAGE_TAG_PATTERN } from '../../src/metrics/sources.js';
import { readGitWorld } from '../../src/sources/git.js';
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
const now = new Date('2026-04-01T09:30:15.678Z');

describe('readGitWorld: history', () => {
  it('reads a linear history with UTC times, full messages, authors and parents', async () => {
    const dir = initRepository(join(temp.root, 'linear'));
    const first = commit(dir, 'chore: start', {
      authored: '2026-03-01T12:00:00+02:00',
      committed: '2026-03-01T12:30:00+02:00',
    });
    const second = commit(dir, 'feat: a thing\n\nWith a body.\nOn two lines.', {
      authored: '2026-03-02T08:00:00-05:00',
      committed: '2026-03-02T14:00:00Z',
      author: 'Zoë Ünicode',
    });
    const { world, warnings } = await readGitWorld(dir, { now });
    expect(warnings).toEqual([]);
    expect(world.schemaVersion).toBe(1);
    expect(world.generatedAt).toBe('2026-04-01T09:30:15Z');
    expect(world.repository).toEqual({ owner: 'local', name: 'linear', defaultBranch: 'main' });
    expect(world.commits).toEqual([
      {
        sha: second,
        parents: [first],
        authoredAt: '2026-03-02T13:00:00Z',
        committedAt: '2026-03-02T14:00:00Z',
        message: 'feat: a thing\n\nWith a body.\nOn two lines.',
        author: 'Zoë Ünicode',
      },
      {
        sha: first,
        parents: [],
        authoredAt: '2026-03-01T10:00:00Z',
        committedAt: '2026-03-01T10:30:00Z',
        message: 'chore: start',
        author: 'Ada Author',
      },
    ]);
    expect(world.tags).toEqual([]);
    await expectValidWorld(world);
  });

  it('keeps merge commits with both parents, squash subjects and git revert bodies; skips unmerged branches', async () => {
    const dir = initRepository(join(temp.root, 'merges'));
    const base = commit(dir, 'chore: base', { authored: '2026-03-01T10:00:00Z' });
    git(dir, ['checkout', '-q', '-b', 'feature']);
    const onFeature = commit(dir, 'feat: on a branch', { authored: '2026-03-02T10:00:00Z' }, 'feature.txt');
    git(dir, ['checkout', '-q', 'main']);
    const squash = commit(dir, 'feat: x (#12)', { authored: '2026-03-03T10:00:00Z' });
    git(dir, ['merge', '-q', '--no-ff', '-m', 'Merge pull request #13 from acme/feature', 'feature'], {
      authored: '2026-03-04T10:00:00Z',
    });
    const merge = git(dir, ['rev-parse', 'HEAD']);
    git(dir, ['revert', '--no-edit', squash], { authored: '2026-03-05T10:00:00Z' });
    const revert = git(dir, ['rev-parse', 'HEAD']);
    git(dir, ['checkout', '-q', '-b', 'unmerged']);
    const unmerged = commit(dir, 'wip: never merged', { authored: '2026-03-06T10:00:00Z' }, 'wip.txt');
    git(dir, ['checkout', '-q', 'main']);

    const { world } = await readGitWorld(dir, { now });
    const bySha = new Map(world.commits?.map((c) => [c.sha, c]));
    expect(new Set(bySha.keys())).toEqual(new Set([base, onFeature, squash, merge, revert]));
    expect(bySha.has(unmerged)).toBe(false);
    expect(bySha.get(merge)?.parents).toEqual([squash, onFeature]);
    expect(bySha.get(merge)?.message).toBe('Merge pull request #13 from acme/feature');
    expect(bySha.get(squash)?.message).toBe('feat: x (#12)');
    expect(bySha.get(revert)?.message).toBe(`Revert "feat: x (#12)"\n\nThis reverts commit ${squash}.`);
    expect(bySha.get(revert)?.parents).toEqual([merge]);
    await expectValidWorld(world);
  });

  it('keeps messages with unusual characters exactly', async () => {
    const dir = initRepository(join(temp.root, 'unusual'));
    const message = [
      'fix: émoji 🚀👩‍👩‍👧 and RTL שלום עולם مرحبا \u202Egnp.exe',
      '',
      'literal %x00 and %x1e and %H and \\0, a record separator \u001e and a unit \u001f',
      '\ttabbed line with trailing spaces   ',
      '# not a comment here',
      '',
      '',
      'after two blank lines',
    ].join('\n');
    const sha = commit(dir, message, { authored: '2026-03-01T10:00:00Z', author: 'مريم "O\'Brien" & Co' });
    const { world } = await readGitWorld(dir, { now });
    expect(world.commits).toHaveLength(1);
    expect(world.commits?.[0]).toMatchObject({ sha, message, author: 'مريم "O\'Brien" & Co' });
    await expectValidWorld(world);
  });

  it('re-encodes a Latin-1 message to UTF-8, whatever the repository asks for', async () => {
    const dir = initRepository(join(temp.root, 'latin1'));
    git(dir, ['config', 'i18n.commitEncoding', 'ISO-8859-1']);
    git(dir, ['config', 'i18n.logOutputEncoding', 'ISO-8859-1']);
    git(
      dir,
      ['commit', '-q', '--allow-empty', '-F', '-'],
      { authored: '2026-03-01T10:00:00Z' },
      Buffer.from('café crème', 'latin1'),
    );
    const { world } = await readGitWorld(dir, { now });
    expect(world.commits?.[0].message).toBe('café crème');
  });

  it('streams a long history whose multi-byte messages cross chunk boundaries', async () => {
    const dir = join(temp.root, 'long');
    const message = (i: number) =>
      `feat: change ${i} ✓ ${'é'.repeat(i % 97)}\n\n${'🚀'.repeat(i % 13)} body ${i}`;
    importHistory(dir, fastImportHistory(3000, message, 100));
    const progress: string[] = [];
    const { world } = await readGitWorld(dir, { now, onProgress: (line) => progress.push(line) });
    expect(world.commits).toHaveLength(3000);
    const messages = new Set(world.commits?.map((c) => c.message));
    for (let i = 1; i <= 3000; i += 1) expect(messages.has(message(i))).toBe(true);
    expect(world.commits?.filter((c) => c.parents?.length === 0)).toHaveLength(1);
    expect(world.tags).toHaveLength(30);
    expect(world.tags?.find((t) => t.name === 'v3000')).toEqual({
      name: 'v3000',
      sha: world.commits?.[0].sha,
      taggedAt: '2026-01-03T02:00:00Z', // commit 3000 is 3000 minutes after 2026-01-01
    });
    expect(progress.at(-1)).toBe('git: 3000 commits, 30 tags (0 tags of no commit skipped)');
    await expectValidWorld(world);
  });
});

describe('readGitWorld: tags', () => {
  it('dates annotated tags by the tagger and lightweight tags by the commit; skips tags of no commit', async () => {
    const dir = initRepository(join(temp.root, 'tags'));
    const first = commit(dir, 'feat: one', {
      authored: '2026-03-01T10:00:00Z',
      committed: '2026-03-01T11:00:00Z',
    });
    const second = commit(dir, 'feat: two', {
      authored: '2026-03-02T10:00:00Z',
      committed: '2026-03-02T11:00:00Z',
    });
    git(dir, ['tag', '-a', '-m', 'release 1.0.0', 'v1.0.0', first], {
      committed: '2026-03-03T09:00:00+01:00',
    });
    git(dir, ['tag', 'v1.1.0', second], { committed: '2026-03-09T00:00:00Z' });
    git(dir, ['tag', 'release/1.1', second]);
    git(dir, ['tag', 'a-tree', 'HEAD^{tree}']);
    git(dir, ['tag', 'a-blob', 'HEAD:file.txt']);
    git(dir, ['tag', '-a', '-m', 'annotated tree', 'annotated-tree', 'HEAD^{tree}']);
    git(dir, ['-c', 'advice.nestedTag=false', 'tag', '-a', '-m', 'nested', 'nested', 'v1.0.0']);

    const { world } = await readGitWorld(dir, { now });
    const tags = [...(world.tags ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    expect(tags).toEqual([
      { name: 'release/1.1', sha: second, taggedAt: '2026-03-02T11:00:00Z' },
      { name: 'v1.0.0', sha: first, taggedAt: '2026-03-03T08:00:00Z' },
      { name: 'v1.1.0', sha: second, taggedAt: '2026-03-02T11:00:00Z' },
    ]);
    await expectValidWorld(world);
  });
});

describe('readGitWorld: package tags (D2)', () => {
  it('D2: --git reads package tags whole (scopes, slashes), and auto chooses the package pattern', async () => {
    const dir = initRepository(join(temp.root, 'packages'));
    const first = commit(dir, 'feat: one', {
      authored: '2026-03-01T10:00:00Z',
      committed: '2026-03-01T10:00:00Z',
    });
    const second = commit(dir, 'feat: two', {
      authored: '2026-03-02T10:00:00Z',
      committed: '2026-03-02T10:00:00Z',
    });
    git(dir, ['tag', '@acme/api@1.0.0', first]);
    git(dir, ['tag', 'sdk/go/module/v1.0.0', second]);
    git(dir, ['tag', 'my-pkg-v1.0.0', second]);
    const { world } = await readGitWorld(dir, { now });
    expect((world.tags ?? []).map((t) => t.name).sort()).toEqual([
      '@acme/api@1.0.0',
      'my-pkg-v1.0.0',
      'sdk/go/module/v1.0.0',
    ]);
    const report = computeMetrics(world, { days: 90 });
    expect(report.source).toMatchObject({ deployments: `tags:${PACKAGE_TAG_PATTERN}`, assumed: false });
    expect(report.source.packages!.map((p) => p.name)).toEqual(['@acme/api', 'my-pkg', 'sdk/go/module']);
    // the two tags on the second commit are one deployment (D3)
    expect(report.records.deployments.map((d) => d.sha)).toEqual([first, second]);
  });
});
