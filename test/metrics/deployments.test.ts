// D2–D4: the automatic source, the order and merging of deployments, deployment frequency.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder, sha } from '../support/world-builder.js';

const TAGS = String.raw`tags:^v?\d+\.\d+\.\d+$`;

function everySource() {
  return new WorldBuilder()
    .deploy(1, 'a', '2026-03-10T00:00:00Z')
    .release({ tagName: 'v1.0.0', publishedAt: '2026-03-11T00:00:00Z', commit: 'a' })
    .tag('v1.0.0', 'a', '2026-03-11T00:00:00Z')
    .pullRequest({ number: 1, createdAt: '2026-03-01T00:00:00Z', mergedAt: '2026-03-09T00:00:00Z' });
}

describe('D2 auto source', () => {
  it('D2: environment:production comes first when it yields a deployment', async () => {
    const report = await metricsOf(everySource());
    expect(report.source.requested).toBe('auto');
    expect(report.source.deployments).toBe('environment:production');
    expect(report.source.reason).toContain('environment:production');
  });

  it('D2: releases come next; the reason names the source used and the ones that gave nothing', async () => {
    const builder = new WorldBuilder()
      .deployment({ id: 1, commit: 'a', environment: 'staging', createdAt: '2026-03-10T00:00:00Z' })
      .deployment({
        id: 2,
        commit: 'a',
        createdAt: '2026-03-10T00:00:00Z',
        statuses: [['failure', '2026-03-10T00:01:00Z']],
      })
      .release({ tagName: 'v1.0.0', publishedAt: '2026-03-11T00:00:00Z', commit: 'a' })
      .tag('v1.0.0', 'a', '2026-03-11T00:00:00Z');
    const report = await metricsOf(builder);
    expect(report.source.deployments).toBe('releases');
    expect(report.source.reason).toMatch(/releases/);
    expect(report.source.reason).toMatch(/environment:production/);
  });

  it('D2: then tags with the default pattern (a draft release yields nothing)', async () => {
    const builder = new WorldBuilder()
      .release({ tagName: 'v1.0.0', isDraft: true, commit: 'a' })
      .tag('v1.0.0', 'a', '2026-03-11T00:00:00Z')
      .pullRequest({ number: 1, createdAt: '2026-03-01T00:00:00Z', mergedAt: '2026-03-09T00:00:00Z' });
    const report = await metricsOf(builder);
    expect(report.source.deployments).toBe(TAGS);
    expect(report.source.reason).toContain(TAGS);
    expect(report.source.reason).toContain('releases');
  });

  it('D2: then merges, when no tag matches the default pattern', async () => {
    const builder = new WorldBuilder()
      .tag('nightly', 'a', '2026-03-11T00:00:00Z')
      .pullRequest({ number: 1, createdAt: '2026-03-01T00:00:00Z', mergedAt: '2026-03-09T00:00:00Z' });
    const report = await metricsOf(builder);
    expect(report.source.deployments).toBe('merges');
    expect(report.dora.deploymentFrequency.count).toBe(1);
    expect(report.source.reason).toContain('merges');
  });

  it('D2: a deployment anywhere in the world counts, even outside both windows', async () => {
    const builder = everySource();
    builder.deploy(2, 'b', '2025-01-01T00:00:00Z');
    const world = builder.build();
    world.deployments!.splice(0, 1); // only the 2025 deployment is left
    const report = await metricsOf(world);
    expect(report.source.deployments).toBe('environment:production');
    expect(report.dora.deploymentFrequency.count).toBe(0);
  });

  it('D2: a world with nothing to deploy still states the source and why', async () => {
    const report = await metricsOf(new WorldBuilder());
    expect(report.source.deployments).toBe('merges');
    expect(report.source.reason.length).toBeGreaterThan(0);
  });

  it('D2: a configured source is used as given and stated', async () => {
    const report = await metricsOf(everySource(), { source: 'releases' });
    expect(report.source).toMatchObject({ deployments: 'releases', requested: 'releases' });
    expect(report.source.reason).toContain('releases');
  });
});

