// L1/L2: what a change is and when it starts.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder, sha } from '../support/world-builder.js';

const allChanges = (report: Awaited<ReturnType<typeof metricsOf>>) =>
  [...report.records.changes, ...report.records.unshippedChanges].map((c) => c.id).sort();

describe('L1 changes', () => {
  it('L1: a change is a pull request merged into the default branch; other bases are not changes', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'x', '2026-03-02T00:00:00Z')
      .deploy(2, 'y', '2026-03-20T00:00:00Z')
      .pullRequest({ number: 1, createdAt: '2026-03-02T00:00:00Z', mergedAt: '2026-03-03T00:00:00Z' })
      .pullRequest({
        number: 2,
        createdAt: '2026-03-02T00:00:00Z',
        mergedAt: '2026-03-04T00:00:00Z',
        base: 'release/1.x',
      })
      .pullRequest({ number: 3, createdAt: '2026-03-02T00:00:00Z', closedAt: '2026-03-05T00:00:00Z' })
      .pullRequest({ number: 4, createdAt: '2026-03-02T00:00:00Z' });
    const report = await metricsOf(builder);
    expect(allChanges(report)).toEqual(['#1']);
    expect(report.records.deployments[1].changes).toEqual(['#1']);
    expect(report.flow?.throughput.merged).toBe(1);
  });

  it('L1: a world without such pull requests uses its non-merge commits', async () => {
    // r (root) ← a ← m (merge of a and s) ← b; s branches from r. Only #7 into `next` exists.
    const builder = new WorldBuilder()
      .pullRequest({
        number: 7,
        createdAt: '2026-03-02T00:00:00Z',
        mergedAt: '2026-03-03T00:00:00Z',
        base: 'next',
      })
      .deploy(1, 'b', '2026-03-10T00:00:00Z');
    builder.commit('r', { authoredAt: '2026-03-02T00:00:00Z' });
    builder.commit('a', { parents: ['r'], authoredAt: '2026-03-03T00:00:00Z' });
    builder.commit('s', { parents: ['r'], authoredAt: '2026-03-04T00:00:00Z' });
    builder.commit('m', {
      parents: ['a', 's'],
      authoredAt: '2026-03-05T00:00:00Z',
      message: 'Merge branch s',
    });
    builder.commit('b', { parents: ['m'], authoredAt: '2026-03-06T00:00:00Z' });
    const report = await metricsOf(builder);
    // The merge commit m is not a change; the root commit has no parent, so it is not "one parent".
    expect(allChanges(report)).toEqual([sha('a'), sha('b'), sha('s')].sort());
    expect(report.records.changes.every((c) => c.kind === 'commit')).toBe(true);
    expect(report.flow).toBeNull();
  });
});

describe('L2 change start', () => {
  it('L2: a pull request starts at the earliest authoredAt of its commits', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'x', '2026-03-01T00:00:00Z')
      .deploy(2, 'y', '2026-03-09T00:00:00Z')
      .pullRequest({
        number: 1,
        createdAt: '2026-03-07T00:00:00Z',
        mergedAt: '2026-03-08T00:00:00Z',
        commits: ['2026-03-05T10:00:00Z', '2026-03-04T08:00:00Z', '2026-03-06T00:00:00Z'],
      });
    const [change] = (await metricsOf(builder)).records.changes;
    expect(change.start).toBe('2026-03-04T08:00:00Z');
    // 03-04T08:00 → 03-09T00:00 = 4 d 16 h = 112 h
    expect(change.leadTimeHours).toBe(112);
  });

  it('L2: a pull request without commits starts at its createdAt', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'x', '2026-03-01T00:00:00Z')
      .deploy(2, 'y', '2026-03-09T00:00:00Z')
      .pullRequest({ number: 1, createdAt: '2026-03-07T06:00:00Z', mergedAt: '2026-03-08T00:00:00Z' });
    const [change] = (await metricsOf(builder)).records.changes;
    expect(change.start).toBe('2026-03-07T06:00:00Z');
    expect(change.leadTimeHours).toBe(42); // 03-07T06:00 → 03-09T00:00
  });

  it('L2: a commit starts at its authoredAt, not its committedAt', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'r', '2026-03-01T00:00:00Z')
      .deploy(2, 'a', '2026-03-06T00:00:00Z');
    builder.commit('r', { authoredAt: '2026-03-01T00:00:00Z' });
    builder.commit('a', {
      parents: ['r'],
      authoredAt: '2026-03-03T00:00:00Z',
      committedAt: '2026-03-05T00:00:00Z',
    });
    const [change] = (await metricsOf(builder)).records.changes;
    expect(change).toMatchObject({ start: '2026-03-03T00:00:00Z', mergedAt: '2026-03-05T00:00:00Z' });
    expect(change.leadTimeHours).toBe(72); // 03-03 → 03-06
  });
});
