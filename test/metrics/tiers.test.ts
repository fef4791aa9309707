// T1/T2 (docs/benchmarks.md): lead time, change failure rate and time to restore tiers, and samples
// too small to rate.
import { describe, expect, it } from 'vitest';
import type { MetricsOptions } from '../../src/metrics/index.js';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

/** `count` pull requests created at `createdAt`, all shipped on 2026-03-20T00:00Z. */
async function leadTime(createdAt: string, options: MetricsOptions = {}, count = 5) {
  const builder = new WorldBuilder()
    .deploy(1, 'first', '2026-03-02T00:00:00Z')
    .deploy(2, 'x', '2026-03-20T00:00:00Z');
  for (let n = 1; n <= count; n++)
    builder.pullRequest({ number: n, createdAt, mergedAt: '2026-03-19T23:30:00Z' });
  return (await metricsOf(builder, options)).dora.leadTime;
}

/** 20 (or `count`) deployments on 03-03 onwards, the first `failed` of them with an incident. */
async function failureRate(failed: number, options: MetricsOptions = {}, count = 20) {
  const builder = new WorldBuilder();
  for (let i = 0; i < count; i++) {
    const day = String(3 + i).padStart(2, '0');
    builder.deploy(i + 1, `d${i}`, `2026-03-${day}T00:00:00Z`);
    if (i < failed)
      builder.issue({
        number: i + 1,
        createdAt: `2026-03-${day}T01:00:00Z`,
        closedAt: `2026-03-${day}T02:00:00Z`,
      });
  }
  return (await metricsOf(builder, options)).dora.changeFailureRate;
}

/** `count` incidents (3 by default, T2's least) from 03-04T00:00, all closed at `closedAt`. */
async function restore(closedAt: string, options: MetricsOptions = {}, count = 3) {
  const builder = new WorldBuilder().deploy(1, 'a', '2026-03-03T00:00:00Z');
  for (let number = 1; number <= count; number++)
    builder.issue({ number, createdAt: '2026-03-04T00:00:00Z', closedAt });
  return (await metricsOf(builder, options)).dora.timeToRestore;
}

const y2021 = { benchmarks: 'dora-2021' };

describe('T1 lead time', () => {
  it('T1: dora-2023: under 24 h is elite; exactly 24 h is high', async () => {
    expect(await leadTime('2026-03-19T00:01:00Z')).toMatchObject({
      medianHours: expect.closeTo(1439 / 60, 10),
      tier: 'elite',
    });
    expect(await leadTime('2026-03-19T00:00:00Z')).toMatchObject({ medianHours: 24, tier: 'high' });
  });

  it('T1: dora-2023: exactly 168 h is medium, exactly 720 h is low', async () => {
    expect(await leadTime('2026-03-13T00:00:00Z')).toMatchObject({ medianHours: 168, tier: 'medium' });
    // 03-20 − 30 days = 02-18
    expect(await leadTime('2026-02-18T00:00:00Z')).toMatchObject({ medianHours: 720, tier: 'low' });
  });

  it('T1: dora-2021: exactly 1 h is high; under 1 h elite; 4380 h is low, 4379 h medium', async () => {
    expect((await leadTime('2026-03-19T23:00:00Z', y2021)).tier).toBe('high');
    expect((await leadTime('2026-03-19T23:01:00Z', y2021)).tier).toBe('elite');
    // 03-20 − 182 days = 2025-09-19; − 12 h more = 4380 h
    expect(await leadTime('2025-09-18T12:00:00Z', y2021)).toMatchObject({ medianHours: 4380, tier: 'low' });
    expect((await leadTime('2025-09-18T13:00:00Z', y2021)).tier).toBe('medium');
  });
});

describe('T1 change failure rate', () => {
  it('T1: dora-2023: exactly 5 % is elite, 10 % high, 15 % medium, 20 % low', async () => {
    expect(await failureRate(1)).toMatchObject({ deployments: 20, failed: 1, rate: 0.05, tier: 'elite' });
    expect(await failureRate(2)).toMatchObject({ rate: 0.1, tier: 'high' });
    expect(await failureRate(3)).toMatchObject({ rate: 0.15, tier: 'medium' });
    expect(await failureRate(4)).toMatchObject({ rate: 0.2, tier: 'low' });
  });

  it('T1: dora-2021: exactly 15 % is elite, 20 % high, 30 % medium, 35 % low', async () => {
    expect((await failureRate(3, y2021)).tier).toBe('elite');
    expect((await failureRate(4, y2021)).tier).toBe('high');
    expect((await failureRate(6, y2021)).tier).toBe('medium');
    expect((await failureRate(7, y2021)).tier).toBe('low');
  });
});

