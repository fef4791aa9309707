// A window that holds no record says where the history begins and ends (T4's span), and
// records dated after the window's end, or after the run's own time, are named with their count.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

const march = () =>
  new WorldBuilder()
    .line([
      ['a', '2026-03-01T00:00:00Z'],
      ['pr-1', '2026-03-10T00:00:00Z'],
    ])
    .deploy(1, 'a', '2026-03-03T00:00:00Z')
    .pullRequest({ number: 1, createdAt: '2026-03-09T12:00:00Z', mergedAt: '2026-03-10T00:00:00Z' })
    .deploy(2, 'pr-1', '2026-03-11T00:00:00Z');

const now = new Date('2026-04-10T00:00:00Z');

describe('where the records are (T4)', () => {
  it('T4: --until 1970-01-01 finds no record, and says where the history begins and ends', async () => {
    const quality = (await metricsOf(march(), { until: new Date('1970-01-01T00:00:00Z'), now })).dataQuality;
    expect(quality.recordsInWindow).toBe(0);
    expect(quality.notes).toContain(
      'No record falls in this window (1969-12-02T00:00:00Z to 1970-01-01T00:00:00Z): the history begins at 2026-03-01T00:00:00Z and ends at 2026-03-11T00:00:00Z.',
    );
    // every record is after the window's end, none after the run's time
    expect(quality.recordsAfterUntil).toEqual({
      count: 5,
      latest: '2026-03-11T00:00:00Z',
      kinds: { commits: 2, pullRequests: 1, deployments: 2 },
    });
    expect(quality.recordsAfterNow).toEqual({ count: 0, latest: null, kinds: {} });
    expect(quality.notes).toContain(
      '5 records are dated after this window ends at 1970-01-01T00:00:00Z (2 commits, 1 pull request, 2 deployments; the latest at 2026-03-11T00:00:00Z).',
    );
  });

  it('T4: commits dated 2100 are named as records dated in the future', async () => {
    const builder = march()
      .line([['late-1', '2100-01-01T00:00:00Z']], 'pr-1')
      .line([['late-2', '2100-06-01T00:00:00Z']], 'late-1')
      .tag('v9.9.9', 'late-2', '2100-06-02T00:00:00Z');
    const quality = (await metricsOf(builder, { source: 'environment:production', now })).dataQuality;
    expect(quality.recordsAfterNow).toEqual({
      count: 3,
      latest: '2100-06-02T00:00:00Z',
      kinds: { commits: 2, tags: 1 },
    });
    expect(quality.historyEnds).toBe('2100-06-02T00:00:00Z');
    expect(quality.notes).toContain(
      "3 records are dated in the future, after this run's time 2026-04-10T00:00:00Z (2 commits, 1 tag; the latest at 2100-06-02T00:00:00Z): a wrong clock?",
    );
    // the window (until generatedAt, 2026-04-01) holds March's records: no note says it is empty
    expect(quality.recordsInWindow).toBe(4); // commit a (1 March) is before the window
    expect(quality.notes.some((note) => note.startsWith('No record falls'))).toBe(false);
    // the records after the window's end are exactly the future ones: one note, not two
    expect(quality.notes.some((note) => note.includes('after this window ends'))).toBe(false);
  });

  it('T4: a history within the window says nothing of the kind', async () => {
    const quality = (await metricsOf(march(), { now })).dataQuality;
    expect(quality.recordsInWindow).toBe(4); // commit a (1 March) is before the window
    expect(quality.recordsAfterUntil.count).toBe(0);
    expect(quality.notes.filter((note) => /No record falls|dated (in the future|after)/.test(note))).toEqual(
      [],
    );
  });
});
