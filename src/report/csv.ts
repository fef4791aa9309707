// Every table of the report as a CSV file in csv/ beside index.html (RFC 4180: CRLF between
// records, fields quoted when they hold a comma, a quote or a line break). Everything in them came
// from GitHub or a user's files, so a cell that a spreadsheet would run as a formula (one starting
// with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe: the sheet
// shows it as text. A plain number ("-3", "12.5") is left as it is.
import { stringify } from 'csv-stringify/sync';
import { CSV_FOLDER } from './anchors.js';

export { CSV_FOLDER };

export type Cell = string | number | null;

/** One file of csv/: its path from index.html and its records. */
export interface CsvDownload {
  /** "csv/deployments.csv" */
  file: string;
  headers: string[];
  rows: Cell[][];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** A cell as a spreadsheet must read it: text that cannot start a formula. */
export function neutralise(cell: Cell): string {
  const text = cell === null ? '' : String(cell);
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The file's text: a byte-order mark (so that Excel reads UTF-8), the header, the records. */
export function csvText(headers: string[], rows: Cell[][]): string {
  return stringify(
    [headers, ...rows].map((row) => row.map(neutralise)),
    { bom: true, record_delimiter: 'windows' },
  );
}

/** "Deployments per week" → "deployments-per-week", unique among `taken`. */
export function csvFileName(title: string, taken: Set<string>): string {
  const slug =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'table';
  let name = slug;
  for (let n = 2; taken.has(name); n++) name = `${slug}-${n}`;
  taken.add(name);
  return `${CSV_FOLDER}/${name}.csv`;
}
