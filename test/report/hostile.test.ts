/// <reference lib="dom" />
// (DOM types for the functions that run inside the page.)
// A world whose GitHub text is hostile renders it literally and runs no script. The page is opened
// once with its CSP bypassed, so escaping alone must hold, and once as a reader gets it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { computeMetrics } from '../../src/metrics/index.js';
import { renderReport } from '../../src/report/render.js';
import type { World } from '../../src/world/types.js';
import { describeWithChromium, launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { loadExampleWorld, openReport } from '../support/report-page.js';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '</script><script>window.__pwned=2;alert(2)</script>',
  '{{constructor.constructor "window.__pwned=3"}} {{{body}}}',
  'line\u2028separator\u2029paragraph',
  `${'Very long title '.repeat(187)}end`.slice(0, 3000),
  'שלום עולם مرحبا بالعالم \u202Eevil',
  '🚀 ship it 👩‍💻 🇪🇺',
  '<!-- open comment & &amp; "double" \'single\' `tick`',
  'javascript:window.__pwned=4',
];

function hostileWorld(): World {
  const world = loadExampleWorld();
  const pick = (i: number) => PAYLOADS[i % PAYLOADS.length];
  world.repository = {
    ...world.repository,
    name: `${world.repository.name}<img src=x onerror=window.__pwned=5>`,
  };
  world.pullRequests = (world.pullRequests ?? []).map((pr, i) => ({
    ...pr,
    title: pick(i),
    author: pick(i + 1),
    body: pick(i + 2),
    headRefName: pick(i + 3),
    labels: [...(pr.labels ?? []), pick(i + 4)],
    reviews: (pr.reviews ?? []).map((review) => ({ ...review, author: pick(i + 5) })),
  }));
  world.issues = (world.issues ?? []).map((issue) => ({
    ...issue,
    title: PAYLOADS.join(' | '),
    author: pick(2),
    labels: [...(issue.labels ?? []), pick(0)],
  }));
  world.releases = (world.releases ?? []).map((release, i) => ({ ...release, name: pick(i) }));
  world.deployments = (world.deployments ?? []).map((d, i) => ({ ...d, creator: pick(i), ref: pick(i + 1) }));
  return world;
}

describeWithChromium('report of a hostile world', () => {
  let chromium: LaunchedBrowser;
  let work: string;
  let indexPath: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'report-hostile-'));
    ({ indexPath } = await renderReport(computeMetrics(hostileWorld()), {
      outDir: join(work, 'site'),
      downtimeCostPerHour: 100,
    }));
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    rmSync(work, { recursive: true, force: true });
  });

  for (const bypassCSP of [true, false]) {
    it(`shows every payload as text and runs none of it (CSP ${bypassCSP ? 'bypassed' : 'on'})`, async () => {
      const opened = await openReport(chromium.browser, indexPath, { bypassCSP });
      const page = opened.page;
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        images: document.querySelectorAll('img').length,
        scripts: document.querySelectorAll('script').length,
        text: document.body.textContent ?? '',
        title: document.title,
        hrefs: Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? ''),
        pageWidth: document.documentElement.scrollWidth,
        viewWidth: window.innerWidth,
      }));
      expect(state.pwned).toBeUndefined();
      expect(opened.dialogs).toEqual([]);
      expect(state.images).toBe(0);
      expect(state.scripts).toBe(3); // Chart.js, report.js and the JSON data element
      for (const payload of PAYLOADS) expect(state.text, payload.slice(0, 40)).toContain(payload);
      expect(state.title).toContain('<img src=x onerror=window.__pwned=5>');
      for (const href of state.hrefs)
        expect(href).toMatch(
          /^(#[\w-]+|https:\/\/github\.com\/|definitions\.html(#rule-[A-Z]\d+)?$|methodology\.html(#[\w-]+)?$|metrics\.json$|csv\/[\w-]+\.csv$)/,
        );
      expect(state.pageWidth).toBeLessThanOrEqual(state.viewWidth);
      expect(opened.problems).toEqual([]);
      await opened.close();
    });
  }
});
