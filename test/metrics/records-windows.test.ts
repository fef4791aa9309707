// metrics.json "records": both windows, each item tagged with its window, and enough to compute
// every figure O2 pools from the document alone (O1). Figures recomputed here from the records
// must equal the engine's own for each window.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/metrics/index.js';
import type { MetricsReport } from '../../src/metrics/types.js';
import { readWorldFile } from '../../src/world/read.js';

const world = readWorldFile(join(import.meta.dirname, '..', '..', 'examples', 'world.json'));
const report: MetricsReport = computeMetrics(world, { days: 90 });

function quantile(values: number[], p: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low] + (sorted[Math.ceil(rank)] - sorted[low]) * (rank - low);
}

const present = <T>(values: (T | null)[]) => values.filter((v): v is T => v !== null);

describe('records of both windows (O1, O2)', () => {
  const windows = [
    { name: 'current' as const, dora: report.dora, flow: report.flow!, records: report.records },
    {
      name: 'previous' as const,
      dora: report.previous.dora,
      flow: report.previous.flow!,
      records: report.records.previous,
    },
  ];

  it('tags every record with its window, and the previous window has records', () => {
    for (const { name, records } of windows) {
      for (const list of [records.deployments, records.changes, records.pullRequests]) {
        expect(list.length).toBeGreaterThan(0);
        expect(new Set(list.map((r) => r.window))).toEqual(new Set([name]));
      }
    }
    expect(new Set(report.records.failures.map((f) => f.window))).toEqual(new Set(['current', 'previous']));
  });

  for (const { name, dora, flow, records } of windows) {
    it(`recomputes the ${name} window's pooled inputs from its records alone`, () => {
      expect(records.deployments.length).toBe(dora.deploymentFrequency.count);
      expect(records.deployments.filter((d) => d.failed).length).toBe(dora.changeFailureRate.failed);
      expect(records.deployments.filter((d) => d.rework).length).toBe(dora.reworkRate.rework);
      const leads = present(records.changes.map((c) => c.leadTimeHours));
      expect(leads.length).toBe(dora.leadTime.changes);
      expect(quantile(leads, 0.5)).toBe(dora.leadTime.medianHours);
      expect(quantile(leads, 0.9)).toBe(dora.leadTime.p90Hours);
      const events = report.records.failures.filter((f) => f.window === name);
      expect(events.length).toBe(dora.timeToRestore.events);
      expect(quantile(present(events.map((f) => f.restoreHours)), 0.5)).toBe(dora.timeToRestore.medianHours);
      const prs = records.pullRequests;
      expect(prs.length).toBe(flow.throughput.merged);
      expect(
        quantile(
          prs.map((p) => p.cycleHours),
          0.5,
        ),
      ).toBe(flow.cycleTime.medianHours);
      expect(quantile(present(prs.map((p) => p.pickupHours)), 0.5)).toBe(flow.cycleTime.pickupHours);
      expect(quantile(present(prs.map((p) => p.deployHours)), 0.5)).toBe(flow.cycleTime.deployHours);
      expect(quantile(present(prs.map((p) => p.lines)), 0.5)).toBe(flow.batchSize.medianLines);
      expect(prs.filter((p) => p.category === 'defect').length).toBe(flow.distributionCounts.defect);
      const counted = prs.filter((p) => p.pickupHours !== null && p.deployHours !== null);
      const handsOn = counted.reduce((s, p) => s + p.codingHours + p.reviewHours!, 0);
      const elapsed = counted.reduce(
        (s, p) => s + p.codingHours + p.pickupHours! + p.reviewHours! + p.deployHours!,
        0,
      );
      expect(handsOn / elapsed).toBeCloseTo(flow.efficiency!, 12);
    });
  }

  it('keeps the previous window lean: no titles, labels or links', () => {
    const [deployment] = report.records.previous.deployments;
    const [change] = report.records.previous.changes;
    const [pr] = report.records.previous.pullRequests;
    expect(Object.keys(deployment).sort()).toEqual(
      ['firstOfWorld', 'failed', 'key', 'rework', 'sha', 'time', 'window'].sort(),
    );
    expect(Object.keys(change).sort()).toEqual(
      ['id', 'leadTimeHours', 'mergedAt', 'shippedAt', 'shippedBy', 'window'].sort(),
    );
    expect(pr).not.toHaveProperty('title');
    expect(pr).not.toHaveProperty('url');
  });
});
