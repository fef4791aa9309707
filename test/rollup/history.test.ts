// The organisation report's own history.json: one entry a day (a second roll-up of a day replaces
// the first), refused when unreadable unless reset-history, and drawn from two days on.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { renderRollupHtml } from '../../src/report/rollup-render.js';
import { mergeRollupHistory, parseRollupHistory, type RollupHistoryEntry } from '../../src/rollup/history.js';
import type { RollupReport } from '../../src/rollup/types.js';

const day = (date: string, deploymentsPerWeek: number): RollupHistoryEntry => ({
  date,
  until: `${date}T06:00:00Z`,
  members: 3,
  deploymentsPerWeek,
  leadTimeMedianHours: 30,
  changeFailureRate: 0.1,
  timeToRestoreMedianHours: 2,
});

const EMPTY_TIERS = { elite: 0, high: 0, medium: 0, low: 0, unrated: 0 };
const POOLED = {
  deploymentFrequency: { count: 0, perDay: 0, perWeek: 0 },
  leadTime: { changes: 0, medianHours: null, p75Hours: null, p90Hours: null },
  changeFailureRate: { deployments: 0, failed: 0, rate: null },
  timeToRestore: {
    events: 0,
    restored: 0,
    unrestored: 0,
    medianHours: null,
    p75Hours: null,
    p90Hours: null,
    downtimeHours: 0,
  },
  reworkRate: { deployments: 0, rework: 0, rate: null },
};
const tiers = {
  deploymentFrequency: EMPTY_TIERS,
  leadTime: EMPTY_TIERS,
  changeFailureRate: EMPTY_TIERS,
  timeToRestore: EMPTY_TIERS,
};
const report: RollupReport = {
  schemaVersion: 1,
  tool: { name: 'dora-flow-action', version: '0.1.0' },
  window: { since: '2026-08-03T00:00:00Z', until: '2026-11-01T00:00:00Z', days: 90 },
  previousWindow: { since: '2026-05-05T00:00:00Z', until: '2026-08-03T00:00:00Z', days: 90 },
  benchmarks: { name: 'dora-2023' },
  members: [],
  expected: { count: 0, missing: [] },
  groups: [
    {
      name: 'organisation',
      members: [],
      assumedMembers: 0,
      newMembers: 0,
      dora: POOLED,
      flow: null,
      tiers,
      previous: { dora: POOLED, flow: null, tiers },
      trends: {},
      weekly: [],
    },
  ],
  leads: [],
};

describe('the organisation report’s history', () => {
  it('keeps one entry a day, oldest first', () => {
    const merged = mergeRollupHistory([day('2026-10-02', 5), day('2026-10-01', 4)], day('2026-10-02', 9));
    expect(merged.map((e) => [e.date, e.deploymentsPerWeek])).toEqual([
      ['2026-10-01', 4],
      ['2026-10-02', 9],
    ]);
  });

  it('refuses a history.json that is not its own, unless reset-history', () => {
    expect(() => parseRollupHistory('{"runs": 3}', 'metrics/history.json', false)).toThrow(UserError);
    expect(() => parseRollupHistory('{"runs": 3}', 'metrics/history.json', false)).toThrow(
      /metrics\/history\.json on the Pages branch is not the roll-up's history/,
    );
    expect(parseRollupHistory('not json', 'history.json', true)).toEqual([]);
    expect(parseRollupHistory(null, 'history.json', false)).toEqual([]);
  });

  it('is drawn from two days on', () => {
    expect(renderRollupHtml(report, new Date(), [day('2026-10-01', 4)])).not.toContain('rollup-history');
    const html = renderRollupHtml(report, new Date(), [day('2026-10-01', 4), day('2026-10-02', 9)]);
    expect(html).toContain('id="rollup-history"');
    expect(html).toContain('"deploymentsPerWeek":[4,9]');
  });
});
