// docs/metrics.md and docs/benchmarks.md travel with every report as definitions.html, and each
// rule the methodology cites links to its anchor there (a link that works on Pages and offline).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render.js';
// @ts-expect-error -- a plain ES module script without types
import { definitionsPage } from '../../scripts/docs-page.mjs';
import { makeReport } from '../support/metrics-report-fixture.js';

const root = join(import.meta.dirname, '..', '..');

describe('the definitions page', () => {
  it('is what npm run docs makes of docs/metrics.md and docs/benchmarks.md', () => {
    expect(readFileSync(join(root, 'templates', 'definitions.html'), 'utf8')).toBe(definitionsPage());
  });

  it('has an anchor for every rule of the docs, once', () => {
    const page = readFileSync(join(root, 'templates', 'definitions.html'), 'utf8');
    const ids = [...page.matchAll(/id="rule-([A-Z]\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ['W1', 'D2', 'L5', 'C4', 'R2', 'F2', 'T4', 'N1', 'B7', 'O5', 'P4'])
      expect(ids).toContain(rule);
  });

  it('comes with the report, and every rule link of the methodology lands on an anchor of it', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'definitions-')), 'site');
    await renderReport(makeReport(), { outDir });
    const page = readFileSync(join(outDir, 'definitions.html'), 'utf8');
    // the methodology has its own page (methodology.html) beside index.html
    const index = readFileSync(join(outDir, 'methodology.html'), 'utf8');
    const links = [...index.matchAll(/href="definitions\.html#rule-([A-Z]\d+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(5);
    for (const rule of links) expect(page, rule).toContain(`id="rule-${rule}"`);
    expect(index).not.toContain('METRICS.md');
  });
});
