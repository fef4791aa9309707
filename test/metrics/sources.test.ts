// D1: every kind of deployment source, with its time and commit.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder, sha } from '../support/world-builder.js';

const deploymentsOf = async (builder: WorldBuilder, source: string) =>
  (await metricsOf(builder, { source })).records.deployments.map((d) => ({
    key: d.key,
    time: d.time,
    sha: d.sha,
  }));

describe('D1 environment', () => {
  const builder = () =>
    new WorldBuilder()
      .deployment({
        id: 1,
        commit: 'a',
        environment: 'Production',
        createdAt: '2026-03-10T00:00:00Z',
        statuses: [
          ['pending', '2026-03-10T00:05:00Z'],
          ['success', '2026-03-10T01:00:00Z'],
          ['success', '2026-03-10T02:00:00Z'],
        ],
      })
      .deployment({
        id: 2,
        commit: 'b',
        createdAt: '2026-03-11T00:00:00Z',
        statuses: [
          ['failure', '2026-03-11T00:10:00Z'],
          ['error', '2026-03-11T00:20:00Z'],
        ],
      })
      .deployment({ id: 3, commit: 'c', environment: 'staging', createdAt: '2026-03-12T00:00:00Z' })
      .deployment({
        id: 4,
        commit: 'd',
        environment: 'PRODUCTION',
        createdAt: '2026-03-13T00:00:00Z',
        statuses: [
          ['in_progress', '2026-03-13T00:01:00Z'],
          ['success', '2026-03-13T00:30:00Z'],
          ['inactive', '2026-03-14T00:00:00Z'],
        ],
      })
      .deployment({ id: 5, commit: 'e', createdAt: '2026-03-14T00:00:00Z', statuses: [] });

  it('D1: environment:production matches the name in any case, at the first success status, with its sha', async () => {
    expect(await deploymentsOf(builder(), 'environment:production')).toEqual([
      { key: 'deployment:1', time: '2026-03-10T01:00:00Z', sha: sha('a') },
      { key: 'deployment:4', time: '2026-03-13T00:30:00Z', sha: sha('d') },
    ]);
  });

  it('D1: deployments with only failure statuses, or none, are not deployments', async () => {
    const report = await metricsOf(builder(), { source: 'environment:production' });
    expect(report.dora.deploymentFrequency.count).toBe(2); // 2 and 5 dropped
  });

  it('D1: `environment` alone means production; another NAME is matched case-insensitively', async () => {
    expect((await deploymentsOf(builder(), 'environment')).map((d) => d.key)).toEqual([
      'deployment:1',
      'deployment:4',
    ]);
    expect(await deploymentsOf(builder(), 'environment:STAGING')).toEqual([
      { key: 'deployment:3', time: '2026-03-12T00:00:00Z', sha: sha('c') },
    ]);
  });
});

describe('D1 releases', () => {
  it('D1: releases not draft, not prerelease and published, at publishedAt, on tagCommitSha else the tag', async () => {
    const builder = new WorldBuilder()
      .release({ tagName: 'v1.0.0', publishedAt: '2026-03-05T00:00:00Z', commit: 'a' })
      .release({ tagName: 'v1.1.0', isDraft: true, commit: 'b' })
      .release({ tagName: 'v1.1.1', isDraft: true, publishedAt: '2026-03-06T00:00:00Z', commit: 'b' })
      .release({ tagName: 'v1.2.0', isPrerelease: true, publishedAt: '2026-03-07T00:00:00Z', commit: 'c' })
      .release({ tagName: 'v1.3.0', publishedAt: null, commit: 'c' })
      .release({ tagName: 'v2.0.0', createdAt: '2026-03-19T00:00:00Z', publishedAt: '2026-03-20T00:00:00Z' })
      .tag('v2.0.0', 'd', '2026-03-18T00:00:00Z')
      .release({ tagName: 'v3.0.0', publishedAt: '2026-03-25T00:00:00Z' });
    expect(await deploymentsOf(builder, 'releases')).toEqual([
      { key: 'release:v1.0.0', time: '2026-03-05T00:00:00Z', sha: sha('a') },
      { key: 'release:v2.0.0', time: '2026-03-20T00:00:00Z', sha: sha('d') },
      // no tagCommitSha and no tag of that name: a deployment without a commit
      { key: 'release:v3.0.0', time: '2026-03-25T00:00:00Z', sha: null },
    ]);
  });
});

describe('D1 tags', () => {
  const builder = () =>
    new WorldBuilder()
      .tag('v1.0.0', 'a', '2026-03-03T00:00:00Z')
      .tag('1.1.0', 'b', '2026-03-04T00:00:00Z')
      .tag('v1.2.0-rc.1', 'c', '2026-03-05T00:00:00Z')
      .tag('v1.2', 'c', '2026-03-05T01:00:00Z')
      .tag('xv1.3.0', 'c', '2026-03-05T02:00:00Z')
      .tag('prod-deploy-7', 'd', '2026-03-06T00:00:00Z')
      .tag('deploy-8', 'e', '2026-03-07T00:00:00Z');

  it('D1: the default pattern ^v?\\d+\\.\\d+\\.\\d+$ takes whole version names, at taggedAt', async () => {
    const report = await metricsOf(builder(), { source: 'tags' });
    expect(report.source.deployments).toBe(String.raw`tags:^v?\d+\.\d+\.\d+$`);
    expect(report.records.deployments.map((d) => [d.key, d.time, d.sha])).toEqual([
      ['tag:v1.0.0', '2026-03-03T00:00:00Z', sha('a')],
      ['tag:1.1.0', '2026-03-04T00:00:00Z', sha('b')],
    ]);
  });

  it('D1: a custom pattern is a search, not a whole-name match', async () => {
    expect((await deploymentsOf(builder(), 'tags:deploy-\\d')).map((d) => d.key)).toEqual([
      'tag:prod-deploy-7',
      'tag:deploy-8',
    ]);
    expect((await deploymentsOf(builder(), 'tags:^deploy-')).map((d) => d.key)).toEqual(['tag:deploy-8']);
  });
});

