// C2: which changes are reverts, what they revert, and which deployments they fail.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder, sha } from '../support/world-builder.js';

type Report = Awaited<ReturnType<typeof metricsOf>>;
interface Pr {
  title: string;
  body?: string;
  merge?: string;
}

/** Pull requests #1.. merged a day apart from 03-03 in order, all shipped by one late deployment. */
function prWorld(prs: Pr[]) {
  const builder = new WorldBuilder()
    .deploy(1, 'first', '2026-03-02T00:00:00Z')
    .deploy(2, 'x', '2026-03-28T00:00:00Z');
  prs.forEach((pr, i) =>
    builder.pullRequest({
      number: i + 1,
      title: pr.title,
      body: pr.body,
      merge: pr.merge,
      createdAt: '2026-03-02T00:00:00Z',
      mergedAt: `2026-03-${String(3 + i).padStart(2, '0')}T00:00:00Z`,
    }),
  );
  return builder;
}

/** The target of the last change, and whether it is a revert. */
async function lastRevert(prs: Pr[]) {
  const report = await metricsOf(prWorld(prs));
  const last = allChanges(report).find((c) => c.id === `#${prs.length}`)!;
  return { isRevert: last.isRevert, target: last.revertTarget };
}

const allChanges = (report: Report) => [...report.records.changes, ...report.records.unshippedChanges];

describe('C2 revert by title', () => {
  it('C2: `Revert "x"` targets the change titled x', async () => {
    const found = await lastRevert([{ title: 'feat: add cart' }, { title: 'Revert "feat: add cart"' }]);
    expect(found).toEqual({ isRevert: true, target: '#1' });
  });

  it('C2: `revert: x` targets the change titled x', async () => {
    expect(await lastRevert([{ title: 'feat: add cart' }, { title: 'revert: feat: add cart' }])).toEqual({
      isRevert: true,
      target: '#1',
    });
  });

  it('C2: `Revert(scope)!: x` and an upper-case type are reverts too', async () => {
    expect((await lastRevert([{ title: 'add cart' }, { title: 'Revert(cart)!: add cart' }])).target).toBe(
      '#1',
    );
    expect((await lastRevert([{ title: 'add cart' }, { title: 'REVERT: add cart' }])).target).toBe('#1');
  });

  it('C2: `Reverted …` and a lower-case `revert x` without a colon are not reverts by title', async () => {
    expect(await lastRevert([{ title: 'add cart' }, { title: 'Reverted add cart' }])).toEqual({
      isRevert: false,
      target: null,
    });
    expect((await lastRevert([{ title: 'add cart' }, { title: 'revert add cart' }])).isRevert).toBe(false);
  });
});

describe('C2 rule 1: pull request numbers', () => {
  it('C2: `Reverts owner/repo#N` in the body names the target, whatever the title', async () => {
    const found = await lastRevert([
      { title: 'feat: add cart' },
      { title: 'feat: other' },
      { title: 'Undo the cart', body: 'Reverts acme/shop#1\n\nIt broke checkout.' },
    ]);
    expect(found).toEqual({ isRevert: true, target: '#1' });
  });

  it('C2: `Reverts` naming another repository is ignored', async () => {
    const found = await lastRevert([
      { title: 'feat: add cart' },
      { title: 'Undo the cart', body: 'Reverts other/lib#1' },
    ]);
    expect(found).toEqual({ isRevert: false, target: null });
    // a revert by title then falls back to its own title (rule 3), not to #2
    const byTitle = await lastRevert([
      { title: 'feat: add cart' },
      { title: 'feat: other' },
      { title: 'Revert "feat: add cart"', body: 'Reverts other/lib#2' },
    ]);
    expect(byTitle.target).toBe('#1');
  });

  it('C2: a revert by title takes the first #N of its title', async () => {
    const found = await lastRevert([
      { title: 'feat: one' },
      { title: 'feat: two' },
      { title: 'feat: three' },
      { title: 'Revert #3, which broke #1' },
    ]);
    expect(found.target).toBe('#3');
  });
});

