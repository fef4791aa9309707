// The words the product writes about a figure agree with the figure, in every place it writes
// them: the report's card and "At a glance", summary.md and the pull request comment. A checker
// reads the rendered text (tags stripped), finds every number said with a time unit, a percentage
// or a deployment rate, and every time word ("for days", "same day", "within the week"), and fails
// on any that is not one of the figures of that metric, said as the product says it, or that
// disagrees with the figure's size; trend words must agree with the direction the figures moved
// (N1), and a comparison that cannot be made must name the side without a value.
// The sweep: each key at values just below, on and just above each tier bound of the default
// table, at 0, tiny, huge and null, each trend direction, and each window empty in turn.
import { describe, expect, it } from 'vitest';
import { computeIndustry } from '../../src/metrics/industry.js';
import { BENCHMARK_TABLES, failureRateTier, leadTimeTier, restoreTier } from '../../src/metrics/tiers.js';
import { computeTrends } from '../../src/metrics/trends.js';
import type { MetricsReport, Tier } from '../../src/metrics/types.js';
import { markdownSummary } from '../../src/report/markdown-summary.js';
import { pullRequestComment } from '../../src/report/pr-comment.js';
import { renderReportHtml } from '../../src/report/render.js';
import {
  durationUnit,
  formatDeployRate,
  formatDuration,
  formatNumber,
  formatPercent,
} from '../../src/translate/format.js';
import { makeReport } from '../support/metrics-report-fixture.js';

const TABLE = BENCHMARK_TABLES['dora-2023'];
type TimeKey = 'leadTime' | 'timeToRestore';
type RateKey = 'changeFailureRate' | 'reworkRate';
type Key = 'deploymentFrequency' | TimeKey | RateKey;

const around = (bound: number) => [bound * 0.999, bound, bound * 1.001];
const HOURS = [
  0,
  1e-6,
  0.01,
  0.5,
  ...around(1),
  8,
  ...around(24),
  47.9,
  48,
  ...around(168),
  24 * 13.9,
  24 * 14,
  ...around(720),
  24 * 63,
  24 * 365,
  1e6,
];
const SHARES = [0, 1e-6, 0.0004, ...around(0.05), ...around(0.1), ...around(0.15), 0.5, 0.9999, 1];
/** deployments in the 28-day window: none, one, around a week's and a day's worth, many */
const DEPLOYMENTS = [0, 1, 3, 4, 5, 27, 28, 29, 200, 5000];

// ---------------------------------------------------------------------------------------------
// The scenarios: a coherent report (tiers, trends and positions recomputed from the values).

type Change = (r: MetricsReport) => void;

function coherent(change: Change): MetricsReport {
  const report = makeReport(change);
  for (const dora of [report.dora, report.previous.dora]) {
    const lead = dora.leadTime;
    lead.tier = leadTimeTier(TABLE, lead.medianHours, lead.changes);
    lead.tooFewToRate = lead.medianHours !== null && lead.tier === null;
    lead.tierWithheld = lead.tooFewToRate ? 'too-few' : null;
    const ttr = dora.timeToRestore;
    ttr.tier = restoreTier(TABLE, ttr.medianHours, ttr.restored);
    ttr.tooFewToRate = ttr.medianHours !== null && ttr.tier === null;
    ttr.tierWithheld = ttr.tooFewToRate ? 'too-few' : null;
    const cfr = dora.changeFailureRate;
    cfr.tier = failureRateTier(TABLE, cfr.rate, cfr.deployments);
    cfr.tooFewToRate = cfr.rate !== null && cfr.tier === null;
    cfr.tierWithheld = cfr.tooFewToRate ? 'too-few' : null;
    const df = dora.deploymentFrequency;
    if (df.count === 0) Object.assign(df, { tier: 'low' as Tier, tierWithheld: null });
  }
  report.trends = computeTrends(report, report.previous);
  report.industry = computeIndustry(report.dora, 'all');
  return report;
}

