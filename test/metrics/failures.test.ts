// C1, C3, R1: incidents, failed deployments, change failure rate and time to restore.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

/**
 * Deployments 1–4 on 03-03, 03-05, 03-07, 03-09 (no commits: containment assumed).
 * #2 reverts #1: #1 ships with deployment 2, #2 with deployment 4.
 */
function failingWorld(incidents = true) {
  const builder = new WorldBuilder()
    .deploy(1, 'a', '2026-03-03T00:00:00Z')
    .deploy(2, 'b', '2026-03-05T00:00:00Z')
    .deploy(3, 'c', '2026-03-07T00:00:00Z')
    .deploy(4, 'd', '2026-03-09T00:00:00Z')
    .pullRequest({
      number: 1,
      title: 'feat: cart',
      createdAt: '2026-03-01T00:00:00Z',
      mergedAt: '2026-03-04T00:00:00Z',
    })
    .pullRequest({
      number: 2,
      title: 'Revert "feat: cart"',
      createdAt: '2026-03-06T00:00:00Z',
      mergedAt: '2026-03-08T00:00:00Z',
    });
  if (!incidents) {
    return builder.issue({
      number: 14,
      createdAt: '2026-03-05T01:00:00Z',
      closedAt: '2026-03-05T02:00:00Z',
      labels: ['bug'],
    });
  }
  return builder
    .issue({ number: 10, createdAt: '2026-03-07T06:00:00Z', closedAt: '2026-03-07T08:00:00Z' })
    .issue({ number: 11, createdAt: '2026-03-07T12:00:00Z' })
    .issue({ number: 12, createdAt: '2026-03-01T00:00:00Z', closedAt: '2026-03-02T06:00:00Z' })
    .issue({
      number: 13,
      createdAt: '2026-03-05T00:00:00Z',
      closedAt: '2026-03-05T06:00:00Z',
      labels: ['Incident'],
    })
    .issue({
      number: 14,
      createdAt: '2026-03-05T01:00:00Z',
      closedAt: '2026-03-05T02:00:00Z',
      labels: ['bug'],
    });
}

describe('C1 incidents', () => {
  it('C1: windows without incident issues say their failures are the reverts alone', async () => {
    const NOTE =
      /^No incident issue was opened in this window or the one before, so the failures counted are the reverts alone \(C1\)/;
    const withIncidents = await metricsOf(failingWorld());
    expect(withIncidents.dataQuality.notes.some((n) => NOTE.test(n))).toBe(false);
    // Only issue #14 (labelled bug): no incident anywhere, though the revert still fails a deployment.
    const withoutIncidents = await metricsOf(failingWorld(false));
    expect(withoutIncidents.dora.changeFailureRate.failed).toBeGreaterThan(0);
    expect(withoutIncidents.dataQuality.notes.filter((n) => NOTE.test(n))).toHaveLength(1);
    // Incidents only before both windows (30 days each, to 2026-06-01): the windows have none.
    const later = await metricsOf(failingWorld(), { until: new Date('2026-06-01T00:00:00Z') });
    expect(later.dataQuality.notes.filter((n) => NOTE.test(n))).toHaveLength(1);
  });

  it('C1: an incident is attributed to the latest deployment at or before its start', async () => {
    const failures = (await metricsOf(failingWorld())).records.failures;
    const byId = Object.fromEntries(failures.map((f) => [f.id, f.deployment]));
    // #13 starts exactly at deployment 2; #10 and #11 after deployment 3
    expect(byId['incident #13']).toBe('deployment:2');
    expect(byId['incident #10']).toBe('deployment:3');
    expect(byId['incident #11']).toBe('deployment:3');
  });

  it('C1: the label is matched in any case; other labels are not incidents', async () => {
    const ids = (await metricsOf(failingWorld())).records.failures.map((f) => f.id);
    expect(ids).toContain('incident #13'); // labelled "Incident"
    expect(ids).not.toContain('incident #14'); // labelled "bug"
  });

  it('C1: custom incident labels replace the default, in any case', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-03T00:00:00Z')
      .issue({
        number: 1,
        createdAt: '2026-03-04T00:00:00Z',
        closedAt: '2026-03-04T01:00:00Z',
        labels: ['SEV1'],
      })
      .issue({
        number: 2,
        createdAt: '2026-03-04T00:00:00Z',
        closedAt: '2026-03-04T01:00:00Z',
        labels: ['outage'],
      })
      .issue({ number: 3, createdAt: '2026-03-04T00:00:00Z', closedAt: '2026-03-04T01:00:00Z' }); // "incident"
    const report = await metricsOf(builder, { incidentLabels: ['Sev1', 'OUTAGE'] });
    expect(report.records.failures.map((f) => f.id).sort()).toEqual(['incident #1', 'incident #2']);
    expect(report.incidentLabels).toEqual(['Sev1', 'OUTAGE']);
  });

  it('C1: an incident before any deployment is unattributed and fails nothing', async () => {
    const builder = new WorldBuilder()
      .issue({ number: 1, createdAt: '2026-03-03T00:00:00Z', closedAt: '2026-03-03T05:00:00Z' })
      .deploy(1, 'a', '2026-03-04T00:00:00Z');
    const report = await metricsOf(builder);
    expect(report.records.failures).toEqual([
      expect.objectContaining({
        kind: 'incident',
        deployment: null,
        start: '2026-03-03T00:00:00Z',
        restoreHours: 5,
      }),
    ]);
    expect(report.dora.changeFailureRate).toMatchObject({ deployments: 1, failed: 0, rate: 0 });
    expect(report.dora.timeToRestore).toMatchObject({ events: 1, restored: 1, medianHours: 5 });
    expect(report.dataQuality.unattributedIncidents).toBe(1);
  });
});

