// docs/metrics.md "Output": every key of metrics.json, nulls rather than zeros, and the records behind
// the figures.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

// The clamped durations (the preamble) and where the records are (T4)
const DATA_QUALITY_KEYS = [
  ...['leadTime', 'timeToRestore', 'cycleTime', 'coding', 'pickup', 'deploy'].map(
    (k) => `clampedDurations.${k}`,
  ),
  'historyBegins',
  'historyEnds',
  'recordsInWindow',
  ...['recordsAfterUntil', 'recordsAfterNow'].flatMap((k) => [`${k}.count`, `${k}.latest`, `${k}.kinds`]),
];

const DORA_KEYS = [
  'deploymentFrequency.count',
  'deploymentFrequency.perDay',
  'deploymentFrequency.perWeek',
  'deploymentFrequency.tier',
  'leadTime.changes',
  'leadTime.medianHours',
  'leadTime.p75Hours',
  'leadTime.p90Hours',
  'leadTime.tier',
  'changeFailureRate.deployments',
  'changeFailureRate.failed',
  'changeFailureRate.rate',
  'changeFailureRate.tier',
  'timeToRestore.events',
  'timeToRestore.restored',
  'timeToRestore.unrestored',
  'timeToRestore.medianHours',
  'timeToRestore.tier',
  'reworkRate.deployments',
  'reworkRate.rework',
  'reworkRate.rate',
];
const FLOW_KEYS = [
  'throughput.merged',
  'throughput.perWeek',
  'cycleTime.medianHours',
  'cycleTime.codingHours',
  'cycleTime.pickupHours',
  'cycleTime.reviewHours',
  'cycleTime.deployHours',
  'load.open',
  'efficiency',
  'distribution',
  'batchSize.medianLines',
];
const SHARES = ['feature', 'defect', 'debt', 'risk', 'unclassified'];
const WEEK_KEYS = [
  'weekStart',
  'deployments',
  'leadTimeMedianHours',
  'failedDeployments',
  'mergedPullRequests',
  'cycleTimeMedianHours',
  'load',
];

/** A pull-request world with one merged pull request in this window, and nothing else. */
const quietWorld = () =>
  new WorldBuilder().pullRequest({
    number: 1,
    createdAt: '2026-03-02T00:00:00Z',
    mergedAt: '2026-03-03T00:00:00Z',
  });

const asJson = async (builder: WorldBuilder) =>
  JSON.parse(JSON.stringify(await metricsOf(builder))) as Record<string, unknown>;

describe('Output metrics.json', () => {
  it('Output: every key listed in docs/metrics.md is present, for this window and the previous one', async () => {
    const json = await asJson(quietWorld());
    for (const key of ['window.since', 'window.until', 'window.days', 'source.deployments', 'weekly'])
      expect(json).toHaveProperty(key);
    for (const period of ['', 'previous.']) {
      for (const key of DORA_KEYS) expect(json).toHaveProperty(`${period}dora.${key}`);
      for (const key of FLOW_KEYS) expect(json).toHaveProperty(`${period}flow.${key}`);
    }
    for (const share of SHARES) expect(json).toHaveProperty(`flow.distribution.${share}`);
    for (const key of DATA_QUALITY_KEYS) expect(json).toHaveProperty(`dataQuality.${key}`);
    const weekly = json.weekly as Record<string, unknown>[];
    expect(weekly.length).toBeGreaterThan(0);
    for (const week of weekly) for (const key of WEEK_KEYS) expect(week).toHaveProperty(key);
  });

  it('Output: a metric that cannot be computed is null, never 0 or omitted', async () => {
    // merges source: #1 is the world's only deployment, so it ships with no lead time (L4)
    const report = await metricsOf(quietWorld());
    expect(report.dora.leadTime).toMatchObject({
      changes: 0,
      medianHours: null,
      p75Hours: null,
      p90Hours: null,
    });
    expect(report.dora.timeToRestore).toMatchObject({ events: 0, medianHours: null, tier: null });
    expect(report.flow!.cycleTime).toMatchObject({ pickupHours: null, reviewHours: null });
    expect(report.flow!.efficiency).toBeNull();
    expect(report.previous.dora.changeFailureRate.rate).toBeNull();
    expect(report.previous.dora.reworkRate.rate).toBeNull();
    expect(report.previous.flow!.distribution).toBeNull();
    expect(report.previous.flow!.cycleTime.medianHours).toBeNull();
    expect(report.previous.flow!.batchSize.medianLines).toBeNull();
  });

  it('Output: hours and rates are unrounded', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-02T00:00:00Z')
      .deploy(2, 'b', '2026-03-03T00:00:00Z')
      .deploy(3, 'c', '2026-03-04T00:00:00Z')
      .issue({ number: 1, createdAt: '2026-03-03T00:00:00Z', closedAt: '2026-03-03T00:00:10Z' });
    const dora = (await metricsOf(builder)).dora;
    expect(dora.changeFailureRate.rate).toBeCloseTo(1 / 3, 15);
    expect(dora.timeToRestore.medianHours).toBeCloseTo(10 / 3600, 15); // 10 seconds
  });
});

