// L3/L4: which deployment ships each change, and lead time for changes.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

type Report = Awaited<ReturnType<typeof metricsOf>>;
const shippedBy = (report: Report) =>
  Object.fromEntries(
    [...report.records.changes, ...report.records.unshippedChanges].map((c) => [c.id, c.shippedBy]),
  );

/** c0 ← c1 ← c2 ← c3 on main; #1..#3 are merged as c1..c3. */
function graphWorld() {
  return new WorldBuilder()
    .line([
      ['c0', '2026-03-02T00:00:00Z'],
      ['c1', '2026-03-03T00:00:00Z'],
      ['c2', '2026-03-04T00:00:00Z'],
      ['c3', '2026-03-05T00:00:00Z'],
    ])
    .pullRequest({
      number: 1,
      createdAt: '2026-03-02T00:00:00Z',
      mergedAt: '2026-03-03T00:00:00Z',
      merge: 'c1',
    })
    .pullRequest({
      number: 2,
      createdAt: '2026-03-02T00:00:00Z',
      mergedAt: '2026-03-04T00:00:00Z',
      merge: 'c2',
    })
    .pullRequest({
      number: 3,
      createdAt: '2026-03-02T00:00:00Z',
      mergedAt: '2026-03-05T00:00:00Z',
      merge: 'c3',
    })
    .deploy(1, 'c0', '2026-03-02T12:00:00Z')
    .deploy(2, 'c1', '2026-03-04T12:00:00Z') // after #2's merge, but c1 does not contain c2
    .deploy(3, 'backport', '2026-03-04T18:00:00Z') // a commit off the default branch
    .deploy(4, 'c3', '2026-03-06T00:00:00Z');
}

