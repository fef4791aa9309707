// R2: downtime of a window = the union of every failure event's [start, restored) clipped to the
// window; unrestored events last until `until`; overlaps count once.
// Window 03-02 → 04-01 (30 days to generatedAt); previous window 01-31 → 03-02.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

/**
 * #1 03-05T00 → 10 (10 h) and #2 03-05T05 → 12 overlap: 12 h once.
 * #3 03-01T20 → 03-02T04 straddles the windows: 4 h in each.
 * #4 03-31T12, still open: 12 h to until.
 * #5 2026-01-01 → 01-02 is before both windows.
 */
function outages() {
  return new WorldBuilder()
    .deploy(1, 'a', '2025-12-01T00:00:00Z')
    .issue({ number: 1, createdAt: '2026-03-05T00:00:00Z', closedAt: '2026-03-05T10:00:00Z' })
    .issue({ number: 2, createdAt: '2026-03-05T05:00:00Z', closedAt: '2026-03-05T12:00:00Z' })
    .issue({ number: 3, createdAt: '2026-03-01T20:00:00Z', closedAt: '2026-03-02T04:00:00Z' })
    .issue({ number: 4, createdAt: '2026-03-31T12:00:00Z', title: 'checkout down' })
    .issue({ number: 5, createdAt: '2026-01-01T00:00:00Z', closedAt: '2026-01-02T00:00:00Z' });
}

describe('R2 downtime', () => {
  it("R2: the union of the events' intervals clipped to the window, overlaps once, open events to until", async () => {
    const restore = (await metricsOf(outages())).dora.timeToRestore;
    // 12 (#1 ∪ #2) + 4 (#3 from since) + 12 (#4 to until) = 28 h over 4 events
    expect(restore).toMatchObject({ downtimeHours: 28, downtimeEvents: 4, openDowntimeHours: 12 });
    expect(restore.openEvents).toEqual([
      { id: 'incident #4', title: 'checkout down', start: '2026-03-31T12:00:00Z', hours: 12 },
    ]);
    // R1 is unchanged: events that start in the window (#1, #2, #4), restored ones 10 h and 7 h
    expect(restore).toMatchObject({ events: 3, restored: 2, unrestored: 1, medianHours: 8.5 });
  });

  it('R2: the previous window too: the straddling event up to its since', async () => {
    const restore = (await metricsOf(outages())).previous.dora.timeToRestore;
    // #3 from 03-01T20 to 03-02T00: 4 h; #5 is before the window
    expect(restore).toMatchObject({
      downtimeHours: 4,
      downtimeEvents: 1,
      openEvents: [],
      openDowntimeHours: 0,
    });
  });

  it('R2: an event still open lasts to the end of every window after its start', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2025-12-01T00:00:00Z')
      .issue({ number: 1, createdAt: '2026-02-28T00:00:00Z' })
      .issue({ number: 2, createdAt: '2026-03-10T00:00:00Z', closedAt: '2026-03-11T00:00:00Z' });
    const report = await metricsOf(builder);
    // previous: 02-28 → 03-02 = 48 h; current: the whole window, 30 × 24 = 720 h (#2 inside it)
    expect(report.previous.dora.timeToRestore).toMatchObject({ downtimeHours: 48, openDowntimeHours: 48 });
    expect(report.dora.timeToRestore).toMatchObject({
      downtimeHours: 720,
      downtimeEvents: 2,
      openDowntimeHours: 720,
    });
    expect(report.dora.timeToRestore.openEvents.map((e) => [e.id, e.hours])).toEqual([['incident #1', 720]]);
  });

  it('R2: two reverts of one deployment are one outage', async () => {
    // #1 ships with deployment 2 (03-05); #2 and #3 revert it and ship on 03-06 and 03-07.
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2026-03-03T00:00:00Z')
      .deploy(2, 'b', '2026-03-05T00:00:00Z')
      .deploy(3, 'c', '2026-03-06T00:00:00Z')
      .deploy(4, 'd', '2026-03-07T00:00:00Z')
      .pullRequest({
        number: 1,
        title: 'feat: coupons',
        createdAt: '2026-03-04T00:00:00Z',
        mergedAt: '2026-03-04T01:00:00Z',
      })
      .pullRequest({
        number: 2,
        title: 'Revert "feat: coupons"',
        createdAt: '2026-03-05T01:00:00Z',
        mergedAt: '2026-03-05T02:00:00Z',
      })
      .pullRequest({
        number: 3,
        title: 'Revert "feat: coupons"',
        createdAt: '2026-03-06T01:00:00Z',
        mergedAt: '2026-03-06T02:00:00Z',
      });
    const restore = (await metricsOf(builder)).dora.timeToRestore;
    // [03-05, 03-06) and [03-05, 03-07): 48 h, not 24 + 48
    expect(restore).toMatchObject({ events: 2, restored: 2, downtimeHours: 48, downtimeEvents: 2 });
  });

  it('R2: an event restored after until is clipped to the window, and is not open', async () => {
    const builder = new WorldBuilder()
      .deploy(1, 'a', '2025-12-01T00:00:00Z')
      .issue({ number: 1, createdAt: '2026-03-20T00:00:00Z', closedAt: '2026-03-25T00:00:00Z' });
    const report = await metricsOf(builder, { until: new Date('2026-03-21T00:00:00Z') });
    expect(report.dora.timeToRestore).toMatchObject({
      downtimeHours: 24,
      openEvents: [],
      openDowntimeHours: 0,
    });
  });

  it('R2: no failure event is a downtime of 0 (a measure, not a missing value)', async () => {
    const report = await metricsOf(new WorldBuilder().deploy(1, 'a', '2026-03-03T00:00:00Z'));
    expect(report.dora.timeToRestore).toMatchObject({ downtimeHours: 0, downtimeEvents: 0, openEvents: [] });
  });
});
