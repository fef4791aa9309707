// W1–W3: the reporting window, what belongs to it, and the weekly series.
// 2026-04-01 is a Wednesday; 2026-03-02 and 2026-03-30 are Mondays.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

describe('W1 window', () => {
  it('W1: until defaults to the world file generatedAt and the length to 90 days', async () => {
    const report = await metricsOf(new WorldBuilder({ generatedAt: '2026-04-01T00:00:00Z' }), {
      days: undefined,
    });
    // 2026-04-01 − 90 days = 2026-01-01 (31 days of January + 28 of February + 31 of March)
    expect(report.window).toEqual({ since: '2026-01-01T00:00:00Z', until: '2026-04-01T00:00:00Z', days: 90 });
  });

  it('W1: the previous window has the same length and ends at since', async () => {
    const report = await metricsOf(new WorldBuilder(), { days: undefined });
    // 2026-01-01 − 90 days = 2025-10-03 (31 of December + 30 of November + 29 of October)
    expect(report.previous.window).toEqual({
      since: '2025-10-03T00:00:00Z',
      until: '2026-01-01T00:00:00Z',
      days: 90,
    });
  });

  it('W1: an explicit until wins over generatedAt', async () => {
    const report = await metricsOf(new WorldBuilder(), { until: new Date('2026-02-10T06:00:00Z'), days: 10 });
    expect(report.window).toEqual({ since: '2026-01-31T06:00:00Z', until: '2026-02-10T06:00:00Z', days: 10 });
    expect(report.previous.window.until).toBe('2026-01-31T06:00:00Z');
    expect(report.previous.window.since).toBe('2026-01-21T06:00:00Z');
  });

  it('W1: without generatedAt, until is now', async () => {
    const world = new WorldBuilder().build();
    delete world.generatedAt;
    const before = Date.now();
    const report = await metricsOf(world);
    const after = Date.now();
    const until = Date.parse(report.window.until);
    expect(until).toBeGreaterThanOrEqual(before - 1000);
    expect(until).toBeLessThanOrEqual(after);
  });
});

describe('W2 membership', () => {
  // Window [2026-03-02T00:00Z, 2026-04-01T00:00Z); previous [2026-01-31, 2026-03-02).
  const world = () =>
    new WorldBuilder()
      .deploy(1, 'a', '2026-03-01T23:59:59Z') // previous window
      .deploy(2, 'b', '2026-03-02T00:00:00Z') // at since: in
      .deploy(3, 'c', '2026-03-31T23:59:59Z') // in
      .deploy(4, 'd', '2026-04-01T00:00:00Z') // at until: out of both
      .issue({ number: 1, createdAt: '2026-03-01T12:00:00Z', closedAt: '2026-03-03T12:00:00Z' })
      .issue({ number: 2, createdAt: '2026-03-02T00:00:00Z', closedAt: '2026-03-02T02:00:00Z' })
      .pullRequest({ number: 1, createdAt: '2026-02-20T00:00:00Z', mergedAt: '2026-03-02T00:00:00Z' })
      .pullRequest({ number: 2, createdAt: '2026-02-20T00:00:00Z', mergedAt: '2026-03-01T23:00:00Z' })
      .pullRequest({ number: 3, createdAt: '2026-02-20T00:00:00Z', mergedAt: '2026-04-01T00:00:00Z' });

  it('W2: a deployment belongs to the window holding its time ([since, until))', async () => {
    const report = await metricsOf(world());
    expect(report.dora.deploymentFrequency.count).toBe(2); // deployments 2 and 3
    expect(report.previous.dora.deploymentFrequency.count).toBe(1); // deployment 1
    expect(report.records.deployments.map((d) => d.key)).toEqual(['deployment:2', 'deployment:3']);
  });

  it('W2: a failure belongs to the window holding its start, even when restored in the next', async () => {
    const report = await metricsOf(world());
    expect(report.dora.timeToRestore.events).toBe(1); // incident 2
    expect(report.dora.timeToRestore.medianHours).toBe(2); // 00:00 → 02:00
    expect(report.previous.dora.timeToRestore.events).toBe(1); // incident 1
    expect(report.previous.dora.timeToRestore.medianHours).toBe(48); // 03-01 12:00 → 03-03 12:00
  });

  it('W2: a merged pull request belongs to the window holding its merge time', async () => {
    const report = await metricsOf(world());
    expect(report.flow?.throughput.merged).toBe(1); // #1 merged at since; #3 at until is out
    expect(report.previous.flow?.throughput.merged).toBe(1); // #2
  });
});

