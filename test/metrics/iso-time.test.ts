// S2/W1 output: times in metrics.json are written by hand for speed; they must equal Date's.
import { describe, expect, it } from 'vitest';
import { isoTime } from '../../src/metrics/window.js';

const reference = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

describe('isoTime', () => {
  it('equals Date#toISOString on leap days, century years, epoch edges and 100,000 seeded times', () => {
    const edges = [
      0, 951_782_400_000, 951_868_800_000, 4_107_542_400_000, 1_709_164_800_000, 253_402_300_799_000,
    ];
    for (const ms of edges) expect(isoTime(ms)).toBe(reference(ms));
    let seed = 12345;
    for (let i = 0; i < 100_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const ms = Math.floor((seed / 2_147_483_648) * 253_402_300_799) * 1000;
      if (isoTime(ms) !== reference(ms)) expect(isoTime(ms)).toBe(reference(ms));
    }
  });

  it('keeps milliseconds and times before 1970 through Date', () => {
    expect(isoTime(1_234)).toBe('1970-01-01T00:00:01.234Z');
    expect(isoTime(-1_000)).toBe('1969-12-31T23:59:59Z');
  });
});
