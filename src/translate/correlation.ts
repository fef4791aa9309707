// A correlation in plain words: how strongly two measures move together, which way,
// and, first of all, whether the sample is big enough to mean anything.
import type { Correlation } from '../context/types.js';
import { formatNumber, plural } from './format.js';

export interface CorrelationWords {
  /** what one pair is: "pull request", "week" */
  unit: string;
  /** what a positive relation means: "bigger pull requests tend to take longer to merge" */
  positive: string;
  negative: string;
}

/** Conventional bands for a rank correlation's size (Cohen's: 0.1 small, 0.3 medium, 0.5 large). */
export function strengthOf(rho: number): 'no' | 'a weak' | 'a moderate' | 'a strong' {
  const size = Math.abs(rho);
  if (size < 0.1) return 'no';
  if (size < 0.3) return 'a weak';
  if (size < 0.5) return 'a moderate';
  return 'a strong';
}

export function formatRho(rho: number): string {
  return `ρ = ${rho.toFixed(2).replace('-', '−')}`;
}

export function describeCorrelation(c: Correlation, words: CorrelationWords): string {
  const sample = plural(c.n, words.unit);
  if (c.spearman === null) {
    return c.n < 3
      ? `Only ${sample}: too few to compute a correlation.`
      : `No correlation can be computed over ${sample}: one of the two measures does not vary.`;
  }
  const rho = formatRho(c.spearman);
  if (!c.enough) {
    return `With only ${sample} the coefficient (${rho}) means nothing yet: it takes at least ${formatNumber(c.minimumSample)} to read one.`;
  }
  const strength = strengthOf(c.spearman);
  if (strength === 'no') return `No relation to speak of (Spearman's ${rho} over ${sample}).`;
  const tendency = c.spearman > 0 ? words.positive : words.negative;
  return `${capitalize(strength)} relation (Spearman's ${rho} over ${sample}): ${tendency}. Moving together is not causing: look for the reason before acting on it.`;
}

function capitalize(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
