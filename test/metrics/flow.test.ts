// F1–F4, F6: throughput, cycle time and its phases, load, efficiency and batch size.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

/**
 * Window 03-02 → 04-01. Deployments 03-02 (first), 03-12, 03-20.
 *   #1 start 03-03, created 03-04, first review 03-04T06:00, merged 03-06, shipped 03-12
 *   #2 created 03-10, reviewed only after its merge, merged 03-11, shipped 03-12
 *   #3 start 03-13, created 03-14, first review 03-14T12:00, merged 03-15, shipped 03-20
 *   #4 created 03-25, first review 03-25T01:00, merged 03-26, not shipped
 */
function flowWorld() {
  return new WorldBuilder()
    .deploy(1, 'a', '2026-03-02T00:00:00Z')
    .deploy(2, 'b', '2026-03-12T00:00:00Z')
    .deploy(3, 'c', '2026-03-20T00:00:00Z')
    .pullRequest({
      number: 1,
      author: 'ada',
      commits: ['2026-03-03T00:00:00Z'],
      createdAt: '2026-03-04T00:00:00Z',
      mergedAt: '2026-03-06T00:00:00Z',
      reviews: [
        { author: 'ada', state: 'COMMENTED', at: '2026-03-04T02:00:00Z' }, // self-review
        { author: 'bob', state: 'PENDING', at: '2026-03-04T03:00:00Z' },
        { author: 'bob', state: 'COMMENTED', at: '2026-03-04T06:00:00Z' },
        { author: 'carol', state: 'APPROVED', at: '2026-03-05T00:00:00Z' },
      ],
      additions: 10,
      deletions: 5,
    })
    .pullRequest({
      number: 2,
      createdAt: '2026-03-10T00:00:00Z',
      mergedAt: '2026-03-11T00:00:00Z',
      reviews: [
        { author: 'bob', at: '2026-03-11T00:00:00Z' }, // at the merge: not before it
        { author: 'bob', at: '2026-03-11T12:00:00Z' },
      ],
      additions: 100,
      deletions: 0,
    })
    .pullRequest({
      number: 3,
      commits: ['2026-03-13T00:00:00Z'],
      createdAt: '2026-03-14T00:00:00Z',
      mergedAt: '2026-03-15T00:00:00Z',
      reviews: [{ author: 'bob', at: '2026-03-14T12:00:00Z' }],
      additions: 3,
      deletions: 2,
    })
    .pullRequest({
      number: 4,
      createdAt: '2026-03-25T00:00:00Z',
      mergedAt: '2026-03-26T00:00:00Z',
      reviews: [{ author: 'bob', state: 'CHANGES_REQUESTED', at: '2026-03-25T01:00:00Z' }],
      additions: 40,
      deletions: 40,
    })
    .pullRequest({
      number: 5,
      createdAt: '2026-03-20T00:00:00Z',
      mergedAt: '2026-03-21T00:00:00Z',
      base: 'next',
    });
}

describe('F1 throughput', () => {
  it('F1: pull requests merged into the default branch in the window, total and per week', async () => {
    const flow = (await metricsOf(flowWorld())).flow!;
    // #1–#4 (#5 went into `next`); 4 ÷ 30 × 7
    expect(flow.throughput.merged).toBe(4);
    expect(flow.throughput.perWeek).toBeCloseTo(28 / 30, 12);
  });
});

