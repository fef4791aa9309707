/// <reference lib="dom" />
// (DOM types for the functions that run inside the page.)
// The context section of the report in real headless Chromium from file://: the example world with services (one
// of them named with markup), impact weights and two business peaks.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { withContext } from '../../src/context/index.js';
import { runEngine } from '../../src/metrics/index.js';
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
import { loadStatistics } from '../../src/business/statistics.js';

// B4's p-values need the t distribution, which a run loads only with business measures.
await loadStatistics();

const HOSTILE = '<img src=x onerror=alert(1)>';

const CONFIG = `
services:
  - name: checkout
    paths: ["src/checkout/**", "src/cart/**"]
    targets: { deploymentsPerWeek: 2, leadTimeHours: 48, changeFailureRate: 0.2, timeToRestoreHours: 8 }
  - name: ${JSON.stringify(HOSTILE)}
    labels: [customer-reported]
    targets: { leadTimeHours: 72 }
impact:
  labels: { sev1: 5, security: 4, customer-reported: 2 }
calendar:
  peaks:
    - { name: Tax season, start: 2026-09-01, end: 2026-09-10 }
    - { name: Black Friday, start: 2026-10-20, end: 2026-10-27 }
`;

describeWithChromium('context section in Chromium (services and peaks)', () => {
  let chromium: LaunchedBrowser;
  let work: string;
  let indexPath: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'context-browser-'));
    const world = loadExampleWorld();
    const report = withContext(runEngine(world), parseContextConfig(CONFIG, '.github/dora.yml'));
    ({ indexPath } = await renderReport(report, {
      outDir: join(work, 'site'),
      generatedAt: new Date('2026-11-01T06:00:00Z'),
    }));
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('draws the scatter and CI charts with no console error, and renders a hostile name as text', async () => {
    const opened = await openReport(chromium.browser, indexPath);
    const canvases = await paintedPixels(opened.page);
    const ids = canvases.map((c) => c.id);
    for (const id of ['chart-context-batch', 'chart-context-frequency', 'chart-context-ci'])
      expect(ids).toContain(id);
    for (const canvas of canvases) expect(canvas.painted, `${canvas.id} is blank`).toBeGreaterThan(500);
    const text = await opened.page.locator('#context-business').innerText();
    expect(text).toContain('Services against their own targets');
    expect(text).toContain(HOSTILE);
    expect(text).toMatch(/Weighted change failure rate \d+(\.\d)?% against 15% unweighted/);
    expect(text).toContain('Weights: sev1 ×5, security ×4, customer-reported ×2; anything else ×1.');
    expect(await opened.page.locator('main img').count()).toBe(0);
    expect(await opened.page.locator('#context-insights').innerText()).toMatch(/Spearman's ρ = /);
    expect(opened.dialogs).toEqual([]);
    expect(opened.problems).toEqual([]);
    mkdirSync(join(REPO_ROOT, 'test-output'), { recursive: true });
    await opened.page
      .locator('#context-business')
      .screenshot({ path: join(REPO_ROOT, 'test-output', 'context.png') });
    await opened.close();
  });

  it('shades the peak weeks behind the weekly bars, and only those', async () => {
    const opened = await openReport(chromium.browser, indexPath);
    // Weeks of 3 Aug … 26 Oct: 31 Aug and 7 Sept (tax season), 19 and 26 Oct (Black Friday) are peaks.
    const shade = await opened.page.evaluate(() => {
      const canvas = document.getElementById('chart-deploymentFrequency') as HTMLCanvasElement;
      interface DrawnChart {
        chartArea: { top: number; left: number; right: number };
        data: { labels: string[] };
        scales: { x: { getPixelForValue(i: number): number } };
      }
      const page = window as unknown as { Chart: { getChart(c: HTMLCanvasElement): DrawnChart } };
      const chart = page.Chart.getChart(canvas);
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const y = Math.round((chart.chartArea.top + 2) * ratio);
      // beside the bar, in the gap between categories: a full week's bar would hide the shade
      const gap = (0.45 * (chart.chartArea.right - chart.chartArea.left)) / chart.data.labels.length;
      return chart.data.labels.map((_: string, i: number) => {
        const x = Math.round((chart.scales.x.getPixelForValue(i) - gap) * ratio);
        const [r, g, b, a] = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
        return a > 0 && r > g && g > b;
      });
    });
    expect(shade).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
    const rows = await opened.page.$$eval('#metric-deploymentFrequency table tbody th', (cells) =>
      cells.map((cell) => cell.textContent ?? ''),
    );
    expect(rows.filter((r) => r.includes('(peak:'))).toEqual([
      '31 Aug (peak: Tax season)',
      '7 Sept (peak: Tax season)',
      '19 Oct (peak: Black Friday)',
      '26 Oct (peak: Black Friday)',
    ]);
    await opened.close();
  });

  it('links every context figure to its definition; every chart has a table', async () => {
    const opened = await openReport(chromium.browser, indexPath);
    const page = opened.page;
    const anchors = await page.$$eval('.context .definition-link a', (links) =>
      links.map((a) => a.getAttribute('href')!),
    );
    expect(new Set(anchors)).toEqual(
      new Set([
        'methodology.html#method-context-services',
        'methodology.html#method-context-impact',
        'methodology.html#method-context-calendar',
        'methodology.html#method-context-insights',
        'methodology.html#method-context-health',
      ]),
    );
    // the definitions are on the methodology's own page, beside index.html
    const methodology = readFileSync(join(work, 'site', 'methodology.html'), 'utf8');
    for (const href of anchors) expect(methodology, href).toContain(` id="${href.split('#')[1]}"`);
    expect(await page.locator('figure.chart').count()).toBe(
      await page.locator('figure.chart details table').count(),
    );
    await opened.close();
  });

  it('has no serious or critical axe-core violation, and fits a phone screen', async () => {
    const opened = await openReport(chromium.browser, indexPath, {
      bypassCSP: true,
      width: 375,
      height: 800,
    });
    expect(await seriousAxeViolations(opened.page)).toEqual([]);
    const widths = await pageWidths(opened.page);
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await opened.close();
  });
});
