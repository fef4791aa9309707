// Several production environments. `environment:/REGEX/` takes every environment the
// expression finds as one repository-level stream (D1, D3, L3), and each is also measured alone.
import { UserError } from '../../src/errors.js';
import { describe, expect, it } from 'vitest';
import { computeContext } from '../../src/context/index.js';
import { computeMetrics, runEngine } from '../../src/metrics/index.js';
import { parseSource } from '../../src/metrics/sources.js';
import { monorepoBuilder, monorepoWorld } from './fixture.js';

/** prod-eu: c0 01-02 00:00, pr-2 01-07 00:00; prod-us: c0 01-02 01:00, pr-3 01-09 06:00, pr-4 01-13 00:00. */
function regionalWorld() {
  return monorepoWorld(
    monorepoBuilder()
      .deployment({ id: 30, commit: 'c0', environment: 'prod-eu', createdAt: '2026-01-02T00:00:00Z' })
      .deployment({ id: 31, commit: 'pr-2', environment: 'prod-eu', createdAt: '2026-01-07T00:00:00Z' })
      .deployment({ id: 40, commit: 'c0', environment: 'PROD-US', createdAt: '2026-01-02T01:00:00Z' })
      .deployment({ id: 41, commit: 'pr-3', environment: 'prod-us', createdAt: '2026-01-09T06:00:00Z' })
      .deployment({ id: 42, commit: 'pr-4', environment: 'prod-us', createdAt: '2026-01-13T00:00:00Z' })
      .deployment({
        id: 43,
        commit: 'pr-4',
        environment: 'prod-ap',
        createdAt: '2026-01-13T00:00:00Z',
        statuses: [['failure', '2026-01-13T00:10:00Z']],
      }),
  );
}

describe('environment:/REGEX/', () => {
  it('parses a pattern, keeps plain names exact, and names a broken expression', () => {
    expect(parseSource('environment:/^prod-/i')).toMatchObject({ kind: 'environment', name: '/^prod-/i' });
    expect(parseSource('environment:production')).toEqual({ kind: 'environment', name: 'production' });
    expect(() => parseSource('environment:/prod(/')).toThrow(UserError);
    expect(() => parseSource('environment:/prod(/')).toThrow(
      /^source: environment pattern "\/prod\(\/" is not a valid regular expression/,
    );
  });

  it('combines the environments: every success is a deployment, a change ships with the first that contains it', () => {
    const report = computeMetrics(regionalWorld(), { source: 'environment:/^prod-/i' });
    expect(report.source.deployments).toBe('environment:/^prod-/i');
    // 30, 40, 31, 41, 42 ("production" does not match, prod-ap never succeeded)
    expect(report.dora.deploymentFrequency.count).toBe(5);
    const shipped = Object.fromEntries(report.records.changes.map((c) => [c.id, c.shippedBy]));
    expect(shipped).toEqual({
      '#1': 'deployment:31',
      '#2': 'deployment:31',
      '#3': 'deployment:41',
      '#4': 'deployment:42',
    });
    expect(report.dora.leadTime.medianHours).toBe(34); // 48, 20, 44, 24
    expect(report.dora.changeFailureRate).toMatchObject({ deployments: 5, failed: 1 });
  });

  it('reports each environment as a stream of its own', () => {
    const world = regionalWorld();
    const run = runEngine(world, { source: 'environment:/^prod-/i' });
    const streams = computeContext(run, null).streams!;
    expect(streams.map((s) => s.environment)).toEqual(['PROD-US', 'prod-eu']);
    const [us, eu] = streams;
    expect(eu.dora.deploymentFrequency.count).toBe(2);
    expect(eu.dora.leadTime).toMatchObject({ changes: 2, medianHours: 34 }); // 48, 20
    expect(eu.dora.changeFailureRate).toMatchObject({ deployments: 2, failed: 1 }); // incident → 31
    expect(us.dora.deploymentFrequency.count).toBe(3);
    expect(us.dora.leadTime).toMatchObject({ changes: 4, medianHours: 59 }); // 102, 74, 44, 24
    expect(us.dora.changeFailureRate).toMatchObject({ deployments: 3, failed: 1 });
  });

  it('has no streams for a single named environment', () => {
    const world = regionalWorld();
    expect(computeContext(runEngine(world), null).streams).toBeNull();
  });
});
