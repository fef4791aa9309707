// The stock sentences chosen by a key's value must not contradict the figure they sit
// beside. A sweep over values around the bounds, 0, tiny and huge fails on each contradiction seen
// in reports: "Only 0%", "within under a minute", "for days" beside hours or months, "0%" for a
// share that is not 0, "within a working day" beside a 20-hour failure.
import { describe, expect, it } from 'vitest';
import type { DoraMetrics } from '../../src/metrics/types.js';
import {
  durationUnit,
  formatDeployRate,
  formatDuration,
  formatOneIn,
  formatPercent,
} from '../../src/translate/format.js';
import {
  changeFailureMeaning,
  deploymentFrequencyMeaning,
  leadTimeMeaning,
  reworkMeaning,
  timeToRestoreMeaning,
  type Meaning,
} from '../../src/translate/meanings-dora.js';
import { makeReport } from '../support/metrics-report-fixture.js';

const base = makeReport().dora;
const text = (m: Meaning) => [m.customers, m.business, m.soWhat].join(' ');

const HOURS = [
  0,
  1e-9,
  1e-4,
  0.01,
  1 / 60,
  0.5,
  0.99,
  1,
  1.01,
  7.9,
  8,
  8.1,
  23.9,
  24,
  24.1,
  30,
  47.9,
  48,
  100,
  167.9,
  168,
  168.1,
  24 * 13.9,
  24 * 14,
  24 * 40,
  24 * 62,
  24 * 63,
  24 * 365,
  1e7,
];
const SHARES = [
  0, 1e-9, 1e-5, 4e-4, 5e-4, 0.001, 0.0499, 0.05, 0.1, 0.1001, 0.15, 0.1500001, 0.5, 0.994, 0.995, 0.9999, 1,
];

/** The contradictions any meaning may hold, whatever the key. */
function contradictions(sentence: string): string[] {
  const found: string[] = [];
  if (/within under/i.test(sentence)) found.push('"within under …"');
  if (/\bOnly 0%/.test(sentence)) found.push('"Only 0%"');
  return found;
}

/** Words of time span that must agree with the unit the figure is said in. */
function spanClashes(sentence: string, hours: number): string[] {
  const unit = durationUnit(hours);
  const said = formatDuration(hours);
  const found: string[] = [];
  for (const [phrase, wanted] of [
    [/\bfor days\b|\bin days\b/, 'days'],
    [/\b(?:for|waits?) weeks\b/, 'weeks'],
    [/\b(?:for|waits?) months\b/, 'months'],
  ] as const) {
    if (phrase.test(sentence) && unit !== wanted) found.push(`${phrase} beside ${said}`);
  }
  if (/within a working day/.test(sentence) && hours > 8) found.push(`"within a working day" beside ${said}`);
  if (/within the week/.test(sentence) && hours >= 168) found.push(`"within the week" beside ${said}`);
  if (/same day/.test(sentence) && hours >= 24) found.push(`"same day" beside ${said}`);
  return found;
}

describe('stock sentences agree with their figure', () => {
  it('lead time', () => {
    const bad = HOURS.flatMap((h) => {
      const s = text(leadTimeMeaning({ ...base.leadTime, medianHours: h }));
      return [...contradictions(s), ...spanClashes(s, h)].map((c) => `${h} h: ${c}`);
    });
    expect(bad).toEqual([]);
  });

  it('time to restore', () => {
    const bad = HOURS.flatMap((h) => {
      const s = text(timeToRestoreMeaning({ ...base.timeToRestore, medianHours: h }));
      return [...contradictions(s), ...spanClashes(s, h)].map((c) => `${h} h: ${c}`);
    });
    expect(bad).toEqual([]);
  });

  it('deployment frequency: the wait between deployments is said in its own unit', () => {
    const bad = HOURS.filter((h) => h > 0).flatMap((gap) => {
      const perDay = 24 / gap;
      const m: DoraMetrics['deploymentFrequency'] = {
        ...base.deploymentFrequency,
        count: 1,
        perDay,
        perWeek: perDay * 7,
      };
      const s = text(deploymentFrequencyMeaning(m));
      // rare deployments: "wait weeks" or "wait months", as the rate beside it says
      const said = formatDeployRate(perDay, 1);
      const unit = /month/.test(said) ? 'months' : 'weeks';
      const clashes =
        perDay * 7 >= 1 || new RegExp(`wait ${unit}\\b`).test(s) ? [] : [`no "wait ${unit}" beside ${said}`];
      return [...contradictions(s), ...clashes].map((c) => `every ${gap} h: ${c}`);
    });
    expect(bad).toEqual([]);
  });

  it('change failure rate and rework rate: a share that is not 0 or 1 never reads 0% or 100%', () => {
    const bad = SHARES.flatMap((rate) => {
      const cfr = text(changeFailureMeaning({ ...base.changeFailureRate, rate, failed: rate === 0 ? 0 : 1 }));
      const rework = text(reworkMeaning({ ...base.reworkRate, rate }));
      return [cfr, rework].flatMap((s) => {
        const found = contradictions(s);
        if (rate > 0 && /(?<![\d.])0%/.test(s)) found.push('"0%" for a share above 0');
        if (rate < 1 && /(?<![\d.])100%/.test(s)) found.push('"100%" for a share below 1');
        if (/\b1 in 1 /.test(s)) found.push('"1 in 1"');
        return found.map((c) => `${rate}: ${c} in "${s}"`);
      });
    });
    expect(bad).toEqual([]);
  });

  it('formatPercent keeps 0 and 1 for exactly 0 and 1', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(1e-6)).toBe('under 0.1%');
    expect(formatPercent(0.9999)).toBe('over 99%');
    expect(formatPercent(0.0005)).toBe('0.1%');
  });

  it('formatOneIn never says "1 in 1" for a rate below 1', () => {
    expect(formatOneIn(1 / 8)).toBe('about 1 in 8');
    expect(formatOneIn(0.6)).toBe('about 1 in 2');
    expect(formatOneIn(0.7)).toBe('about 7 in 10');
    expect(formatOneIn(0.97)).toBe('nearly all');
    expect(formatOneIn(1)).toBe('all');
    expect(formatOneIn(0)).toBeNull();
  });
});