describe('C2 rule 2: commit shas', () => {
  it('C2: `This reverts commit <sha>` with 7 to 40 hex digits finds the change with that commit', async () => {
    const short = sha('m1').slice(0, 7);
    const viaShort = await lastRevert([
      { title: 'feat: add cart', merge: 'm1' },
      { title: 'feat: other', merge: 'm2' },
      { title: 'Back out the cart', body: `This reverts commit ${short}.` },
    ]);
    expect(viaShort).toEqual({ isRevert: true, target: '#1' });
    const viaFull = await lastRevert([
      { title: 'feat: add cart', merge: 'm1' },
      { title: 'feat: other', merge: 'm2' },
      { title: 'Back out', body: `Oops.\n\nThis reverts commit ${sha('m2')}.` },
    ]);
    expect(viaFull.target).toBe('#2');
  });

  it('C2: fewer than 7 hex digits name no commit', async () => {
    const found = await lastRevert([
      { title: 'feat: add cart', merge: 'm1' },
      { title: 'Back out', body: `This reverts commit ${sha('m1').slice(0, 6)}.` },
    ]);
    expect(found).toEqual({ isRevert: false, target: null });
  });
});

describe('C2 rule 3: titles', () => {
  it('C2: quotes and a trailing (#N) are stripped; a pull request title loses its own (#N) too', async () => {
    // #99 does not exist, so rule 1 finds nothing and the title decides
    const found = await lastRevert([
      { title: 'feat: add cart (#7)' },
      { title: 'Revert "feat: add cart (#99)"' },
    ]);
    expect(found.target).toBe('#1');
  });

  it('C2: the conventional prefix is stripped on both sides (`revert: narrow return type`)', async () => {
    const found = await lastRevert([
      { title: 'fix: narrow return type' },
      { title: 'revert: narrow return type' },
    ]);
    expect(found.target).toBe('#1');
  });

  it('C2: an equal title wins over one equal only without the prefix', async () => {
    const found = await lastRevert([
      { title: 'narrow return type' },
      { title: 'fix: narrow return type' },
      { title: 'Revert "narrow return type"' },
    ]);
    expect(found.target).toBe('#1');
  });

  it('C2: the latest matching change is the target', async () => {
    const found = await lastRevert([
      { title: 'fix: flaky test' },
      { title: 'fix: flaky test' },
      { title: 'feat: other' },
      { title: 'Revert "fix: flaky test"' },
    ]);
    expect(found.target).toBe('#2');
  });

  it('C2: the target must come before the revert (merge time, then number)', async () => {
    const later = await lastRevert([{ title: 'Revert "feat: later"' }, { title: 'feat: later' }]);
    expect(later).toEqual({ isRevert: false, target: null }); // #2 is the last: plain feature
    const report = await metricsOf(prWorld([{ title: 'Revert "feat: later"' }, { title: 'feat: later' }]));
    expect(allChanges(report).find((c) => c.id === '#1')).toMatchObject({
      isRevert: true,
      revertTarget: null,
    });
    // Same merge time: #4 comes before #5, so #4 cannot revert #5.
    const tie = new WorldBuilder()
      .deploy(1, 'a', '2026-03-02T00:00:00Z')
      .pullRequest({
        number: 5,
        title: 'feat: x',
        createdAt: '2026-03-02T00:00:00Z',
        mergedAt: '2026-03-04T00:00:00Z',
      })
      .pullRequest({
        number: 4,
        title: 'Revert "feat: x"',
        createdAt: '2026-03-02T00:00:00Z',
        mergedAt: '2026-03-04T00:00:00Z',
      });
    const tied = allChanges(await metricsOf(tie)).find((c) => c.id === '#4');
    expect(tied).toMatchObject({ isRevert: true, revertTarget: null });
  });
});
