// Customer-impact weighting and the business calendar, by hand on fixture.ts's monorepo.
import { describe, expect, it } from 'vitest';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { computeContext } from '../../src/context/index.js';
import { runEngine } from '../../src/metrics/index.js';
import { monorepoWorld } from './fixture.js';
import { loadStatistics } from '../../src/business/statistics.js';

// B4's p-values need the t distribution, which a run loads only with business measures.
await loadStatistics();

function contextOf(text: string) {
  const world = monorepoWorld();
  return computeContext(runEngine(world), parseContextConfig(text, null));
}

describe('customer-impact weighting', () => {
  const impact = contextOf(`
impact:
  labels: { "impact:high": 3, web: 2, SEV1: 5 }
  default: 1
`).impact!;

  it('states the weights, labels in lower case', () => {
    expect(impact.weights).toEqual([
      { label: 'impact:high', weight: 3 },
      { label: 'web', weight: 2 },
      { label: 'sev1', weight: 5 },
    ]);
    expect(impact.defaultWeight).toBe(1);
  });

  it('weighted lead time counts each change as often as its weight (S1 on the repeated values)', () => {
    // #1 12 h ×1 (no weighted label), #2 20 h ×2, #4 24 h ×2, #3 38 h ×3 (Impact:High)
    // → 12 20 20 24 24 38 38 38: median (24 + 24) / 2, p90 at rank 6.3 → 38
    expect(impact.leadTime).toEqual({
      changes: 4,
      totalWeight: 8,
      medianHours: 22,
      weightedMedianHours: 24,
      weightedP90Hours: 38,
    });
  });

  it('weighted change failure rate weighs deployments by their heaviest change or incident', () => {
    // d1 ships nothing (1), d2 #1 (1), d3 #2 (2), d4 #3 (3), d5 #4 (2) with incident #10 (sev1: 5) → 5
    expect(impact.changeFailureRate).toEqual({
      deployments: 5,
      failed: 1,
      rate: 0.2,
      totalWeight: 12,
      failedWeight: 5,
      weightedRate: 5 / 12,
    });
  });

  it('is null without an impact section', () => {
    expect(contextOf('services: []').impact).toBeNull();
  });
});

describe('business calendar', () => {
  const calendar = contextOf(`
calendar:
  peaks:
    - { name: Launch, start: 2026-01-06, end: 2026-01-08 }
    - { name: Promo, start: 2026-01-08, end: 2026-01-08 }
    - { name: Last year, start: 2025-11-27, end: 2025-11-30 }
`).calendar!;

  it('clips each peak to the window; an end date counts whole', () => {
    expect(calendar.peaks).toEqual([
      { name: 'Launch', start: '2026-01-06T00:00:00Z', end: '2026-01-09T00:00:00Z', daysInWindow: 3 },
      { name: 'Promo', start: '2026-01-08T00:00:00Z', end: '2026-01-09T00:00:00Z', daysInWindow: 1 },
      { name: 'Last year', start: '2025-11-27T00:00:00Z', end: '2025-12-01T00:00:00Z', daysInWindow: 0 },
    ]);
  });

  it('marks the weeks that overlap a peak (W3 weeks start on 2026-01-05)', () => {
    expect(calendar.peakWeeks).toEqual([{ weekStart: '2026-01-05T00:00:00Z', peaks: ['Launch', 'Promo'] }]);
  });

  it('splits the figures inside and outside the peaks, overlapping peaks counted once', () => {
    // inside [01-06, 01-09): d3 with #2 (20 h); d4 at 01-09 00:00 is already outside
    expect(calendar.inside).toEqual({
      days: 3,
      deployments: 1,
      deploymentsPerWeek: (1 / 3) * 7, // D4: count ÷ days × 7
      failedDeployments: 0,
      changeFailureRate: 0,
      changes: 1,
      leadTimeMedianHours: 20,
      failureEvents: 0,
      timeToRestoreMedianHours: null,
    });
    // outside: d1, d2 (#1 12 h), d4 (#3 38 h), d5 (#4 24 h, failed by incident #10, restored in 2 h)
    expect(calendar.outside).toEqual({
      days: 87,
      deployments: 4,
      deploymentsPerWeek: (4 / 87) * 7,
      failedDeployments: 1,
      changeFailureRate: 0.25,
      changes: 3,
      leadTimeMedianHours: 24,
      failureEvents: 1,
      timeToRestoreMedianHours: 2,
    });
  });

  it('is null without peaks', () => {
    expect(contextOf('calendar: { peaks: [] }').calendar).toBeNull();
  });
});
