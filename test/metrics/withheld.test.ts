// T3, T4 and a shallow clone: tiers withheld whatever the sample, and metrics.json saying why.
// Window 03-02 → 04-01 (30 days to generatedAt); previous window 01-31 → 03-02.
import { describe, expect, it } from 'vitest';
import type { MetricsOptions } from '../../src/metrics/index.js';
import type { DoraMetrics } from '../../src/metrics/types.js';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

const KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const;
const tiersOf = (dora: DoraMetrics) => KEYS.map((key) => dora[key].tier);
const reasonsOf = (dora: DoraMetrics) => KEYS.map((key) => dora[key].tierWithheld);
const day = (n: number) => String(n).padStart(2, '0');

/**
 * Twelve pull requests a window, one a day, each merged 2 h after it opened (03-03…03-14 and
 * 02-02…02-13), and three 2-hour incidents a window (03-04 and 02-04, after that day's merge).
 */
function mergesWorld() {
  const builder = new WorldBuilder();
  for (let i = 1; i <= 12; i++) {
    builder.pullRequest({
      number: i,
      createdAt: `2026-03-${day(2 + i)}T00:00:00Z`,
      mergedAt: `2026-03-${day(2 + i)}T02:00:00Z`,
    });
    builder.pullRequest({
      number: 20 + i,
      createdAt: `2026-02-${day(1 + i)}T00:00:00Z`,
      mergedAt: `2026-02-${day(1 + i)}T02:00:00Z`,
    });
  }
  for (let i = 1; i <= 3; i++) {
    builder.issue({ number: 100 + i, createdAt: '2026-03-04T03:00:00Z', closedAt: '2026-03-04T05:00:00Z' });
    builder.issue({ number: 200 + i, createdAt: '2026-02-04T03:00:00Z', closedAt: '2026-02-04T05:00:00Z' });
  }
  return builder;
}

describe('T3 assumed deployments', () => {
  it('T3: named merges earn the four tiers (the world is big enough for every one)', async () => {
    const report = await metricsOf(mergesWorld(), { source: 'merges' });
    // 12 merges a window; lead time 2 h (11 changes before: the world's first merge is left out);
    // 1 of 12 deployments failed; three restores of 2 h
    expect(report.dora.leadTime).toMatchObject({ changes: 12, medianHours: 2, tier: 'elite' });
    expect(report.previous.dora.leadTime).toMatchObject({ changes: 11, medianHours: 2, tier: 'elite' });
    for (const dora of [report.dora, report.previous.dora]) {
      expect(dora.changeFailureRate).toMatchObject({ deployments: 12, failed: 1, tier: 'high' });
      expect(dora.timeToRestore).toMatchObject({ restored: 3, medianHours: 2, tier: 'high' });
      expect(tiersOf(dora)).not.toContain(null);
      expect(reasonsOf(dora)).toEqual([null, null, null, null]);
    }
  });

  it('T3: when auto ends at merges, the four DORA keys of both windows have null tiers', async () => {
    const named = await metricsOf(mergesWorld(), { source: 'merges' });
    const report = await metricsOf(mergesWorld());
    expect(report.source).toMatchObject({ deployments: 'merges', assumed: true });
    for (const [dora, same] of [
      [report.dora, named.dora],
      [report.previous.dora, named.previous.dora],
    ]) {
      expect(tiersOf(dora)).toEqual([null, null, null, null]);
      expect(reasonsOf(dora)).toEqual(Array(4).fill('assumed-deployments'));
      // the values are still reported, as with the source named
      expect(dora.leadTime.medianHours).toBe(same.leadTime.medianHours);
      expect(dora.changeFailureRate.rate).toBe(same.changeFailureRate.rate);
      expect(dora.timeToRestore.medianHours).toBe(same.timeToRestore.medianHours);
      expect(dora.deploymentFrequency.count).toBe(same.deploymentFrequency.count);
      // a sample big enough is not "too few to rate"
      expect(dora.leadTime.tooFewToRate).toBe(false);
    }
  });

  it('T3: a data-quality note says the figures describe merging, and how to name the real source', async () => {
    const report = await metricsOf(mergesWorld());
    expect(report.dataQuality.notes[0]).toMatch(/describe merging, not releasing.*T3.*--source/);
  });
});

