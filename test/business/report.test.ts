// The business section on the example world: examples/business.csv is what `npm run example` writes, its
// planted relations are found with their lag and sign and nothing is flagged for the measure that
// only grows; the report section, summary.md and the pull request comment say so in words.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBusiness } from '../../src/business/load.js';
import { businessLine, findingsOf, tooLittleLine } from '../../src/business/words.js';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { computeMetrics } from '../../src/metrics/index.js';
import { pullRequestComment } from '../../src/report/pr-comment.js';
import { markdownSummary } from '../../src/report/markdown-summary.js';
import { renderReport } from '../../src/report/render.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { readWorldFile } from '../../src/world/read.js';
import { businessCsv } from '../../scripts/lib/business-example.js';
import { inputOf } from './fixture.js';
import { loadStatistics } from '../../src/business/statistics.js';

// B4's p-values need the t distribution, which a run loads only with business measures.
await loadStatistics();

const examples = join(import.meta.dirname, '..', '..', 'examples');
const world = readWorldFile(join(examples, 'world.json'));
const config = parseContextConfig(
  readFileSync(join(examples, 'dora.yml'), 'utf8'),
  join(examples, 'dora.yml'),
);
const input = loadBusiness(undefined, config)!;
const report = computeMetrics(world, { business: input });
const business = report.business!;

describe('the example business measures', () => {
  it('are what npm run example writes', () => {
    expect(readFileSync(join(examples, 'business.csv'), 'utf8')).toBe(businessCsv(world));
  });

  it('B4: sign-ups follow deployments a week later; conversion is lower in weeks with downtime', () => {
    const found = findingsOf(business);
    const signups = found.filter((c) => c.measure === 'signups' && c.delivery === 'deployments');
    expect(signups.map((c) => c.lag)).toEqual([1]);
    expect(signups[0].rho).toBeGreaterThan(0.6);
    const conversion = found.find((c) => c.measure === 'conversion' && c.delivery === 'downtimeHours')!;
    expect(conversion.lag).toBe(0);
    expect(conversion.rho).toBeLessThan(-0.6);
  });

  it('B4: flags nothing for the measure that only grows with time, nor for the survey', () => {
    expect(findingsOf(business).filter((c) => c.measure === 'activeUsers' || c.measure === 'csat')).toEqual(
      [],
    );
    // without the trend removed, active users would move with anything that grew over the months
    expect(
      business.correlations.filter((c) => c.measure === 'activeUsers' && c.rho !== null).length,
    ).toBeGreaterThan(0);
  });

  it('B5/B6: conversion lower with downtime; revenue during failures is positive', () => {
    const conversion = business.downtimeComparison.find((d) => d.measure === 'conversion')!;
    expect(conversion.meanWith!).toBeLessThan(conversion.meanWithout!);
    expect(business.revenueDuringFailures).toHaveLength(1);
    expect(business.revenueDuringFailures[0].amount).toBeGreaterThan(0);
  });
});

describe('the business in words', () => {
  const view = buildViewModel(report, { downtimeCostPerHour: 2000, currency: 'EUR' });
  const section = view.business!;

  it('states each finding from its figures, as moving together and never as a cause', () => {
    const signups = findingsOf(business).find((c) => c.measure === 'signups')!;
    const sentence = section.findings.map((f) => f.sentence).find((s) => s.includes('signups'))!;
    expect(sentence).toBe(
      `In weeks with more deployments than the trend, signups was higher a week later: a strong relation over ${signups.pairs} weeks (ρ ${signups.rho!.toFixed(2)}, q < 0.001). It shows that they move together, not that one causes the other.`,
    );
    for (const f of section.findings) {
      expect(f.sentence).toMatch(/ It shows that they move together, not that one causes the other\.$/);
      expect(f.sentence.replace('not that one causes the other', '')).not.toMatch(
        /caus|because|leads to|drives/,
      );
      const spec = view.charts[f.chart.id];
      expect(spec.kind).toBe('scatter');
      expect(spec.x!.length).toBe(spec.datasets[0].data.length);
      expect(f.chart.table.rows.length).toBe(spec.x!.length);
    }
  });

  it('says what was looked at, shades failure weeks, and sets B6 beside the stated cost as an upper bound', () => {
    expect(section.nothingElse).toMatch(
      /^The other \d+ comparisons of 7 delivery series against 5 measures at lags of 0 to 2 weeks showed nothing beyond chance/,
    );
    expect(section.measures).toHaveLength(5);
    expect(view.charts[section.measures[0].id].highlight?.label).toBe('Weeks with a failure');
    expect(section.revenue.join(' ')).toMatch(/^revenue: €[\d,]+ flowed while a failure was open/);
    expect(section.revenue.join(' ')).toMatch(/upper bound on what was at stake, not a loss/);
    expect(section.revenue.join(' ')).toMatch(/stated cost of downtime: .* at €2,000 an hour is €[\d,]+\./);
    expect(section.downtime.find((d) => d.startsWith('conversion'))).toMatch(
      /Worse in weeks with downtime \(higher is better\)\.$/,
    );
  });

  it('puts one line in summary.md and the pull request comment: the strongest finding', () => {
    const line = businessLine(business)!;
    expect(line).toMatch(/^\*\*Delivery and the business:\*\* In weeks with /);
    expect(markdownSummary(report)).toContain(line);
    const comment = pullRequestComment(
      report,
      {
        number: 5,
        createdAt: report.window.until,
        additions: 1,
        deletions: 1,
        draft: false,
        reviewed: false,
      },
      new Date(report.window.until),
      null,
    );
    expect(comment).toContain(line);
    // none without measures
    expect(markdownSummary(computeMetrics(world))).not.toContain('Delivery and the business');
  });

  it('renders the section with its charts in the page data, no inline script', async () => {
    const out = mkdtempSync(join(tmpdir(), 'business-report-'));
    await renderReport(report, { outDir: out });
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<h2 id="business-title">Delivery and the business</h2>');
    const scripts = html.match(/<script\b[^>]*>/g)!;
    expect(scripts.every((tag) => /\bsrc=|type="application\/json"/.test(tag))).toBe(true);
    const data = JSON.parse(
      html.match(/<script type="application\/json" id="chart-data">([^<]*)<\/script>/)![1],
    );
    for (const f of view.business!.findings) expect(data[f.chart.id]).toBeTruthy();
  });

  it('says plainly when there is too little data', () => {
    const few = inputOf(
      'date,signups\n' +
        ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19']
          .map((d, i) => `${d},${i}`)
          .join('\n'),
    );
    const short = computeMetrics(world, { business: few }).business!;
    expect(tooLittleLine(short)).toBe(
      `12 weeks with both delivery and business figures are needed; the file covers 7 of the ${short.series.length}.`,
    );
    expect(businessLine(short)).toBe(`**Delivery and the business:** ${tooLittleLine(short)}`);
  });
});
