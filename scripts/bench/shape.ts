/// <reference lib="dom" />
// The report's shape in Chromium: page weight, time until every chart is drawn, screens tall at
// 1280×800 and 390×844 (drill-downs as rendered), printed pages, and screenshots of both widths
// and both colour schemes. `npx tsx scripts/bench/shape.ts [example|PULL_REQUESTS] [shots-dir]`.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { computeMetrics } from '../../src/metrics/index.js';
import { renderReport } from '../../src/report/render.js';
import type { World } from '../../src/world/types.js';
import { generateWorld } from '../lib/generate-world.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    total += statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

async function measure(
  browser: Browser,
  indexPath: string,
  width: number,
  height: number,
  scheme: 'light' | 'dark',
  shot: string | null,
) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(pathToFileURL(indexPath).href);
  await page.waitForFunction(() => document.documentElement.dataset.chartsReady === 'true', null, {
    timeout: 30_000,
  });
  const ready = await page.evaluate(() => performance.getEntriesByName('charts-ready')[0]?.startTime ?? null);
  const tall = await page.evaluate(() => document.documentElement.scrollHeight);
  if (shot) {
    await page.screenshot({ path: `${shot}-first.png` });
    await page.screenshot({ path: `${shot}-full.png`, fullPage: true });
  }
  let pages: number | null = null;
  if (width === 1280 && scheme === 'light') {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    if (shot) writeFileSync(`${shot}.pdf`, pdf);
  }
  await context.close();
  return {
    width,
    scheme,
    readyMs: ready === null ? null : Math.round(ready),
    screens: +(tall / height).toFixed(1),
    pages,
  };
}

async function main() {
  const which = process.argv[2] ?? 'example';
  const shots = process.argv[3] ?? null;
  const world: World | null = which.endsWith('.html')
    ? null
    : which === 'example'
      ? (JSON.parse(readFileSync('examples/world.json', 'utf8')) as World)
      : generateWorld({ pullRequests: Number(which), seed: 1 });
  let indexPath: string;
  let dir: string;
  if (which.endsWith('.html')) {
    indexPath = which;
    dir = join(which, '..', '..');
  } else {
    const report = computeMetrics(world!);
    dir = mkdtempSync(join(tmpdir(), 'shape-'));
    ({ indexPath } = await renderReport(report, {
      outDir: join(dir, 'site'),
      downtimeCostPerHour: 4000,
      currency: 'USD',
      generatedAt: new Date(),
    }));
  }
  const html = statSync(indexPath).size;
  const site = join(indexPath, '..');
  const assets = folderBytes(join(site, 'assets'));
  console.log(
    `${which}: index.html ${(html / 1024).toFixed(0)} KB, assets ${(assets / 1024).toFixed(0)} KB, site ${(folderBytes(site) / 1024).toFixed(0)} KB (${dir})`,
  );
  if (shots) mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const [w, h] of [
      [1280, 800],
      [390, 844],
    ] as const)
      for (const scheme of ['light', 'dark'] as const)
        console.log(
          JSON.stringify(
            await measure(
              browser,
              indexPath,
              w,
              h,
              scheme,
              shots && join(shots, `${which.endsWith('.html') ? 'demo' : which}-${w}-${scheme}`),
            ),
          ),
        );
  } finally {
    await browser.close();
  }
}

await main();
