/// <reference lib="dom" />
// (DOM types for the functions that run inside the page.)
// The report's shape for its two readers, in real headless Chromium: the first screen tells the
// story at 1280×800 and 390×844 without scrolling.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render.js';
import { describeWithChromium, launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { demoReport } from '../support/demo-report.js';
import { openReport } from '../support/report-page.js';

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
});