describe('D1 workflow', () => {
  const builder = () =>
    new WorldBuilder()
      .run({ id: 1, commit: 'a', updatedAt: '2026-03-03T00:00:00Z' })
      .run({ id: 2, commit: 'b', updatedAt: '2026-03-04T00:00:00Z', headBranch: 'feature' })
      .run({ id: 3, commit: 'c', updatedAt: '2026-03-05T00:00:00Z', conclusion: 'failure' })
      .run({ id: 4, commit: 'd', updatedAt: '2026-03-06T00:00:00Z', conclusion: null })
      .run({ id: 5, commit: 'e', updatedAt: '2026-03-07T00:00:00Z', headBranch: null })
      .run({
        id: 6,
        commit: 'f',
        updatedAt: '2026-03-08T00:00:00Z',
        workflowPath: '.github/workflows/ci.yml',
        name: 'CI',
      })
      .run({
        id: 7,
        commit: 'g',
        updatedAt: '2026-03-09T00:00:00Z',
        workflowPath: '.github/workflows/ship.yml',
        name: 'Ship it',
      });

  it('D1: runs of .github/workflows/FILE on the default branch that succeeded, at updatedAt on headSha', async () => {
    expect(await deploymentsOf(builder(), 'workflow:deploy.yml')).toEqual([
      { key: 'run:1', time: '2026-03-03T00:00:00Z', sha: sha('a') },
    ]);
  });

  it('D1: a workflow may also be named by its name', async () => {
    expect((await deploymentsOf(builder(), 'workflow:Ship it')).map((d) => d.key)).toEqual(['run:7']);
  });
});

describe('D1 merges', () => {
  it('D1: every pull request merged into the default branch, at mergedAt on mergeCommitSha', async () => {
    const builder = new WorldBuilder()
      .pullRequest({
        number: 1,
        createdAt: '2026-03-01T00:00:00Z',
        mergedAt: '2026-03-03T00:00:00Z',
        merge: 'm1',
      })
      .pullRequest({
        number: 2,
        createdAt: '2026-03-01T00:00:00Z',
        mergedAt: '2026-03-05T00:00:00Z',
        merge: 'm2',
      })
      .pullRequest({
        number: 3,
        createdAt: '2026-03-01T00:00:00Z',
        mergedAt: '2026-03-04T00:00:00Z',
        base: 'release/1.x',
      })
      .pullRequest({ number: 4, createdAt: '2026-03-01T00:00:00Z' });
    expect(await deploymentsOf(builder, 'merges')).toEqual([
      { key: 'pr:1', time: '2026-03-03T00:00:00Z', sha: sha('m1') },
      { key: 'pr:2', time: '2026-03-05T00:00:00Z', sha: sha('m2') },
    ]);
  });

  it('D1: without such pull requests, the first-parent chain from the head, at committedAt', async () => {
    // r ← a ← m ← b on the first-parent line; s (parent r) is m's second parent.
    const builder = new WorldBuilder().pullRequest({
      number: 9,
      createdAt: '2026-03-01T00:00:00Z',
      mergedAt: '2026-03-02T00:00:00Z',
      base: 'dev',
    });
    builder.commit('r', { authoredAt: '2026-03-02T00:00:00Z' });
    builder.commit('a', {
      parents: ['r'],
      authoredAt: '2026-03-02T00:00:00Z',
      committedAt: '2026-03-02T01:00:00Z',
    });
    builder.commit('s', { parents: ['r'], authoredAt: '2026-03-03T00:00:00Z' });
    builder.commit('m', { parents: ['a', 's'], authoredAt: '2026-03-04T00:00:00Z' });
    builder.commit('b', { parents: ['m'], authoredAt: '2026-03-05T00:00:00Z' });
    const report = await metricsOf(builder, { source: 'merges' });
    expect(report.records.deployments.map((d) => [d.key, d.time])).toEqual([
      [`commit:${sha('r')}`, '2026-03-02T00:00:00Z'],
      [`commit:${sha('a')}`, '2026-03-02T01:00:00Z'],
      [`commit:${sha('m')}`, '2026-03-04T00:00:00Z'],
      [`commit:${sha('b')}`, '2026-03-05T00:00:00Z'],
    ]);
    // s ships with m: 03-04 − 03-03 = 24 h; a and b ship as themselves: 1 h and 0 h.
    const lead = Object.fromEntries(report.records.changes.map((c) => [c.id, c.leadTimeHours]));
    expect(lead).toEqual({ [sha('a')]: 1, [sha('s')]: 24, [sha('b')]: 0 });
  });
});