describe('C3 change failure rate', () => {
  it('C3: a deployment fails by an incident or a reverted change, and counts once', async () => {
    const report = await metricsOf(failingWorld());
    const failed = report.records.deployments.map((d) => [d.key, d.failed, d.failureReasons.length]);
    // deployment 2: incident #13 and the revert of #1; deployment 3: incidents #10 and #11
    expect(failed).toEqual([
      ['deployment:1', false, 0],
      ['deployment:2', true, 2],
      ['deployment:3', true, 2],
      ['deployment:4', false, 0],
    ]);
    // 2 failed ÷ 4 deployments
    expect(report.dora.changeFailureRate).toMatchObject({ deployments: 4, failed: 2, rate: 0.5 });
  });

  it('C3: the rate is null with no deployment in the window', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-02-10T00:00:00Z')
      .issue({ number: 1, createdAt: '2026-03-03T00:00:00Z', closedAt: '2026-03-03T05:00:00Z' });
    const cfr = (await metricsOf(builder)).dora.changeFailureRate;
    expect(cfr).toMatchObject({ deployments: 0, failed: 0, rate: null, tier: null });
  });
});

describe('R1 time to restore', () => {
  it('R1: events that start in the window; unrestored ones are counted apart; the median of the rest', async () => {
    const restore = (await metricsOf(failingWorld())).dora.timeToRestore;
    // revert of #1: deployment 2 (03-05) → deployment 4 (03-09) = 96 h; #10 2 h; #13 6 h; #11 open.
    // #12 started in the previous window; #14 is no incident. median of [2, 6, 96] = 6
    expect(restore).toMatchObject({ events: 4, restored: 3, unrestored: 1, medianHours: 6 });
  });

  it('R1: the previous window holds the events that start in it', async () => {
    const restore = (await metricsOf(failingWorld())).previous.dora.timeToRestore;
    // #12: 03-01T00:00 → 03-02T06:00 = 30 h
    expect(restore).toMatchObject({ events: 1, restored: 1, unrestored: 0, medianHours: 30 });
  });

  it('R1: the records give each failure its start, restore time and duration', async () => {
    const failures = (await metricsOf(failingWorld())).records.failures;
    const revert = failures.find((f) => f.kind === 'revert')!;
    expect(revert).toMatchObject({
      deployment: 'deployment:2',
      start: '2026-03-05T00:00:00Z',
      restoredAt: '2026-03-09T00:00:00Z',
      restoreHours: 96,
    });
    const open = failures.find((f) => f.id === 'incident #11')!;
    expect(open).toMatchObject({ restoredAt: null, restoreHours: null });
  });

  it('R1: with only unrestored events the median is null', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-03T00:00:00Z')
      .issue({ number: 1, createdAt: '2026-03-04T00:00:00Z' });
    const restore = (await metricsOf(builder)).dora.timeToRestore;
    expect(restore).toMatchObject({ events: 1, restored: 0, unrestored: 1, medianHours: null, tier: null });
  });
});
