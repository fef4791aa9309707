// B7: the value-delivery score (value-creation.md): (1 ÷ lead time h) × deployments per day ×
// (1 − change failure rate) × (1 ÷ time to restore h) × satisfaction. It has no unit; only the
// ratio of two windows means anything.
import type { DoraMetrics, ValueScore } from './types.js';

/**
 * B7: a window's score; null when its lead time, deployments per day, time to restore or
 * satisfaction is null or 0, or its change failure rate is null or 1.
 */
export function valueScoreOf(dora: DoraMetrics, satisfaction: number | null = 1): number | null {
  const lead = dora.leadTime.medianHours;
  const perDay = dora.deploymentFrequency.perDay;
  const rate = dora.changeFailureRate.rate;
  const restore = dora.timeToRestore.medianHours;
  if (!lead || !perDay || !restore || !satisfaction) return null;
  if (rate === null || rate === 1) return null;
  return (1 / lead) * perDay * (1 - rate) * (1 / restore) * satisfaction;
}

/** B7 for both windows; without a `satisfaction` measure, satisfaction is 1. */
export function computeValueScore(
  current: DoraMetrics,
  previous: DoraMetrics,
  satisfaction: ValueScore['satisfaction'] = { measure: null, current: 1, previous: 1 },
): ValueScore {
  const now = valueScoreOf(current, satisfaction.current);
  const before = valueScoreOf(previous, satisfaction.previous);
  return {
    current: now,
    previous: before,
    ratio: now === null || before === null ? null : now / before,
    satisfaction,
  };
}
