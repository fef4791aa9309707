// B3 (series over the span), B4 (findings), B5 and B6, through computeMetrics on hand-made worlds
// and through correlateSeries on planted and on independent measures.
import { describe, expect, it } from 'vitest';
import { correlateSeries, windowSatisfaction, type MeasureValues } from '../../src/business/compute.js';
import { computeMetrics } from '../../src/metrics/index.js';
import { Random } from '../../scripts/lib/random.js';
import { WorldBuilder } from '../support/world-builder.js';
import { inputOf, randomDelivery } from './fixture.js';
import { loadStatistics } from '../../src/business/statistics.js';

// B4's p-values need the t distribution, which a run loads only with business measures.
await loadStatistics();

/**
 * Deployments on 03-03, 03-10, 03-11, 03-17, 03-24 (2026; containment assumed); #1 merged 03-10
 * 12:00 ships with the 03-11 one; incidents 03-17 12:00–03-18 12:00 and 03-18 00:00–06:00 (one
 * outage of 24 hours) and one opened 03-29 12:00, still open at until (03-30).
 */
function world() {
  return new WorldBuilder({ generatedAt: '2026-03-30T00:00:00Z' })
    .deploy(1, 'a', '2026-03-03T00:00:00Z')
    .deploy(2, 'b', '2026-03-10T00:00:00Z')
    .deploy(3, 'c', '2026-03-11T00:00:00Z')
    .deploy(4, 'd', '2026-03-17T00:00:00Z')
    .deploy(5, 'e', '2026-03-24T00:00:00Z')
    .pullRequest({ number: 1, createdAt: '2026-03-09T00:00:00Z', mergedAt: '2026-03-10T12:00:00Z' })
    .issue({ number: 10, createdAt: '2026-03-17T12:00:00Z', closedAt: '2026-03-18T12:00:00Z' })
    .issue({ number: 11, createdAt: '2026-03-18T00:00:00Z', closedAt: '2026-03-18T06:00:00Z' })
    .issue({ number: 12, createdAt: '2026-03-29T12:00:00Z' })
    .build();
}

const CSV =
  'date,revenue,signups\n2026-03-02,1,5\n2026-03-09,100,6\n2026-03-16,168,7\n2026-03-23,336,\n2026-03-30,9,8\n';

describe('B3: delivery series per period', () => {
  // 14-day window [03-16, 03-30): the span is [03-02, 03-30), four weeks.
  const report = computeMetrics(world(), {
    days: 14,
    business: inputOf(CSV, 'week', [{ name: 'revenue', kind: 'revenue', unit: 'EUR' }]),
  });
  const business = report.business!;

  it('counts each week of the span; a week that starts before the history has every series null', () => {
    expect(business.period).toBe('week');
    expect(business.measures).toEqual([
      { name: 'revenue', unit: 'EUR', better: 'higher', kind: 'revenue' },
      { name: 'signups', unit: null, better: 'higher', kind: 'other' },
    ]);
    expect(business.series).toEqual([
      {
        // the history begins on 03-03, after this week starts
        periodStart: '2026-03-02T00:00:00Z',
        deployments: null,
        failedDeployments: null,
        changeFailureRate: null,
        leadTimeMedianHours: null,
        downtimeHours: null,
        mergedPullRequests: null,
        cycleTimeMedianHours: null,
        measures: { revenue: 1, signups: 5 },
      },
      {
        periodStart: '2026-03-09T00:00:00Z',
        deployments: 2,
        failedDeployments: 0,
        changeFailureRate: 0,
        leadTimeMedianHours: 48,
        downtimeHours: 0,
        mergedPullRequests: 1,
        cycleTimeMedianHours: 36,
        measures: { revenue: 100, signups: 6 },
      },
      {
        periodStart: '2026-03-16T00:00:00Z',
        deployments: 1,
        failedDeployments: 1,
        changeFailureRate: 1,
        leadTimeMedianHours: null,
        // R2: the two incidents overlap: one outage of 24 hours
        downtimeHours: 24,
        mergedPullRequests: 0,
        cycleTimeMedianHours: null,
        measures: { revenue: 168, signups: 7 },
      },
      {
        periodStart: '2026-03-23T00:00:00Z',
        // the 03-29 incident is charged to the 03-24 deployment (C1)
        deployments: 1,
        failedDeployments: 1,
        changeFailureRate: 1,
        leadTimeMedianHours: null,
        // the open incident counts to until: 12 hours
        downtimeHours: 12,
        mergedPullRequests: 0,
        cycleTimeMedianHours: null,
        measures: { revenue: 336, signups: null },
      },
    ]);
  });

  it('B5: periods with and without downtime, means null below 3 periods', () => {
    expect(business.downtimeComparison).toEqual([
      { measure: 'revenue', periodsWith: 2, periodsWithout: 1, meanWith: null, meanWithout: null },
      { measure: 'signups', periodsWith: 1, periodsWithout: 1, meanWith: null, meanWithout: null },
    ]);
  });

  it('B6: downtime × value ÷ hours over the current window, for revenue measures only', () => {
    // 24 h × 168 ÷ 168 h + 12 h × 336 ÷ 168 h
    expect(business.revenueDuringFailures).toEqual([{ measure: 'revenue', amount: 48 }]);
  });

  it('B4: every (series, measure, lag) triple is listed; ρ null below 12 pairs', () => {
    expect(business.correlations).toHaveLength(2 * 7 * 3);
    const signupsLag1 = business.correlations.find(
      (c) => c.measure === 'signups' && c.delivery === 'deployments' && c.lag === 1,
    )!;
    // p = 1, 2, 3 with a deployment count; signups of 03-16, 03-23, 03-30: 7, null, 8
    expect(signupsLag1).toEqual({
      delivery: 'deployments',
      measure: 'signups',
      lag: 1,
      pairs: 2,
      rho: null,
      p: null,
      q: null,
      finding: false,
    });
  });

  it('is null without business measures', () => {
    expect(computeMetrics(world(), { days: 14 }).business).toBeNull();
  });
});

