// T1 (docs/benchmarks.md): deployment frequency is placed by deployment days per 7- and 30-day block,
// counted back from until. until is 2026-04-01T00:00Z throughout.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

function deployedAt(times: string[]) {
  const builder = new WorldBuilder();
  times.forEach((at, i) => builder.deploy(i + 1, `d${i}`, at));
  return builder;
}

describe('T1 deployment frequency', () => {
  it('T1: median deployment days per 7-day block ≥ 3 is elite; several deployments on one date are one day', async () => {
    // 14 days: blocks [03-25, 04-01) and [03-18, 03-25), 3 distinct dates in each
    const builder = deployedAt([
      '2026-03-26T01:00:00Z',
      '2026-03-26T05:00:00Z',
      '2026-03-26T09:00:00Z',
      '2026-03-27T01:00:00Z',
      '2026-03-31T23:00:00Z',
      '2026-03-18T00:00:00Z',
      '2026-03-19T00:00:00Z',
      '2026-03-24T23:59:59Z',
    ]);
    const frequency = (await metricsOf(builder, { days: 14 })).dora.deploymentFrequency;
    expect(frequency.deploymentDaysPerWeekMedian).toBe(3);
    expect(frequency.deploymentDaysPerMonthMedian).toBeNull(); // ⌊14/30⌋ = 0 blocks
    expect(frequency.tier).toBe('elite');
  });

  it('T1: a median of 2.5 days per week is high, not elite', async () => {
    const builder = deployedAt([
      '2026-03-26T00:00:00Z',
      '2026-03-27T00:00:00Z',
      '2026-03-28T00:00:00Z',
      '2026-03-18T00:00:00Z',
      '2026-03-19T00:00:00Z',
    ]);
    const frequency = (await metricsOf(builder, { days: 14 })).dora.deploymentFrequency;
    expect(frequency.deploymentDaysPerWeekMedian).toBe(2.5); // [3, 2]
    expect(frequency.tier).toBe('high');
  });

  it('T1: 7-day blocks are half-open, [until − 7k days, until − 7(k − 1) days)', async () => {
    // 21 days: [03-25, 04-01) holds 03-25T00:00, 03-26, 03-27; [03-18, 03-25) 03-19; [03-11, 03-18) 03-12
    const builder = deployedAt([
      '2026-03-25T00:00:00Z',
      '2026-03-26T00:00:00Z',
      '2026-03-27T00:00:00Z',
      '2026-03-19T00:00:00Z',
      '2026-03-12T00:00:00Z',
    ]);
    const frequency = (await metricsOf(builder, { days: 21 })).dora.deploymentFrequency;
    expect(frequency.deploymentDaysPerWeekMedian).toBe(1); // [3, 1, 1]
    expect(frequency.tier).toBe('high');
  });

  it('T1: dora-2023 high at exactly 1 day per week ([1, 1, 1, 0] over 4 blocks of a 30-day window)', async () => {
    // blocks [03-25,04-01) [03-18,03-25) [03-11,03-18) [03-04,03-11)
    const builder = deployedAt(['2026-03-26T00:00:00Z', '2026-03-19T00:00:00Z', '2026-03-12T00:00:00Z']);
    const frequency = (await metricsOf(builder)).dora.deploymentFrequency;
    expect(frequency.deploymentDaysPerWeekMedian).toBe(1);
    expect(frequency.tier).toBe('high');
  });

  it('T1: dora-2023 medium by 30-day blocks; the 2 days before the first 7-day block are in no week block', async () => {
    // 03-03 is before 03-04, the start of the 4th 7-day block, but inside the 30-day block
    const builder = deployedAt(['2026-03-03T00:00:00Z']);
    const frequency = (await metricsOf(builder)).dora.deploymentFrequency;
    expect(frequency.deploymentDaysPerWeekMedian).toBe(0);
    expect(frequency.deploymentDaysPerMonthMedian).toBe(1);
    expect(frequency.tier).toBe('medium');
    // dora-2021: median deployment days per 30-day block ≥ 1 is high
    expect((await metricsOf(builder, { benchmarks: 'dora-2021' })).dora.deploymentFrequency.tier).toBe(
      'high',
    );
  });

  it('T1: a median of 0.5 days per week with no 30-day block is low in dora-2023', async () => {
    // 28 days: 4 week blocks [1, 1, 0, 0] → 0.5; ⌊28/30⌋ = 0 month blocks
    const builder = deployedAt(['2026-03-26T00:00:00Z', '2026-03-19T00:00:00Z']);
    const frequency = (await metricsOf(builder, { days: 28 })).dora.deploymentFrequency;
    expect(frequency.deploymentDaysPerWeekMedian).toBe(0.5);
    expect(frequency.tier).toBe('low');
  });

  it('T1: dora-2021 medium needs count ÷ days × 182 ≥ 1', async () => {
    // 90 days, one deployment on 01-05: month blocks [0, 0, 1] → 0; 1 ÷ 90 × 182 ≈ 2.02
    const one = deployedAt(['2026-01-05T00:00:00Z']);
    expect((await metricsOf(one, { days: 90, benchmarks: 'dora-2021' })).dora.deploymentFrequency.tier).toBe(
      'medium',
    );
    // 364 days, two deployments: 2 ÷ 364 × 182 = 1 exactly → medium; 365 days: 0.997 → low
    const two = deployedAt(['2025-06-01T00:00:00Z', '2025-12-01T00:00:00Z']);
    expect((await metricsOf(two, { days: 364, benchmarks: 'dora-2021' })).dora.deploymentFrequency.tier).toBe(
      'medium',
    );
    expect((await metricsOf(two, { days: 365, benchmarks: 'dora-2021' })).dora.deploymentFrequency.tier).toBe(
      'low',
    );
  });

  it('T1: no deployment at all is low, with a tier (a count of 0 is a value)', async () => {
    // A named source (not assumed, T3) and a history that reaches the window (T4).
    const world = new WorldBuilder().tag('nightly', 'a', '2026-03-10T00:00:00Z');
    const frequency = (await metricsOf(world, { source: 'environment:production' })).dora.deploymentFrequency;
    expect(frequency.tier).toBe('low');
    expect(frequency.deploymentDaysPerWeekMedian).toBe(0);
  });

  it('T1: the report names the table and its year', async () => {
    expect((await metricsOf(new WorldBuilder())).benchmarks).toEqual({
      name: 'dora-2023',
      year: 2023,
      badge: 'tier',
    });
    expect((await metricsOf(new WorldBuilder(), { benchmarks: 'dora-2021' })).benchmarks).toEqual({
      name: 'dora-2021',
      year: 2021,
      badge: 'tier',
    });
  });
});
