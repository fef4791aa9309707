// Publishing to a Pages branch through the Git Data API, against the simulator over HTTP: a site
// whose file set shrinks leaves no stale file behind (the files an earlier publish listed in its
// manifest, and the cache's), while a file the tool never wrote (CNAME, the user's own page)
// stays; the same holds when GitHub cuts the branch's recursive listing short (`truncated`).
import { Octokit } from '@octokit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { MANIFEST, manifestPaths } from '../../src/publish/pages-manifest.js';
import { publishFiles, type PagesTarget, type SiteFile } from '../../src/publish/pages.js';
import { commitFile } from '../action/branch.js';
import { exampleWorld } from '../github/helpers.js';
import { startSimulator, type Simulator } from '../simulator/server.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const file = (path: string, text = `content of ${path}`): SiteFile => ({ path, content: Buffer.from(text) });

function octokitFor(s: Simulator): Octokit {
  return new Octokit({ auth: 'test-token', baseUrl: s.url });
}

async function publish(s: Simulator, target: PagesTarget, files: SiteFile[]) {
  return publishFiles(octokitFor(s), target, 'DORA report', async () => files);
}

async function get<T>(s: Simulator, path: string): Promise<T> {
  const response = await fetch(`${s.url}/repos/acme/${s.world.repository.name}${path}`, {
    headers: { authorization: 'token test-token' },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** Every file path on the branch, one tree level at a time (a recursive listing may be cut short). */
async function files(s: Simulator): Promise<Map<string, string>> {
  const ref = await get<{ object: { sha: string } }>(s, '/git/ref/heads/gh-pages');
  const commit = await get<{ tree: { sha: string } }>(s, `/git/commits/${ref.object.sha}`);
  const out = new Map<string, string>();
  const walk = async (sha: string, prefix: string): Promise<void> => {
    const tree = await get<{ truncated: boolean; tree: { path: string; type: string; sha: string }[] }>(
      s,
      `/git/trees/${sha}`,
    );
    expect(tree.truncated).toBe(false);
    for (const e of tree.tree) {
      if (e.type === 'tree') await walk(e.sha, `${prefix}${e.path}/`);
      else out.set(`${prefix}${e.path}`, e.sha);
    }
  };
  await walk(commit.tree.sha, '');
  return out;
}

async function paths(s: Simulator): Promise<string[]> {
  return [...(await files(s)).keys()].sort();
}

async function fileText(s: Simulator, path: string): Promise<string> {
  const sha = (await files(s)).get(path);
  const blob = await get<{ content: string }>(s, `/git/blobs/${sha}`);
  return Buffer.from(blob.content, 'base64').toString('utf8');
}

describe.each([
  ['the whole listing', undefined],
  ['a listing GitHub truncates', 3],
])('a site whose file set shrinks (%s)', (_name, treeListingLimit) => {
  it.each([
    ['at the root', ''],
    ['in a folder', 'metrics'],
  ])('deletes what it no longer writes %s, and keeps what it never wrote', async (_where, folder) => {
    const world = exampleWorld();
    sim = await startSimulator({ world, treeListingLimit });
    const target = { owner: 'acme', repo: world.repository.name, branch: 'gh-pages', folder };
    const at = (p: string) => (folder ? `${folder}/${p}` : p);
    const first = await publish(sim, target, [
      file('index.html'),
      file('services/checkout.html'),
      file('services/search.html'),
      file('.dora-cache/github-acme--old-name.json'),
      file('.dora-cache/github-acme--shop.json'),
    ]);
    expect(first.deleted).toBe(0);
    // Someone else's files on the branch: never the tool's to delete.
    await commitFile(sim, 'gh-pages', 'CNAME', 'metrics.example.com');
    await commitFile(sim, 'gh-pages', at('team-notes.html'), '<p>ours</p>');
    const second = await publish(sim, target, [
      file('index.html', 'new index'),
      file('services/checkout.html'),
      file('.dora-cache/github-acme--shop.json'),
    ]);
    expect(second.deleted).toBe(2);
    expect(await paths(sim)).toEqual(
      [
        'CNAME',
        at('.dora-cache/github-acme--shop.json'),
        at(MANIFEST),
        at('index.html'),
        at('services/checkout.html'),
        at('team-notes.html'),
      ].sort(),
    );
    const manifest = JSON.parse(await fileText(sim, at(MANIFEST))) as { files: string[] };
    expect(manifest.files).toEqual([
      '.dora-cache/github-acme--shop.json',
      MANIFEST,
      'index.html',
      'services/checkout.html',
    ]);
    // Nothing changed, nothing deleted: no commit.
    const third = await publish(sim, target, [
      file('index.html', 'new index'),
      file('services/checkout.html'),
      file('.dora-cache/github-acme--shop.json'),
    ]);
    expect(third).toMatchObject({ commitSha: second.commitSha, changed: 0, deleted: 0 });
  });
});

describe("the simulator's trees", () => {
  it('deletes a path given a null sha, and says truncated past its listing limit', async () => {
    const world = exampleWorld();
    sim = await startSimulator({ world, treeListingLimit: 2 });
    const headers = { authorization: 'token t', 'content-type': 'application/json' };
    const post = async (body: unknown) => {
      const response = await fetch(`${sim?.url}/repos/acme/${world.repository.name}/git/trees`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as { sha: string };
    };
    const blob = { mode: '100644', type: 'blob' };
    const base = await post({
      tree: ['a.txt', 'b/c.txt', 'b/d.txt'].map((path) => ({ ...blob, path, content: path })),
    });
    const shrunk = await post({ base_tree: base.sha, tree: [{ ...blob, path: 'b/c.txt', sha: null }] });
    const list = async (sha: string) =>
      (await (
        await fetch(`${sim?.url}/repos/acme/${world.repository.name}/git/trees/${sha}?recursive=1`, {
          headers,
        })
      ).json()) as { truncated: boolean; tree: { path: string }[] };
    const whole = await list(base.sha);
    expect(whole.truncated).toBe(true); // a.txt, b, b/c.txt, b/d.txt: four entries over a limit of two
    expect(whole.tree).toHaveLength(2);
    const after = await list(shrunk.sha);
    expect(after.tree.map((e) => e.path)).toEqual(['a.txt', 'b']);
    expect(after.truncated).toBe(true);
  });
});

describe('an earlier manifest is hostile text', () => {
  it('gives only plain paths inside the folder, and nothing when it is not the tool’s', () => {
    const text = (value: unknown) => Buffer.from(JSON.stringify(value));
    expect(
      manifestPaths(
        text({
          tool: 'dora-flow-action',
          files: [
            'index.html',
            '../CNAME',
            '/etc/passwd',
            'a//b',
            './x',
            '.git/config',
            7,
            'assets/report.js',
          ],
        }),
      ),
    ).toEqual(['index.html', 'assets/report.js']);
    expect(manifestPaths(text({ tool: 'someone-else', files: ['index.html'] }))).toEqual([]);
    expect(manifestPaths(Buffer.from('{not json'))).toEqual([]);
    expect(manifestPaths(null)).toEqual([]);
  });
});
