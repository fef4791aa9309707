// The roll-up's percentiles by selection give S1's figures exactly: the same as sorting the
// union of the members' values and interpolating between closest ranks.
import { describe, expect, it } from 'vitest';
import { spread } from '../../src/metrics/stats.js';
import { pooledSpread } from '../../src/rollup/pool.js';

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('pooled percentiles (S1, O2)', () => {
  it('equal the sorted union’s, for sizes 0 to 400, with and without ties', () => {
    const next = random(7);
    for (let n = 0; n <= 400; n += n < 20 ? 1 : 37) {
      for (const ties of [false, true]) {
        const values = Array.from({ length: n }, () => (ties ? Math.floor(next() * 5) : next() * 1000));
        const parts = [values.slice(0, n / 3), values.slice(n / 3, n / 2), values.slice(n / 2)];
        const pooled = pooledSpread(parts.map((part) => Float64Array.from(part)));
        const sorted = spread(values);
        expect(pooled).toEqual({ median: sorted.median, p75: sorted.p75, p90: sorted.p90 });
      }
    }
  });

  it('a median over the union, not a median of medians', () => {
    const pooled = pooledSpread([Float64Array.from([1, 2, 3]), Float64Array.from([10, 20, 30, 40, 50])]);
    // the members' medians are 2 and 30: their median would be 16
    expect(pooled.median).toBe(15);
  });
});
