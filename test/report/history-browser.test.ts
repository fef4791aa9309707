/// <reference lib="dom" />
// (DOM types for the functions that run inside the page.)
// The trend section in real headless Chromium: the example world's report with 30 runs of history.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { computeMetrics } from '../../src/metrics/index.js';
import { renderReport } from '../../src/report/render.js';
import { describeWithChromium, launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { makeHistory } from '../support/history-fixture.js';
import {
  loadExampleWorld,
  openReport,
  paintedPixels,
  REPO_ROOT,
  seriousAxeViolations,
  pageWidths,
} from '../support/report-page.js';

const HISTORY_CANVASES = [
  'history-changeFailureRate',
  'history-cycleTime',
  'history-deploymentFrequency',
  'history-leadTime',
  'history-reworkRate',
  'history-timeToRestore',
];

const HOSTILE_SOURCE = 'tags:</script><img src=x onerror="window.__pwned=1">';

describeWithChromium('trend section in Chromium (30 runs)', () => {
  let chromium: LaunchedBrowser;
  let work: string;
  let indexPath: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'history-browser-'));
    const report = computeMetrics(loadExampleWorld());
    const lastDay = Date.parse(report.window.until) - 86_400_000;
    const start = new Date(lastDay - 29 * 86_400_000).toISOString().slice(0, 10);
    const history = makeHistory(
      30,
      (entry, i) => {
        if (i === 12) entry.timeToRestoreHours = null; // a gap in one line
        if (i >= 25) entry.source = HOSTILE_SOURCE; // history.json is editable by anyone who can push
      },
      start,
    );
    ({ indexPath } = await renderReport(report, {
      outDir: join(work, 'site'),
      history,
      generatedAt: new Date('2026-11-01T06:00:00Z'),
    }));
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('draws every history chart with dates on its axis and no console error', async () => {
    const opened = await openReport(chromium.browser, indexPath);
    const canvases = (await paintedPixels(opened.page)).filter((c) => c.id.startsWith('history-'));
    expect(canvases.map((c) => c.id).sort()).toEqual(HISTORY_CANVASES);
    for (const canvas of canvases) {
      expect(canvas.width, canvas.id).toBeGreaterThan(100);
      expect(canvas.painted, `${canvas.id} is blank`).toBeGreaterThan(500);
    }
    const ticks = await opened.page.evaluate(() => {
      const chart = (
        window as unknown as {
          Chart: { getChart(id: string): { scales: { x: { ticks: { label: string }[] } } } };
        }
      ).Chart.getChart('history-leadTime');
      return chart.scales.x.ticks.map((t) => t.label);
    });
    expect(ticks.length).toBeGreaterThan(2);
    for (const label of ticks)
      expect(label).toMatch(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec)$/);
    // each key's card shows its own line over months; cycle time's is on the flow card
    const section = opened.page.locator('#history');
    const text = await section.innerText();
    expect(text).toContain('Drawn from 30 runs of the Action');
    expect(await opened.page.locator('#metric-leadTime .monthly').innerText()).toMatch(
      /Over months\s+↓? ?Lead time fell from 3\.1 days to 19 hours since \d{1,2} \w+ 2026 \(better\)\./,
    );
    for (const [card, key] of [
      ['metric-deploymentFrequency', 'deploymentFrequency'],
      ['metric-leadTime', 'leadTime'],
      ['metric-changeFailureRate', 'changeFailureRate'],
      ['metric-timeToRestore', 'timeToRestore'],
      ['metric-reworkRate', 'reworkRate'],
      ['flow-cycle', 'cycleTime'],
    ])
      expect(await opened.page.locator(`#${card} .monthly canvas#history-${key}`).count(), card).toBe(1);
    expect(await opened.page.locator('.monthly figure.chart details table').count()).toBe(6);
    expect(await opened.page.locator('.history-waiting').count()).toBe(0);
    expect(text).toContain(`to “${HOSTILE_SOURCE}”`);
    expect(
      await opened.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await opened.page.locator('img').count()).toBe(0);
    expect(opened.problems).toEqual([]);
    mkdirSync(join(REPO_ROOT, 'test-output'), { recursive: true });
    await section.screenshot({ path: join(REPO_ROOT, 'test-output', 'report-history.png') });
    await opened.close();
  });

  it('has no serious or critical axe-core violation', async () => {
    const opened = await openReport(chromium.browser, indexPath, { bypassCSP: true });
    expect(await seriousAxeViolations(opened.page)).toEqual([]);
    await opened.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const opened = await openReport(chromium.browser, indexPath, { width: 375, height: 800 });
    const widths = await pageWidths(opened.page);
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await opened.page
      .locator('#history')
      .screenshot({ path: join(REPO_ROOT, 'test-output', 'report-history-phone.png') });
    expect(opened.problems).toEqual([]);
    await opened.close();
  });
});