/** Twelve daily deployments 02-01…02-12 and three 1-hour incidents on 02-05: nothing after. */
function staleWorld() {
  const builder = new WorldBuilder();
  for (let i = 1; i <= 12; i++) builder.deploy(i, `d${i}`, `2026-02-${day(i)}T00:00:00Z`);
  for (let i = 1; i <= 3; i++)
    builder.issue({ number: i, createdAt: '2026-02-05T01:00:00Z', closedAt: '2026-02-05T02:00:00Z' });
  return builder;
}

describe('T4 history that does not reach the window', () => {
  it('T4: the history ends before the window starts: every tier of that window is null', async () => {
    const report = await metricsOf(staleWorld());
    expect(report.dataQuality).toMatchObject({
      historyBegins: '2026-02-01T00:00:00Z',
      historyEnds: '2026-02-12T00:00:00Z',
    });
    expect(tiersOf(report.dora)).toEqual([null, null, null, null]);
    expect(reasonsOf(report.dora)).toEqual(Array(4).fill('history-ends-before-window'));
    expect(report.dataQuality.notes[0]).toBe(
      'The history ends at 2026-02-12T00:00:00Z, before this window starts: a stale clone or a wrong until? This window earns no tier (T4).',
    );
  });

  it('T4: the previous window, which the history reaches, keeps its tiers', async () => {
    const previous = (await metricsOf(staleWorld())).previous.dora;
    // 7-day blocks back from 03-02: 0, 0, 4 (02-09…12) and 7 (02-02…08) days: median 2 → high
    expect(previous.deploymentFrequency).toMatchObject({
      count: 12,
      deploymentDaysPerWeekMedian: 2,
      tier: 'high',
    });
    // 1 of 12 failed (the 02-05 deployment): 8.3 % → high; three restores of exactly 1 h → high
    expect(previous.changeFailureRate).toMatchObject({ failed: 1, tier: 'high', tierWithheld: null });
    expect(previous.timeToRestore).toMatchObject({ restored: 3, medianHours: 1, tier: 'high' });
    // no change at all: no value, so no tier and no reason
    expect(previous.leadTime).toMatchObject({ medianHours: null, tier: null, tierWithheld: null });
  });

  it('T4: a wrong until past the end of the history withholds both windows', async () => {
    const report = await metricsOf(staleWorld(), { until: new Date('2026-06-01T00:00:00Z') });
    expect(reasonsOf(report.dora)).toEqual(Array(4).fill('history-ends-before-window'));
    expect(reasonsOf(report.previous.dora)).toEqual(Array(4).fill('history-ends-before-window'));
    expect(report.dataQuality.notes[0]).toMatch(
      /^The history ends at 2026-02-12T00:00:00Z, before both windows start/,
    );
  });

  it('T4: a world that records no time reaches no window', async () => {
    const report = await metricsOf(new WorldBuilder(), { source: 'environment:production' });
    expect(report.dataQuality).toMatchObject({ historyBegins: null, historyEnds: null });
    expect(reasonsOf(report.dora)).toEqual(Array(4).fill('history-ends-before-window'));
    expect(report.dora.deploymentFrequency.tier).toBeNull();
  });

  it('T4: T4 comes before T3 as the reason', async () => {
    const report = await metricsOf(mergesWorld(), { until: new Date('2026-06-01T00:00:00Z') });
    expect(report.source.assumed).toBe(true);
    expect(reasonsOf(report.dora)).toEqual(Array(4).fill('history-ends-before-window'));
  });
});