describe('D3 order and merging', () => {
  it('D3: deployments at the same time are ordered by commit sha', async () => {
    // Name the two commits so that we know which sha sorts first.
    const [low, high] = ['p', 'q'].sort((x, y) => (sha(x) < sha(y) ? -1 : 1));
    const builder = new WorldBuilder()
      .deploy(1, high, '2026-03-10T00:00:00Z')
      .deploy(2, low, '2026-03-10T00:00:00Z')
      .deploy(3, 'z', '2026-03-09T00:00:00Z');
    const report = await metricsOf(builder);
    expect(report.records.deployments.map((d) => d.key)).toEqual([
      'deployment:3',
      'deployment:2',
      'deployment:1',
    ]);
  });

  it('D3: the world-first deployment of a tie is the one with the smaller sha', async () => {
    const [low, high] = ['p', 'q'].sort((x, y) => (sha(x) < sha(y) ? -1 : 1));
    const builder = new WorldBuilder()
      .deploy(1, high, '2026-03-10T00:00:00Z')
      .deploy(2, low, '2026-03-10T00:00:00Z');
    const first = (await metricsOf(builder)).records.deployments.filter((d) => d.firstOfWorld);
    expect(first.map((d) => d.key)).toEqual(['deployment:2']);
  });

  it('D3: 1.0.0 and v1.0.0 on one commit are one deployment, at the earlier time', async () => {
    const builder = new WorldBuilder()
      .tag('1.0.0', 'a', '2026-03-10T00:00:00Z')
      .tag('v1.0.0', 'a', '2026-03-09T12:00:00Z')
      .tag('v1.1.0', 'b', '2026-03-12T00:00:00Z');
    const report = await metricsOf(builder, { source: 'tags' });
    expect(report.dora.deploymentFrequency.count).toBe(2);
    const [first, second] = report.records.deployments;
    expect(first).toMatchObject({ time: '2026-03-09T12:00:00Z', sha: sha('a') });
    expect([...first.aliases].sort()).toEqual(['1.0.0', 'v1.0.0']);
    expect(second).toMatchObject({ time: '2026-03-12T00:00:00Z', aliases: ['v1.1.0'] });
  });

  it('D3: releases on one commit are one release, at the earliest publishedAt', async () => {
    const builder = new WorldBuilder()
      .release({ tagName: 'v1.0.0', publishedAt: '2026-03-10T00:00:00Z', commit: 'a' })
      .release({ tagName: '1.0.0', publishedAt: '2026-03-10T06:00:00Z', commit: 'a' });
    const report = await metricsOf(builder, { source: 'releases' });
    expect(report.records.deployments).toHaveLength(1);
    expect(report.records.deployments[0].time).toBe('2026-03-10T00:00:00Z');
  });
});

describe('D4 deployment frequency', () => {
  it('D4: deployments in the window ÷ days, and × 7', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-03T00:00:00Z')
      .deploy(2, 'b', '2026-03-10T00:00:00Z')
      .deploy(3, 'c', '2026-03-17T00:00:00Z')
      .deploy(4, 'd', '2026-02-17T00:00:00Z'); // previous window
    const frequency = (await metricsOf(builder)).dora.deploymentFrequency;
    // 3 ÷ 30 = 0.1 per day; 0.7 per week
    expect(frequency.count).toBe(3);
    expect(frequency.perDay).toBeCloseTo(0.1, 12);
    expect(frequency.perWeek).toBeCloseTo(0.7, 12);
  });

  it('D4: no deployment is a frequency of 0 (a count, not a missing value)', async () => {
    const frequency = (await metricsOf(new WorldBuilder())).dora.deploymentFrequency;
    expect(frequency).toMatchObject({ count: 0, perDay: 0, perWeek: 0 });
  });
});