describe('Output records', () => {
  function recordWorld() {
    return new WorldBuilder()
      .deploy(1, 'a', '2026-03-02T00:00:00Z')
      .deploy(2, 'b', '2026-03-05T00:00:00Z')
      .pullRequest({
        number: 1,
        title: 'feat: one',
        createdAt: '2026-03-03T00:00:00Z',
        mergedAt: '2026-03-04T00:00:00Z',
      })
      .pullRequest({
        number: 2,
        title: 'fix: two',
        createdAt: '2026-03-06T00:00:00Z',
        mergedAt: '2026-03-07T00:00:00Z',
      })
      .issue({ number: 5, createdAt: '2026-03-05T06:00:00Z', closedAt: '2026-03-05T09:00:00Z' });
  }

  it('Output: deployments carry the changes they shipped and why they failed', async () => {
    const [first, second] = (await metricsOf(recordWorld())).records.deployments;
    expect(first).toMatchObject({ key: 'deployment:1', changes: [], failed: false, firstOfWorld: true });
    expect(second).toMatchObject({
      key: 'deployment:2',
      time: '2026-03-05T00:00:00Z',
      changes: ['#1'],
      failed: true,
      failureReasons: ['incident #5'],
      firstOfWorld: false,
      onDefaultBranch: true,
    });
  });

  it('Output: changes carry their start, merge, shipping deployment and lead time', async () => {
    const report = await metricsOf(recordWorld());
    expect(report.records.changes).toEqual([
      expect.objectContaining({
        id: '#1',
        kind: 'pull-request',
        number: 1,
        title: 'feat: one',
        start: '2026-03-03T00:00:00Z',
        mergedAt: '2026-03-04T00:00:00Z',
        shippedBy: 'deployment:2',
        shippedAt: '2026-03-05T00:00:00Z',
        leadTimeHours: 48,
        isRevert: false,
        category: 'feature',
      }),
    ]);
    expect(report.records.unshippedChanges).toEqual([
      expect.objectContaining({
        id: '#2',
        shippedBy: null,
        shippedAt: null,
        leadTimeHours: null,
        category: 'defect',
      }),
    ]);
  });

  it('Output: failures carry their deployment, start and restore time', async () => {
    const report = await metricsOf(recordWorld());
    expect(report.records.failures).toEqual([
      expect.objectContaining({
        kind: 'incident',
        id: 'incident #5',
        deployment: 'deployment:2',
        start: '2026-03-05T06:00:00Z',
        restoredAt: '2026-03-05T09:00:00Z',
        restoreHours: 3,
      }),
    ]);
  });

  it('Output: links follow the configured server', async () => {
    const report = await metricsOf(recordWorld(), { serverUrl: 'https://git.example.com/' });
    expect(report.repository.url).toBe('https://git.example.com/acme/shop');
    expect(report.records.changes[0].url).toBe('https://git.example.com/acme/shop/pull/1');
    expect(report.records.failures[0].url).toBe('https://git.example.com/acme/shop/issues/5');
  });
});
