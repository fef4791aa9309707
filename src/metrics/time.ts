/** Epoch milliseconds of an ISO time from a validated world; null stays null. */
export function ms(time: string): number {
  const fast = canonicalMs(time);
  return fast === fast ? fast : Date.parse(time); // NaN: not 2026-03-01T12:00:00Z's form
}

export function msOrNull(time: string | null | undefined): number | null {
  return time ? ms(time) : null;
}

/**
 * Date.parse of the form GitHub and the world writers use (2026-03-01T12:00:00Z), by hand: Date.parse
 * was a tenth of a 50,000-pull-request run. NaN for anything else (a fraction, an
 * offset, a field out of range), which Date.parse then reads. A day past the month's end rolls
 * over, as Date.parse does.
 */
function canonicalMs(t: string): number {
  if (
    t.length !== 20 ||
    t.charCodeAt(4) !== 45 ||
    t.charCodeAt(7) !== 45 ||
    t.charCodeAt(10) !== 84 ||
    t.charCodeAt(13) !== 58 ||
    t.charCodeAt(16) !== 58 ||
    t.charCodeAt(19) !== 90
  ) {
    return NaN;
  }
  const year = digits(t, 0, 4);
  const month = digits(t, 5, 7);
  const day = digits(t, 8, 10);
  const hour = digits(t, 11, 13);
  const minute = digits(t, 14, 16);
  const second = digits(t, 17, 19);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59))
    return NaN; // also NaN when a field held a non-digit
  // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146_097 + doe - 719_468;
  return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000;
}

/** The decimal number in t[from, to); NaN if a character is not a digit. */
function digits(t: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** Code-unit order, the same on every machine (no locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How many leading items `isBefore` holds for, by binary search: the items must be ordered so that
 * it holds for a prefix and fails for the rest (time-sorted deployments or changes, D3 and C2).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Epoch milliseconds of a time a user wrote (a flag, an input, a configuration file): a date
 * (2026-10-01), or a date and time with `T` or a space (2026-10-01T09:30, …:00, …:00.5) and an
 * optional offset (Z, +02:00, +0200). All times are UTC: a time without an offset is read as UTC,
 * never in the machine's time zone (Date.parse would read `2026-10-01T00:00:00` as local time).
 * A date that does not exist (2026-02-30, which Date.parse rolls into March) is NaN, as is
 * anything else.
 */
export function utcTimeOf(text: string): number {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
      text.trim(),
    );
  if (!match) return NaN;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset = 'Z'] = match;
  const date = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const real = new Date(date);
  if (real.getUTCMonth() !== Number(month) - 1 || real.getUTCDate() !== Number(day)) return NaN;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return NaN;
  const shift = offsetMinutes(offset);
  if (shift === null) return NaN;
  const fractionMs = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  return date + ((Number(hour) * 60 + Number(minute) - shift) * 60 + Number(second)) * 1000 + fractionMs;
}

/** Minutes east of UTC of Z, +02:00 or -0530; null when out of range. */
function offsetMinutes(offset: string): number | null {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) return null;
  return (offset[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