function setHours(report: MetricsReport, key: TimeKey, side: 'current' | 'previous', hours: number | null) {
  const dora = side === 'current' ? report.dora : report.previous.dora;
  const m = dora[key];
  m.medianHours = hours;
  m.p75Hours = hours === null ? null : hours * 1.5;
  m.p90Hours = hours === null ? null : hours * 3;
  if (key === 'leadTime') {
    dora.leadTime.changes = hours === null ? 0 : 8;
  } else {
    const ttr = dora.timeToRestore;
    ttr.restored = hours === null ? 0 : 4;
    ttr.events = ttr.restored;
  }
}

function setRate(report: MetricsReport, key: RateKey, side: 'current' | 'previous', rate: number | null) {
  const dora = side === 'current' ? report.dora : report.previous.dora;
  const deployments = rate === null ? 0 : 20;
  if (key === 'changeFailureRate') {
    dora.changeFailureRate.deployments = deployments;
    dora.changeFailureRate.rate = rate;
    dora.changeFailureRate.failed = rate === null ? 0 : Math.round(rate * deployments);
  } else {
    dora.reworkRate.deployments = deployments;
    dora.reworkRate.rate = rate;
    dora.reworkRate.rework = rate === null ? 0 : Math.round(rate * deployments);
  }
}

function setDeployments(report: MetricsReport, side: 'current' | 'previous', count: number) {
  const dora = side === 'current' ? report.dora : report.previous.dora;
  const days = report.window.days;
  Object.assign(dora.deploymentFrequency, { count, perDay: count / days, perWeek: (count / days) * 7 });
}

/** Every key of one window without a value: no deployment, so no change, failure or rework. */
function emptyWindow(report: MetricsReport, side: 'current' | 'previous') {
  setDeployments(report, side, 0);
  setHours(report, 'leadTime', side, null);
  setHours(report, 'timeToRestore', side, null);
  setRate(report, 'changeFailureRate', side, null);
  setRate(report, 'reworkRate', side, null);
}

interface Scenario {
  name: string;
  key: Key;
  report: MetricsReport;
}

const PREVIOUS: [string, (v: number) => number | null][] = [
  ['no previous value', () => null],
  ['same before', (v) => v],
  ['lower before', (v) => v / 2],
  ['higher before', (v) => (v === 0 ? 1 : v * 2)],
];

function emptyScenarios(key: Key): Scenario[] {
  return (['current', 'previous'] as const).map((side) => ({
    name: `${key}: the ${side} window empty`,
    key,
    report: coherent((r) => emptyWindow(r, side)),
  }));
}

function scenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const key of ['leadTime', 'timeToRestore'] as const) {
    for (const hours of HOURS)
      for (const [prevName, prev] of PREVIOUS)
        out.push({
          name: `${key} ${hours} h, ${prevName}`,
          key,
          report: coherent((r) => {
            setHours(r, key, 'current', hours);
            setHours(r, key, 'previous', prev(hours));
          }),
        });
    out.push(...emptyScenarios(key));
  }
  for (const key of ['changeFailureRate', 'reworkRate'] as const) {
    for (const rate of SHARES)
      for (const [prevName, prev] of PREVIOUS)
        out.push({
          name: `${key} ${rate}, ${prevName}`,
          key,
          report: coherent((r) => {
            setRate(r, key, 'current', rate);
            setRate(r, key, 'previous', prev(rate) === null ? null : Math.min(1, prev(rate)!));
          }),
        });
    out.push(...emptyScenarios(key));
  }
  out.push(...emptyScenarios('deploymentFrequency'));
  for (const count of DEPLOYMENTS)
    for (const [prevName, prev] of PREVIOUS)
      out.push({
        name: `deploymentFrequency ${count} deployments, ${prevName}`,
        key: 'deploymentFrequency',
        report: coherent((r) => {
          setDeployments(r, 'current', count);
          setDeployments(r, 'previous', prev(count) === null ? 0 : Math.round(prev(count)!));
        }),
      });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading the rendered text.

function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where the card of `key` starts (its stable id, anchors.ts). */
function cardStart(html: string, key: Key): number {
  return html.search(new RegExp(`<article class="card[^"]*" id="metric-${key}"`));
}