describe('T4 recorded times', () => {
  /** Records up to 03-05, then one record of each kind at 03-20: T4 lists it, so the history ends there. */
  const base = () =>
    new WorldBuilder().line([['root', '2026-03-01T00:00:00Z']]).deploy(1, 'root', '2026-03-05T00:00:00Z');
  const listed: [string, (b: WorldBuilder) => WorldBuilder][] = [
    ["a commit's committedAt", (b) => b.line([['late', '2026-03-20T00:00:00Z']], 'root')],
    ["a pull request's createdAt", (b) => b.pullRequest({ number: 1, createdAt: '2026-03-20T00:00:00Z' })],
    [
      "a pull request's mergedAt",
      (b) =>
        b.pullRequest({ number: 1, createdAt: '2026-03-02T00:00:00Z', mergedAt: '2026-03-20T00:00:00Z' }),
    ],
    [
      "a pull request's closedAt",
      (b) =>
        b.pullRequest({ number: 1, createdAt: '2026-03-02T00:00:00Z', closedAt: '2026-03-20T00:00:00Z' }),
    ],
    [
      "a deployment's status time",
      (b) =>
        b.deployment({
          id: 2,
          commit: 'root',
          createdAt: '2026-03-02T00:00:00Z',
          statuses: [['failure', '2026-03-20T00:00:00Z']],
        }),
    ],
    [
      "a release's publishedAt",
      (b) =>
        b.release({ tagName: 'x', createdAt: '2026-03-02T00:00:00Z', publishedAt: '2026-03-20T00:00:00Z' }),
    ],
    ["a tag's taggedAt", (b) => b.tag('x', 'root', '2026-03-20T00:00:00Z')],
    [
      "a workflow run's updatedAt",
      (b) => b.run({ id: 1, commit: 'root', updatedAt: '2026-03-20T00:00:00Z' }),
    ],
    ["an issue's createdAt", (b) => b.issue({ number: 1, createdAt: '2026-03-20T00:00:00Z' })],
    [
      "an issue's closedAt",
      (b) => b.issue({ number: 1, createdAt: '2026-03-02T00:00:00Z', closedAt: '2026-03-20T00:00:00Z' }),
    ],
  ];

  it.each(listed)('T4: the history ends at %s', async (_, add) => {
    const report = await metricsOf(add(base()), { source: 'environment:production' });
    expect(report.dataQuality.historyEnds).toBe('2026-03-20T00:00:00Z');
    expect(report.dataQuality.historyBegins).toBe('2026-03-01T00:00:00Z');
  });

  it('T4: times the rule does not list do not extend the history', async () => {
    const builder = base()
      .pullRequest({
        number: 1,
        createdAt: '2026-03-02T00:00:00Z',
        commits: ['2026-03-25T00:00:00Z'], // a pull request's commit
        reviews: [{ author: 'bob', at: '2026-03-26T00:00:00Z' }],
      })
      .release({ tagName: 'draft', isDraft: true, createdAt: '2026-03-27T00:00:00Z' })
      .deployment({ id: 2, commit: 'root', createdAt: '2026-03-28T00:00:00Z', statuses: [] });
    const report = await metricsOf(builder, { source: 'environment:production' });
    expect(report.dataQuality.historyEnds).toBe('2026-03-05T00:00:00Z');
  });
});

describe('Shallow clone', () => {
  /** Five changes created 03-19, merged 03-19T23:30, shipped 03-20 (as tiers.test.ts's lead time). */
  function shipped(count = 5) {
    const builder = new WorldBuilder()
      .deploy(1, 'first', '2026-03-02T00:00:00Z')
      .deploy(2, 'x', '2026-03-20T00:00:00Z');
    for (let n = 1; n <= count; n++)
      builder.pullRequest({ number: n, createdAt: '2026-03-19T00:00:00Z', mergedAt: '2026-03-19T23:30:00Z' });
    return builder;
  }
  const shallow: MetricsOptions = { shallowHistory: true };

  it('Shallow: a shallow clone earns no lead-time tier (the history is cut); the value stays', async () => {
    const report = await metricsOf(shipped(), shallow);
    expect(report.dora.leadTime).toMatchObject({
      changes: 5,
      medianHours: 24,
      tier: null,
      tooFewToRate: false,
      tierWithheld: 'shallow-history',
    });
    expect(report.dora.deploymentFrequency.tier).not.toBeNull();
    expect(report.dataQuality.notes).toContain(
      'The clone is shallow: lead time earns no tier, since the history is cut.',
    );
    expect((await metricsOf(shipped())).dora.leadTime.tier).toBe('high');
  });

  it('Shallow: the reason comes before T2 (the sample is still said to be too small)', async () => {
    const lead = (await metricsOf(shipped(4), shallow)).dora.leadTime;
    expect(lead).toMatchObject({ tier: null, tooFewToRate: true, tierWithheld: 'shallow-history' });
  });
});
