// All times are UTC: what a user writes (a flag, an input, a configuration file) is read as UTC
// when it has no offset, whatever the machine's time zone.
import { describe, expect, it } from 'vitest';
import { utcTimeOf } from '../../src/metrics/time.js';

const at = (iso: string) => new Date(iso).getTime();

describe('utcTimeOf', () => {
  it('reads a time without an offset as UTC', () => {
    expect(utcTimeOf('2026-10-01T00:00:00')).toBe(at('2026-10-01T00:00:00Z'));
    expect(utcTimeOf('2026-10-01 09:30')).toBe(at('2026-10-01T09:30:00Z'));
    expect(utcTimeOf('2026-10-01')).toBe(at('2026-10-01T00:00:00Z'));
    expect(utcTimeOf('2026-10-01T00:00:00.25')).toBe(at('2026-10-01T00:00:00.250Z'));
  });

  it('applies an offset when one is given', () => {
    expect(utcTimeOf('2026-10-01T00:00:00-04:00')).toBe(at('2026-10-01T04:00:00Z'));
    expect(utcTimeOf('2026-10-01T00:00:00+0530')).toBe(at('2026-09-30T18:30:00Z'));
    expect(utcTimeOf('2026-10-01T00:00:00z')).toBe(at('2026-10-01T00:00:00Z'));
  });

  it('refuses dates and times that do not exist, and anything else', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-10-01T24:00',
      '2026-10-01T00:60',
      '2026-10-01T00:00+25:00',
      'yesterday',
      '2026-10-01T',
      '',
    ]) {
      expect(utcTimeOf(bad), bad).toBeNaN();
    }
    expect(utcTimeOf('2028-02-29')).toBe(at('2028-02-29T00:00:00Z'));
  });
});