describe('L3 containment', () => {
  it('L3: with both commits in `commits`, the graph decides', async () => {
    const report = await metricsOf(graphWorld());
    expect(shippedBy(report)).toEqual({ '#1': 'deployment:2', '#2': 'deployment:4', '#3': 'deployment:4' });
  });

  it('L3: a deployment of a commit off the default branch ships no change but still counts (D4)', async () => {
    const report = await metricsOf(graphWorld());
    const backport = report.records.deployments.find((d) => d.key === 'deployment:3')!;
    expect(backport).toMatchObject({ onDefaultBranch: false, changes: [] });
    expect(report.dora.deploymentFrequency.count).toBe(4);
    expect(report.dataQuality.deploymentsOffDefaultBranch).toBe(1);
  });

  it('L3: a change whose commit is unknown is assumed to ship with the next on-branch deployment', async () => {
    const builder = graphWorld()
      // merged before the backport deployment; its merge commit is not in `commits`
      .pullRequest({
        number: 4,
        createdAt: '2026-03-02T00:00:00Z',
        mergedAt: '2026-03-04T15:00:00Z',
        merge: 'ghost',
      })
      .pullRequest({
        number: 5,
        createdAt: '2026-03-02T00:00:00Z',
        mergedAt: '2026-03-04T15:00:00Z',
        merge: null,
      });
    const shipped = shippedBy(await metricsOf(builder));
    // deployment 3 (off the branch) ships nothing, so both ship with deployment 4
    expect(shipped['#4']).toBe('deployment:4');
    expect(shipped['#5']).toBe('deployment:4');
  });

  it('L3: in a world without commits containment is assumed', async () => {
    const builder = new WorldBuilder()
      .pullRequest({
        number: 1,
        createdAt: '2026-03-02T00:00:00Z',
        mergedAt: '2026-03-03T00:00:00Z',
        merge: 'c1',
      })
      .deploy(1, 'anything', '2026-03-02T12:00:00Z')
      .deploy(2, 'unrelated', '2026-03-03T12:00:00Z');
    const report = await metricsOf(builder);
    expect(shippedBy(report)).toEqual({ '#1': 'deployment:2' });
    expect(report.records.deployments.every((d) => d.onDefaultBranch)).toBe(true);
  });

  it('L3: a deployment without a commit is assumed to contain what was merged before it', async () => {
    const builder = new WorldBuilder()
      .line([
        ['c0', '2026-03-02T00:00:00Z'],
        ['c1', '2026-03-03T00:00:00Z'],
        ['c2', '2026-03-04T00:00:00Z'],
      ])
      .pullRequest({
        number: 2,
        createdAt: '2026-03-02T00:00:00Z',
        mergedAt: '2026-03-04T00:00:00Z',
        merge: 'c2',
      })
      .release({ tagName: 'v1.0.0', publishedAt: '2026-03-02T12:00:00Z', commit: 'c0' })
      .release({ tagName: 'v1.1.0', publishedAt: '2026-03-04T12:00:00Z' }) // no commit known
      .release({ tagName: 'v1.2.0', publishedAt: '2026-03-05T00:00:00Z', commit: 'c2' });
    const report = await metricsOf(builder, { source: 'releases' });
    expect(shippedBy(report)).toEqual({ '#2': 'release:v1.1.0' });
    expect(report.records.deployments[1]).toMatchObject({ sha: null, onDefaultBranch: true });
  });

  it('L3: the shipping deployment is the first at or after the merge time', async () => {
    const builder = new WorldBuilder()
      .pullRequest({ number: 1, createdAt: '2026-03-02T00:00:00Z', mergedAt: '2026-03-05T00:00:00Z' })
      .pullRequest({ number: 2, createdAt: '2026-03-02T00:00:00Z', mergedAt: '2026-03-05T00:00:01Z' })
      .deploy(1, 'a', '2026-03-03T00:00:00Z')
      .deploy(2, 'b', '2026-03-05T00:00:00Z') // exactly #1's merge time
      .deploy(3, 'c', '2026-03-06T00:00:00Z');
    expect(shippedBy(await metricsOf(builder))).toEqual({ '#1': 'deployment:2', '#2': 'deployment:3' });
  });

  it('L3: a deployment containing the change but dated before its merge does not ship it', async () => {
    const builder = graphWorld();
    const world = builder.build();
    // Deployment 2 now deploys c2 at 03-03T12:00, before #2's merge at 03-04T00:00.
    world.deployments![1].sha = world.commits!.find((c) => c.authoredAt === '2026-03-04T00:00:00Z')!.sha;
    world.deployments![1].statuses = [{ state: 'success', createdAt: '2026-03-03T12:00:00Z' }];
    const shipped = shippedBy(await metricsOf(world));
    expect(shipped['#1']).toBe('deployment:2'); // c2 contains c1, merged 03-03T00:00
    expect(shipped['#2']).toBe('deployment:4');
  });

  it('L3: a change merged after the last deployment is unshipped and listed as such', async () => {
    const builder = graphWorld().pullRequest({
      number: 6,
      createdAt: '2026-03-02T00:00:00Z',
      mergedAt: '2026-03-20T00:00:00Z',
    });
    const report = await metricsOf(builder);
    expect(report.records.unshippedChanges.map((c) => [c.id, c.shippedBy, c.leadTimeHours])).toEqual([
      ['#6', null, null],
    ]);
  });
});

