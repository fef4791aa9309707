/// <reference lib="dom" />
// (DOM types for the functions that run inside the page.)
// The industry position in the report: each DORA card's position among the industry's 2025 DORA respondents
// (P3) with its strip and text fallback, the "At a glance" line, the methodology's
// survey questions, and dora-2025 leading each card with the position.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/metrics/index.js';
import { computeIndustry } from '../../src/metrics/industry.js';
import type { MetricsReport } from '../../src/metrics/types.js';
import { SURVEY_QUESTIONS } from '../../src/report/industry-view.js';
import { renderReport } from '../../src/report/render.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { describeWithChromium, launchChromium } from '../support/chromium.js';
import { makeReport } from '../support/metrics-report-fixture.js';
import { loadExampleWorld, openReport, pageWidths } from '../support/report-page.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'industry-report-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The fixture (6 deployments in 28 days, 19 h lead time, 3 h restore) against Financial Services. */
function financial(adjust?: (report: MetricsReport) => void): MetricsReport {
  return makeReport((report) => {
    report.industry = computeIndustry(report.dora, 'financial_services');
    adjust?.(report);
  });
}

async function html(report: MetricsReport): Promise<string> {
  const { indexPath } = await renderReport(report, { outDir: join(work, 'site') });
  return readFileSync(indexPath, 'utf8');
}

/** The markup of one card, from its article to the next. */
function card(page: string, key: string): string {
  const start = page.indexOf(`<article class="card card-key card-key-${key}" id="metric-${key}"`);
  expect(start).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</article>', start));
}

describe('positions in the view', () => {
  it('each card has its position in words, or says why it has none', () => {
    const view = buildViewModel(financial());
    const position = Object.fromEntries(view.metrics.map((m) => [m.key, m.position]));
    // 6 in 28 days → band 4 → 6: (6 − 5.1) ÷ 2.6 = 0.35
    expect(position.deploymentFrequency).toMatchObject({
      key: 'ahead',
      lead: false,
      text: 'Ahead of most respondents in Financial Services',
      detail: 'score 6 of 10 against their 5.1 ± 2.6 (DORA 2025)',
    });
    // 19 h → band 5 → 8: (8 − 5.4) ÷ 2.3 = 1.13
    expect(position.leadTime).toMatchObject({
      key: 'well-ahead',
      text: 'Well ahead of most respondents in Financial Services',
    });
    // T2 withholds the restore tier (fewer than 3 restored events), so it has no position
    expect(position.timeToRestore).toMatchObject({ key: 'none', text: 'No industry position', strip: null });
    // T2 withholds the change failure tier (6 deployments); rework needs 10 deployments
    expect(position.changeFailureRate).toMatchObject({
      key: 'none',
      text: 'No industry position',
      detail: 'too few to rate: a position needs what a tier needs',
      strip: null,
    });
    expect(position.reworkRate).toMatchObject({
      key: 'none',
      detail: 'a position needs at least 10 deployments',
    });
    expect(position.leadTime.strip).toEqual({
      id: 'strip-leadTime',
      bandX: 31, // 5.4 − 2.3
      bandWidth: 46,
      meanX: 54,
      scoreX: 80,
      text: 'On a scale from 0 to 10 (10 best): this repository 8; Financial Services respondents 5.4 on average, most between 3.1 and 7.7 (mean ± 1 standard deviation).',
    });
  });

  it('"At a glance" says how many of the five metrics are ahead; last, or first with dora-2025', () => {
    const line =
      "Against the DORA 2025 survey's respondents in Financial Services: ahead on 2 of the 5 metrics (3 without a position).";
    expect(buildViewModel(financial()).summary.at(-1)).toBe(line);
    const led = buildViewModel(financial((r) => (r.benchmarks.badge = 'industry')));
    expect(led.summary[0]).toBe(line);
    expect(led.benchmark).toBe(
      'Position among DORA 2025 respondents in Financial Services (dora-2025); tiers from DORA 2023 (dora-2023)',
    );
    expect(led.metrics.every((m) => m.position.lead)).toBe(true);
  });

  it('the industry all reads "across all industries"', () => {
    const view = buildViewModel(makeReport());
    expect(view.metrics[0].position.text).toBe('Ahead of most respondents across all industries');
    expect(view.summary.at(-1)).toMatch(
      /^Against the DORA 2025 survey's respondents across all industries: ahead on /,
    );
  });
});

