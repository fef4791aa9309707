// B4's statistics against values worked out by hand (ranks, ρ as a fraction) and checked with
// SciPy (rankdata, pearsonr, t.sf) when the test was written.
import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  detrendedSpearman,
  loadStatistics,
  pValue,
  residuals,
  round9,
  strengthWord,
} from '../../src/business/statistics.js';

// B4's p-values need the t distribution, which a run loads only with business measures.
await loadStatistics();

describe('B4: detrended Spearman', () => {
  // Symmetric about the middle period, so each side's trend over i is flat: the residuals are the
  // values less their mean, and the ties stay ties.
  const index = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
  const xs = [2, 5, 3, 3, 7, 1, 4, 4, 1, 7, 3, 3, 5, 2];
  const ys = [1, 2, 2, 6, 3, 5, 0, 0, 5, 3, 6, 2, 2, 1];

  it('gives tied residuals their average rank (ρ = −17/110 by hand)', () => {
    // ranks of xs: 1,1 → 1.5; 2,2 → 3.5; 3×4 → 6.5; 4,4 → 9.5; 5,5 → 11.5; 7,7 → 13.5
    // ranks of ys: 0,0 → 1.5; 1,1 → 3.5; 2×4 → 6.5; 3,3 → 9.5; 5,5 → 11.5; 6,6 → 13.5
    // with every tie, Σ(rx − 7.5)² = Σ(ry − 7.5)² = 220 and Σ(rx − 7.5)(ry − 7.5) = −34:
    // ρ = −34/220 = −17/110 (SciPy: −0.1545454545454546)
    const rho = detrendedSpearman(index, xs, ys)!;
    expect(rho).toBeCloseTo(-17 / 110, 12);
    // t = ρ·√(11 ÷ (1 − ρ²)), 11 degrees of freedom (SciPy: 2·t.sf(|t|, 11))
    expect(pValue(rho, 14)).toBeCloseTo(0.6141755065481439, 12);
  });

  it('frees each side of its trend over i, fitted on the pairs alone (gaps in i included)', () => {
    const i = [0, 1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 13, 14];
    const x = [3, 5, 4, 8, 9, 8, 12, 11, 15, 16, 15, 19, 20];
    const y = [10, 12, 9, 14, 15, 13, 18, 16, 21, 20, 22, 24, 23];
    // Residual ranks (SciPy): x 5 9 3 12 6 1 10 4 13 7 2 11 8; y 8 12 2 11 7 1 10 3 13 5 6 9 4
    // Σd² = 9+9+1+1+1+0+0+1+0+4+16+4+16 = 62: ρ = 1 − 6·62 ÷ (13·168) = 151/182
    const rho = detrendedSpearman(i, x, y)!;
    expect(rho).toBeCloseTo(151 / 182, 12);
    expect(pValue(rho, 13)).toBeCloseTo(0.0008418960563765272, 14);
    // The raw values rise together with time; without the trend removed ρ would be near 1.
  });

  it('is null below 12 pairs', () => {
    expect(detrendedSpearman(index.slice(0, 11), xs.slice(0, 11), ys.slice(0, 11))).toBeNull();
    expect(detrendedSpearman(index.slice(0, 12), xs.slice(0, 12), ys.slice(0, 12))).not.toBeNull();
  });

  it('is null when a side is constant after its trend (residuals rounded to 9 decimal places)', () => {
    const line = index.map((i) => 0.1 * i + 1000.3); // only grows with time
    expect(residuals(index, line).some((r) => r !== 0)).toBe(true); // floating-point dust …
    expect(
      residuals(index, line)
        .map(round9)
        .every((r) => r === 0),
    ).toBe(true); // … rounded away
    expect(detrendedSpearman(index, xs, line)).toBeNull();
    expect(
      detrendedSpearman(
        index,
        index.map(() => 4),
        ys,
      ),
    ).toBeNull();
  });

  it('p is 0 when |ρ| = 1, and grows as |ρ| falls', () => {
    expect(pValue(1, 20)).toBe(0);
    expect(pValue(-1, 20)).toBe(0);
    expect(pValue(0, 20)).toBe(1);
    expect(pValue(0.5, 20)).toBeLessThan(pValue(0.3, 20));
    expect(pValue(-0.5, 20)).toBe(pValue(0.5, 20));
  });
});

describe('B4: Benjamini–Hochberg', () => {
  it('gives q = min over j ≥ i of p₍ⱼ₎·m ÷ j, capped at 1, over the triples with a p', () => {
    // sorted: 0.001, 0.03, 0.04, 0.045, 0.2 (m = 5) → p·m/j: 0.005, 0.075, 0.0667, 0.05625, 0.2
    // minimum from the right: 0.005, 0.05625, 0.05625, 0.05625, 0.2
    const qs = benjaminiHochberg([0.001, 0.04, 0.03, 0.2, null, 0.045]);
    expect(qs[4]).toBeNull();
    const expected = [0.005, 0.05625, 0.05625, 0.2, null, 0.05625];
    qs.forEach((q, i) =>
      expected[i] === null ? expect(q).toBeNull() : expect(q).toBeCloseTo(expected[i]!, 15),
    );
    expect(benjaminiHochberg([0.6, 0.9])).toEqual([0.9, 0.9]);
    expect(benjaminiHochberg([0.5, 0.25])).toEqual([0.5, 0.5]);
    expect(benjaminiHochberg([])).toEqual([]);
  });

  it('caps q at 1', () => {
    expect(benjaminiHochberg([1, 1])).toEqual([1, 1]);
  });
});

describe('B4: words for |ρ|', () => {
  it('below 0.2 no relation, below 0.4 weak, below 0.6 moderate, else strong', () => {
    expect([0.19, 0.2, 0.39, 0.4, 0.59, 0.6, -0.61].map(strengthWord)).toEqual([
      'no relation',
      'weak',
      'weak',
      'moderate',
      'moderate',
      'strong',
      'strong',
    ]);
  });
});
