// GitHub text in the page. A title longer than 300 characters is cut with an ellipsis
// (metrics.json keeps it whole); names are isolated with <bdi>, each in its own cell or place, so a
// right-to-left name cannot reorder the text around it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HealthReport } from '../../src/context/types.js';
import { buildHealthView } from '../../src/report/context-health.js';
import { pageTitle, TITLE_CHARACTERS } from '../../src/report/drilldown.js';
import { createHandlebars } from '../../src/report/helpers.js';
import { renderReport } from '../../src/report/render.js';
import { makeReport } from '../support/metrics-report-fixture.js';

const partials = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'partials');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'page-text-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('titles in the page', () => {
  it('cuts a title longer than 300 characters with an ellipsis, never inside a surrogate pair', () => {
    expect(TITLE_CHARACTERS).toBe(300);
    expect(pageTitle('x'.repeat(300))).toBe('x'.repeat(300));
    expect(pageTitle('x'.repeat(301))).toBe(`${'x'.repeat(299)}…`);
    const emoji = `${'x'.repeat(298)}🚀🚀`;
    expect(pageTitle(emoji)).toBe(`${'x'.repeat(298)}…`);
  });

  it('shows long titles cut in the drill-down tables, and leaves the report whole', async () => {
    const long = `Fix ${'the checkout again '.repeat(40)}end`;
    const report = makeReport((r) => {
      r.records.failures[0].title = long;
      r.records.changes.forEach((c) => (c.title = long));
    });
    const html = readFileSync((await renderReport(report, { outDir: join(work, 'site') })).indexPath, 'utf8');
    expect(html).not.toContain('end</bdi>');
    expect(html).toContain(`<td class="title"><bdi>${long.slice(0, 299)}…</bdi></td>`);
    expect(report.records.failures[0].title).toBe(long); // what metrics.json is written from
  });

  it('isolates the author of a change in its own cell', async () => {
    const report = makeReport((r) => r.records.changes.forEach((c) => (c.author = 'שרה')));
    const html = readFileSync((await renderReport(report, { outDir: join(work, 'site') })).indexPath, 'utf8');
    expect(html).toContain('<td><bdi>שרה</bdi></td>');
  });
});

describe('names in the engineering health card', () => {
  const health: HealthReport = {
    // no weekly chart: the card's table alone
    ci: {
      count: 0,
      medianHours: null,
      p90Hours: null,
      workflowsSelected: [],
      byWorkflow: [{ workflow: 'بناء', count: 2, medianHours: 0.5, p90Hours: 1 }],
      weekly: [],
    },
    reviews: null,
    bots: {
      changes: 10,
      byBots: 5,
      share: 0.5,
      authors: [
        { author: 'בוט[bot]', changes: 3 },
        { author: 'dependabot[bot]', changes: 2 },
      ],
    },
  };

  function render(): string {
    const hbs = createHandlebars();
    for (const name of ['table', 'chart', 'more', 'download']) {
      hbs.registerPartial(name, readFileSync(join(partials, `${name}.hbs`), 'utf8'));
    }
    const template = hbs.compile(readFileSync(join(partials, 'context-health.hbs'), 'utf8'));
    return template({ health: buildHealthView(makeReport(), health, {}) });
  }

  it('isolates each bot author apart from its count', () => {
    expect(render()).toContain('<bdi>בוט[bot]</bdi>: 3, <bdi>dependabot[bot]</bdi>: 2');
  });

  it('isolates the name heading each row of a table (a workflow, a service)', () => {
    expect(render()).toContain('<th scope="row"><bdi>بناء</bdi></th>');
  });
});
