// The view model on real engine output: the example world, and the same world without its pull
// requests (a commits-only history).
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/metrics/index.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { loadExampleWorld } from '../support/report-page.js';

describe('view model of the example world', () => {
  const report = computeMetrics(loadExampleWorld());

  it('words every DORA key, with weekly charts over the window', () => {
    const view = buildViewModel(report, { downtimeCostPerHour: 1000, currency: 'USD' });
    expect(view.metrics).toHaveLength(5);
    for (const card of view.metrics) {
      expect(card.value).not.toMatch(/NaN|undefined|null/);
      expect(view.charts[card.chart.id].labels).toHaveLength(report.weekly.length);
    }
    expect(view.source).toBe(report.source.deployments);
    expect(view.flow?.bottleneckName).toBeTruthy();
    expect(view.deployments.total).toBe(report.records.deployments.length);
    expect(view.downtime?.cost).toMatch(/^\$[\d,]+$/);
  });

  it('explains the missing flow sections of a commits-only history', () => {
    const world = loadExampleWorld();
    delete world.pullRequests;
    const commitsOnly = computeMetrics(world);
    expect(commitsOnly.flow).toBeNull();
    const view = buildViewModel(commitsOnly);
    expect(view.flow).toBeNull();
    expect(view.flowMissingReason).toMatch(/no pull requests/);
    expect(Object.keys(view.charts).sort()).toEqual([
      'chart-changeFailureRate',
      'chart-deploymentFrequency',
      'chart-leadTime',
      'chart-reworkRate',
      'chart-timeToRestore',
    ]);
  });
});
