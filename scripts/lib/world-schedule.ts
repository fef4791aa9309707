// Production deployment attempts: planned on working days before the pull requests exist, so
// that reverts and incidents can be placed relative to the deployment that shipped something.
// Attempts never overlap (a deploy workflow's concurrency group), so ordering by creation equals
// ordering by success time (D3) and "the first successful attempt created at or after a merge"
// is the deployment that ships it (L3).
import type { Random } from './random.js';
import { DAY, HOUR, MINUTE, isWeekend, startOfDay } from './world-time.js';

export type Outcome = 'ok' | 'flaky' | 'failed';

export interface Attempt {
  createdAt: number;
  outcome: Outcome;
  /** Time of the first success status; null when the attempt only failed. */
  successAt: number | null;
  /** Time of the last status. */
  endAt: number;
  failureState: 'failure' | 'error';
  onDemand: boolean;
}

const GAP = 5 * MINUTE;

export function makeAttempt(random: Random, createdAt: number, outcome: Outcome, onDemand = false): Attempt {
  const at = Math.floor(createdAt / 1000) * 1000;
  const failureState = random.chance(0.7) ? 'failure' : 'error';
  if (outcome === 'failed') {
    const endAt = at + random.int(3, 10) * MINUTE;
    return { createdAt: at, outcome, successAt: null, endAt, failureState, onDemand };
  }
  const successAt =
    at + (outcome === 'flaky' ? random.int(15, 30) : random.int(3, 12)) * MINUTE + random.int(0, 59) * 1000;
  return { createdAt: at, outcome, successAt, endAt: successAt, failureState, onDemand };
}

/** Attempts on working days at about `perWeek`, failed ones followed by a retry. */
export function planAttempts(random: Random, start: number, until: number, perWeek: number): Attempt[] {
  const attempts: Attempt[] = [];
  for (let day = startOfDay(start) + DAY; day < until; day += DAY) {
    const count = random.poisson(isWeekend(day) ? perWeek * 0.006 : perWeek / 5);
    const times: number[] = [];
    for (let i = 0; i < count; i++) times.push(day + 8 * HOUR + random.next() * 10 * HOUR);
    times.sort((a, b) => a - b);
    for (const time of times) {
      const previous = attempts[attempts.length - 1];
      const createdAt = previous ? Math.max(time, previous.endAt + GAP) : time;
      if (createdAt >= until - HOUR) break;
      const outcome = random.weighted<Outcome>([
        ['ok', 85],
        ['flaky', 6],
        ['failed', 9],
      ]);
      const attempt = makeAttempt(random, createdAt, outcome);
      attempts.push(attempt);
      if (outcome === 'failed')
        attempts.push(makeAttempt(random, attempt.endAt + random.int(20, 90) * MINUTE, 'ok'));
    }
  }
  return attempts;
}

/** Index of the attempt that ships a change merged at `mergedAt`, or -1. */
export function shippingAttempt(attempts: readonly Attempt[], mergedAt: number): number {
  let low = 0;
  let high = attempts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (attempts[mid].createdAt < mergedAt) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < attempts.length; i++) if (attempts[i].successAt !== null) return i;
  return -1;
}

/** Adds a deploy soon after `mergedAt` (teams ship a revert at once) where it overlaps nothing. */
export function addOnDemand(random: Random, attempts: Attempt[], mergedAt: number, until: number): void {
  const next = shippingAttempt(attempts, mergedAt);
  if (next !== -1 && attempts[next].createdAt < mergedAt + 2 * HOUR) return;
  const attempt = makeAttempt(random, mergedAt + random.int(15, 60) * MINUTE, 'ok', true);
  if (attempt.endAt >= until) return;
  let index = attempts.findIndex((a) => a.createdAt > attempt.createdAt);
  if (index === -1) index = attempts.length;
  const before = attempts[index - 1];
  const after = attempts[index];
  if (before && before.endAt + GAP > attempt.createdAt) return;
  if (after && attempt.endAt + GAP > after.createdAt) return;
  attempts.splice(index, 0, attempt);
}
