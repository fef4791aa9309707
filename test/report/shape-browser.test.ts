/// <reference lib="dom" />
// (DOM types for the functions that run inside the page.)
// The report's shape for its two readers, in real headless Chromium: the first screen tells the
// story at 1280×800 and 390×844 without scrolling; details on demand (anchors, a table of contents,
// drill-downs collapsed, the methodology on its own page) keep the page within 6 laptop screens.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render.js';
import { describeWithChromium, launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { demoReport } from '../support/demo-report.js';
import { openReport, seriousAxeViolations } from '../support/report-page.js';
import { loadStatistics } from '../../src/business/statistics.js';

// B4's p-values need the t distribution, which a run loads only with business measures.
await loadStatistics();

const SCREENS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'];

/** Each selector's box: on the page, not hidden, and wholly inside the first viewport. */
async function boxesOutsideFirstScreen(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const outside: string[] = [];
    for (const selector of list) {
      const element = document.querySelector(selector);
      const box = element?.getBoundingClientRect();
      if (!box || box.height === 0) outside.push(`${selector}: missing`);
      else if (box.top < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth)
        outside.push(
          `${selector}: ${Math.round(box.top)}–${Math.round(box.bottom)} of ${window.innerHeight}`,
        );
    }
    return outside;
  }, selectors);
}