describe('T1 time to restore', () => {
  it('T1: under 1 h elite; exactly 1 h high; exactly 24 h medium; exactly 168 h low', async () => {
    expect((await restore('2026-03-04T00:59:00Z')).tier).toBe('elite');
    expect(await restore('2026-03-04T01:00:00Z')).toMatchObject({ medianHours: 1, tier: 'high' });
    expect(await restore('2026-03-05T00:00:00Z')).toMatchObject({ medianHours: 24, tier: 'medium' });
    expect((await restore('2026-03-10T23:00:00Z')).tier).toBe('medium'); // 167 h
    expect(await restore('2026-03-11T00:00:00Z')).toMatchObject({ medianHours: 168, tier: 'low' });
    expect((await restore('2026-03-04T01:00:00Z', y2021)).tier).toBe('high');
  });

  it('T1: a metric that is null has no tier', async () => {
    const report = await metricsOf(new WorldBuilder());
    expect(report.dora.leadTime.tier).toBeNull();
    expect(report.dora.changeFailureRate.tier).toBeNull();
    expect(report.dora.timeToRestore.tier).toBeNull();
  });
});

describe('T2 too few to rate', () => {
  it('T2: 9 deployments earn no failure-rate tier, but the rate is still reported', async () => {
    const cfr = await failureRate(0, {}, 9);
    expect(cfr).toMatchObject({ deployments: 9, failed: 0, rate: 0, tier: null, tooFewToRate: true });
  });

  it('T2: 10 deployments are enough', async () => {
    expect(await failureRate(0, {}, 10)).toMatchObject({ rate: 0, tier: 'elite', tooFewToRate: false });
  });

  it('T2: 4 changes earn no lead-time tier, 5 do', async () => {
    const four = await leadTime('2026-03-19T00:01:00Z', {}, 4);
    expect(four).toMatchObject({
      changes: 4,
      medianHours: expect.closeTo(1439 / 60, 10),
      tier: null,
      tooFewToRate: true,
    });
    expect(await leadTime('2026-03-19T00:01:00Z', {}, 5)).toMatchObject({ changes: 5, tooFewToRate: false });
  });

  it('T2: time to restore needs at least 3 restored failure events for a tier', async () => {
    // 2 incidents of 1 h each: the median is still reported
    expect(await restore('2026-03-04T01:00:00Z', {}, 2)).toMatchObject({
      restored: 2,
      medianHours: 1,
      tier: null,
      tooFewToRate: true,
      tierWithheld: 'too-few',
    });
    expect(await restore('2026-03-04T01:00:00Z', {}, 3)).toMatchObject({
      restored: 3,
      tier: 'high',
      tooFewToRate: false,
      tierWithheld: null,
    });
  });

  it('T2: an unrestored failure event does not count towards the 3', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-03T00:00:00Z')
      .issue({ number: 1, createdAt: '2026-03-04T00:00:00Z', closedAt: '2026-03-04T02:00:00Z' })
      .issue({ number: 2, createdAt: '2026-03-05T00:00:00Z', closedAt: '2026-03-05T02:00:00Z' })
      .issue({ number: 3, createdAt: '2026-03-06T00:00:00Z' });
    expect((await metricsOf(builder)).dora.timeToRestore).toMatchObject({
      events: 3,
      restored: 2,
      unrestored: 1,
      medianHours: 2,
      tier: null,
      tooFewToRate: true,
    });
  });

  it('T2: the reason is too-few for lead time and change failure rate as well', async () => {
    expect(await leadTime('2026-03-19T00:01:00Z', {}, 4)).toMatchObject({ tierWithheld: 'too-few' });
    expect(await failureRate(0, {}, 9)).toMatchObject({ tierWithheld: 'too-few' });
    expect(await failureRate(0, {}, 10)).toMatchObject({ tierWithheld: null });
  });

  it('T2: a null value is not "too few to rate"', async () => {
    const report = await metricsOf(new WorldBuilder());
    expect(report.dora.leadTime.tooFewToRate).toBe(false);
    expect(report.dora.changeFailureRate.tooFewToRate).toBe(false);
    expect(report.dora.timeToRestore.tooFewToRate).toBe(false);
  });
});
