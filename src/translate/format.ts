import { UserError } from '../errors.js';
// Plain-words formatting shared by the translation, the view model and the Handlebars helpers.
// Pure: no clock, no locale from the environment (every format names its locale and UTC).

export const NO_DATA = 'no data';

function trimmed(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** One decimal below 10, whole numbers above: "2.3", "19", "1,204". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return NO_DATA;
  if (Math.abs(value) < 10) return trimmed(value, 1);
  return Math.round(value).toLocaleString('en-US');
}

/** The noun agrees with the number as printed: 1.04 prints "1", so "1 day", not "1 days". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  const shown = formatNumber(count);
  return `${shown} ${shown === '1' ? singular : pluralForm}`;
}

/** S2: durations are hours; say them in the largest unit that keeps the number readable. */
export function formatDuration(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return NO_DATA;
  const h = Math.max(0, hours);
  if (h * 60 < 1) return 'under a minute';
  // 59.97 minutes rounds to 60: say "1 hour", not "60 minutes"
  if (Math.round(h * 60) < 60) return plural(Math.round(h * 60), 'minute');
  if (h < 48) return plural(h < 10 ? Math.round(h * 10) / 10 : Math.round(h), 'hour');
  const days = h / 24;
  if (days < 14) return plural(Math.round(days * 10) / 10, 'day');
  const weeks = days / 7;
  if (weeks < 9) return plural(Math.round(weeks * 10) / 10, 'week');
  return plural(Math.round((days / 30.44) * 10) / 10, 'month');
}

/** The unit formatDuration says `hours` in: a sentence's words must agree with it. */
export function durationUnit(hours: number): 'minutes' | 'hours' | 'days' | 'weeks' | 'months' {
  const h = Math.max(0, hours);
  if (Math.round(h * 60) < 60) return 'minutes';
  if (h < 48) return 'hours';
  if (h / 24 < 14) return 'days';
  if (h / 24 / 7 < 9) return 'weeks';
  return 'months';
}

/**
 * A share 0..1 as a percentage: one decimal below 10 %, whole above. A share that is neither 0 nor
 * 1 never reads "0%" or "100%": "under 0.1%", "over 99%".
 */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return NO_DATA;
  const pct = share * 100;
  if (pct > 0 && pct < 0.05) return 'under 0.1%';
  if (pct >= 99.5 && pct < 100) return 'over 99%';
  return `${Math.abs(pct) < 10 ? trimmed(pct, 1) : Math.round(pct)}%`;
}

/** D4: "2.3 deploys a week", "4 deploys a day", "1 deploy every 3 weeks". */
export function formatDeployRate(perDay: number, count: number): string {
  if (count === 0) return 'no deployments';
  const perWeek = perDay * 7;
  if (perDay >= 1) return `${plural(perDay, 'deploy')} a day`;
  if (perWeek >= 1) return `${plural(perWeek, 'deploy')} a week`;
  const everyWeeks = 1 / perWeek;
  if (everyWeeks < 9) return `1 deploy every ${plural(Math.round(everyWeeks * 10) / 10, 'week')}`;
  return `1 deploy every ${plural(Math.round((everyWeeks * 7) / 30.44), 'month')}`;
}

/**
 * "about 1 in 8" for a rate, so a reader can picture it; above two in three, "about 7 in 10",
 * "nearly all" or "all" (never "1 in 1" for a rate below 1).
 */
export function formatOneIn(rate: number): string | null {
  if (!(rate > 0)) return null;
  if (rate >= 1) return 'all';
  if (Math.round(1 / rate) > 1) return `about 1 in ${formatNumber(Math.round(1 / rate))}`;
  const tenths = Math.round(rate * 10);
  return tenths >= 10 ? 'nearly all' : `about ${tenths} in 10`;
}

/** ISO 4217 code; Intl rejects unknown codes, which is the user's mistake to name. */
export function formatMoney(amount: number, currency: string): string {
  let formatter: Intl.NumberFormat;
  try {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
  } catch {
    throw new UserError(
      `currency: "${currency}" is not a currency code (expected ISO 4217, for example USD or EUR)`,
    );
  }
  return formatter.format(Math.round(amount));
}

// Made on first use: building an Intl formatter loads locale data, which costs a run that prints
// only JSON some 15 ms of start-up.
let formats: { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat } | null = null;

function utcFormats() {
  formats ??= {
    date: new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }),
    time: new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  };
  return formats;
}

function toDate(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "3 Jul 2026" (UTC, W1). */
export function formatDate(value: string | Date | null | undefined): string {
  const date = toDate(value);
  return date ? utcFormats().date.format(date) : NO_DATA;
}

/** "3 Jul 2026, 14:05 UTC". */
export function formatDateTime(value: string | Date | null | undefined): string {
  const date = toDate(value);
  return date ? `${utcFormats().date.format(date)}, ${utcFormats().time.format(date)} UTC` : NO_DATA;
}

/** The window [since, until) as the reader sees it: the last day shown is the day before `until` at midnight. */
export function formatWindow(since: string, until: string): string {
  const end = toDate(until);
  const lastDay =
    end && end.getUTCHours() + end.getUTCMinutes() + end.getUTCSeconds() === 0
      ? new Date(end.getTime() - 1)
      : end;
  return `${formatDate(since)} – ${formatDate(lastDay)}`;
}
