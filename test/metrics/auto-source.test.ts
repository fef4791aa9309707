// D2: what `auto` tries, in order, what it says it saw on its way, and when its deployments are
// assumed (T3). The package pattern is docs/metrics.md D2's, copied here on purpose: the engine's
// constant must be exactly it.
import { describe, expect, it } from 'vitest';
import { PACKAGE_TAG_PATTERN, packagesOf } from '../../src/metrics/sources.js';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder, sha } from '../support/world-builder.js';

const PACKAGE = String.raw`^(?:@[A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]+@v?[0-9]+\.[0-9]+\.[0-9]+$|^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*[-/]v[0-9]+\.[0-9]+\.[0-9]+$`;
const TAGS = String.raw`tags:^v?\d+\.\d+\.\d+$`;
const VERSION = String.raw`[0-9]+\.[0-9]+\.[0-9]+$`;

const merged = (builder: WorldBuilder) =>
  builder.pullRequest({ number: 1, createdAt: '2026-03-01T00:00:00Z', mergedAt: '2026-03-09T00:00:00Z' });

/** A changesets monorepo: two packages, released together once. */
function monorepo() {
  return merged(
    new WorldBuilder()
      .tag('@changesets/cli@2.1.0', 'a', '2026-03-05T00:00:00Z')
      .tag('@changesets/cli@2.2.0', 'b', '2026-03-06T00:00:00Z')
      .tag('@changesets/git@1.0.0', 'b', '2026-03-06T01:00:00Z')
      .tag('nightly', 'c', '2026-03-07T00:00:00Z'),
  );
}

describe('D2 package tags', () => {
  it('D2: the package pattern is the one docs/metrics.md gives', () => {
    expect(PACKAGE_TAG_PATTERN).toBe(PACKAGE);
  });

  it('D2: auto tries package tags before merges', async () => {
    const report = await metricsOf(monorepo());
    expect(report.source).toMatchObject({
      deployments: `tags:${PACKAGE}`,
      requested: 'auto',
      assumed: false,
    });
    // D3: the two tags on b are one deployment, at the earlier time
    expect(report.records.deployments.map((d) => [d.label, d.time, d.sha])).toEqual([
      ['@changesets/cli@2.1.0', '2026-03-05T00:00:00Z', sha('a')],
      ['@changesets/cli@2.2.0', '2026-03-06T00:00:00Z', sha('b')],
    ]);
    expect(report.dora.deploymentFrequency.tier).not.toBeNull();
  });

  it('D2: auto tries default-pattern tags before package tags (and then lists no packages)', async () => {
    const report = await metricsOf(monorepo().tag('v3.0.0', 'd', '2026-03-08T00:00:00Z'));
    expect(report.source.deployments).toBe(TAGS);
    expect(report.source.tried.map((t) => t.source)).toEqual(['environment:production', 'releases', TAGS]);
    expect(report.source.packages).toBeNull();
  });

  it('D2: the package pattern finds NAME@1.2.3, @scope/name@1.2.3, NAME-v1.2.3 and path/to/module/v1.2.3 only', async () => {
    const found = [
      'react@18.2.0',
      'react@v18.3.0',
      '@scope/name@1.2.3',
      'my-pkg-v1.2.3',
      'sdk/go/module/v1.2.3',
      'cmd/tool-v0.1.0',
    ];
    const missed = [
      'v1.2.3',
      '1.2.3',
      'react@18.2.0-rc.1',
      'my-pkg-1.2.3',
      '@scope@1.2.3',
      'a@b@1.2.3',
      'v1/x',
    ];
    const builder = new WorldBuilder();
    [...found, ...missed].forEach((name, i) => builder.tag(name, `c${i}`, `2026-03-${10 + i}T00:00:00Z`));
    const report = await metricsOf(builder, { source: `tags:${PACKAGE}` });
    expect(report.records.deployments.map((d) => d.label)).toEqual(found);
  });

  it('D2: auto names the packages released most often, each with the --source that follows it alone', async () => {
    const builder = new WorldBuilder();
    const tags = [
      'socket.io@4.0.0',
      'socket.io@4.1.0',
      'socket.io@4.2.0',
      'sdk/go/module/v1.0.0',
      'sdk/go/module/v1.1.0',
      'my-pkg-v1.0.0',
      'my-pkg-v1.1.0',
      '@scope/name@1.0.0',
      'socket.io-client@4.0.0',
    ];
    tags.forEach((name, i) => builder.tag(name, `p${i}`, `2026-03-${10 + i}T00:00:00Z`));
    const report = await metricsOf(merged(builder));
    // 3 socket.io; 2 each for my-pkg and sdk/go/module (by name); 1 each for the rest (by name)
    expect(report.source.packages).toEqual([
      { name: 'socket.io', tags: 3, source: String.raw`tags:^socket\.io@v?` + VERSION },
      { name: 'my-pkg', tags: 2, source: 'tags:^my-pkg-v' + VERSION },
      { name: 'sdk/go/module', tags: 2, source: 'tags:^sdk/go/module/v' + VERSION },
      { name: '@scope/name', tags: 1, source: 'tags:^@scope/name@v?' + VERSION },
      { name: 'socket.io-client', tags: 1, source: String.raw`tags:^socket\.io-client@v?` + VERSION },
    ]);
    // each suggested source follows its package and nothing else (socket.io-client is not socket.io)
    const followed = await metricsOf(merged(builder), { source: report.source.packages![0].source });
    expect(followed.records.deployments.map((d) => d.label)).toEqual([
      'socket.io@4.0.0',
      'socket.io@4.1.0',
      'socket.io@4.2.0',
    ]);
    expect(report.source.reason).toContain(`socket.io 3 tags (--source 'tags:^socket\\.io@v?${VERSION}')`);
  });

  it('D2: a package name with characters a regular expression treats specially is escaped', () => {
    // the package pattern's names hold only [A-Za-z0-9_.-], @ and /: only the dot is special
    expect(packagesOf(['a.b_c-d@1.0.0'])).toEqual([
      { name: 'a.b_c-d', tags: 1, source: String.raw`tags:^a\.b_c-d@v?` + VERSION },
    ]);
    const source = packagesOf(['a.b_c-d@1.0.0'])[0].source.slice('tags:'.length);
    expect(new RegExp(source).test('axb_c-d@1.0.0')).toBe(false);
  });
});

