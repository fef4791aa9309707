// The weighted percentile (S1 on values repeated by weight) and Spearman's rank correlation.
import { describe, expect, it } from 'vitest';
import { percentileSorted } from '../../src/metrics/stats.js';
import { averageRanks, pearson, spearman, weightedPercentile } from '../../src/context/statistics.js';

describe('weightedPercentile', () => {
  it('with every weight 1 is S1', () => {
    const values = [7, 1, 4, 10];
    for (const p of [0, 0.25, 0.5, 0.75, 0.9, 1]) {
      expect(weightedPercentile(values, [1, 1, 1, 1], p)).toBe(percentileSorted([1, 4, 7, 10], p));
    }
  });

  it('is S1 on the values repeated by their weights', () => {
    // 10, 20, 30, 30 → median (20 + 30) / 2; p25 at rank 0.75 → 17.5
    expect(weightedPercentile([30, 10, 20], [2, 1, 1], 0.5)).toBe(25);
    expect(weightedPercentile([30, 10, 20], [2, 1, 1], 0.25)).toBe(17.5);
    expect(weightedPercentile([30, 10, 20], [2, 1, 1], 0.9)).toBe(30);
  });

  it('leaves out weight 0; no weight at all is null', () => {
    expect(weightedPercentile([5, 100], [1, 0], 0.5)).toBe(5);
    expect(weightedPercentile([5, 100], [0, 0], 0.5)).toBeNull();
    expect(weightedPercentile([], [], 0.5)).toBeNull();
  });
});

describe('Spearman', () => {
  it('gives ties the average of their ranks', () => {
    expect(averageRanks([5, 6, 7, 8, 7])).toEqual([1, 2, 3.5, 5, 3.5]);
  });

  it('ranks as the definition does on many ties, negative numbers and −0', () => {
    // The definition: 1 + (values below) + (values equal, itself included, − 1) / 2.
    const definition = (values: number[]) =>
      values.map(
        (v) => 1 + values.filter((w) => w < v).length + (values.filter((w) => w === v).length - 1) / 2,
      );
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let round = 0; round < 50; round++) {
      const values = Array.from(
        { length: 1 + (next() % 60) },
        () => (next() % 13) - 6 || (next() % 2 ? -0 : 0),
      );
      expect(averageRanks(values)).toEqual(definition(values));
    }
  });

  it('is Pearson on the ranks', () => {
    // x ranks 1..5; y ranks 1 2 3.5 5 3.5: Σdxdy 8, Σdx² 10, Σdy² 9.5
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 12);
  });

  it('is 1 or −1 for any monotone relation, whatever the scale', () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 100000])).toBe(1);
    expect(spearman([1, 2, 3, 4], [9, 3, 2, -50])).toBe(-1);
  });

  it('is null below 3 pairs or without spread', () => {
    expect(spearman([1, 2], [2, 1])).toBeNull();
    expect(spearman([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});
