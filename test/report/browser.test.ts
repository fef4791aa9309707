/// <reference lib="dom" />
// (DOM types for the functions that run inside the page.)
// The report built from the example world, in real headless Chromium from file://.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { computeMetrics } from '../../src/metrics/index.js';
import { renderReport } from '../../src/report/render.js';
import { describeWithChromium, launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import {
  loadExampleWorld,
  openReport,
  paintedPixels,
  REPO_ROOT,
  seriousAxeViolations,
  pageWidths,
} from '../support/report-page.js';

describeWithChromium('report in Chromium (example world)', () => {
  let chromium: LaunchedBrowser;
  let work: string;
  let indexPath: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'report-browser-'));
    const report = computeMetrics(loadExampleWorld());
    ({ indexPath } = await renderReport(report, {
      outDir: join(work, 'site'),
      downtimeCostPerHour: 4000,
      currency: 'USD',
      generatedAt: new Date('2026-11-01T06:00:00Z'),
    }));
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('opens with no console error, no failed request and nothing fetched from elsewhere; every chart is drawn', async () => {
    const opened = await openReport(chromium.browser, indexPath);
    const canvases = await paintedPixels(opened.page);
    expect(canvases.map((c) => c.id).sort()).toEqual([
      'chart-changeFailureRate',
      'chart-deploymentFrequency',
      'chart-distribution',
      'chart-leadTime',
      'chart-phases',
      'chart-reworkRate',
      'chart-throughput',
      'chart-timeToRestore',
    ]);
    for (const canvas of canvases) {
      expect(canvas.width, canvas.id).toBeGreaterThan(100);
      expect(canvas.painted, `${canvas.id} is blank`).toBeGreaterThan(500);
    }
    const text = await opened.page.locator('main').innerText();
    expect(text).toMatch(/deploys? a (day|week)/);
    expect(text).toContain('Bottleneck:');
    expect(text).toContain('Estimated cost of downtime');
    expect(opened.problems).toEqual([]);
    mkdirSync(join(REPO_ROOT, 'test-output'), { recursive: true });
    await opened.page.screenshot({ path: join(REPO_ROOT, 'test-output', 'report.png'), fullPage: true });
    await opened.close();
  });

  it('links every metric to its definition, and each chart has a table alternative', async () => {
    const opened = await openReport(chromium.browser, indexPath);
    const page = opened.page;
    const anchors = await page.$$eval('.definition-link a', (links) =>
      links.map((a) => a.getAttribute('href')!),
    );
    // the definitions are on the methodology's own page
    const methodology = readFileSync(join(work, 'site', 'methodology.html'), 'utf8');
    for (const href of anchors) expect(methodology, href).toContain(` id="${href.split('#')[1]}"`);
    expect(await page.locator('figure.chart').count()).toBe(
      await page.locator('figure.chart details table').count(),
    );
    const external = await page.$$eval('a[href^="http"]', (links) =>
      links.map((a) => a.getAttribute('href')!),
    );
    expect(external.length).toBeGreaterThan(10);
    for (const href of external)
      expect(href).toMatch(
        /^https:\/\/github\.com\/acme\/storefront(\/(pull|commit|issues|releases\/tag)\/[\w.%-]+)?$/,
      );
    await opened.close();
  });

  it('has no serious or critical axe-core violation', async () => {
    const opened = await openReport(chromium.browser, indexPath, { bypassCSP: true });
    expect(await seriousAxeViolations(opened.page)).toEqual([]);
    await opened.close();
  });

  it('fits a phone screen without sideways scrolling, and prints', async () => {
    const opened = await openReport(chromium.browser, indexPath, { width: 375, height: 800 });
    const widths = await pageWidths(opened.page);
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await opened.page.screenshot({
      path: join(REPO_ROOT, 'test-output', 'report-phone.png'),
      fullPage: true,
    });
    await opened.page.emulateMedia({ media: 'print' });
    expect(await opened.page.locator('.chart-table summary').first().isVisible()).toBe(false);
    const pdf = await opened.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(opened.problems).toEqual([]);
    await opened.close();
  });
});
