// Where to look first: the member whose DORA key worsened most on a sample large enough to rate
// in both windows (T2), then those whose history ends before the window (T4) and those with
// assumed deployments (T3), then the next worsenings; three at most. Members are built from the
// report fixture's figures, changed one key at a time.
import { describe, expect, it } from 'vitest';
import type { DoraMetrics } from '../../src/metrics/types.js';
import { placesToLook } from '../../src/rollup/leads.js';
import type { Member } from '../../src/rollup/types.js';
import { makeReport } from '../support/metrics-report-fixture.js';

function member(
  repository: string,
  change: (now: DoraMetrics, before: DoraMetrics) => void = () => {},
  extra: Partial<Member> = {},
): Member {
  const report = makeReport();
  const now = structuredClone(report.dora);
  const before = structuredClone(report.dora);
  now.deploymentFrequency.count = before.deploymentFrequency.count = 20;
  now.leadTime.changes = before.leadTime.changes = 20;
  now.timeToRestore.restored = before.timeToRestore.restored = 5;
  change(now, before);
  return {
    repository,
    source: { deployments: 'releases', assumed: false },
    dora: now,
    previousDora: before,
    ...extra,
  } as Member;
}

describe('places to look first', () => {
  it('ranks worsenings by their share of the previous value, the worst first', () => {
    const leads = placesToLook([
      member('a/slower', (now, before) => {
        before.leadTime.medianHours = 10;
        now.leadTime.medianHours = 15; // +50%
      }),
      member('a/much-slower', (now, before) => {
        before.leadTime.medianHours = 10;
        now.leadTime.medianHours = 40; // +300%
      }),
      member('a/steady'),
    ]);
    expect(leads.map((l) => [l.kind, l.repositories[0], l.key])).toEqual([
      ['worsened', 'a/much-slower', 'leadTime'],
      ['worsened', 'a/slower', 'leadTime'],
    ]);
  });

  it('leaves out a worsening on too small a sample (T2), in either window', () => {
    const leads = placesToLook([
      member('a/few', (now, before) => {
        before.leadTime.medianHours = 10;
        now.leadTime.medianHours = 100;
        before.leadTime.changes = 4;
      }),
    ]);
    expect(leads).toEqual([]);
  });

  it('names the members that cannot be trusted after the worst worsening, and keeps three', () => {
    const worse = (name: string, to: number) =>
      member(name, (now, before) => {
        before.changeFailureRate.rate = 0.1;
        now.changeFailureRate.rate = to;
      });
    const leads = placesToLook([
      worse('a/w1', 0.5),
      worse('a/w2', 0.4),
      member('a/assumed', () => {}, { source: { deployments: 'merges', assumed: true } }),
      member('a/stale', (now) => {
        now.deploymentFrequency.tierWithheld = 'history-ends-before-window';
      }),
    ]);
    expect(leads.map((l) => [l.kind, l.repositories])).toEqual([
      ['worsened', ['a/w1']],
      ['history', ['a/stale']],
      ['assumed', ['a/assumed']],
    ]);
  });
});
