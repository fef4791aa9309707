// N1: every metric against the previous window, labelled by its direction.
import { describe, expect, it } from 'vitest';
import { trendOf } from '../../src/metrics/trends.js';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

/**
 * Previous window [01-31, 03-02): deployments 02-01 (first of the world) and 02-10; #1 and #2
 * (features, lead 10 h, cycle 6 h and 8 h); an incident on deployment 02-10 restored in 2 h.
 * This window: deployments 03-05, 03-10, 03-15; #3 feature and #4 fix (lead 20 h, cycle 6 h).
 */
function trendWorld() {
  const pr = (number: number, title: string, createdAt: string, mergedAt: string) => ({
    number,
    title,
    createdAt,
    mergedAt,
  });
  return new WorldBuilder()
    .deploy(1, 'a', '2026-02-01T00:00:00Z')
    .deploy(2, 'b', '2026-02-10T00:00:00Z')
    .deploy(3, 'c', '2026-03-05T00:00:00Z')
    .deploy(4, 'd', '2026-03-10T00:00:00Z')
    .deploy(5, 'e', '2026-03-15T00:00:00Z')
    .pullRequest(pr(1, 'feat: a', '2026-02-09T14:00:00Z', '2026-02-09T20:00:00Z'))
    .pullRequest(pr(2, 'feat: b', '2026-02-09T14:00:00Z', '2026-02-09T22:00:00Z'))
    .pullRequest(pr(3, 'feat: c', '2026-03-04T04:00:00Z', '2026-03-04T10:00:00Z'))
    .pullRequest(pr(4, 'fix: d', '2026-03-09T04:00:00Z', '2026-03-09T10:00:00Z'))
    .issue({ number: 1, createdAt: '2026-02-10T01:00:00Z', closedAt: '2026-02-10T03:00:00Z' });
}

describe('N1 trends', () => {
  it('N1: higher is better for deployment frequency', async () => {
    const trend = (await metricsOf(trendWorld())).trends.deploymentFrequency;
    // 3 ÷ 30 × 7 against 2 ÷ 30 × 7
    expect(trend.label).toBe('better');
    expect(trend.change).toBeCloseTo(7 / 30, 12);
  });

  it('N1: lower is better for lead time, change failure rate, rework rate and cycle time', async () => {
    const trends = (await metricsOf(trendWorld())).trends;
    expect(trends.leadTime).toEqual({ current: 20, previous: 10, change: 10, label: 'worse' });
    // 0 of 3 against 1 of 2
    expect(trends.changeFailureRate).toEqual({ current: 0, previous: 0.5, change: -0.5, label: 'better' });
    // #4 (fix) alone in deployment 4: 1 of 3 against 0 of 2
    expect(trends.reworkRate).toMatchObject({ previous: 0, label: 'worse' });
    // cycle: median [6, 6] = 6 against median [6, 8] = 7
    expect(trends.cycleTime).toEqual({ current: 6, previous: 7, change: -1, label: 'better' });
  });

  it('N1: a change of exactly 0 is `same`', async () => {
    const trends = (await metricsOf(trendWorld())).trends;
    expect(trends.throughput).toMatchObject({ change: 0, label: 'same' }); // 2 and 2
    expect(trends.flowLoad).toMatchObject({ current: 0, previous: 0, label: 'same' });
    expect(trends.batchSize).toMatchObject({ current: 10, previous: 10, label: 'same' });
  });

  it('N1: no label when either side is null', async () => {
    const trends = (await metricsOf(trendWorld())).trends;
    // no incident in this window
    expect(trends.timeToRestore).toEqual({ current: null, previous: 2, change: null, label: null });
    // nothing was reviewed in either window
    expect(trends.pickupTime).toEqual({ current: null, previous: null, change: null, label: null });
    expect(trends.flowEfficiency.label).toBeNull();
  });

  it('N1: distribution shares have no direction: `changed` or `same`', async () => {
    const trends = (await metricsOf(trendWorld())).trends;
    // features 1 → 0.5, defects 0 → 0.5, risk 0 → 0
    expect(trends['distribution.feature']).toEqual({
      current: 0.5,
      previous: 1,
      change: -0.5,
      label: 'changed',
    });
    expect(trends['distribution.defect']).toEqual({
      current: 0.5,
      previous: 0,
      change: 0.5,
      label: 'changed',
    });
    expect(trends['distribution.risk']).toMatchObject({ change: 0, label: 'same' });
  });

  it('N1: the previous window is computed with every metric', async () => {
    const previous = (await metricsOf(trendWorld())).previous;
    expect(previous.dora.deploymentFrequency.count).toBe(2);
    expect(previous.dora.leadTime).toMatchObject({ changes: 2, medianHours: 10 });
    expect(previous.dora.changeFailureRate).toMatchObject({ deployments: 2, failed: 1, rate: 0.5 });
    expect(previous.flow?.throughput.merged).toBe(2);
  });

  it('N1: the labelling rule itself, for each direction', () => {
    expect(trendOf(5, 3, 'higher').label).toBe('better');
    expect(trendOf(3, 5, 'higher').label).toBe('worse');
    expect(trendOf(3, 5, 'lower').label).toBe('better');
    expect(trendOf(0, 0, 'lower').label).toBe('same');
    expect(trendOf(0.2, 0.1, 'none').label).toBe('changed');
    expect(trendOf(0, null, 'higher')).toEqual({ current: 0, previous: null, change: null, label: null });
  });
});
