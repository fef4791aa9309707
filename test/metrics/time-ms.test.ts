// Ms() reads canonical times by hand; it must equal Date.parse on every string.
import { describe, expect, it } from 'vitest';
import { ms, msOrNull } from '../../src/metrics/time.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('ms', () => {
  it('equals Date.parse on edges, invalid fields, other forms and 200,000 seeded canonical times', () => {
    const samples = [
      '1970-01-01T00:00:00Z',
      '1969-12-31T23:59:59Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '2000-02-29T12:00:00Z',
      '1900-02-29T12:00:00Z',
      '2026-02-29T00:00:00Z',
      '2024-02-30T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-01-32T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-01-00T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T23:60:00Z',
      '2026-01-01T23:59:60Z',
      '2026-01-01t00:00:00Z',
      '2026-01-01T00:00:00z',
      '2026-01-01 00:00:00Z',
      '2026-01-01T00:00:00.500Z',
      '2026-01-01T00:00:00+02:00',
      '2026-1-01T00:00:00Z ',
      '2a26-01-01T00:00:00Z',
      '2026-01-01T0a:00:00Z',
      '+02026-01-01T00:00Z',
      '',
      'garbage',
    ];
    for (const t of samples) expect(ms(t), t).toBe(Date.parse(t));
    let seed = 99;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return Math.floor((seed / 2_147_483_648) * n);
    };
    for (let i = 0; i < 200_000; i++) {
      const t = `${pad(next(10_000), 4)}-${pad(1 + next(12), 2)}-${pad(1 + next(31), 2)}T${pad(next(24), 2)}:${pad(next(60), 2)}:${pad(next(60), 2)}Z`;
      if (ms(t) !== Date.parse(t)) expect(ms(t), t).toBe(Date.parse(t));
    }
    expect(msOrNull(null)).toBeNull();
    expect(msOrNull('2026-03-01T12:00:00Z')).toBe(Date.parse('2026-03-01T12:00:00Z'));
  });
});