describe('B3: months', () => {
  const monthly = new WorldBuilder({ generatedAt: '2026-06-15T00:00:00Z' });
  for (let d = 0; d < 177; d++) {
    const at = new Date(Date.parse('2025-12-20T00:00:00Z') + d * 86_400_000).toISOString();
    monthly.deploy(d + 1, `c${d}`, at.replace('.000Z', 'Z'));
  }
  monthly.issue({ number: 1, createdAt: '2026-06-10T00:00:00Z', closedAt: '2026-06-11T00:00:00Z' });
  const csv = 'date,revenue\n2026-01-01,1\n2026-03-01,3\n2026-04-01,4\n2026-05-01,5\n2026-06-01,336\n';
  const report = computeMetrics(monthly.build(), {
    days: 90,
    business: inputOf(csv, 'month', [{ name: 'revenue', kind: 'revenue' }]),
  });
  const business = report.business!;

  it('takes the calendar months that start in the span, the last cut at until', () => {
    // span [2025-12-17, 2026-06-15): January to June
    expect(business.series.map((s) => s.periodStart.slice(0, 10))).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ]);
    // one deployment a day from 2025-12-20 to 2026-06-14
    expect(business.series.map((s) => s.deployments)).toEqual([31, 28, 31, 30, 31, 14]);
    expect(business.series.map((s) => s.measures.revenue)).toEqual([1, null, 3, 4, 5, 336]);
  });

  it('B6 divides by the hours of the cut month (14 days of June)', () => {
    expect(business.revenueDuringFailures[0].amount).toBeCloseTo((24 * 336) / (14 * 24), 12);
  });
});

describe('B3/B4: a file covering part of the span', () => {
  it('gives fewer pairs, never zeros', () => {
    const random = new Random(3);
    const delivery = randomDelivery(random, 26);
    const full = Array.from({ length: 28 }, () => random.normal());
    const part = full.map((v, p) => (p >= 5 && p < 20 ? v : null));
    const [all, some] = [full, part].map((values) => correlateSeries(delivery, [{ name: 'm', values }]));
    const pairs = (list: typeof all) => list.find((c) => c.delivery === 'deployments' && c.lag === 0)!.pairs;
    expect(pairs(all)).toBe(26);
    expect(pairs(some)).toBe(15);
    some.forEach((c, i) => expect(c.pairs).toBeLessThanOrEqual(all[i].pairs));
  });
});