describe('positions in the rendered report', () => {
  it('cards show the position and a strip with its text fallback, without inline style or script', async () => {
    const page = await html(financial());
    const lead = card(page, 'leadTime');
    expect(lead).toContain('<div class="position position-well-ahead">');
    expect(lead).toContain(
      '<span class="position-word">Well ahead of most respondents in Financial Services</span>',
    );
    expect(lead).toContain(
      '<svg class="strip-svg" viewBox="-3 0 106 20" role="img" aria-labelledby="strip-leadTime"',
    );
    expect(lead).toContain('<rect class="strip-band" x="31" y="3" width="46" height="8"></rect>');
    expect(lead).toContain('<circle class="strip-score" cx="80" cy="7" r="2.6"></circle>');
    expect(lead).toContain(
      '<figcaption class="strip-text">On a scale from 0 to 10 (10 best): this repository 8; Financial Services respondents 5.4 on average',
    );
    // the tier stays, and leads, without dora-2025
    expect(lead.indexOf('class="tier ')).toBeLessThan(lead.indexOf('class="position '));
    expect(card(page, 'deploymentFrequency')).toContain('class="strip-svg"');
    expect(card(page, 'timeToRestore')).not.toContain('class="strip-svg"');
    const rework = card(page, 'reworkRate');
    expect(rework).toContain('<div class="position position-none">');
    expect(rework).toContain('No industry position');
    expect(rework).not.toContain('strip-svg');
    expect(page).not.toMatch(/\sstyle=|\son[a-z]+=|<style/i);
  });

  it('with dora-2025 the position is each card’s badge, before the tier', async () => {
    const page = await html(financial((r) => (r.benchmarks.badge = 'industry')));
    for (const key of [
      'deploymentFrequency',
      'leadTime',
      'changeFailureRate',
      'timeToRestore',
      'reworkRate',
    ]) {
      const markup = card(page, key);
      expect(markup).toMatch(/<div class="position position-[a-z-]+ position-lead">/);
      // a rated card's tier badge, or only the reason where the tier is withheld
      const tier = markup.search(/class="tier(?: |-withheld")/);
      expect(tier).toBeGreaterThan(-1);
      expect(markup.indexOf('class="position ')).toBeLessThan(tier);
    }
    expect(page).toContain('Position among DORA 2025 respondents in Financial Services (dora-2025)');
  });

  it('the methodology contrasts survey answers with records and quotes each survey question', async () => {
    const index = await html(financial());
    const page = readFileSync(join(work, 'site', 'methodology.html'), 'utf8');
    const start = page.indexOf('<div id="method-industry" class="method">');
    expect(start).toBeGreaterThan(-1);
    const entry = page.slice(start, page.indexOf('</div>', start));
    expect(entry).toContain('about the primary application or service they work on');
    expect(entry).toContain('measured from this repository&#x27;s records, not answered from memory');
    expect(entry).toContain('Financial Services respondents (industry: financial_services)');
    expect(entry).toContain(
      'dora-team/dora.dev svelte/quick-check/src/lib/data/editions/2025/industry_metrics.json at commit fcaf07b',
    );
    const questions = [
      ...entry.matchAll(/<li><span class="survey-metric">([^<]+):<\/span> <q>([^<]+)<\/q><\/li>/g),
    ];
    expect(questions.map((q) => q[1])).toEqual([
      'Deployment frequency',
      'Lead time for changes',
      'Change failure rate',
      'Time to restore service',
      'Deployment rework rate',
    ]);
    expect(questions[1][2]).toBe(
      'For the primary application or service you work on, what is your lead time for changes (that is, how long does it take to go from code committed to code successfully running in production)?',
    );
    expect(questions.map((q) => q[2])).toEqual(Object.values(SURVEY_QUESTIONS).map((q) => q.question));
    // every position links to it
    expect(card(index, 'leadTime')).toContain(
      '<a class="position-rules" href="methodology.html#method-industry">P1–P4</a>',
    );
  });
});

describeWithChromium('positions in Chromium (example world, Financial Services, dora-2025)', () => {
  it('draws a strip on each card that has a position, shows its words, and fits a phone', async () => {
    const report = computeMetrics(loadExampleWorld(), {
      industry: 'financial_services',
      benchmarks: 'dora-2025',
    });
    const { indexPath } = await renderReport(report, { outDir: join(work, 'site') });
    const chromium = await launchChromium();
    try {
      const opened = await openReport(chromium.browser, indexPath, { width: 375 });
      const strips = await opened.page.evaluate(() =>
        Array.from(document.querySelectorAll('.card .strip-svg')).map((svg) => {
          const box = svg.getBoundingClientRect();
          const dot = svg.querySelector('.strip-score')!.getBoundingClientRect();
          return { width: Math.round(box.width), height: Math.round(box.height), dot: dot.width > 0 };
        }),
      );
      expect(strips).toHaveLength(5);
      for (const strip of strips) {
        expect(strip.width).toBeGreaterThan(200);
        expect(strip.height).toBeGreaterThan(20);
        expect(strip.dot).toBe(true);
      }
      const words = await opened.page.locator('.card .position-word').allInnerTexts();
      expect(words).toEqual([
        'Ahead of most respondents in Financial Services',
        'Ahead of most respondents in Financial Services',
        'Level with most respondents in Financial Services',
        'Level with most respondents in Financial Services',
        'Level with most respondents in Financial Services',
      ]);
      const widths = await pageWidths(opened.page);
      expect(widths.page).toBeLessThanOrEqual(widths.view);
      expect(opened.problems).toEqual([]);
      await opened.close();
    } finally {
      await chromium.close();
    }
  });
});
