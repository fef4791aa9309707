// B7: valueScore.{current, previous, ratio}, always present: (1 ÷ lead time h) × deployments per
// day × (1 − change failure rate) × (1 ÷ time to restore h) × satisfaction (1 without business
// measures). Window 03-02 → 04-01 (30 days); previous window 01-31 → 03-02.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

/**
 * Previous window: deployments 02-01 (the world's first), 02-10, 02-20; #10 (02-08 → merged 02-09)
 * and #11 (02-18 → 02-19) ship 48 h after they start; an incident of 4 h fails 02-20.
 * Current window: deployments 03-05, 03-10, 03-15, 03-20; #1, #2, #4 ship 24 h after they start,
 * #3 12 h; an incident of 2 h fails 03-10.
 */
function scored() {
  return new WorldBuilder()
    .deploy(1, 'a', '2026-02-01T00:00:00Z')
    .deploy(2, 'b', '2026-02-10T00:00:00Z')
    .deploy(3, 'c', '2026-02-20T00:00:00Z')
    .deploy(4, 'd', '2026-03-05T00:00:00Z')
    .deploy(5, 'e', '2026-03-10T00:00:00Z')
    .deploy(6, 'f', '2026-03-15T00:00:00Z')
    .deploy(7, 'g', '2026-03-20T00:00:00Z')
    .pullRequest({ number: 10, createdAt: '2026-02-08T00:00:00Z', mergedAt: '2026-02-09T00:00:00Z' })
    .pullRequest({ number: 11, createdAt: '2026-02-18T00:00:00Z', mergedAt: '2026-02-19T00:00:00Z' })
    .pullRequest({ number: 1, createdAt: '2026-03-04T00:00:00Z', mergedAt: '2026-03-04T12:00:00Z' })
    .pullRequest({ number: 2, createdAt: '2026-03-09T00:00:00Z', mergedAt: '2026-03-09T12:00:00Z' })
    .pullRequest({ number: 3, createdAt: '2026-03-14T12:00:00Z', mergedAt: '2026-03-14T18:00:00Z' })
    .pullRequest({ number: 4, createdAt: '2026-03-19T00:00:00Z', mergedAt: '2026-03-19T01:00:00Z' })
    .issue({ number: 20, createdAt: '2026-02-20T01:00:00Z', closedAt: '2026-02-20T05:00:00Z' })
    .issue({ number: 21, createdAt: '2026-03-10T06:00:00Z', closedAt: '2026-03-10T08:00:00Z' });
}

describe('B7 value-delivery score', () => {
  it('B7: the score of each window and their ratio, satisfaction 1 without business measures', async () => {
    const report = await metricsOf(scored());
    // current: (1 ÷ 24) × (4 ÷ 30) × (1 − 1/4) × (1 ÷ 2) = 1/480
    // previous: (1 ÷ 48) × (3 ÷ 30) × (1 − 1/3) × (1 ÷ 4) = 1/2880
    expect(report.dora.leadTime.medianHours).toBe(24);
    expect(report.previous.dora.leadTime.medianHours).toBe(48);
    expect(report.valueScore.current).toBeCloseTo(1 / 480, 15);
    expect(report.valueScore.previous).toBeCloseTo(1 / 2880, 15);
    expect(report.valueScore.ratio).toBeCloseTo(6, 12);
    expect(report.valueScore.satisfaction).toEqual({ measure: null, current: 1, previous: 1 });
  });

  it('B7: always present; null scores and ratio when an input is missing', async () => {
    const json = JSON.parse(JSON.stringify(await metricsOf(new WorldBuilder()))) as Record<string, unknown>;
    expect(json.valueScore).toEqual({
      current: null,
      previous: null,
      ratio: null,
      satisfaction: { measure: null, current: 1, previous: 1 },
    });
  });

  it('B7: a window without a restored failure has no score, and then no ratio', async () => {
    const world = scored().build();
    world.issues = world.issues!.filter((issue) => issue.number !== 20); // the previous window's
    const report = await metricsOf(world);
    expect(report.valueScore.current).toBeCloseTo(1 / 480, 15);
    expect(report.valueScore.previous).toBeNull();
    expect(report.valueScore.ratio).toBeNull();
  });

  it('B7: a change failure rate of 1 gives no score (not 0)', async () => {
    const builder = scored();
    // fail the other three deployments of the current window as well
    for (const [n, at] of [
      [22, '2026-03-05T01:00:00Z'],
      [23, '2026-03-15T01:00:00Z'],
      [24, '2026-03-20T01:00:00Z'],
    ] as const)
      builder.issue({ number: n, createdAt: at, closedAt: at.replace('T01', 'T02') });
    const report = await metricsOf(builder);
    expect(report.dora.changeFailureRate.rate).toBe(1);
    expect(report.valueScore.current).toBeNull();
    expect(report.valueScore.ratio).toBeNull();
  });

  it('B7: a window without deployments has no score', async () => {
    const world = scored().build();
    world.deployments = world.deployments!.filter((d) => d.id <= 3); // none in the current window
    const report = await metricsOf(world);
    expect(report.dora.deploymentFrequency.perDay).toBe(0);
    expect(report.valueScore.current).toBeNull();
    expect(report.valueScore.previous).toBeCloseTo(1 / 2880, 15);
  });
});
