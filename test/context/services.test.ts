// Every metric per service, through the same engine; the expected values are worked out
// by hand from the monorepo of fixture.ts.
import { describe, expect, it } from 'vitest';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { computeContext } from '../../src/context/index.js';
import type { ServiceReport } from '../../src/context/types.js';
import { computeMetrics, runEngine } from '../../src/metrics/index.js';
import type { World } from '../../src/world/types.js';
import { WorldBuilder } from '../support/world-builder.js';
import { monorepoWorld } from './fixture.js';

const CONFIG = `
services:
  - name: api
    paths: ["src/api/**"]
    labels: [api]
    targets: { deploymentsPerWeek: 1, leadTimeHours: 30, changeFailureRate: 0.1, timeToRestoreHours: 1 }
  - name: web
    paths: web/**
  - name: web-team
    labels: [Web]
  - name: edge
    environments: /^edge-/
  - name: mobile
    paths: ["mobile/**"]
`;

function services(world: World, text = CONFIG, source?: string): Record<string, ServiceReport> {
  const run = runEngine(world, source ? { source } : {});
  const context = computeContext(run, parseContextConfig(text, null));
  return Object.fromEntries(context.services!.map((s) => [s.name, s]));
}

describe('per-service metrics', () => {
  const byName = services(monorepoWorld());

  it('a path service counts only the deployments that shipped its changes, with their lead times (L3, L4)', () => {
    const api = byName.api;
    expect(api.changesInHistory).toBe(2); // #1 (file and label), #3 (file)
    expect(api.dora!.deploymentFrequency.count).toBe(2); // d2, d4
    expect(api.dora!.deploymentFrequency.perWeek).toBeCloseTo((2 / 90) * 7, 12);
    // #1 12 h (d2 is the service's first deployment, but the repository's d1 bounds it), #3 38 h
    expect(api.dora!.leadTime).toMatchObject({ changes: 2, medianHours: 25 });
    expect(api.deployments).toBe(
      "the repository's deployments (environment:production) that shipped at least one of its changes",
    );
    expect(api.flow!.throughput.merged).toBe(2);
  });

  it('incidents follow the service labels; a service without labels counts every incident (C1)', () => {
    expect(byName.api.dora!.changeFailureRate).toMatchObject({ deployments: 2, failed: 0, rate: 0 });
    // web has no labels: incident #10 falls on d5, the latest web deployment before it
    expect(byName.web.dora!.changeFailureRate).toMatchObject({ deployments: 2, failed: 1, rate: 0.5 });
    expect(byName.web.dora!.timeToRestore).toMatchObject({ events: 1, medianHours: 2 });
    expect(byName.web.notes).toContain(
      'Incidents are not split by service (it names no labels), so every incident counts for it.',
    );
    expect(byName.web.dora!.leadTime).toMatchObject({ changes: 2, medianHours: 22 }); // 20 h, 24 h
  });

  it('a label service takes the pull requests and incidents carrying its labels, in any case', () => {
    const team = byName['web-team'];
    expect(team.changesInHistory).toBe(2);
    expect(team.dora!.changeFailureRate).toMatchObject({ deployments: 2, failed: 1 });
    expect(team.notes).toEqual([]);
  });

  it('an environment service measures its own deployments, every change a candidate (D1 pattern)', () => {
    const edge = byName.edge;
    expect(edge.source).toBe('environment:/^edge-/');
    expect(edge.deployments).toBe('every successful deployment to an environment matching /^edge-/');
    expect(edge.dora!.deploymentFrequency.count).toBe(2);
    // #1 ships with the stream's first deployment (left out, L4); #2 188 h, #3 158 h, #4 48 h
    expect(edge.dora!.leadTime).toMatchObject({ changes: 3, medianHours: 158 });
    expect(edge.dora!.changeFailureRate).toMatchObject({ deployments: 2, failed: 1 });
  });

  it('targets are met, missed, or have no data', () => {
    expect(byName.api.standing).toEqual([
      { metric: 'deploymentsPerWeek', target: 1, actual: (2 / 90) * 7, status: 'missed' },
      { metric: 'leadTimeHours', target: 30, actual: 25, status: 'met' },
      { metric: 'changeFailureRate', target: 0.1, actual: 0, status: 'met' },
      { metric: 'timeToRestoreHours', target: 1, actual: null, status: 'no-data' },
    ]);
    expect(byName.web.standing).toEqual([]);
  });

  it('a service no pull request matches has no figures, and says why', () => {
    expect(byName.mobile.dora).toBeNull();
    expect(byName.mobile.notes).toContain('No merged pull request matches the service.');
  });

  it('leaves the repository-level figures as they are', () => {
    const world = monorepoWorld();
    const run = runEngine(world);
    const plain = run.report;
    computeContext(run, parseContextConfig(CONFIG, null));
    expect(plain).toEqual(computeMetrics(world));
    expect(plain.dora.leadTime.medianHours).toBe(22); // 12, 20, 24, 38
  });

  it('with the merges source, a service deploys its own merges', () => {
    const api = services(monorepoWorld(), CONFIG, 'merges').api;
    expect(api.deployments).toBe('the merges of its own pull requests');
    expect(api.dora!.deploymentFrequency.count).toBe(2);
  });

  it('in a commits-only world paths select nothing, and the service says so', () => {
    const world = new WorldBuilder({ generatedAt: '2026-04-01T00:00:00Z' })
      .line([
        ['a', '2026-01-02T00:00:00Z'],
        ['b', '2026-01-03T00:00:00Z'],
      ])
      .deploy(1, 'b', '2026-01-04T00:00:00Z')
      .build();
    const api = services(world).api;
    expect(api.dora).toBeNull();
    expect(api.notes[0]).toMatch(/^Paths and labels select pull requests, and this history has none/);
  });

  it('names the pull requests that carry no list of changed files', () => {
    const world = monorepoWorld();
    delete world.pullRequests![0].files;
    expect(services(world).web.notes).toContain(
      '1 merged pull request has no list of changed files, so paths could not match it.',
    );
  });
});

describe('per-service tiers (T3, T4)', () => {
  /** The monorepo without its production deployments: auto ends at merges, assumed (D2). */
  function assumedWorld(): World {
    const world = monorepoWorld();
    world.deployments = world.deployments!.filter((d) => d.environment !== 'production');
    return world;
  }

  it("T3: when the repository's deployments are assumed, a service on them earns no tier", () => {
    const byName = services(assumedWorld());
    const web = byName.web.dora!;
    expect(web.deploymentFrequency).toMatchObject({ tier: null, tierWithheld: 'assumed-deployments' });
    expect(web.leadTime.tierWithheld).toBe('assumed-deployments');
  });

  it('T3: a service on environments the configuration names is not assumed', () => {
    const edge = services(assumedWorld()).edge.dora!;
    expect(edge.deploymentFrequency.count).toBe(2); // edge-eu 01-06, edge-us 01-14
    expect(edge.deploymentFrequency.tierWithheld).toBeNull();
    expect(edge.deploymentFrequency.tier).not.toBeNull();
  });

  it("T4: a window the history does not reach withholds every service's tiers", () => {
    const world = monorepoWorld();
    const run = runEngine(world, { until: new Date('2026-06-01T00:00:00Z'), days: 30 });
    const context = computeContext(run, parseContextConfig(CONFIG, null));
    const rated = context.services!.filter((service) => service.dora !== null);
    expect(rated.length).toBeGreaterThan(0);
    for (const service of rated)
      expect(service.dora!.deploymentFrequency).toMatchObject({
        tier: null,
        tierWithheld: 'history-ends-before-window',
      });
  });
});
