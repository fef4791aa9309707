// What a user may ask of the engine: a deployment source (D1), a window length (W1) and a
// benchmark table (T1), and the one-line errors for mistakes.
import { UserError } from '../../src/errors.js';
import { describe, expect, it } from 'vitest';
import { type BenchmarkTable } from '../../src/metrics/index.js';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

describe('D1 source syntax', () => {
  it('D1: an unknown source is a user mistake that names itself', async () => {
    await expect(metricsOf(new WorldBuilder(), { source: 'deploys' })).rejects.toThrow(UserError);
    await expect(metricsOf(new WorldBuilder(), { source: 'deploys' })).rejects.toThrow(/deploys/);
  });

  it('D1: a tags pattern that is no regular expression is a user mistake', async () => {
    await expect(metricsOf(new WorldBuilder(), { source: 'tags:v(' })).rejects.toThrow(UserError);
  });

  it('D1: workflow needs a file', async () => {
    await expect(metricsOf(new WorldBuilder(), { source: 'workflow' })).rejects.toThrow(UserError);
  });
});

describe('W1 window length', () => {
  it('W1: a window length that is not a whole number of days is a user mistake', async () => {
    await expect(metricsOf(new WorldBuilder(), { days: 0 })).rejects.toThrow(UserError);
    await expect(metricsOf(new WorldBuilder(), { days: 2.5 })).rejects.toThrow(/days/);
  });
});

describe('T1 benchmark tables', () => {
  it('T1: an unknown table name is a user mistake', async () => {
    await expect(metricsOf(new WorldBuilder(), { benchmarks: 'dora-2019' })).rejects.toThrow(UserError);
  });

  it('T1: a user may supply a table of their own', async () => {
    const strict: BenchmarkTable = {
      name: 'house',
      year: 2026,
      deploymentFrequency: {
        elite: { kind: 'weekly-days', atLeast: 5 },
        high: { kind: 'weekly-days', atLeast: 3 },
        medium: { kind: 'weekly-days', atLeast: 1 },
      },
      leadTimeHours: { elite: 1, high: 2, medium: 3 },
      changeFailureRate: { elite: 0, high: 0.01, medium: 0.02 },
      timeToRestoreHours: { elite: 0.1, high: 0.2, medium: 0.3 },
    };
    // T2: three restored failure events, each of 15 minutes
    const builder = new WorldBuilder().deploy(1, 'a', '2026-03-03T00:00:00Z');
    for (const number of [1, 2, 3])
      builder.issue({ number, createdAt: '2026-03-04T00:00:00Z', closedAt: '2026-03-04T00:15:00Z' });
    const report = await metricsOf(builder, { benchmarks: strict });
    expect(report.benchmarks).toEqual({ name: 'house', year: 2026, badge: 'tier' });
    // 15 minutes = 0.25 h: under 0.3, not under 0.2
    expect(report.dora.timeToRestore.tier).toBe('medium');
    // with dora-2023, 0.25 h is under 1 h
    expect((await metricsOf(builder)).dora.timeToRestore.tier).toBe('elite');
  });
});
