// B1: the business measures file. RFC 4180 CSV (csv-parse): a header `date,NAME[,NAME…]`, then one
// row per period. Every fault is refused with one line naming the file, the line, the column and
// what was expected; nothing is guessed (a `%`, a thousands separator, a date that starts no period).
import { parse } from 'csv-parse/sync';
import { UserError } from '../errors.js';
import { DAY_MS } from '../metrics/stats.js';
import { nextPeriodStart, startsPeriod } from './periods.js';
import type { Period } from './types.js';

export interface BusinessTable {
  /** measure names, in header order */
  names: string[];
  /** period start (epoch ms) → one cell per measure, null where empty */
  rows: Map<number, (number | null)[]>;
}

/** B1: a number as a person or a spreadsheet writes it without formatting. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_HINT =
  'a number such as 1234.5 or -0.25, with a . decimal point, or an empty cell for a missing value';

/** Parses the file's text; `file` names it in messages. */
export function parseBusinessCsv(text: string, file: string, period: Period): BusinessTable {
  const fail = (line: number, column: number | string | null, problem: string): never => {
    throw new UserError(`${file} line ${line}${column === null ? '' : ` column ${column}`}: ${problem}`);
  };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    return fail(e.lines ?? 1, null, `${e.message.replace(/ at line \d+.*$/, '')} (expected RFC 4180 CSV)`);
  }
  // A record ends on info.lines; it began on the line after the previous one ended (blank lines
  // are records of one empty cell, so that the count stays right, and are then passed over).
  let ended = 0;
  const rows = records.map(({ record, info }) => {
    const line = ended + 1;
    ended = info.lines;
    return { record, line };
  });
  const filled = rows.filter(({ record }) => !(record.length === 1 && record[0].trim() === ''));
  if (filled.length === 0)
    return fail(1, null, 'the file is empty (expected a header row such as date,signups,revenue)');
  const header = filled[0];
  const names = header.record.map((cell) => cell.trim());
  if (names[0].toLowerCase() !== 'date') {
    fail(
      header.line,
      1,
      `${JSON.stringify(names[0])} is not "date" (expected a header row such as date,signups,revenue)`,
    );
  }
  if (names.length < 2) {
    fail(
      header.line,
      null,
      'no measure column (expected a header such as date,signups,revenue: a column for each measure after date)',
    );
  }
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (i === 0) return;
    if (name === '')
      fail(header.line, i + 1, 'a measure without a name (expected a name in every header cell)');
    if (name.toLowerCase() === 'date')
      fail(header.line, i + 1, '"date" again (expected it once, as the first column)');
    const first = seen.get(name);
    if (first !== undefined)
      fail(
        header.line,
        i + 1,
        `${JSON.stringify(name)} is already column ${first} (expected each measure once)`,
      );
    seen.set(name, i + 1);
  });
  const table = new Map<number, (number | null)[]>();
  const dateLines = new Map<number, number>();
  for (const { record, line } of filled.slice(1)) {
    if (record.length !== names.length) {
      fail(
        line,
        null,
        `${record.length} cells where the header has ${names.length} (expected one cell per column; leave a cell empty for a missing value)`,
      );
    }
    const start = periodStart(record[0].trim(), period, (problem) => fail(line, 1, problem));
    const again = dateLines.get(start);
    if (again !== undefined)
      fail(line, 1, `${record[0].trim()} is given again (first on line ${again}; expected each period once)`);
    dateLines.set(start, line);
    table.set(
      start,
      record
        .slice(1)
        .map((raw, i) =>
          cellValue(raw, (problem) => fail(line, `${i + 2} (${JSON.stringify(names[i + 1])})`, problem)),
        ),
    );
  }
  return { names: names.slice(1), rows: table };
}

function cellValue(raw: string, fail: (problem: string) => never): number | null {
  const cell = raw.trim();
  if (cell === '') return null;
  if (NUMBER.test(cell)) {
    const value = Number(cell);
    if (Number.isFinite(value)) return value;
  }
  const why = cell.includes('%')
    ? ' (a percentage: write 12% as 0.12 or 12 and name the unit in the configuration)'
    : /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell)
      ? ' (a thousands separator)'
      : /^[+-]?\d+,\d+$/.test(cell)
        ? ' (a decimal comma)'
        : '';
  return fail(
    `${JSON.stringify(cell.length > 40 ? `${cell.slice(0, 37)}…` : cell)} is not a number${why} (expected ${NUMBER_HINT})`,
  );
}

/** B1: an ISO date that starts a period: a Monday (week), the 1st of a month (month). */
function periodStart(cell: string, period: Period, fail: (problem: string) => never): number {
  const match = DATE.exec(cell);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  const real = match !== null && Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === cell;
  if (!real) return fail(`${JSON.stringify(cell)} is not a date (expected an ISO date such as 2026-05-04)`);
  if (startsPeriod(ms, period)) return ms;
  if (period === 'week') {
    const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS;
    return fail(
      `${cell} is a ${WEEKDAYS[new Date(ms).getUTCDay()]} (expected the Monday that starts its week, ${day(monday)}, in a weekly file)`,
    );
  }
  const first = Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth(), 1);
  return fail(
    `${cell} is not the 1st of a month (expected ${day(first)} in a monthly file; ${day(nextPeriodStart(first, 'month'))} starts the next)`,
  );
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