describeWithChromium('the report in two minutes (demo world)', () => {
  let chromium: LaunchedBrowser;
  let work: string;
  let indexPath: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'shape-browser-'));
    ({ indexPath } = await renderReport(demoReport(), {
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

  for (const screen of SCREENS) {
    it(`the first screen is the story on a ${screen.name} (${screen.width}×${screen.height})`, async () => {
      const opened = await openReport(chromium.browser, indexPath, screen);
      const selectors = [
        '#at-a-glance .trust',
        '#glance-bottleneck',
        ...KEYS.flatMap((key) => [
          `#glance-${key} .key-name`,
          `#glance-${key} .key-headline`,
          `#glance-${key} .trend`,
          `#glance-${key} :is(.tier, .tier-withheld)`,
        ]),
      ];
      expect(await boxesOutsideFirstScreen(opened.page, selectors)).toEqual([]);
      const tiles = await opened.page.locator('#at-a-glance .key').allInnerTexts();
      expect(tiles).toHaveLength(4);
      expect(tiles[1]).toMatch(
        /Lead time for changes[\s\S]*41 hours from first commit[\s\S]*Worse than[\s\S]*High/i,
      );
      expect(await opened.page.locator('#glance-bottleneck').innerText()).toContain(
        'Bottleneck: Waiting for deployment',
      );
      expect(opened.problems).toEqual([]);
      await opened.close();
    });
  }

  it('gives every section and every card a unique id, reachable from the table of contents', async () => {
    const opened = await openReport(chromium.browser, indexPath);
    const found = await opened.page.evaluate(() => ({
      sections: Array.from(document.querySelectorAll('main > section')).map((e) => e.id),
      cards: Array.from(document.querySelectorAll('article.card')).map((e) => e.id),
      ids: Array.from(document.querySelectorAll('[id]')).map((e) => e.id),
      toc: Array.from(document.querySelectorAll('.toc a')).map((a) => a.getAttribute('href')!),
    }));
    expect(found.sections.every(Boolean)).toBe(true);
    expect(found.cards.length).toBeGreaterThan(15);
    expect(found.cards.filter((id) => !id)).toEqual([]);
    expect(new Set(found.ids).size).toBe(found.ids.length);
    const inToc = found.toc.filter((href) => href.startsWith('#')).map((href) => href.slice(1));
    // every section past the first screen and its facts is in the contents, and only those
    expect(inToc).toEqual(found.sections.filter((id) => id !== 'at-a-glance' && id !== 'about'));
    expect(found.toc.at(-1)).toBe('methodology.html');
    // until history.json has two runs: one line saying when each key's line over months appears
    const waiting = opened.page.locator('#dora > .history-waiting');
    expect(await waiting.innerText()).toMatch(
      /^Each key's monthly line appears from the Action's second daily run/,
    );
    expect(await opened.page.locator('#history, .monthly').count()).toBe(0);
    await opened.page.click('.toc a[href="#drilldown"]');
    expect(await opened.page.evaluate(() => location.hash)).toBe('#drilldown');
    await opened.close();
  });

  it('collapses the drill-downs; then the page is at most 6 laptop screens tall', async () => {
    const opened = await openReport(chromium.browser, indexPath, { width: 1280, height: 800 });
    const page = opened.page;
    for (const id of ['deployments', 'failures', 'changes', 'pull-requests'])
      expect(await page.locator(`details#${id}`).getAttribute('open'), id).toBeNull();
    expect(await page.locator('details[open]').count()).toBe(0);
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(tall / 800).toBeLessThanOrEqual(6);
    // opened, a drill-down shows its table
    await page.click('#deployments > summary');
    expect(await page.locator('#deployments table tbody tr').count()).toBeGreaterThan(10);
    await opened.close();
  });

  it('links each card\'s "How this is measured" to its entry on methodology.html', async () => {
    const opened = await openReport(chromium.browser, indexPath);
    const hrefs = await opened.page.$$eval('.definition-link a', (links) =>
      links.map((a) => a.getAttribute('href')!),
    );
    expect(hrefs.length).toBeGreaterThan(15);
    const methodology = readFileSync(join(work, 'site', 'methodology.html'), 'utf8');
    for (const href of hrefs) {
      const [file, id] = href.split('#');
      expect(file, href).toBe('methodology.html');
      expect(methodology, href).toContain(` id="${id}"`);
    }
    expect(await opened.page.locator('#methodology').count()).toBe(0);
    await opened.page.click('#metric-leadTime .definition-link a');
    await opened.page.waitForURL(/methodology\.html#method-leadTime$/);
    expect(await opened.page.locator('#method-leadTime').innerText()).toContain('(L1–L4)');
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('opens methodology.html under the same CSP with no console error', async () => {
    const opened = await openReport(chromium.browser, join(work, 'site', 'methodology.html'), {
      waitForCharts: false,
    });
    expect(await opened.page.locator('.method').count()).toBeGreaterThan(10);
    expect(await opened.page.locator('a[href="index.html"]').count()).toBe(1);
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('prints a board pack: the story and the four keys on page 1, flow and business impact on page 2', async () => {
    const opened = await openReport(chromium.browser, indexPath, { width: 1280, height: 800 });
    const pdfPath = join(work, 'report.pdf');
    writeFileSync(pdfPath, await opened.page.pdf({ format: 'A4' }));
    // no card, chart or table row is cut across pages
    await opened.page.emulateMedia({ media: 'print' });
    const breaks = await opened.page.evaluate(() =>
      Array.from(document.querySelectorAll('.card, figure.chart, .summary')).map(
        (e) => getComputedStyle(e).breakInside,
      ),
    );
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
    await opened.close();
    const pages = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((text) => text.trim());
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(6);
    const [first, second] = pages;
    for (const headline of [
      '4.7 deploys a week',
      '41 hours from first',
      '15% of deployments',
      '4.3 hours to restore',
      'Bottleneck: Waiting for deployment',
      'Deployments are the GitHub deployments to production',
      'Delivery performance: the DORA keys',
      'Median lead time per week',
    ])
      expect(first, headline).toContain(headline);
    expect(first).not.toContain('Flow: where work waits');
    expect(second).toContain('Flow: where work waits');
    expect(second).toContain('Business impact');
    expect(second).not.toContain('Delivery and the business');
    // the footer: the report and its window, and the page number, on every page
    pages.forEach((text, i) => {
      expect(text).toContain('acme/storefront · 3 Aug 2026 – 31 Oct 2026');
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  /** The page's background, and the colours the first chart was drawn with, against the page's --chart-1. */
  function colours(page: Page) {
    return page.evaluate(() => {
      const chart = (
        window as unknown as {
          Chart: { getChart(id: string): { data: { datasets: { borderColor: string }[] } } };
        }
      ).Chart.getChart('chart-deploymentFrequency');
      const style = getComputedStyle(document.documentElement);
      return {
        background: getComputedStyle(document.documentElement).backgroundColor,
        drawn: chart.data.datasets[0].borderColor,
        palette: style.getPropertyValue('--chart-1').trim(),
        text: style.getPropertyValue('--chart-text').trim(),
      };
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`follows prefers-color-scheme ${scheme}, charts included, and is axe-clean`, async () => {
      const opened = await openReport(chromium.browser, indexPath, { bypassCSP: true, colorScheme: scheme });
      const seen = await colours(opened.page);
      expect(seen.background).toBe(scheme === 'dark' ? 'rgb(17, 21, 26)' : 'rgb(244, 246, 248)');
      expect(seen.drawn).toBe(seen.palette);
      expect(seen.palette).toBe(scheme === 'dark' ? '#56b4e9' : '#0072b2');
      // the closed drill-downs and meanings too: axe checks what is open
      await opened.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(opened.problems).toEqual([]);
      // (axe itself then asks for the stylesheets by XMLHttpRequest, which file:// refuses)
      expect(await seriousAxeViolations(opened.page)).toEqual([]);
      await opened.close();
    });
  }

  it('draws the charts again when the system turns dark while the page is open', async () => {
    const opened = await openReport(chromium.browser, indexPath, { colorScheme: 'light' });
    expect((await colours(opened.page)).drawn).toBe('#0072b2');
    await opened.page.emulateMedia({ colorScheme: 'dark' });
    await opened.page.waitForFunction(() => document.documentElement.dataset.chartScheme === 'dark');
    expect((await colours(opened.page)).drawn).toBe('#56b4e9');
    expect(opened.problems).toEqual([]);
    await opened.close();
  });
});