describe('L4 lead time', () => {
  /** #0 ships with the world's first deployment, #1 in the previous window, #2–#6 in this one. */
  function leadWorld() {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-02-10T00:00:00Z')
      .deploy(2, 'b', '2026-03-01T12:00:00Z')
      .deploy(3, 'c', '2026-03-02T10:00:00Z')
      .pullRequest({ number: 100, createdAt: '2026-02-01T00:00:00Z', mergedAt: '2026-02-09T00:00:00Z' })
      .pullRequest({ number: 1, createdAt: '2026-03-01T00:00:00Z', mergedAt: '2026-03-01T06:00:00Z' });
    // created → 03-02T10:00: 10, 20, 30, 40 and 50 hours
    const created = [
      '2026-03-02T00:00:00Z',
      '2026-03-01T14:00:00Z',
      '2026-03-01T04:00:00Z',
      '2026-02-28T18:00:00Z',
      '2026-02-28T08:00:00Z',
    ];
    created.forEach((at, i) =>
      builder.pullRequest({ number: i + 2, createdAt: at, mergedAt: `2026-03-02T0${5 + i}:00:00Z` }),
    );
    return builder;
  }

  it('L4: median, p75 and p90 over changes shipped by deployments in the window', async () => {
    const lead = (await metricsOf(leadWorld())).dora.leadTime;
    // [10, 20, 30, 40, 50]: median 30; p75 rank 3 → 40; p90 rank 3.6 → 40 + 0.6·10 = 46
    expect(lead.changes).toBe(5);
    expect(lead.medianHours).toBe(30);
    expect(lead.p75Hours).toBe(40);
    expect(lead.p90Hours).toBeCloseTo(46, 12);
  });

  it('L4: changes shipped by the earliest deployment of the world are left out', async () => {
    const report = await metricsOf(leadWorld());
    // previous window: #1 only (03-01T00:00 → 12:00 = 12 h); #100 shipped by deployment 1 is left out
    expect(report.previous.dora.leadTime).toMatchObject({ changes: 1, medianHours: 12 });
  });

  it('L4: the first deployment of the world inside the window has no lead times', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-05T00:00:00Z')
      .deploy(2, 'b', '2026-03-10T00:00:00Z')
      .pullRequest({ number: 1, createdAt: '2026-03-03T00:00:00Z', mergedAt: '2026-03-04T00:00:00Z' })
      .pullRequest({ number: 2, createdAt: '2026-03-08T00:00:00Z', mergedAt: '2026-03-09T00:00:00Z' });
    const report = await metricsOf(builder);
    expect(report.records.deployments.map((d) => d.firstOfWorld)).toEqual([true, false]);
    expect(report.records.changes.map((c) => [c.id, c.shippedBy, c.leadTimeHours])).toEqual([
      ['#1', 'deployment:1', null],
      ['#2', 'deployment:2', 48],
    ]);
    expect(report.dora.leadTime).toMatchObject({ changes: 1, medianHours: 48 });
    expect(report.dataQuality.changesShippedByFirstDeployment).toBe(1);
  });

  it('L4: a negative duration counts as 0', async () => {
    // authored after it was committed and deployed (a skewed clock): 03-10 − 03-12 < 0 → 0
    const builder = new WorldBuilder()
      .deploy(1, 'r', '2026-03-02T00:00:00Z')
      .deploy(2, 'a', '2026-03-10T00:00:00Z');
    builder.commit('r', { authoredAt: '2026-03-02T00:00:00Z' });
    builder.commit('a', {
      parents: ['r'],
      authoredAt: '2026-03-12T00:00:00Z',
      committedAt: '2026-03-09T00:00:00Z',
    });
    const report = await metricsOf(builder);
    expect(report.records.changes[0].leadTimeHours).toBe(0);
    expect(report.dora.leadTime.medianHours).toBe(0);
  });

  it('L4: in a commits-only world of squash merges the report says lead time covers only the wait', async () => {
    const builder = new WorldBuilder()
      .line([
        ['r', '2026-03-02T00:00:00Z', 'chore: init'],
        ['a', '2026-03-03T00:00:00Z', 'feat: search (#12)'],
      ])
      .deploy(1, 'r', '2026-03-02T01:00:00Z')
      .deploy(2, 'a', '2026-03-04T00:00:00Z');
    const report = await metricsOf(builder);
    expect(report.records.changes[0].leadTimeHours).toBe(24);
    expect(report.dataQuality.squashMergedCommitsOnly).toBe(true);
    expect(report.dataQuality.notes.join('\n')).toMatch(/L4/);
  });
});
