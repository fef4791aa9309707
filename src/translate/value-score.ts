// The seed's value-delivery score (B7): (1 / lead time h) × deploys per day × (1 − change failure
// rate) × (1 / restore time h) × customer satisfaction. Shown only when every input exists; it is an
// index to compare a team with itself over time, not a figure of money. The score itself is the
// engine's (metrics.json's valueScore); this file only says why it is missing and how to read it.
import type { DoraMetrics } from '../metrics/types.js';
import { valueScoreOf } from '../metrics/value-score.js';

export const VALUE_SCORE_FORMULA =
  '(1 ÷ lead time in hours) × deployments per day × (1 − change failure rate) × (1 ÷ time to restore in hours) × customer satisfaction';

export interface ValueScore {
  /** null when an input is missing or zero (the score would be undefined or infinite) */
  value: number | null;
  previous: number | null;
  valueText: string;
  previousText: string;
  /** higher is better; empty when either window has no score */
  trendText: string;
  missing: string[];
  caveats: string[];
}

function inputsOf(dora: DoraMetrics): { score: number | null; missing: string[] } {
  const lead = dora.leadTime.medianHours;
  const perDay = dora.deploymentFrequency.count > 0 ? dora.deploymentFrequency.perDay : null;
  const cfr = dora.changeFailureRate.rate;
  const restore = dora.timeToRestore.medianHours;
  const missing: string[] = [];
  if (lead === null) missing.push('lead time');
  else if (lead <= 0) missing.push('lead time (zero hours divides by zero)');
  if (perDay === null) missing.push('deployment frequency');
  if (cfr === null) missing.push('change failure rate');
  else if (cfr === 1) missing.push('change failure rate (every deployment failed: 1 − 100 % is zero)');
  if (restore === null) missing.push('time to restore (no restored failure in the window)');
  else if (restore <= 0) missing.push('time to restore (zero hours divides by zero)');
  // B7: null when an input is null or 0, or the change failure rate is 1.
  return { score: missing.length ? null : valueScoreOf(dora), missing };
}

/** Customer satisfaction is not in the data: it is left at 1, and the report says so. */
export function computeValueScore(current: DoraMetrics, previous: DoraMetrics): ValueScore {
  const now = inputsOf(current);
  const before = inputsOf(previous);
  const caveats = [
    'Customer satisfaction is not in repository data, so it is left out (taken as 1).',
    'It explodes as time to restore or lead time nears zero: a single failure fixed in minutes can multiply it many times. Read it as a direction, not a size.',
    'It multiplies its inputs, so one weak input drags the whole score; it has no unit and cannot be compared between teams.',
  ];
  const restore = current.timeToRestore.medianHours;
  if (restore !== null && restore > 0 && restore < 1) {
    caveats.unshift(
      'Time to restore is under an hour in this window, so the score is dominated by it: treat the number with extra caution.',
    );
  }
  const text = (score: number | null) => (score === null ? 'not available' : formatScore(score));
  return {
    value: now.score,
    previous: before.score,
    valueText: text(now.score),
    previousText: text(before.score),
    trendText: describeScoreChange(now.score, before.score),
    missing: now.missing,
    caveats,
  };
}

/** Scores span many orders of magnitude: three significant digits. */
export function formatScore(score: number): string {
  if (score === 0) return '0';
  if (score >= 1e-4 && score < 1e6) return String(Number(score.toPrecision(3)));
  return score.toExponential(2);
}

function describeScoreChange(now: number | null, before: number | null): string {
  if (now === null || before === null || before === 0) return '';
  if (now === before) return 'The same as the previous window.';
  const ratio = now > before ? now / before : before / now;
  const times = `${String(Number(ratio.toPrecision(2)))} times`;
  return now > before
    ? `Better: ${times} the previous window's score.`
    : `Worse: 1/${times.replace(' times', '')} of the previous window's score.`;
}
