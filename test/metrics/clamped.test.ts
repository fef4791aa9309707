// The preamble of docs/metrics.md: a duration is `end − start`, and a negative one counts as 0.
// The rule stays; the data quality counts the clamped values per figure and says so.
import { describe, expect, it } from 'vitest';
import { buildQualityItems } from '../../src/report/data-quality.js';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

function wrongClocks() {
  return (
    new WorldBuilder()
      .line([
        ['a', '2026-03-01T00:00:00Z'],
        ['pr-1', '2026-03-10T00:00:00Z'],
        ['pr-2', '2026-03-12T06:00:00Z'],
      ])
      .deploy(1, 'a', '2026-03-03T00:00:00Z')
      // created twelve hours after its merge: the cycle time is negative
      .pullRequest({ number: 1, createdAt: '2026-03-10T12:00:00Z', mergedAt: '2026-03-10T00:00:00Z' })
      .deploy(2, 'pr-1', '2026-03-11T00:00:00Z')
      // reviewed before it was opened, its commit authored after the merge and the deployment
      .pullRequest({
        number: 2,
        createdAt: '2026-03-12T00:00:00Z',
        mergedAt: '2026-03-12T06:00:00Z',
        commits: ['2026-03-14T00:00:00Z'],
        reviews: [{ author: 'bob', at: '2026-03-11T12:00:00Z' }],
      })
      .deploy(3, 'pr-2', '2026-03-13T12:00:00Z')
      // an incident closed two hours before it opened
      .issue({ number: 7, createdAt: '2026-03-20T10:00:00Z', closedAt: '2026-03-20T08:00:00Z' })
  );
}

describe('negative durations (preamble)', () => {
  it('preamble: still count as 0 in the figures', async () => {
    const report = await metricsOf(wrongClocks());
    expect(report.dora.timeToRestore).toMatchObject({ restored: 1, medianHours: 0 });
    expect(report.records.failures[0].restoreHours).toBe(0);
  });

  it('preamble: are counted per figure in dataQuality.clampedDurations, with a note', async () => {
    const quality = (await metricsOf(wrongClocks())).dataQuality;
    expect(quality.clampedDurations).toEqual({
      leadTime: 1, // pull request 2: its commit is authored after the deployment that ships it
      timeToRestore: 1,
      cycleTime: 2, // 1 merged before it was created; 2 merged before its commit was authored
      coding: 1, // 2: opened before its first commit was authored
      pickup: 1, // 2: reviewed before it was opened
      deploy: 0,
    });
    expect(quality.notes).toContain(
      '6 durations end before they start and count as 0: 1 lead time (L4), 1 time to restore (R1), 2 cycle times (F2), 1 coding phase (F2), 1 pickup phase (F2). A pull request created after its merge, or an incident closed before it opened, points to a wrong clock or an edited record.',
    );
    expect(buildQualityItems(quality)).toContainEqual(
      expect.objectContaining({ label: 'Negative durations counted as 0', value: '6', attention: true }),
    );
  });

  it('preamble: a history with sound clocks clamps nothing and says nothing', async () => {
    const builder = new WorldBuilder()
      .line([
        ['a', '2026-03-01T00:00:00Z'],
        ['pr-1', '2026-03-10T00:00:00Z'],
      ])
      .deploy(1, 'a', '2026-03-03T00:00:00Z')
      .pullRequest({ number: 1, createdAt: '2026-03-09T12:00:00Z', mergedAt: '2026-03-10T00:00:00Z' })
      .deploy(2, 'pr-1', '2026-03-11T00:00:00Z');
    const quality = (await metricsOf(builder)).dataQuality;
    expect(Object.values(quality.clampedDurations).every((n) => n === 0)).toBe(true);
    expect(quality.notes.some((note) => note.includes('count as 0'))).toBe(false);
  });
});
