// Services with N1: each service against the previous window. Expected values worked out by hand
// from fixture.ts's monorepo, cut into two 7-day windows: [01-01, 01-08) and [01-08, 01-15).
//
//   api (#1, #3): previous d2 ships #1 (lead 12 h, cycle 10 h); current d4 ships #3 (38 h, 24 h)
//   web (#2, #4): previous d3 ships #2 (20 h, 6 h); current d5 ships #4 (24 h, 10 h) and incident
//                 #10 (2 h) falls on d5, so its change failure rate goes 0 → 1
import { describe, expect, it } from 'vitest';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { computeContext } from '../../src/context/index.js';
import type { ServiceReport } from '../../src/context/types.js';
import { type MetricsOptions, runEngine } from '../../src/metrics/index.js';
import { buildServiceViews } from '../../src/report/context-services.js';
import { monorepoWorld } from './fixture.js';

const CONFIG = `
services:
  - name: api
    paths: ["src/api/**"]
    labels: [api]
  - name: web
    paths: web/**
  - name: mobile
    paths: ["mobile/**"]
  - name: everything
    environments: production
`;

const SPLIT: MetricsOptions = { days: 7, until: new Date('2026-01-15T00:00:00Z') };

function run(options: MetricsOptions) {
  const world = monorepoWorld();
  const run = runEngine(world, options);
  const report = run.report;
  const context = computeContext(run, parseContextConfig(CONFIG, null));
  const byName: Record<string, ServiceReport> = Object.fromEntries(context.services!.map((s) => [s.name, s]));
  return { report, byName };
}

describe('per-service trends against the previous window (N1)', () => {
  const { report, byName } = run(SPLIT);

  it('keeps the previous window of each service', () => {
    expect(byName.api.previous!.dora.deploymentFrequency.count).toBe(1); // d2
    expect(byName.api.previous!.dora.leadTime.medianHours).toBe(12);
    expect(byName.web.previous!.flow!.cycleTime.medianHours).toBe(6);
  });

  it('labels a longer lead time and cycle time worse, an equal frequency same', () => {
    expect(byName.api.trends!.deploymentFrequency).toEqual({
      current: 1,
      previous: 1,
      change: 0,
      label: 'same',
    });
    expect(byName.api.trends!.leadTime).toEqual({ current: 38, previous: 12, change: 26, label: 'worse' });
    expect(byName.api.trends!.cycleTime).toEqual({ current: 24, previous: 10, change: 14, label: 'worse' });
    expect(byName.api.trends!.changeFailureRate.label).toBe('same'); // 0 of 1, both windows
  });

  it('labels a rising failure rate worse and leaves a figure without a previous value unlabelled', () => {
    expect(byName.web.trends!.changeFailureRate).toEqual({
      current: 1,
      previous: 0,
      change: 1,
      label: 'worse',
    });
    expect(byName.web.trends!.leadTime).toEqual({ current: 24, previous: 20, change: 4, label: 'worse' });
    expect(byName.web.trends!.timeToRestore).toEqual({
      current: 2,
      previous: null,
      change: null,
      label: null,
    });
  });

  it('labels more deployments a week better (the window [01-06, 01-10) against [01-02, 01-06))', () => {
    const web = run({ days: 4, until: new Date('2026-01-10T00:00:00Z') }).byName.web;
    // d3 (01-07) in the window, none of web's before: 1 in 4 days = 1.75 a week against 0
    expect(web.trends!.deploymentFrequency).toEqual({
      current: 1.75,
      previous: 0,
      change: 1.75,
      label: 'better',
    });
  });

  it('a service of every production deployment has the repository’s own trends', () => {
    expect(byName.everything.trends).toEqual(report.trends);
  });

  it('a service without figures has no previous window and no trends', () => {
    expect(byName.mobile.dora).toBeNull();
    expect(byName.mobile.previous).toBeNull();
    expect(byName.mobile.trends).toBeNull();
  });

  it('the report’s service card says how each figure moved, with the value before', () => {
    const [api, web] = buildServiceViews([byName.api, byName.web]);
    expect(api.figures.headers).toEqual(['Measure', 'Value', 'Against the previous window']);
    expect(api.figures.rows).toEqual([
      ['Deployment frequency', '1 deploy a week', 'same (was 1 deploy a week)'],
      ['Lead time', '38 hours', 'worse (was 12 hours)'],
      ['Change failure rate', '0% (0 of 1)', 'same (was 0% (0 of 1))'],
      ['Time to restore', 'no data', 'no comparison'],
      ['Pull requests merged', '1', 'same (was 1)'],
      ['Cycle time (median)', '24 hours', 'worse (was 10 hours)'],
    ]);
    expect(web.figures.rows[2]).toEqual(['Change failure rate', '100% (1 of 1)', 'worse (was 0% (0 of 1))']);
  });
});