describe('F2 cycle time', () => {
  it('F2: phases of one pull request: self-reviews, PENDING reviews and later reviews are not the first review', async () => {
    const record = (await metricsOf(flowWorld())).records.pullRequests.find((p) => p.number === 1)!;
    // coding 03-03 → 03-04 = 24; pickup 03-04 → 03-04T06:00 = 6; review → 03-06 = 42; deploy → 03-12 = 144
    expect(record).toMatchObject({
      cycleHours: 72,
      codingHours: 24,
      pickupHours: 6,
      reviewHours: 42,
      deployHours: 144,
      lines: 15,
    });
  });

  it('F2: without a review before the merge, pickup and review are null', async () => {
    const record = (await metricsOf(flowWorld())).records.pullRequests.find((p) => p.number === 2)!;
    expect(record).toMatchObject({
      cycleHours: 24,
      codingHours: 0,
      pickupHours: null,
      reviewHours: null,
      deployHours: 24,
    });
  });

  it('F2: cycle time ends at the merge; the deploy phase (merge → shipping deployment) is beside it, not in it', async () => {
    const report = await metricsOf(flowWorld());
    const first = report.records.pullRequests.find((p) => p.number === 1)!;
    // first commit 03-03 → merge 03-06: 72 h = coding 24 + pickup 6 + review 42
    expect(first.cycleHours).toBe(72);
    expect(first.codingHours + first.pickupHours! + first.reviewHours!).toBe(72);
    expect(first.deployHours).toBe(144); // 03-06 → 03-12, not in the 72
    // #4 is not shipped: it has a cycle time and no deploy phase
    expect(report.records.pullRequests.find((p) => p.number === 4)).toMatchObject({
      cycleHours: 24,
      deployHours: null,
    });
  });

  it('F2: each phase is a median over the pull requests that have it', async () => {
    const cycle = (await metricsOf(flowWorld())).flow!.cycleTime;
    expect(cycle).toMatchObject({
      medianHours: 36, // [24, 24, 48, 72]
      codingHours: 12, // [0, 0, 24, 24]
      pickupHours: 6, // [1, 6, 12]: #2 has none
      reviewHours: 23, // [12, 23, 42]
      deployHours: 120, // [24, 120, 144]: #4 is not shipped
    });
  });
});

describe('F3 flow load', () => {
  it('F3: open, non-draft pull requests created at or before until, neither merged nor closed then', async () => {
    const builder = flowWorld()
      .pullRequest({ number: 6, createdAt: '2026-03-20T00:00:00Z' })
      .pullRequest({ number: 7, createdAt: '2026-03-21T00:00:00Z', isDraft: true })
      .pullRequest({ number: 8, createdAt: '2026-04-01T00:00:00Z' }) // created at until
      .pullRequest({ number: 9, createdAt: '2026-03-22T00:00:00Z', closedAt: '2026-03-30T00:00:00Z' })
      .pullRequest({ number: 10, createdAt: '2026-04-01T00:00:01Z' }); // after until
    const report = await metricsOf(builder);
    expect(report.flow!.load.open).toBe(2); // #6 and #8
    // previous window ends 03-02T00:00: nothing was open then
    expect(report.previous.flow!.load.open).toBe(0);
  });
});

describe('F4 flow efficiency', () => {
  it('F4: Σ(coding + review) ÷ Σ(all phases) over pull requests reviewed and shipped', async () => {
    const report = await metricsOf(flowWorld());
    // #1: 24 + 42 = 66 of 24 + 6 + 42 + 144 = 216; #3: 24 + 12 = 36 of 24 + 12 + 12 + 120 = 168
    // (#2 unreviewed and #4 unshipped are left out): 102 ÷ 384 = 0.265625
    expect(report.flow!.efficiency).toBe(0.265625);
    expect(report.dataQuality.pullRequestsMergedWithoutReview).toBe(1);
  });

  it('F4: null when no pull request was both reviewed and shipped', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-02T00:00:00Z')
      .pullRequest({ number: 1, createdAt: '2026-03-03T00:00:00Z', mergedAt: '2026-03-04T00:00:00Z' });
    expect((await metricsOf(builder)).flow!.efficiency).toBeNull();
  });
});

describe('F6 batch size', () => {
  it('F6: the median of additions + deletions over pull requests merged in the window', async () => {
    // [15, 100, 5, 80] → [5, 15, 80, 100] → 47.5
    expect((await metricsOf(flowWorld())).flow!.batchSize.medianLines).toBe(47.5);
  });
});

describe('F flow in a commits-only world', () => {
  it('F: flow is null in a commits-only world, in both windows', async () => {
    const builder = new WorldBuilder().line([
      ['r', '2026-03-02T00:00:00Z'],
      ['a', '2026-03-03T00:00:00Z', 'feat: a'],
    ]);
    const report = await metricsOf(builder);
    expect(report.flow).toBeNull();
    expect(report.previous.flow).toBeNull();
    expect(report.dataQuality.worldKind).toBe('commits');
  });
});
