// S1/S2: medians and percentiles by linear interpolation; durations in unrounded hours.
import { describe, expect, it } from 'vitest';
import { median, percentileSorted, spread } from '../../src/metrics/stats.js';
import { partitionPoint } from '../../src/metrics/time.js';
import { assertWorld, metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder, sha } from '../support/world-builder.js';

describe('S1 percentiles', () => {
  it('S1: rank p·(n−1) with linear interpolation between closest ranks', () => {
    // [1,2,3,4]: median rank 1.5 → 2.5; p75 rank 2.25 → 3 + 0.25 = 3.25; p90 rank 2.7 → 3.7
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, p75: 3.25, p90: expect.closeTo(3.7, 12) });
    // [1,4,10]: median rank 1 → 4; p90 rank 1.8 → 4 + 0.8·6 = 8.8
    expect(percentileSorted([1, 4, 10], 0.9)).toBeCloseTo(8.8, 12);
    expect(median([10, 1, 4])).toBe(4);
    expect(median([7])).toBe(7);
  });

  it('S1: numbers are sorted as numbers, not as text', () => {
    // As text, [100, 9, 20] would sort to [100, 20, 9]; as numbers [9, 20, 100] → median 20.
    expect(median([100, 9, 20])).toBe(20);
  });

  it('S1: the median of no values is null', () => {
    expect(median([])).toBeNull();
    expect(spread([])).toEqual({ median: null, p75: null, p90: null });
  });

  it('S1: time to restore over four incidents of 1, 2, 3 and 4 hours', async () => {
    const builder = new WorldBuilder()
      .issue({ number: 1, createdAt: '2026-03-10T00:00:00Z', closedAt: '2026-03-10T04:00:00Z' })
      .issue({ number: 2, createdAt: '2026-03-11T00:00:00Z', closedAt: '2026-03-11T01:00:00Z' })
      .issue({ number: 3, createdAt: '2026-03-12T00:00:00Z', closedAt: '2026-03-12T03:00:00Z' })
      .issue({ number: 4, createdAt: '2026-03-13T00:00:00Z', closedAt: '2026-03-13T02:00:00Z' });
    const restore = (await metricsOf(builder)).dora.timeToRestore;
    expect(restore.medianHours).toBe(2.5);
    expect(restore.p75Hours).toBe(3.25);
    expect(restore.p90Hours).toBeCloseTo(3.7, 12);
  });

  it('S1: with nothing to measure, medians are null in metrics.json, not 0', async () => {
    const report = await metricsOf(new WorldBuilder());
    expect(report.dora.leadTime.medianHours).toBeNull();
    expect(report.dora.leadTime.p90Hours).toBeNull();
    expect(report.dora.timeToRestore.medianHours).toBeNull();
  });
});

describe('S2 durations', () => {
  it('S2: durations are hours as unrounded floating point numbers', async () => {
    // 20 minutes = 1/3 hour
    const builder = new WorldBuilder().issue({
      number: 1,
      createdAt: '2026-03-10T00:00:00Z',
      closedAt: '2026-03-10T00:20:00Z',
    });
    const report = await metricsOf(builder);
    expect(report.dora.timeToRestore.medianHours).toBeCloseTo(1 / 3, 14);
    expect(report.records.failures[0].restoreHours).toBeCloseTo(1 / 3, 14);
  });
});

describe('world builder', () => {
  it('its worlds are checked against the schema, which rejects a broken one', async () => {
    const world = new WorldBuilder().deploy(1, 'a', '2026-03-10T00:00:00Z').build();
    await expect(assertWorld(world)).resolves.toBeUndefined();
    world.deployments![0].sha = 'not-a-sha';
    await expect(assertWorld(world)).rejects.toThrow();
    expect(sha('a')).toBe('86f7e437faa5a7fce15d1ddcb9eaeaea377667b8');
  });
});

describe('partitionPoint', () => {
  it('finds the first position at or above a value, or past it, in plain and typed lists', () => {
    const values = [1, 2, 2, 2, 5];
    const firstAtLeast = (list: ArrayLike<number>, v: number, above = false) =>
      partitionPoint(list.length, (k) => list[k] < v || (above && list[k] === v));
    for (const list of [values, Float64Array.from(values), Int32Array.from(values)]) {
      expect([0, 1, 2, 3, 5, 6].map((v) => firstAtLeast(list, v))).toEqual([0, 0, 1, 4, 4, 5]);
      expect([0, 1, 2, 3, 5, 6].map((v) => firstAtLeast(list, v, true))).toEqual([0, 1, 4, 4, 5, 5]);
    }
    expect(firstAtLeast([], 3)).toBe(0);
  });
});