/** A card's own words: value, sample, spread, tier, trend and meaning; not its chart's table or strip. */
function cardText(html: string, key: Key): string {
  const start = cardStart(html, key);
  if (start < 0) throw new Error(`no card for ${key}`);
  const card = html.slice(start, html.indexOf('</article>', start));
  return text(
    card
      .replace(/<figure class="chart">[\s\S]*?<\/figure>/g, '')
      .replace(/<div class="position[\s\S]*?<\/figure>\s*<\/div>/g, '')
      .replace(/<p class="definition-link">[\s\S]*?<\/p>/g, ''),
  );
}

function glanceText(html: string): string {
  const start = html.search(/<section class="summary[^"]*" id="at-a-glance"/);
  return text(
    html.slice(start, html.indexOf('</section>', start)).replace(/<p class="trust"[\s\S]*?<\/p>/, ''),
  );
}

const SUMMARY_NAMES: Record<Key, string> = {
  deploymentFrequency: 'Deployment frequency',
  leadTime: 'Lead time for changes',
  changeFailureRate: 'Change failure rate',
  timeToRestore: 'Time to restore',
  reworkRate: 'Deployment rework rate',
};

/** The cells of a Markdown table row whose first cell starts with the metric's name. */
function rowCells(markdown: string, key: Key): string[] | null {
  const line = markdown.split('\n').find((l) => l.startsWith(`| ${SUMMARY_NAMES[key]}`));
  return line ? line.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '')) : null;
}

// ---------------------------------------------------------------------------------------------
// The figures each key may be said with, computed here from the values.

interface Figures {
  durations: Set<string>;
  percents: Set<string>;
  rates: Set<string>;
  /** the value a time word must agree with */
  headlineHours: number | null;
  /** the unit the headline is said in, when it is not durationUnit(headlineHours) (a rate's) */
  unit?: string;
}

function figuresOf(report: MetricsReport, key: Key): Figures {
  const f: Figures = {
    durations: new Set([`${report.window.days} days`, `${report.previous.window.days} days`]),
    percents: new Set(),
    rates: new Set(),
    headlineHours: null,
  };
  const trend = report.trends[key];
  // a key without deployments says so in those words
  if (report.dora.deploymentFrequency.count === 0) f.rates.add('no deployments');
  if (key === 'leadTime' || key === 'timeToRestore') {
    for (const m of [report.dora[key], report.previous.dora[key]])
      for (const h of [m.medianHours, m.p75Hours, m.p90Hours])
        if (h !== null) f.durations.add(formatDuration(h));
    if (trend?.change != null) f.durations.add(formatDuration(Math.abs(trend.change)));
    f.headlineHours = report.dora[key].medianHours;
  } else if (key === 'deploymentFrequency') {
    for (const m of [report.dora.deploymentFrequency, report.previous.dora.deploymentFrequency])
      f.rates.add(formatDeployRate(m.perDay, m.count));
    const df = report.dora.deploymentFrequency;
    if (df.count > 0) {
      // the wait between deployments, in the unit the rate is said in ("1 deploy every 3 weeks")
      f.headlineHours = 24 / df.perDay;
      const said = formatDeployRate(df.perDay, df.count);
      f.unit = / a day$/.test(said)
        ? 'hours'
        : / a week$/.test(said)
          ? 'days'
          : /months?$/.test(said)
            ? 'months'
            : 'weeks';
    }
  } else {
    for (const m of [report.dora[key], report.previous.dora[key]])
      if (m.rate !== null) f.percents.add(formatPercent(m.rate));
  }
  return f;
}

const RATE =
  /\b(?:\d[\d,]*(?:\.\d+)? deploys? (?:a day|a week)|1 deploy every \d[\d,]*(?:\.\d+)? (?:weeks?|months?)|no deployments)\b/g;
const DURATION = /\bunder a minute\b|\b\d[\d,]*(?:\.\d+)? (?:minute|hour|day|week|month)s?\b/g;
const PERCENT = /\bunder 0\.1%|\bover 99%|(?<![\d.])\d+(?:\.\d+)?%/g;

