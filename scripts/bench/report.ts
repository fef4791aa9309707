/// <reference lib="dom" />
// Targets on a 50,000-pull-request world: renderReport adds at most 2 s to computeMetrics,
// index.html with its data stays under 2 MB (Chart.js aside), and in Chromium the page is loaded
// with every chart drawn within 1.5 s. Run alone: `npx tsx scripts/bench/report.ts`.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { computeMetrics } from '../../src/metrics/index.js';
import { renderReport } from '../../src/report/render.js';
import { generateWorld } from '../lib/generate-world.js';

export interface ReportBench {
  pullRequests: number;
  computeSeconds: number;
  renderSeconds: number;
  htmlBytes: number;
  /** median over the loads: from navigation start to every chart drawn (report.js marks it) */
  chartsReadyMs: number | null;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function best<T>(runs: number, run: () => T): { value: T; seconds: number } {
  let fastest = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    value = run();
    fastest = Math.min(fastest, seconds(start));
  }
  return { value, seconds: fastest };
}

async function timeCharts(indexPath: string, loads: number): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(indexPath).href);
      await page.waitForFunction(() => document.documentElement.dataset.chartsReady === 'true', null, {
        timeout: 30_000,
      });
      times.push(await page.evaluate(() => performance.getEntriesByName('charts-ready')[0].startTime));
      await context.close();
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } finally {
    await browser.close();
  }
}

export async function benchReport(
  options: { pullRequests?: number; loads?: number } = {},
): Promise<ReportBench> {
  const pullRequests = options.pullRequests ?? 50_000;
  const world = generateWorld({ pullRequests, seed: 1 });
  const compute = best(2, () => computeMetrics(world));
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  try {
    const outDir = join(dir, 'site');
    let renderSeconds = Infinity;
    let indexPath = '';
    for (let i = 0; i < 3; i++) {
      const start = process.hrtime.bigint();
      ({ indexPath } = await renderReport(compute.value, {
        outDir,
        downtimeCostPerHour: 1000,
        generatedAt: new Date(),
      }));
      renderSeconds = Math.min(renderSeconds, seconds(start));
    }
    let chartsReadyMs: number | null = null;
    try {
      chartsReadyMs = await timeCharts(indexPath, options.loads ?? 5);
    } catch (error) {
      console.error(`bench report: Chromium timing skipped: ${(error as Error).message.split('\n')[0]}`);
    }
    return {
      pullRequests,
      computeSeconds: compute.seconds,
      renderSeconds,
      htmlBytes: statSync(indexPath).size,
      chartsReadyMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatReportBench(r: ReportBench): string {
  const charts =
    r.chartsReadyMs === null
      ? 'not measured (no Chromium)'
      : `${Math.round(r.chartsReadyMs)} ms (target ≤ 1500 ms)`;
  return [
    `report on ${r.pullRequests} PRs:`,
    `  computeMetrics ${r.computeSeconds.toFixed(2)} s; renderReport ${r.renderSeconds.toFixed(2)} s (target: adds ≤ 2 s)`,
    `  index.html with its data ${(r.htmlBytes / 1e6).toFixed(2)} MB (target < 2 MB, Chart.js aside)`,
    `  Chromium, loaded with every chart drawn: ${charts}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchReport().then((r) => console.log(formatReportBench(r)));
}
