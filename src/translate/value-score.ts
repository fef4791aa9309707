// The seed's value-delivery score (B7): (1 / lead time h) × deploys per day × (1 − change failure
// rate) × (1 / restore time h) × satisfaction. The score has no unit, so the report never shows it
// bare: only the ratio current ÷ previous, with the inputs of both windows named, and nothing when
// the ratio is null. The score is the engine's formula (metrics/value-score.ts) with the
// engine's satisfaction factor; this file says why it is missing and how to read it.
import type { DoraMetrics, ValueScore as EngineValueScore } from '../metrics/types.js';
import { valueScoreOf } from '../metrics/value-score.js';
import { formatDeployRate, formatDuration, formatPercent } from './format.js';

export const VALUE_SCORE_FORMULA =
  '(1 ÷ lead time in hours) × deployments per day × (1 − change failure rate) × (1 ÷ time to restore in hours) × customer satisfaction';

export interface ValueScore {
  /** this window's score; null when an input is missing or zero (undefined or infinite) */
  value: number | null;
  previous: number | null;
  /** B7: value ÷ previous; null when either is */
  ratio: number | null;
  /** "1.7× the previous 28 days"; '' when the ratio is null */
  ratioText: string;
  /** "Better: …", "Worse: …", "The same …"; '' when the ratio is null */
  trendText: string;
  /** the inputs of each window, named: "This window: lead time 19 hours, …" */
  inputs: string[];
  /** what this window lacks for a score */
  missing: string[];
  /** what the previous window lacks for a score */
  previousMissing: string[];
  caveats: string[];
}

export type Satisfaction = EngineValueScore['satisfaction'];

const NO_MEASURE: Satisfaction = { measure: null, current: 1, previous: 1 };

function inputsOf(
  dora: DoraMetrics,
  satisfaction: number | null,
  measure: string | null,
): { score: number | null; missing: string[] } {
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
  if (!satisfaction) missing.push(`satisfaction (no value of ${measure ?? 'the measure'} in the window)`);
  // B7: null when an input is null or 0, or the change failure rate is 1.
  return { score: missing.length ? null : valueScoreOf(dora, satisfaction), missing };
}

/** The inputs of one window in words: "lead time 19 hours, 1.5 deploys a week, …". */
function describeInputs(dora: DoraMetrics, satisfaction: number | null, measure: string | null): string {
  const parts = [
    `lead time ${formatDuration(dora.leadTime.medianHours)}`,
    formatDeployRate(dora.deploymentFrequency.perDay, dora.deploymentFrequency.count),
    `change failure rate ${formatPercent(dora.changeFailureRate.rate)}`,
    `time to restore ${formatDuration(dora.timeToRestore.medianHours)}`,
  ];
  if (measure !== null) parts.push(`satisfaction ${formatPercent(satisfaction)} (${measure})`);
  return parts.join(', ');
}

/** A ratio in two significant digits: "1.7", "0.45", "12". */
function formatRatio(ratio: number): string {
  return String(Number(ratio.toPrecision(2)));
}

export function computeValueScore(
  current: DoraMetrics,
  previous: DoraMetrics,
  options: { satisfaction?: Satisfaction; days?: number } = {},
): ValueScore {
  const satisfaction = options.satisfaction ?? NO_MEASURE;
  const period = `the previous ${options.days ?? 90} days`;
  const now = inputsOf(current, satisfaction.current, satisfaction.measure);
  const before = inputsOf(previous, satisfaction.previous, satisfaction.measure);
  const ratio = now.score === null || before.score === null ? null : now.score / before.score;
  const caveats = [
    satisfaction.measure === null
      ? 'Customer satisfaction is not in repository data, so it is left out (taken as 1).'
      : `Satisfaction is the mean of ${satisfaction.measure} over each window, brought to 0–100 % by its range.`,
    'It explodes as time to restore or lead time nears zero: a single failure fixed in minutes can multiply it many times. Read it as a direction, not a size.',
    'It multiplies its inputs, so one weak input drags the whole score; it has no unit and cannot be compared between teams.',
  ];
  const restore = current.timeToRestore.medianHours;
  if (ratio !== null && restore !== null && restore > 0 && restore < 1) {
    caveats.unshift(
      'Time to restore is under an hour in this window, so the score is dominated by it: treat the change with extra caution.',
    );
  }
  return {
    value: now.score,
    previous: before.score,
    ratio,
    ratioText: ratio === null ? '' : `${formatRatio(ratio)}× ${period}`,
    trendText: describeRatio(ratio, period),
    inputs:
      ratio === null
        ? []
        : [
            `This window: ${describeInputs(current, satisfaction.current, satisfaction.measure)}.`,
            `${period.charAt(0).toUpperCase()}${period.slice(1)}: ${describeInputs(previous, satisfaction.previous, satisfaction.measure)}.`,
          ],
    missing: now.missing,
    previousMissing: before.missing,
    caveats,
  };
}

function describeRatio(ratio: number | null, period: string): string {
  if (ratio === null) return '';
  if (ratio === 1) return `The same as ${period}.`;
  return ratio > 1
    ? `Better: the score is ${formatRatio(ratio)} times that of ${period}.`
    : `Worse: the score is ${formatRatio(ratio)} times that of ${period}.`;
}