/** Every figure said in `said` that is not one of `figures`; and time words that disagree. */
function disagreements(said: string, figures: Figures, where: string): string[] {
  const found: string[] = [];
  const rest = said.replace(RATE, (rate) => {
    if (!figures.rates.has(rate))
      found.push(`${where}: rate "${rate}" is none of ${[...figures.rates].join(', ')}`);
    return ' ';
  });
  for (const d of rest.match(DURATION) ?? [])
    if (!figures.durations.has(d))
      found.push(`${where}: duration "${d}" is none of ${[...figures.durations].join(', ')}`);
  for (const p of rest.match(PERCENT) ?? [])
    if (!figures.percents.has(p))
      found.push(`${where}: "${p}" is none of ${[...figures.percents].join(', ')}`);
  if (/within under|\bonly 0%/i.test(said))
    found.push(`${where}: "${said.match(/within under|only 0%/i)![0]}"`);
  const h = figures.headlineHours;
  if (h !== null) {
    const unit = figures.unit ?? durationUnit(h);
    for (const [phrase, wanted] of [
      [/\b(?:for|in|takes?) days\b/, 'days'],
      [/\b(?:for|waits?|takes?) weeks\b/, 'weeks'],
      [/\b(?:for|waits?|takes?) months\b/, 'months'],
    ] as const)
      if (phrase.test(said) && unit !== wanted) found.push(`${where}: ${phrase} beside ${formatDuration(h)}`);
    if (/within a working day/.test(said) && h > 8)
      found.push(`${where}: "within a working day" beside ${formatDuration(h)}`);
    if (/within the week/.test(said) && h >= 168)
      found.push(`${where}: "within the week" beside ${formatDuration(h)}`);
    if (/\bsame day\b/.test(said) && h >= 24) found.push(`${where}: "same day" beside ${formatDuration(h)}`);
    if (/\bwithin (?:the|an) hour\b/.test(said) && h >= 1)
      found.push(`${where}: "within an hour" beside ${formatDuration(h)}`);
  }
  return found;
}