/** Planted: sign-ups follow deployments a week later; conversion is lower in weeks with downtime. */
function planted(seed: number) {
  const random = new Random(seed);
  const weeks = 30;
  const delivery = randomDelivery(random, weeks);
  const signups: (number | null)[] = [null];
  const conversion: (number | null)[] = [];
  const growing: (number | null)[] = [];
  const unrelated: (number | null)[] = [];
  for (let p = 0; p < weeks + 2; p++) {
    const d = delivery[Math.min(p, weeks - 1)];
    if (p < weeks) signups.push(400 + 3 * p + 25 * d.deployments! + 10 * random.normal());
    conversion.push(0.04 - 0.002 * d.downtimeHours! + 0.001 * random.normal());
    growing.push(1000 + 50 * p + 5 * random.normal());
    unrelated.push(random.normal());
  }
  const measures: MeasureValues[] = [
    { name: 'signups', values: signups },
    { name: 'conversion', values: conversion },
    { name: 'activeUsers', values: growing },
    { name: 'nps', values: unrelated },
  ];
  return correlateSeries(delivery, measures);
}

describe('B4: findings', () => {
  it('finds planted relations with their lag and sign, and not a measure that only grows with time', () => {
    for (const seed of [1, 2, 3]) {
      const findings = planted(seed).filter((c) => c.finding);
      const signups = findings.find((c) => c.measure === 'signups' && c.delivery === 'deployments')!;
      expect(signups).toMatchObject({ lag: 1 });
      expect(signups.rho).toBeGreaterThan(0.4);
      expect(findings.filter((c) => c.measure === 'signups' && c.delivery === 'deployments')).toHaveLength(1);
      const conversion = findings.find((c) => c.measure === 'conversion' && c.delivery === 'downtimeHours')!;
      expect(conversion).toMatchObject({ lag: 0 });
      expect(conversion.rho).toBeLessThan(-0.4);
      expect(findings.filter((c) => c.measure === 'activeUsers' || c.measure === 'nps')).toEqual([]);
    }
  });

  it('keeps the share of runs with any finding on independent measures within FDR 0.1', () => {
    const runs = 1000;
    let withFinding = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const random = new Random(seed * 7919);
      const delivery = randomDelivery(random, 26);
      const measures: MeasureValues[] = ['a', 'b', 'c'].map((name, j) => ({
        name,
        // independent noise, one of them on a trend (which B4 removes)
        values: Array.from({ length: 28 }, (_, p) => (j === 2 ? 10 * p : 0) + random.normal()),
      }));
      if (correlateSeries(delivery, measures).some((c) => c.finding)) withFinding += 1;
    }
    const rate = withFinding / runs;
    // Under no relation at all, Benjamini–Hochberg at 0.1 finds anything in at most 10% of runs;
    // 0.12 leaves two standard errors of a 1,000-run estimate.
    console.info(`B4: ${withFinding} of ${runs} runs of independent measures had a finding (${rate})`);
    expect(rate).toBeLessThanOrEqual(0.12);
  });
});

describe('B7: a window’s satisfaction', () => {
  const input = inputOf(
    'date,csat,other\n2026-03-02,4,1\n2026-03-09,,1\n2026-03-16,2,1\n2026-03-23,5,1\n',
    'week',
    [{ name: 'csat', kind: 'satisfaction', range: [1, 5] }],
  );
  it('is the mean over the window’s periods with a value, scaled by the range', () => {
    const window = { since: Date.parse('2026-03-02T00:00:00Z'), until: Date.parse('2026-03-23T00:00:00Z') };
    // (4 + 2) ÷ 2 = 3 on [1, 5] → 0.5
    expect(windowSatisfaction(input, window)).toBe(0.5);
  });
  it('is 1 without a satisfaction measure, null without a value in the window', () => {
    const window = { since: Date.parse('2026-04-06T00:00:00Z'), until: Date.parse('2026-05-04T00:00:00Z') };
    expect(windowSatisfaction(null, window)).toBe(1);
    expect(windowSatisfaction(inputOf('date,a\n2026-03-02,1\n'), window)).toBe(1);
    expect(windowSatisfaction(input, window)).toBeNull();
  });
});
