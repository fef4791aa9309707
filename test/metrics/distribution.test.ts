// F5: flow distribution by labels, then by the title's conventional-commit type.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

const PRS: [string, string[], string][] = [
  ['feat: login', ['Security', 'bug'], 'risk'], // risk before defect
  ['chore: bump', ['BUG', 'enhancement'], 'defect'], // labels win over the title's type
  ['feat: cache', ['Refactor', 'feature'], 'debt'],
  ['Some work', ['Enhancement'], 'feature'],
  ['fix(api): handle null', ['question'], 'defect'], // no label belongs: the title decides
  ['FEAT: new page', [], 'feature'], // the type in any case
  ['Update README', [], 'unclassified'],
  ['docs: readme', [], 'debt'],
  ['sec: patch', [], 'risk'],
  ['perf!: faster', [], 'debt'],
  ['feat: audit', ['feature', 'compliance'], 'risk'], // the order of the labels does not matter
  ['feat: retry', ['enhancement', 'dependencies', 'regression'], 'defect'],
];

function distributionWorld() {
  const builder = new WorldBuilder().deploy(1, 'a', '2026-03-02T00:00:00Z');
  PRS.forEach(([title, labels], i) =>
    builder.pullRequest({
      number: i + 1,
      title,
      labels,
      createdAt: '2026-03-02T00:00:00Z',
      mergedAt: `2026-03-${String(3 + i).padStart(2, '0')}T00:00:00Z`,
    }),
  );
  // merged in the previous window: not counted here
  return builder.pullRequest({
    number: 99,
    title: 'feat: old',
    createdAt: '2026-02-01T00:00:00Z',
    mergedAt: '2026-02-02T00:00:00Z',
  });
}

describe('F5 flow distribution', () => {
  it('F5: each pull request takes the first of risk, defect, debt, feature its labels name, else its title type', async () => {
    const report = await metricsOf(distributionWorld());
    const categories = report.records.pullRequests.map((p) => p.category);
    expect(categories).toEqual(PRS.map(([, , category]) => category));
  });

  it('F5: shares of the pull requests merged in the window, summing to 1', async () => {
    const flow = (await metricsOf(distributionWorld())).flow!;
    // risk 3, defect 3, debt 3, feature 2, unclassified 1 of 12
    expect(flow.distributionCounts).toEqual({ feature: 2, defect: 3, debt: 3, risk: 3, unclassified: 1 });
    expect(flow.distribution).toEqual({
      feature: 2 / 12,
      defect: 0.25,
      debt: 0.25,
      risk: 0.25,
      unclassified: 1 / 12,
    });
    const total = Object.values(flow.distribution!).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
    // every pull request merged in the window is in exactly one category
    expect(Object.values(flow.distributionCounts).reduce((a, b) => a + b, 0)).toBe(flow.throughput.merged);
  });

  it('F5: null when no pull request was merged in the window', async () => {
    const builder = new WorldBuilder().pullRequest({
      number: 1,
      createdAt: '2026-02-01T00:00:00Z',
      mergedAt: '2026-02-02T00:00:00Z',
    });
    const report = await metricsOf(builder);
    expect(report.flow!.distribution).toBeNull();
    expect(report.flow!.throughput.merged).toBe(0);
    expect(report.previous.flow!.distribution).toEqual({
      feature: 1,
      defect: 0,
      debt: 0,
      risk: 0,
      unclassified: 0,
    });
  });
});
