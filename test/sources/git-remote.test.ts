// owner/name from the origin remote's URL, and the fallback to the directory's name.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGitWorld } from '../../src/sources/git.js';
import { localRepositoryName, parseRemoteUrl } from '../../src/sources/git/remote.js';
import { commit, git, initRepository, makeTempRoot } from './git-fixture.js';

const temp = makeTempRoot();
afterAll(() => temp.cleanup());

describe('parseRemoteUrl', () => {
  it.each([
    ['https://github.com/acme/widgets.git', 'acme', 'widgets'],
    ['https://github.com/acme/widgets', 'acme', 'widgets'],
    ['https://github.com/acme/widgets/', 'acme', 'widgets'],
    ['https://x-access-token:ghs_secret@github.com/acme/widgets.git', 'acme', 'widgets'],
    ['http://ghe.example.com:8080/acme/widgets.git', 'acme', 'widgets'],
    ['ssh://git@github.com/acme/widgets.git', 'acme', 'widgets'],
    ['ssh://git@github.com:22/acme/my.repo.git', 'acme', 'my.repo'],
    ['git@github.com:acme/widgets.git', 'acme', 'widgets'],
    ['github.com:acme/widgets', 'acme', 'widgets'],
    ['git://example.com/acme/widgets.git', 'acme', 'widgets'],
    ['https://gitlab.com/group/subgroup/widgets.git', 'group/subgroup', 'widgets'],
    ['file:///srv/mirrors/acme/widgets.git', 'acme', 'widgets'],
    ['/srv/My Mirrors/acme/widgets.git', 'acme', 'widgets'],
    ['../acme/widgets', 'acme', 'widgets'],
    ['C:\\mirrors\\acme\\widgets.git', 'acme', 'widgets'],
  ])('%s → %s/%s', (url, owner, name) => {
    expect(parseRemoteUrl(url)).toEqual({ owner, name });
  });

  it.each([
    'https://github.com/widgets',
    'git@github.com:widgets.git',
    'https://github.com/acme/wid%20gets',
    'https://github.com/acme/<script>',
    'widgets',
    '../widgets',
    'https://',
    '',
  ])('%s → no owner/name', (url) => {
    expect(parseRemoteUrl(url)).toBeNull();
  });
});

describe('localRepositoryName', () => {
  it('names the directory, without .git, under owner local', () => {
    expect(localRepositoryName('/tmp/x/widgets.git')).toEqual({ owner: 'local', name: 'widgets' });
    expect(localRepositoryName('/tmp/x/widgets/.git')).toEqual({ owner: 'local', name: 'widgets' });
    expect(localRepositoryName('/tmp/x/widgets')).toEqual({ owner: 'local', name: 'widgets' });
  });
});

describe('readGitWorld: repository name', () => {
  it('takes owner/name from origin and never copies the URL or its credentials', async () => {
    const dir = initRepository(join(temp.root, 'checkout'));
    commit(dir, 'feat: one', { authored: '2026-03-01T10:00:00Z' });
    git(dir, ['remote', 'add', 'origin', 'https://x-access-token:ghs_SECRET123@github.com/acme/widgets.git']);
    const { world } = await readGitWorld(dir);
    expect(world.repository).toEqual({ owner: 'acme', name: 'widgets', defaultBranch: 'main' });
    expect(JSON.stringify(world)).not.toContain('SECRET123');
  });

  it('falls back to local/<directory> when origin is missing or unusual', async () => {
    const dir = initRepository(join(temp.root, 'my-project.git'));
    commit(dir, 'feat: one', { authored: '2026-03-01T10:00:00Z' });
    expect((await readGitWorld(dir)).world.repository.owner).toBe('local');
    expect((await readGitWorld(dir)).world.repository.name).toBe('my-project');
    git(dir, ['remote', 'add', 'origin', 'https://example.com/just-one-segment']);
    expect((await readGitWorld(dir)).world.repository).toMatchObject({ owner: 'local', name: 'my-project' });
  });
});
