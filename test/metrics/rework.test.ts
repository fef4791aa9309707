// C4: deployment rework rate.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

const pr = (number: number, title: string, mergedAt: string, labels: string[] = []) => ({
  number,
  title,
  labels,
  createdAt: '2026-03-02T00:00:00Z',
  mergedAt,
});

describe('C4 rework rate', () => {
  it('C4: deployments that ship only reverts or defects are rework; a bundle with a feature is not', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-03T00:00:00Z') // #1 feature
      .deploy(2, 'b', '2026-03-05T00:00:00Z') // #2 fix by title type: rework
      .deploy(3, 'c', '2026-03-07T00:00:00Z') // #3 bug label + #4 feature: planned
      .deploy(4, 'd', '2026-03-09T00:00:00Z') // #5 revert: rework
      .deploy(5, 'e', '2026-03-11T00:00:00Z') // ships nothing: not rework
      .deploy(6, 'f', '2026-03-13T00:00:00Z') // #6 chore (debt) + #7 hotfix label: not rework
      .pullRequest(pr(1, 'feat: a', '2026-03-02T12:00:00Z'))
      .pullRequest(pr(2, 'fix: typo', '2026-03-04T00:00:00Z'))
      .pullRequest(pr(3, 'Update x', '2026-03-06T00:00:00Z', ['bug']))
      .pullRequest(pr(4, 'feat: y', '2026-03-06T01:00:00Z'))
      .pullRequest(pr(5, 'Revert "feat: y"', '2026-03-08T00:00:00Z'))
      .pullRequest(pr(6, 'chore: deps', '2026-03-12T00:00:00Z'))
      .pullRequest(pr(7, 'Patch', '2026-03-12T01:00:00Z', ['hotfix']));
    const report = await metricsOf(builder);
    expect(report.records.deployments.map((d) => d.rework)).toEqual([false, true, false, true, false, false]);
    // 2 of 6
    expect(report.dora.reworkRate).toEqual({ deployments: 6, rework: 2, rate: 1 / 3 });
  });

  it('C4: in a commits-only world a defect is a subject of type `fix`', async () => {
    // merges source: every commit of the first-parent chain is a deployment of itself
    const builder = new WorldBuilder().line([
      ['r', '2026-03-03T00:00:00Z', 'chore: init'], // root: no change shipped
      ['c1', '2026-03-04T00:00:00Z', 'fix: crash'],
      ['c2', '2026-03-05T00:00:00Z', 'feat: page'],
      ['c3', '2026-03-06T00:00:00Z', 'Fix crash'],
      ['c4', '2026-03-07T00:00:00Z', 'fix(ui)!: layout (#41)'],
      ['c5', '2026-03-08T00:00:00Z', 'hotfix: x'],
      ['c6', '2026-03-09T00:00:00Z', 'Revert "feat: page"'],
    ]);
    const report = await metricsOf(builder);
    expect(report.source.deployments).toBe('merges');
    expect(report.records.deployments.map((d) => d.rework)).toEqual([
      false,
      true,
      false,
      false,
      true,
      false,
      true,
    ]);
    expect(report.dora.reworkRate).toEqual({ deployments: 7, rework: 3, rate: 3 / 7 });
  });

  it('C4: null when there are no deployments in the window', async () => {
    const report = await metricsOf(new WorldBuilder().deploy(1, 'a', '2026-02-10T00:00:00Z'));
    expect(report.dora.reworkRate).toEqual({ deployments: 0, rework: 0, rate: null });
  });
});
