/// <reference lib="dom" />
// The organisation report in real headless Chromium from file://, at a laptop's 1280×800 and a
// phone's 390×844: the first screen (blended delivery, tiers per key, where to look, the missing
// members), the sortable table (progressive enhancement under the CSP), hostile names as text.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithChromium, launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { openReport, paintedPixels, pageWidths, seriousAxeViolations } from '../support/report-page.js';
import { memberRuns, runCli, temp } from './fixture.js';
import { renderRollupReport } from '../../src/report/rollup-render.js';
import type { RollupReport } from '../../src/rollup/types.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

describeWithChromium('organisation report in Chromium', () => {
  let chromium: LaunchedBrowser;
  let indexPath: string;
  let historyPath: string;

  beforeAll(async () => {
    const dir = temp();
    const members = await memberRuns(
      [
        { name: 'shop', pullRequests: 160, seed: 3 },
        { name: 'billing', pullRequests: 120, seed: 4 },
        { name: 'search', pullRequests: 60, seed: 6 },
        { name: 'legacy', pullRequests: 90, seed: 5, assumed: true },
      ],
      dir,
    );
    // metrics.json is a user's file: a hostile name and a script address must stay text.
    const file = join(members, 'search', 'metrics.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.repository.name = HOSTILE;
    doc.reportUrl = 'javascript:alert(1)';
    mkdirSync(join(members, 'hostile'));
    writeFileSync(join(members, 'hostile', 'metrics.json'), JSON.stringify(doc));
    const shop = JSON.parse(readFileSync(join(members, 'shop', 'metrics.json'), 'utf8'));
    shop.reportUrl = 'https://acme.github.io/shop/';
    writeFileSync(join(members, 'shop', 'metrics.json'), JSON.stringify(shop));
    const config = join(dir, 'rollup.yml');
    writeFileSync(
      config,
      'teams:\n  Payments: [acme/shop, acme/billing]\n  Platform: [acme/search, acme/legacy]\nexpected: [acme/shop, acme/billing, acme/search, acme/legacy, acme/gone, acme/lost]\n',
    );
    const out = join(dir, 'org');
    const result = runCli(['rollup', members, '--config', config, '--out', out]);
    expect(result.stderr).toBe('');
    indexPath = join(out, 'index.html');
    // The same roll-up with two earlier days of the Pages branch's history.json.
    const report = JSON.parse(readFileSync(join(out, 'rollup.json'), 'utf8')) as RollupReport;
    const days = ['2026-10-18', '2026-10-25'].map((date, i) => ({
      date,
      until: `${date}T00:00:00Z`,
      members: 5,
      deploymentsPerWeek: 10 + i,
      leadTimeMedianHours: 40 - i,
      changeFailureRate: 0.2,
      timeToRestoreMedianHours: 5,
    }));
    renderRollupReport(report, join(dir, 'with-history'), new Date('2026-11-01T06:00:00Z'), days);
    historyPath = join(dir, 'with-history', 'index.html');
    chromium = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
  });

  it('1280×800: the first screen holds the missing members, the blended delivery, the tiers per key and where to look', async () => {
    const { page, problems, dialogs, close } = await openReport(chromium.browser, indexPath, {
      width: 1280,
      height: 800,
    });
    try {
      const bottom = async (selector: string) => {
        const box = await page.locator(selector).last().boundingBox();
        expect(box, selector).not.toBeNull();
        return box!.y + box!.height;
      };
      await expect(page.locator('.missing').textContent()).resolves.toContain(
        '2 of 6 expected repositories have no figures: acme/gone, acme/lost',
      );
      expect(await bottom('.missing')).toBeLessThanOrEqual(800);
      expect(await bottom('.first-screen .blended-list > li')).toBeLessThanOrEqual(800);
      expect(await page.locator('.first-screen .tier-bar-svg').count()).toBe(4);
      expect(await bottom('.first-screen .tier-bar')).toBeLessThanOrEqual(800);
      expect(await page.locator('.places-list > li').count()).toBeGreaterThan(0);
      expect(await bottom('.places-list > li')).toBeLessThanOrEqual(800);
      await expect(page.locator('.blended').textContent()).resolves.toMatch(/Blended/);
      // O4: no tier badge for a pooled figure on the first screen.
      expect(await page.locator('.blended .tier').count()).toBe(0);
      expect((await paintedPixels(page)).every((c) => c.painted > 0)).toBe(true);
      expect(problems).toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`has no serious accessibility violation in the ${colorScheme} scheme (axe-core, the CSP bypassed only to load axe)`, async () => {
      const { page, close } = await openReport(chromium.browser, indexPath, { bypassCSP: true, colorScheme });
      try {
        expect(await seriousAxeViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    });

  it('sorts the member table by a column, rows without a value last, and keeps hostile names as text', async () => {
    const { page, problems, dialogs, close } = await openReport(chromium.browser, indexPath);
    try {
      const values = () =>
        page.$$eval('.member-table tbody tr', (rows) =>
          rows.map((row) => (row as HTMLTableRowElement).cells[2].getAttribute('data-value') ?? ''),
        );
      const header = page.locator('.member-table thead th', { hasText: 'Lead time' }).locator('button');
      await header.click();
      const ascending = await values();
      const numbers = ascending.filter((v) => v !== '').map(Number);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      expect(ascending.slice(numbers.length).every((v) => v === '')).toBe(true);
      await header.click();
      const descending = (await values()).filter((v) => v !== '').map(Number);
      expect(descending).toEqual([...numbers].sort((a, b) => b - a));
      await expect(
        page.locator('.member-table thead th[aria-sort="descending"]').textContent(),
      ).resolves.toContain('Lead time');
      const names = await page.locator('.member-table tbody th bdi').allTextContents();
      expect(names).toContain(`acme/${HOSTILE}`);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
      expect(await page.locator('a[href="https://acme.github.io/shop/"]').count()).toBe(1);
      expect(problems).toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await close();
    }
  });

  it('390×844: no sideways scroll, and the missing members and the blended delivery come first', async () => {
    const { page, problems, close } = await openReport(chromium.browser, indexPath, {
      width: 390,
      height: 844,
    });
    try {
      const widths = await pageWidths(page);
      expect(widths.page).toBeLessThanOrEqual(widths.view);
      const missing = await page.locator('.missing').boundingBox();
      const firstKey = await page.locator('.first-screen .blended-list > li').first().boundingBox();
      expect(missing!.y + missing!.height).toBeLessThanOrEqual(844);
      expect(firstKey!.y + firstKey!.height).toBeLessThanOrEqual(844);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('draws the days of its history from two on, with the offline Chart.js under the CSP', async () => {
    const { page, problems, close } = await openReport(chromium.browser, historyPath);
    try {
      const painted = await paintedPixels(page);
      expect(painted.map((c) => c.id).sort()).toEqual(['rollup-history', 'rollup-weekly']);
      expect(painted.every((c) => c.painted > 0)).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
