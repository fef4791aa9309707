// The Handlebars helpers, all in one place, on a private instance (never the global one):
// durations, rates, money, dates, and the JSON data element. Each formats through translate/format.ts
// so that a custom template (--template-dir) words figures the way the built-in one does.
import Handlebars from 'handlebars';
import {
  formatDate,
  formatDateTime,
  formatDeployRate,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../translate/format.js';
import { DEFAULTS } from '../defaults.js';
import { jsonForScriptElement } from './safe-json.js';

type HandlebarsInstance = typeof Handlebars;

const asNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const asTime = (value: unknown): string | Date | null =>
  typeof value === 'string' || value instanceof Date ? value : null;

export function createHandlebars(): HandlebarsInstance {
  const hbs = Handlebars.create();
  // Helpers return plain strings, so Handlebars escapes them like any other value.
  hbs.registerHelper('duration', (hours: unknown) => formatDuration(asNumber(hours)));
  hbs.registerHelper('percent', (share: unknown) => formatPercent(asNumber(share)));
  hbs.registerHelper('number', (value: unknown) => {
    const n = asNumber(value);
    return n === null ? '' : formatNumber(n);
  });
  hbs.registerHelper('deployRate', (perDay: unknown, count: unknown) =>
    formatDeployRate(asNumber(perDay) ?? 0, asNumber(count) ?? 0),
  );
  hbs.registerHelper('money', (amount: unknown, currency: unknown) => {
    const n = asNumber(amount);
    return n === null ? '' : formatMoney(n, typeof currency === 'string' ? currency : DEFAULTS.currency);
  });
  hbs.registerHelper('date', (value: unknown) => formatDate(asTime(value)));
  hbs.registerHelper('dateTime', (value: unknown) => formatDateTime(asTime(value)));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // The first rule a methodology entry cites ("D1–D4" → D1), on the definitions page beside the report.
  hbs.registerHelper('ruleHref', (rules: unknown) => {
    const first = /\b([A-Z]\d+)\b/.exec(typeof rules === 'string' ? rules : '');
    return first ? `definitions.html#rule-${first[1]}` : 'definitions.html';
  });
  // The one SafeString: JSON whose <, >, &, U+2028 and U+2029 are \u escapes (safe-json.ts).
  hbs.registerHelper('jsonScript', (value: unknown) => new hbs.SafeString(jsonForScriptElement(value)));
  return hbs;
}