describe('D2 what auto saw', () => {
  it('D2: source.tried lists each source auto tried, in order, with the deployments (and tags) it held', async () => {
    const report = await metricsOf(monorepo());
    expect(report.source.tried).toEqual([
      { source: 'environment:production', deployments: 0, tags: null },
      { source: 'releases', deployments: 0, tags: null },
      { source: TAGS, deployments: 0, tags: 0 },
      { source: `tags:${PACKAGE}`, deployments: 2, tags: 3 },
    ]);
    expect(report.source.packages).toEqual([
      { name: '@changesets/cli', tags: 2, source: 'tags:^@changesets/cli@v?' + VERSION },
      { name: '@changesets/git', tags: 1, source: 'tags:^@changesets/git@v?' + VERSION },
    ]);
  });

  it('D2: the reason says what each source held and which was chosen', async () => {
    const report = await metricsOf(monorepo());
    expect(report.source.reason).toBe(
      'auto: 0 successful deployments to environment:production; 0 published releases; 0 tags like v1.2.3; ' +
        '3 package tags (2 deployments: tags on one commit are one) — most released: ' +
        `@changesets/cli 2 tags (--source 'tags:^@changesets/cli@v?${VERSION}'), ` +
        `@changesets/git 1 tag (--source 'tags:^@changesets/git@v?${VERSION}'); chose tags:${PACKAGE}`,
    );
  });

  it('D2: auto stops at the first source with a deployment', async () => {
    const report = await metricsOf(
      monorepo().release({ tagName: 'v1.0.0', publishedAt: '2026-03-11T00:00:00Z', commit: 'a' }),
    );
    expect(report.source.tried).toEqual([
      { source: 'environment:production', deployments: 0, tags: null },
      { source: 'releases', deployments: 1, tags: null },
    ]);
    expect(report.source.reason).toBe(
      'auto: 0 successful deployments to environment:production; 1 published release; chose releases',
    );
  });
});

describe('D2 assumed deployments', () => {
  it('D2: source.assumed is true when auto ends at merges, and the reason says how to name the real source', async () => {
    const report = await metricsOf(merged(new WorldBuilder().tag('nightly', 'a', '2026-03-11T00:00:00Z')));
    expect(report.source).toMatchObject({ deployments: 'merges', assumed: true, packages: [] });
    expect(report.source.tried.map((t) => [t.source, t.deployments])).toEqual([
      ['environment:production', 0],
      ['releases', 0],
      [TAGS, 0],
      [`tags:${PACKAGE}`, 0],
      ['merges', 1],
    ]);
    expect(report.source.reason).toMatch(/^auto: .*0 package tags; 1 merge; chose merges: /);
    expect(report.source.reason).toContain('--source');
  });

  it('D2: a world with nothing at all ends at merges too, assumed', async () => {
    const report = await metricsOf(new WorldBuilder());
    expect(report.source).toMatchObject({ deployments: 'merges', assumed: true });
    expect(report.source.tried.at(-1)).toEqual({ source: 'merges', deployments: 0, tags: null });
  });

  it('D2: a source the user names is never assumed, merges included', async () => {
    for (const source of ['merges', 'tags', 'environment:production']) {
      const report = await metricsOf(monorepo(), { source });
      expect(report.source).toMatchObject({ requested: source, assumed: false, tried: [], packages: null });
    }
  });

  it('D2: auto that finds a real source is not assumed', async () => {
    const report = await metricsOf(merged(new WorldBuilder().deploy(1, 'a', '2026-03-10T00:00:00Z')));
    expect(report.source).toMatchObject({
      deployments: 'environment:production',
      assumed: false,
      packages: null,
    });
  });
});
