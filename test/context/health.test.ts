// Bottlenecks, correlations and engineering health need no configuration; by hand on
// fixture.ts's monorepo, with CI runs added.
import { describe, expect, it } from 'vitest';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { computeContext } from '../../src/context/index.js';
import { computeBottleneck } from '../../src/context/insights.js';
import { runEngine } from '../../src/metrics/index.js';
import type { World } from '../../src/world/types.js';
import { makeReport } from '../support/metrics-report-fixture.js';
import { WorldBuilder } from '../support/world-builder.js';
import { monorepoBuilder, monorepoWorld } from './fixture.js';

/** [id, workflow file, name, started, finished, conclusion] */
const RUNS: [number, string, string, string, string, string][] = [
  [1, 'ci.yml', 'CI', '2026-01-05T10:00:00Z', '2026-01-05T10:10:00Z', 'success'],
  [2, 'ci.yml', 'CI', '2026-01-06T10:00:00Z', '2026-01-06T10:30:00Z', 'failure'],
  [3, 'ci.yml', 'CI', '2026-01-12T10:00:00Z', '2026-01-12T10:20:00Z', 'success'],
  [4, 'ci.yml', 'CI', '2026-01-12T11:00:00Z', '2026-01-12T11:01:00Z', 'cancelled'],
  [5, 'deploy.yml', 'Deploy', '2026-01-05T11:00:00Z', '2026-01-05T11:05:00Z', 'success'],
  [6, 'ci.yml', 'CI', '2025-12-20T10:00:00Z', '2025-12-20T12:00:00Z', 'success'], // before the window
];

function worldWithRuns(): World {
  const builder = monorepoBuilder();
  for (const [id, file, name, , finished, conclusion] of RUNS) {
    builder.run({
      id,
      commit: 'c0',
      updatedAt: finished,
      workflowPath: `.github/workflows/${file}`,
      name,
      conclusion,
    });
  }
  const world = monorepoWorld(builder);
  for (const run of world.workflowRuns!) run.runStartedAt = RUNS.find(([id]) => id === run.id)![3];
  return world;
}

function contextOf(world: World, text = '') {
  return computeContext(runEngine(world), parseContextConfig(text, null));
}

describe('bottleneck (F2: the largest phase median)', () => {
  it("F2: the bottleneck is the largest of the four phase medians; each phase's share of the hours beside it", () => {
    // medians over the pull requests that have each phase: coding [2, 1, 2, 1] → 1.5,
    // pickup [2, 1, 12] → 2, review [6, 4, 10] → 6, deploy [2, 14, 14, 14] → 14 (#4 never reviewed)
    // sums over #1–#3 (reviewed and shipped): coding 2+1+2, pickup 2+1+12, review 6+4+10, deploy 2+14+14
    const bottleneck = contextOf(monorepoWorld()).bottleneck!;
    expect(bottleneck.pullRequests).toBe(3);
    expect(bottleneck.phases.map((p) => [p.phase, p.medianHours, p.totalHours])).toEqual([
      ['coding', 1.5, 5],
      ['pickup', 2, 15],
      ['review', 6, 20],
      ['deploy', 14, 30],
    ]);
    expect(bottleneck.largest).toBe('deploy');
    expect(bottleneck.largestShare).toBeCloseTo(30 / 70, 12);
  });

  it('F2: medians, not sums, decide: one pull request that waited long does not make a bottleneck', () => {
    const report = makeReport((r) => {
      // pickup 0, 0, 0 and 100 h: the most hours in all, but a median of 0
      r.flow!.cycleTime.pickupHours = 0;
      r.records.pullRequests.forEach((pr, i) => (pr.pickupHours = i === 3 ? 100 : 0));
    });
    const bottleneck = computeBottleneck(report)!;
    // medians: coding 6, pickup 0, review 4, deploy 8; sums: coding 24, pickup 100, review 16, deploy 32
    expect(bottleneck.largest).toBe('deploy');
    expect(bottleneck.largestShare).toBeCloseTo(32 / 172, 12);
  });

  it('is null in a commits-only world', () => {
    const world = new WorldBuilder().line([['a', '2026-03-01T00:00:00Z']]).build();
    expect(contextOf(world).bottleneck).toBeNull();
  });
});

describe('correlations (Spearman)', () => {
  const { batchSizeVsCycleTime, deploymentsVsFailureRate } = contextOf(monorepoWorld()).correlations;

  it('batch size against cycle time per pull request, with too small a sample said so', () => {
    // lines 10 40 300 20 → ranks 1 3 4 2; cycle hours 10 6 24 10 → ranks 2.5 1 4 2.5
    expect(batchSizeVsCycleTime).toMatchObject({ n: 4, minimumSample: 10, enough: false });
    expect(batchSizeVsCycleTime.spearman).toBeCloseTo(1.5 / Math.sqrt(22.5), 12);
  });

  it('deployments against the failure rate per week; under 3 weeks there is no coefficient', () => {
    // week of 01-05: 3 deployments, none failed; week of 01-12: 1 deployment, failed
    expect(deploymentsVsFailureRate).toMatchObject({ n: 2, spearman: null, enough: false });
  });
});

describe('engineering health', () => {
  it('CI: finished runs that started in the window, median and p90 of their durations', () => {
    const ci = contextOf(worldWithRuns()).health.ci;
    // 10, 30, 20 min of CI and 5 min of Deploy; the cancelled run and the one before the window are out
    expect(ci.count).toBe(4);
    expect(ci.medianHours).toBeCloseTo(15 / 60, 12);
    expect(ci.p90Hours).toBeCloseTo(20 / 60 + 0.7 * (10 / 60), 12);
    expect(ci.byWorkflow.map((w) => [w.workflow, w.count])).toEqual([
      ['CI', 3],
      ['Deploy', 1],
    ]);
    expect(ci.weekly[0]).toMatchObject({ weekStart: '2026-01-05T00:00:00Z', count: 3 });
    expect(ci.weekly[0].medianHours).toBeCloseTo(10 / 60, 12);
  });

  it('CI: the configuration can pick the workflows that are CI', () => {
    const ci = contextOf(worldWithRuns(), 'ci: { workflows: [CI.yml] }').health.ci;
    expect(ci.workflowsSelected).toEqual(['CI.yml']);
    expect(ci.count).toBe(3);
    expect(ci.medianHours).toBeCloseTo(20 / 60, 12);
    expect(ci.p90Hours).toBeCloseTo(20 / 60 + 0.8 * (10 / 60), 12);
  });

  it('reviews: time to the first review and from it to the merge (F2)', () => {
    const reviews = contextOf(monorepoWorld()).health.reviews!;
    expect(reviews).toMatchObject({ pullRequests: 4, reviewed: 3 });
    expect(reviews.firstReview).toEqual({ count: 3, medianHours: 2, p90Hours: 2 + 0.8 * 10 });
    expect(reviews.reviewToMerge.medianHours).toBe(6);
    expect(reviews.reviewToMerge.p90Hours).toBeCloseTo(6 + 0.8 * 4, 12);
  });

  it('bots: the share of changes whose author ends in [bot]', () => {
    expect(contextOf(monorepoWorld()).health.bots).toEqual({
      changes: 4,
      byBots: 1,
      share: 0.25,
      authors: [{ author: 'dependabot[bot]', changes: 1 }],
    });
  });
});
