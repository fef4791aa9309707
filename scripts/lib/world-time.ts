// Time helpers for the generators. Times are whole seconds in UTC, written without fractions
// (2026-03-01T12:00:00Z), the form GitHub returns.
import type { Random } from './random.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** Like toISOString without the milliseconds, but without a Date: generators format a million
 * times (days to civil date after Howard Hinnant's `civil_from_days`; years 1000 to 9999). */
export function iso(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const days = Math.floor(seconds / 86400);
  let rest = seconds - days * 86400;
  const hour = Math.floor(rest / 3600);
  rest -= hour * 3600;
  const minute = Math.floor(rest / 60);
  const second = rest - minute * 60;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}Z`;
}

export function isWeekend(ms: number): boolean {
  const day = new Date(ms).getUTCDay();
  return day === 0 || day === 6;
}

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** A moment in working hours (07:00–18:00 UTC) of a day in [start, until), mostly a weekday. */
export function workingMoment(random: Random, start: number, until: number): number {
  for (;;) {
    const day = startOfDay(random.between(start, until));
    const moment = day + 7 * HOUR + random.next() * 11 * HOUR;
    if (moment < start || moment >= until) continue;
    if (isWeekend(moment) && random.chance(0.85)) continue;
    return Math.floor(moment / 1000) * 1000;
  }
}

/** A duration of human work, in ms, log-normal around `medianHours`, kept within [min, max]. */
export function humanDelay(
  random: Random,
  medianHours: number,
  sigma: number,
  minMs: number,
  maxMs: number,
): number {
  const ms = random.logNormal(medianHours * HOUR, sigma);
  return Math.floor(Math.min(maxMs, Math.max(minMs, ms)) / 1000) * 1000;
}
