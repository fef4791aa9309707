// B1: the business measures file, and each way it can be wrong as one line naming the file, the
// line, the column and what was expected.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseBusinessCsv } from '../../src/business/csv.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function refusal(text: string, period: 'week' | 'month' = 'week'): string {
  try {
    parseBusinessCsv(text, 'business.csv', period);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('the file was accepted');
}

describe('B1: reading', () => {
  it('reads weekly rows: numbers with sign, decimals and exponent; empty cells are missing', () => {
    const table = parseBusinessCsv(
      '\uFEFFdate,signups,"conversion rate"\r\n2026-05-04,120,0.031\r\n2026-05-11,-1.5e2,\r\n\r\n2026-05-18, 7 ,.5\r\n',
      'b.csv',
      'week',
    );
    expect(table.names).toEqual(['signups', 'conversion rate']);
    expect([...table.rows.entries()]).toEqual([
      [day('2026-05-04'), [120, 0.031]],
      [day('2026-05-11'), [-150, null]],
      [day('2026-05-18'), [7, 0.5]],
    ]);
  });

  it('reads monthly rows dated the 1st', () => {
    const table = parseBusinessCsv('date,revenue\n2026-01-01,10\n2026-02-01,\n', 'b.csv', 'month');
    expect([...table.rows.keys()]).toEqual([day('2026-01-01'), day('2026-02-01')]);
  });

  it('accepts a header alone (no rows: every value is missing)', () => {
    expect(parseBusinessCsv('date,a\n', 'b.csv', 'week').rows.size).toBe(0);
  });
});

describe('B1: refusals, one line each', () => {
  it('a % cell', () => {
    expect(refusal('date,conversion\n2026-05-04,0.3\n2026-05-11,3.1%\n')).toBe(
      'business.csv line 3 column 2 ("conversion"): "3.1%" is not a number (a percentage: write 12% as 0.12 or 12 and name the unit in the configuration) (expected a number such as 1234.5 or -0.25, with a . decimal point, or an empty cell for a missing value)',
    );
  });

  it('a thousands separator, a decimal comma, a unit, a word', () => {
    expect(refusal('date,revenue\n2026-05-04,"12,400"\n')).toMatch(
      /^business\.csv line 2 column 2 \("revenue"\): "12,400" is not a number \(a thousands separator\) \(expected/,
    );
    expect(refusal('date,a,b\n2026-05-04,1,"0,5"\n')).toMatch(
      /line 2 column 3 \("b"\): "0,5" is not a number \(a decimal comma\)/,
    );
    expect(refusal('date,a\n2026-05-04,$12\n')).toMatch(
      /line 2 column 2 \("a"\): "\$12" is not a number \(expected/,
    );
    expect(refusal('date,a\n2026-05-04,n/a\n')).toMatch(/line 2 column 2 \("a"\): "n\/a" is not a number/);
  });

  it('a Tuesday in a weekly file', () => {
    expect(refusal('date,signups\n2026-05-04,1\n2026-05-12,2\n')).toBe(
      'business.csv line 3 column 1: 2026-05-12 is a Tuesday (expected the Monday that starts its week, 2026-05-11, in a weekly file)',
    );
  });

  it('a date that is not the 1st in a monthly file', () => {
    expect(refusal('date,revenue\n2026-05-04,1\n', 'month')).toBe(
      'business.csv line 2 column 1: 2026-05-04 is not the 1st of a month (expected 2026-05-01 in a monthly file; 2026-06-01 starts the next)',
    );
  });

  it('a date that is no date', () => {
    expect(refusal('date,a\n2026-02-30,1\n')).toBe(
      'business.csv line 2 column 1: "2026-02-30" is not a date (expected an ISO date such as 2026-05-04)',
    );
    expect(refusal('date,a\n04/05/2026,1\n')).toMatch(
      /^business\.csv line 2 column 1: "04\/05\/2026" is not a date/,
    );
  });

  it('a repeated date', () => {
    expect(refusal('date,a\n2026-05-04,1\n2026-05-11,2\n2026-05-04,3\n')).toBe(
      'business.csv line 4 column 1: 2026-05-04 is given again (first on line 2; expected each period once)',
    );
  });

  it('a row of the wrong length', () => {
    expect(refusal('date,a,b\n2026-05-04,1,2\n2026-05-11,1\n')).toBe(
      'business.csv line 3: 2 cells where the header has 3 (expected one cell per column; leave a cell empty for a missing value)',
    );
  });

  it('counts lines across quoted line breaks and blank lines', () => {
    expect(refusal('date,"a\nb"\n\n2026-05-04,1\n2026-05-11,x\n')).toMatch(
      /^business\.csv line 5 column 2 \("a\\nb"\): "x" is not a number/,
    );
  });

  it('no measure column', () => {
    expect(refusal('date\n2026-05-04\n')).toBe(
      'business.csv line 1: no measure column (expected a header such as date,signups,revenue: a column for each measure after date)',
    );
  });

  it('a header that does not start with date, names a measure twice or leaves one unnamed', () => {
    expect(refusal('week,a\n')).toBe(
      'business.csv line 1 column 1: "week" is not "date" (expected a header row such as date,signups,revenue)',
    );
    expect(refusal('date,a,b,a\n')).toBe(
      'business.csv line 1 column 4: "a" is already column 2 (expected each measure once)',
    );
    expect(refusal('date,a,\n')).toBe(
      'business.csv line 1 column 3: a measure without a name (expected a name in every header cell)',
    );
  });

  it('an empty file and broken quoting', () => {
    expect(refusal('')).toBe(
      'business.csv line 1: the file is empty (expected a header row such as date,signups,revenue)',
    );
    expect(refusal('date,a\n2026-05-04,"1\n')).toMatch(
      /^business\.csv line 2: Quote Not Closed.*\(expected RFC 4180 CSV\)$/,
    );
  });
});
