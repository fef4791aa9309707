/// <reference lib="dom" />
// (DOM types for the functions that run inside the page.)
// Opens a rendered report in Chromium from file:// and records what a reader's browser would
// complain about: console errors, page errors, failed requests, requests off file://, dialogs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { World } from '../../src/world/types.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The example world of the demo, examples/world.json. */
export function loadExampleWorld(): World {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'examples', 'world.json'), 'utf8')) as World;
}

export interface OpenedReport {
  page: Page;
  problems: string[];
  dialogs: string[];
  close(): Promise<void>;
}

export async function openReport(
  browser: Browser,
  indexPath: string,
  options: {
    bypassCSP?: boolean;
    width?: number;
    height?: number;
    waitForCharts?: boolean;
    colorScheme?: 'light' | 'dark';
  } = {},
): Promise<OpenedReport> {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) problems.push(`request off file://: ${request.url()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(indexPath).href, { waitUntil: 'load' });
  if (options.waitForCharts ?? true)
    await page.waitForFunction(() => document.documentElement.dataset.chartsReady === 'true', null, {
      timeout: 10_000,
    });
  return { page, problems, dialogs, close: () => context.close() };
}

/** For each canvas: its id and how many pixels are not transparent (Chart.js draws on a clear canvas). */
export function paintedPixels(page: Page): Promise<{ id: string; painted: number; width: number }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('canvas')).map((canvas) => {
      const context = canvas.getContext('2d');
      let painted = 0;
      if (context && canvas.width && canvas.height) {
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted += 1;
      }
      return { id: canvas.id, painted, width: canvas.width };
    }),
  );
}

/** axe-core's serious and critical violations on the page (needs a context opened with bypassCSP). */
export async function seriousAxeViolations(
  page: Page,
): Promise<{ id: string; impact: string; nodes: number }[]> {
  await page.addScriptTag({ path: join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The page's scroll width against the viewport's: wider means sideways scrolling on a phone. */
export function pageWidths(page: Page): Promise<{ page: number; view: number }> {
  return page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
}