/** N1: the trend words of a card, a summary cell and a comment cell agree with the values. */
function trendDisagreements(
  report: MetricsReport,
  key: Key,
  html: string,
  cells: (string[] | null)[],
): string[] {
  const trend = report.trends[key];
  const found: string[] = [];
  const start = cardStart(html, key);
  const cardTrend = text(html.slice(start).match(/<p class="trend[^"]*">([\s\S]*?)<\/p>/)?.[1] ?? '')
    .replace(/&#x3D;/g, '=')
    .replace(/^[↑↓=] /u, '');
  const expected =
    trend.current === null && trend.previous === null
      ? /^No comparison: neither this window nor/
      : trend.current === null
        ? /^No comparison: this window has no value/
        : trend.previous === null
          ? /^No comparison: the previous \d+ days have no value/
          : trend.label === 'same'
            ? /^Same as the previous \d+ days \(was /
            : trend.label === 'better'
              ? /^Better/
              : /^Worse/;
  if (!expected.test(cardTrend)) found.push(`card trend "${cardTrend}" where ${String(expected)}`);
  const cellExpected =
    trend.current === null && trend.previous !== null
      ? /^no value in this window$/
      : trend.previous === null && trend.current !== null
        ? /^no value in the previous window$/
        : trend.label === null
          ? /^–$/
          : new RegExp(`^${trend.label}(?: |$)`);
  for (const cells_ of cells) {
    if (!cells_) continue;
    // summary.md: | Metric | Value | Tier | Against the previous window | Sample |; the comment: | … | Weekly |
    const cell = cells_[3].replace(/ [↑↓→]$/u, '');
    if (!cellExpected.test(cell)) found.push(`table trend "${cell}" where ${String(cellExpected)}`);
  }
  return found;
}

/** The tier cell says the tier, or why it is withheld (never a bare "–" for a withheld tier). */
function tierCellDisagreements(report: MetricsReport, key: Key, cells: (string[] | null)[]): string[] {
  if (key === 'reworkRate') return [];
  const m = report.dora[key];
  const expected =
    m.tier ?? (m.tierWithheld === 'too-few' ? 'too few to rate' : m.tierWithheld ? /^not rated: / : '–');
  return cells.flatMap((c) =>
    !c || (typeof expected === 'string' ? c[2] === expected : expected.test(c[2]))
      ? []
      : [`tier cell "${c[2]}" where ${String(expected)}`],
  );
}

const PR = {
  number: 7,
  title: 'feat: x',
  createdAt: '2026-10-03T00:00:00Z',
  draft: false,
  reviewed: false,
  additions: 10,
  deletions: 2,
};
const NOW = new Date('2026-10-04T00:00:00Z');

const rendered = new WeakMap<MetricsReport, string>();
function htmlOf(report: MetricsReport): string {
  if (!rendered.has(report)) rendered.set(report, renderReportHtml(report));
  return rendered.get(report)!;
}

function check(scenario: Scenario): string[] {
  const { report, key } = scenario;
  const html = htmlOf(report);
  const figures = figuresOf(report, key);
  const card = cardText(html, key);
  const summary = rowCells(markdownSummary(report), key);
  const comment = rowCells(pullRequestComment(report, PR, NOW, null), key);
  const found = [
    ...disagreements(card, figures, 'card'),
    ...trendDisagreements(report, key, html, [summary, comment]),
    ...tierCellDisagreements(report, key, [summary, comment]),
  ];
  for (const [where, cells] of [
    ['summary.md', summary],
    ['comment', comment],
  ] as const) {
    if (!cells) continue;
    // the value and the trend's change: a trend cell's change is said in the metric's unit
    found.push(...disagreements(cells[1], figures, `${where} value`));
    const change = report.trends[key]?.change;
    if (key === 'changeFailureRate' || key === 'reworkRate') {
      const pts = cells[3].match(/([\d.]+) pts/)?.[1];
      if (pts !== undefined && change != null && pts !== formatNumber(Math.abs(change) * 100))
        found.push(`${where} trend "${cells[3]}" for a change of ${change}`);
    } else
      found.push(
        ...disagreements(
          cells[3].replace(/\/week/, ' deploys a week'),
          {
            ...figures,
            rates: new Set([...figures.rates, `${formatNumber(Math.abs(change ?? 0))} deploys a week`]),
          },
          `${where} trend`,
        ),
      );
  }
  return found.map((f) => `${scenario.name}: ${f}`);
}

describe('the rendered text agrees with the figures (report card, summary.md, pull request comment)', () => {
  const all = scenarios();

  it('covers every key at each tier bound, 0, tiny, huge, null and each trend direction', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(all.map((s) => s.key)).size).toBe(5);
  });

  for (const key of [
    'deploymentFrequency',
    'leadTime',
    'changeFailureRate',
    'timeToRestore',
    'reworkRate',
  ] as const)
    it(`${key}: no number or time word disagrees with its figure`, () => {
      const bad = all.filter((s) => s.key === key).flatMap(check);
      expect(bad).toEqual([]);
    });

  it('At a glance says only the headline figures', () => {
    const bad = all.flatMap((s) => {
      const union: Figures = {
        durations: new Set(),
        percents: new Set(),
        rates: new Set(),
        headlineHours: null,
      };
      for (const key of [
        'deploymentFrequency',
        'leadTime',
        'changeFailureRate',
        'timeToRestore',
        'reworkRate',
      ] as const) {
        const f = figuresOf(s.report, key);
        f.durations.forEach((d) => union.durations.add(d));
        f.percents.forEach((d) => union.percents.add(d));
        f.rates.forEach((d) => union.rates.add(d));
      }
      const phases = s.report.flow!.cycleTime;
      for (const h of [phases.codingHours, phases.pickupHours, phases.reviewHours, phases.deployHours])
        if (h !== null) union.durations.add(formatDuration(h));
      return disagreements(glanceText(htmlOf(s.report)), union, 'at a glance').map((f) => `${s.name}: ${f}`);
    });
    expect(bad).toEqual([]);
  });

  it('the checker fails on a figure that disagrees (it can fail)', () => {
    const report = coherent((r) => setHours(r, 'leadTime', 'current', 100));
    const figures = figuresOf(report, 'leadTime');
    expect(disagreements('A typical change took 19 hours.', figures, 'x')).toHaveLength(1);
    expect(disagreements('A fix reaches customers the same day.', figures, 'x')).toHaveLength(1);
    expect(disagreements('Customers wait for days.', figures, 'x')).toHaveLength(0);
    expect(disagreements('Customers wait for weeks.', figures, 'x')).toHaveLength(1);
    expect(disagreements(`A typical change took ${formatDuration(100)}.`, figures, 'x')).toEqual([]);
  });
});