describe('W3 weekly series', () => {
  it('W3: a window starting on Monday 00:00 UTC keeps that week; the last week is cut at until', async () => {
    const report = await metricsOf(new WorldBuilder().deploy(1, 'a', '2026-03-31T23:00:00Z'));
    expect(report.weekly.map((w) => w.weekStart)).toEqual([
      '2026-03-02T00:00:00Z',
      '2026-03-09T00:00:00Z',
      '2026-03-16T00:00:00Z',
      '2026-03-23T00:00:00Z',
      '2026-03-30T00:00:00Z',
    ]);
    expect(report.weekly.map((w) => w.deployments)).toEqual([0, 0, 0, 0, 1]);
  });

  it('W3: a week that starts before since is not in the window (since on a Sunday)', async () => {
    // 31 days back from 2026-04-01 is Sunday 2026-03-01: the week of Monday 02-23 starts before it.
    const report = await metricsOf(new WorldBuilder().deploy(1, 'a', '2026-03-01T10:00:00Z'), { days: 31 });
    expect(report.weekly[0].weekStart).toBe('2026-03-02T00:00:00Z');
    expect(report.weekly).toHaveLength(5);
    // The deployment is in the window but in no listed week.
    expect(report.dora.deploymentFrequency.count).toBe(1);
    expect(report.weekly.reduce((n, w) => n + w.deployments, 0)).toBe(0);
  });

  it('W3: figures count [weekStart, min(weekStart + 7 days, until)) and load is taken at its end', async () => {
    // until Wed 2026-04-01T12:00Z, 30 days: since Mon 2026-03-02T12:00Z, so the week of 03-02
    // started before since; weeks 03-09, 03-16, 03-23 and 03-30 (cut at 04-01T12:00Z).
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-02T13:00:00Z') // in the window, in no week; first of the world
      .deploy(2, 'b', '2026-03-16T00:00:00Z')
      .deploy(3, 'c', '2026-04-01T11:00:00Z') // last week, before the cut
      .deploy(4, 'd', '2026-04-01T12:00:00Z') // at until: outside
      .pullRequest({ number: 1, createdAt: '2026-03-10T09:00:00Z', mergedAt: '2026-03-16T00:00:00Z' })
      .pullRequest({ number: 2, createdAt: '2026-03-12T00:00:00Z', mergedAt: '2026-03-25T00:00:00Z' })
      .pullRequest({ number: 3, createdAt: '2026-03-31T00:00:00Z', closedAt: '2026-04-01T13:00:00Z' })
      .pullRequest({ number: 4, createdAt: '2026-03-10T00:00:00Z', isDraft: true })
      .issue({ number: 1, createdAt: '2026-03-16T06:00:00Z', closedAt: '2026-03-16T07:00:00Z' }); // fails deployment 2
    const report = await metricsOf(builder, { until: new Date('2026-04-01T12:00:00Z') });
    expect(report.weekly.map((w) => w.weekStart)).toEqual([
      '2026-03-09T00:00:00Z',
      '2026-03-16T00:00:00Z',
      '2026-03-23T00:00:00Z',
      '2026-03-30T00:00:00Z',
    ]);
    expect(report.weekly.map((w) => w.deployments)).toEqual([0, 1, 0, 1]);
    // #1 merged at 03-16T00:00 (week 03-16), #2 at 03-25 (week 03-23).
    expect(report.weekly.map((w) => w.mergedPullRequests)).toEqual([0, 1, 1, 0]);
    // No commits: containment assumed (L3). #1 ships with deployment 2 at its merge time:
    // 03-10T09:00 → 03-16T00:00 = 5 d 15 h = 135 h; #2 with deployment 3: 03-12T00:00 → 04-01T11:00
    // = 20 d 11 h = 491 h.
    expect(report.weekly.map((w) => w.leadTimeMedianHours)).toEqual([null, 135, null, 491]);
    // Cycle time: #1 135 h; #2 03-12 → 03-25 = 312 h.
    expect(report.weekly.map((w) => w.cycleTimeMedianHours)).toEqual([null, 135, 312, null]);
    // Load at each range's end: 03-16T00:00 #2 (#1 merged at that instant); 03-23T00:00 #2;
    // 03-30T00:00 none; 04-01T12:00 (until, not 04-06) #3. The draft never counts.
    expect(report.weekly.map((w) => w.load)).toEqual([1, 1, 0, 1]);
    expect(report.weekly.map((w) => w.failedDeployments)).toEqual([0, 1, 0, 0]);
    expect(report.flow?.load.open).toBe(1);
  });

  it('W3: a commits-only world has no pull-request figures in its weeks', async () => {
    const builder = new WorldBuilder().line([
      ['c1', '2026-03-03T10:00:00Z', 'feat: one'],
      ['c2', '2026-03-04T10:00:00Z', 'feat: two'],
    ]);
    const report = await metricsOf(builder);
    expect(report.weekly[0]).toMatchObject({
      mergedPullRequests: null,
      cycleTimeMedianHours: null,
      load: null,
    });
  });
});
