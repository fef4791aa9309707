// C2 (failure side) and C2 in a commits-only world of squash merges.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder, sha } from '../support/world-builder.js';

const pr = (number: number, title: string, mergedAt: string) => ({
  number,
  title,
  createdAt: '2026-03-02T00:00:00Z',
  mergedAt,
});

describe('C2 reverted deployments', () => {
  it('C2: a revert shipped with its target fails nothing (nobody ran the reverted change)', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-02T00:00:00Z')
      .deploy(2, 'b', '2026-03-06T00:00:00Z')
      .pullRequest(pr(1, 'feat: cart', '2026-03-03T00:00:00Z'))
      .pullRequest(pr(2, 'Revert "feat: cart"', '2026-03-04T00:00:00Z'));
    const report = await metricsOf(builder);
    expect(report.records.changes.find((c) => c.id === '#2')).toMatchObject({
      isRevert: true,
      revertTarget: '#1',
    });
    expect(report.records.failures).toEqual([]);
    expect(report.dora.changeFailureRate.failed).toBe(0);
  });

  it('C2: an unshipped revert leaves its target deployment failed and the event unrestored', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-02T00:00:00Z')
      .deploy(2, 'b', '2026-03-05T00:00:00Z')
      .pullRequest(pr(1, 'feat: cart', '2026-03-03T00:00:00Z'))
      .pullRequest(pr(2, 'Revert "feat: cart"', '2026-03-10T00:00:00Z'));
    const report = await metricsOf(builder);
    expect(report.records.failures).toEqual([
      expect.objectContaining({
        kind: 'revert',
        deployment: 'deployment:2',
        start: '2026-03-05T00:00:00Z',
        restoredAt: null,
        restoreHours: null,
      }),
    ]);
    expect(report.records.deployments[1].failed).toBe(true);
    expect(report.dora.timeToRestore).toMatchObject({ events: 1, restored: 0, unrestored: 1 });
    expect(report.dora.changeFailureRate).toMatchObject({ failed: 1, rate: 0.5 });
  });

  it('C2: a revert with no target fails nothing', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-02T00:00:00Z')
      .deploy(2, 'b', '2026-03-05T00:00:00Z')
      .deploy(3, 'c', '2026-03-07T00:00:00Z')
      .pullRequest(pr(1, 'feat: cart', '2026-03-03T00:00:00Z'))
      .pullRequest(pr(2, 'Revert "something never merged"', '2026-03-06T00:00:00Z'));
    const report = await metricsOf(builder);
    expect(report.records.changes.find((c) => c.id === '#2')).toMatchObject({
      isRevert: true,
      revertTarget: null,
    });
    expect(report.records.failures).toEqual([]);
    expect(report.dataQuality.revertsWithoutTarget).toBe(1);
  });

  it('C2: a revert whose target never shipped fails nothing', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-02T00:00:00Z')
      .deploy(2, 'b', '2026-03-05T00:00:00Z')
      .pullRequest(pr(1, 'feat: cart', '2026-03-06T00:00:00Z'))
      .pullRequest(pr(2, 'Revert "feat: cart"', '2026-03-07T00:00:00Z'));
    const report = await metricsOf(builder);
    expect(report.records.unshippedChanges.find((c) => c.id === '#2')?.revertTarget).toBe('#1');
    expect(report.records.failures).toEqual([]);
    expect(report.dora.timeToRestore.events).toBe(0);
  });
});

describe('C2 in a commits-only world', () => {
  /** r ← c1 ← c2 ← …, deployed: r (first), then what the test adds. */
  function commitWorld(subjects: string[]) {
    const builder = new WorldBuilder();
    builder.commit('r', { authoredAt: '2026-03-02T00:00:00Z', message: 'chore: init' });
    subjects.forEach((message, i) =>
      builder.commit(`c${i + 1}`, {
        parents: [i === 0 ? 'r' : `c${i}`],
        authoredAt: `2026-03-${String(3 + 2 * i).padStart(2, '0')}T00:00:00Z`,
        message,
      }),
    );
    return builder.deploy(1, 'r', '2026-03-02T01:00:00Z');
  }

  it('C2: squash subjects: `Revert "x (#12)" (#14)` reverts the latest commit ending with (#12)', async () => {
    // c1 03-03, c2 03-05, c3 03-07; deployed c2 on 03-06 and c3 on 03-08
    const builder = commitWorld([
      'feat: add cart (#12)',
      'feat: search (#13)',
      'Revert "feat: add cart (#12)" (#14)',
    ])
      .deploy(2, 'c2', '2026-03-06T00:00:00Z')
      .deploy(3, 'c3', '2026-03-08T00:00:00Z');
    const report = await metricsOf(builder);
    const revert = report.records.changes.find((c) => c.id === sha('c3'))!;
    // the title loses the squash number: C2's "one trailing (#N) removed"
    expect(revert).toMatchObject({
      title: 'Revert "feat: add cart (#12)"',
      isRevert: true,
      revertTarget: sha('c1'),
    });
    // deployment 2 (03-06) failed until deployment 3 (03-08): 48 h
    expect(report.records.failures).toEqual([
      expect.objectContaining({ kind: 'revert', deployment: 'deployment:2', restoreHours: 48 }),
    ]);
  });

  it('C2: `#N` finds the latest commit whose subject ends with (#N)', async () => {
    const builder = commitWorld(['feat: a (#12)', 'feat: a again (#12)', 'Revert #12']).deploy(
      2,
      'c3',
      '2026-03-08T00:00:00Z',
    );
    const report = await metricsOf(builder);
    expect(report.records.changes.find((c) => c.id === sha('c3'))?.revertTarget).toBe(sha('c2'));
  });

  it('C2: a git revert message names its target by `This reverts commit`', async () => {
    const builder = commitWorld([
      'feat: search',
      'feat: other',
      `Revert "the search"\n\nThis reverts commit ${sha('c1')}.\n`,
    ]).deploy(2, 'c3', '2026-03-08T00:00:00Z');
    const report = await metricsOf(builder);
    expect(report.records.changes.find((c) => c.id === sha('c3'))?.revertTarget).toBe(sha('c1'));
  });

  it('C2: a squashed revert of an unnumbered subject is found by its title', async () => {
    const builder = commitWorld([
      'feat: search (#13)',
      'feat: other (#14)',
      'Revert "feat: search" (#15)',
    ]).deploy(2, 'c3', '2026-03-08T00:00:00Z');
    const report = await metricsOf(builder);
    expect(report.records.changes.find((c) => c.id === sha('c3'))?.revertTarget).toBe(sha('c1'));
  });
});
