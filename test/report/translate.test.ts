import { UserError } from '../../src/errors.js';
import { describe, expect, it } from 'vitest';
import { translateReport } from '../../src/translate/index.js';
import { computeDowntimeCost } from '../../src/translate/downtime.js';
import {
  formatDeployRate,
  formatDuration,
  formatMoney,
  formatPercent,
  plural,
} from '../../src/translate/format.js';
import {
  deploymentFrequencyMeaning,
  leadTimeMeaning,
  timeToRestoreMeaning,
} from '../../src/translate/meanings-dora.js';
import { describeEfficiency, describePortfolio, findBottleneck } from '../../src/translate/meanings-flow.js';
import { computeValueScore } from '../../src/translate/value-score.js';
import { makeReport } from '../support/metrics-report-fixture.js';
import { buildGlanceNotes } from '../../src/report/at-a-glance.js';
import { summaryRows } from '../../src/report/markdown-summary.js';
import { buildTrustLine } from '../../src/report/trust.js';

describe('plain words', () => {
  it('says durations in the unit a reader expects', () => {
    expect(formatDuration(19)).toBe('19 hours');
    expect(formatDuration(0.25)).toBe('15 minutes');
    expect(formatDuration(2.26)).toBe('2.3 hours');
    expect(formatDuration(72)).toBe('3 days');
    expect(formatDuration(24 * 21)).toBe('3 weeks');
    expect(formatDuration(null)).toBe('no data');
  });

  it('says deployment rates per day, week or longer', () => {
    expect(formatDeployRate(2.3 / 7, 30)).toBe('2.3 deploys a week');
    expect(formatDeployRate(4, 360)).toBe('4 deploys a day');
    expect(formatDeployRate(1 / 21, 4)).toBe('1 deploy every 3 weeks');
    expect(formatDeployRate(0, 0)).toBe('no deployments');
  });

  it('agrees the noun with the number as printed ("1 deploys a day")', () => {
    expect(formatDeployRate(1.04, 30)).toBe('1 deploy a day');
    expect(formatDeployRate(1.02 / 7, 30)).toBe('1 deploy a week');
    expect(formatDeployRate(1, 30)).toBe('1 deploy a day');
    expect(formatDeployRate(1.3, 30)).toBe('1.3 deploys a day');
    expect(plural(1.04, 'day')).toBe('1 day');
  });

  it('formats shares and money, and names a bad currency', () => {
    expect(formatPercent(0.09375)).toBe('9.4%');
    expect(formatPercent(0.31)).toBe('31%');
    expect(formatMoney(30000, 'EUR')).toBe('€30,000');
    expect(() => formatMoney(1, 'euros')).toThrow(UserError);
    expect(() => formatMoney(1, 'euros')).toThrow(/currency: "euros" is not a currency code/);
  });
});

describe('business meaning depends on the value', () => {
  it('reads a lead time of hours differently from one of weeks', () => {
    const base = makeReport().dora.leadTime;
    const fast = leadTimeMeaning({ ...base, medianHours: 5 });
    const slow = leadTimeMeaning({ ...base, medianHours: 24 * 21 });
    expect(fast.customers).toContain('within 5 hours');
    expect(fast.customers).toContain('same day');
    expect(slow.customers).toContain('3 weeks');
    expect(slow.soWhat).toMatch(/slowest step/);
    expect(leadTimeMeaning({ ...base, medianHours: null }).customers).toMatch(/nothing to time/);
  });

  it('reads daily, weekly and rare deployment differently', () => {
    const base = makeReport().dora.deploymentFrequency;
    expect(deploymentFrequencyMeaning({ ...base, perDay: 2 }).customers).toMatch(/within a day/);
    expect(deploymentFrequencyMeaning({ ...base, perDay: 2 / 7 }).customers).toMatch(/every week/);
    expect(deploymentFrequencyMeaning({ ...base, perDay: 1 / 40 }).business).toMatch(/large releases/);
    expect(deploymentFrequencyMeaning({ ...base, count: 0, perDay: 0 }).customers).toMatch(/nothing new/);
  });

  it('says when no failure happened or none was restored', () => {
    const base = makeReport().dora.timeToRestore;
    expect(timeToRestoreMeaning({ ...base, events: 0, restored: 0, medianHours: null }).customers).toMatch(
      /No failure events/,
    );
    expect(
      timeToRestoreMeaning({ ...base, restored: 0, unrestored: 2, medianHours: null }).customers,
    ).toMatch(/none was restored/);
  });

  it('gives tiers with the table name, and "too few to rate" (T2)', () => {
    const t = translateReport(makeReport());
    const lead = t.dora.find((m) => m.key === 'leadTime')!;
    expect(lead.tier?.text).toBe('Elite in the DORA 2023 table');
    expect(lead.value).toBe('19 hours from first commit to production');
    expect(lead.spread).toContain('30 hours');
    const cfr = t.dora.find((m) => m.key === 'changeFailureRate')!;
    expect(cfr.tier?.word).toBe('Too few to rate');
    expect(cfr.tier?.detail).toContain('10 deployments');
    expect(cfr.value).toBe('33% of deployments caused a failure');
    expect(t.dora.find((m) => m.key === 'reworkRate')!.tier).toBeNull();
  });

  it('labels changes against the previous window (N1), preferring the engine trend', () => {
    const t = translateReport(makeReport());
    const lead = t.dora.find((m) => m.key === 'leadTime')!;
    expect(lead.trend.label).toBe('better');
    expect(lead.trend.text).toBe('Better than the previous 28 days (was 40 hours)');
    const engine = translateReport(
      makeReport((r) => (r.trends.leadTime = { current: 19, previous: 40, change: -21, label: 'worse' })),
    );
    expect(engine.dora.find((m) => m.key === 'leadTime')!.trend.label).toBe('worse');
  });

  it('N1: a previous window before the history is compared with nothing, and every place says why', () => {
    const young = makeReport((r) => {
      r.previous.beforeHistory = true;
      r.dataQuality.historyBegins = '2026-09-12T08:00:00Z';
      for (const trend of Object.values(r.trends))
        Object.assign(trend, { previous: null, change: null, label: null });
    });
    const why = 'No comparison: the history begins on 12 Sept 2026';
    const t = translateReport(young, { downtimeCostPerHour: 100, currency: 'USD' });
    for (const metric of t.dora) expect(metric.trend).toEqual({ label: 'none', arrow: '', text: why });
    expect(t.flow!.cycleTrend.text).toBe(why);
    expect(t.flow!.throughputTrend.text).toBe(why);
    expect(t.downtime!.changeText).toBe(why);
    // Said at length once, in the trust line (window 09-07 → 10-05): not again at a glance.
    expect(buildTrustLine(young)).toContain(
      'The history begins on 12 Sept 2026, 5 days into this window, so its rates (deployments and merges a week) count the days before it: nothing is compared with the previous 28 days.',
    );
    expect(buildGlanceNotes(young, t).join(' ')).not.toContain('previous');
    expect(summaryRows(young).map((row) => row.trend)).toEqual(
      summaryRows(young).map(() => 'history begins 12 Sept 2026'),
    );
    // The same report with a previous window: the words compare as before.
    const old = translateReport(makeReport(), { downtimeCostPerHour: 100, currency: 'USD' });
    expect(old.dora.find((m) => m.key === 'leadTime')!.trend.text).toBe(
      'Better than the previous 28 days (was 40 hours)',
    );
    expect(old.downtime!.changeText).not.toContain('No comparison');
  });

  it('T3, T4, shallow: a withheld tier says why, not "no value"', () => {
    const t = translateReport(
      makeReport((r) => {
        r.dora.deploymentFrequency = {
          ...r.dora.deploymentFrequency,
          tier: null,
          tierWithheld: 'assumed-deployments',
        };
        r.dora.leadTime = { ...r.dora.leadTime, tier: null, tierWithheld: 'shallow-history' };
        r.dora.timeToRestore = {
          ...r.dora.timeToRestore,
          tier: null,
          tierWithheld: 'history-ends-before-window',
        };
      }),
    );
    const tier = (key: string) => t.dora.find((m) => m.key === key)!.tier!;
    expect(tier('deploymentFrequency')).toMatchObject({
      key: 'unrated',
      text: 'Not rated: the deployments are assumed from merges',
    });
    expect(tier('leadTime').text).toBe('Not rated: the clone is shallow, so lead times are cut');
    const young = translateReport(
      makeReport((r) => {
        r.dora.deploymentFrequency = {
          ...r.dora.deploymentFrequency,
          tier: null,
          tierWithheld: 'history-begins-in-window',
        };
      }),
    );
    expect(young.dora.find((m) => m.key === 'deploymentFrequency')!.tier!.text).toBe(
      'Not rated: the history begins inside this window, so the rate counts days before it',
    );
    expect(tier('timeToRestore').text).toBe('Not rated: the history ends before this window starts');
  });

  it('T2: time to restore below 3 restored events is too few to rate', () => {
    const restore = translateReport(makeReport()).dora.find((m) => m.key === 'timeToRestore')!;
    expect(restore.tier).toMatchObject({
      word: 'Too few to rate',
      detail: 'a tier needs at least 3 restored failure events',
    });
  });

  it('handles null metrics without inventing zeros', () => {
    const t = translateReport(
      makeReport((r) => {
        r.dora.leadTime = {
          changes: 0,
          medianHours: null,
          p75Hours: null,
          p90Hours: null,
          tier: null,
          tooFewToRate: false,
          tierWithheld: null,
        };
        r.dora.changeFailureRate = {
          deployments: 0,
          failed: 0,
          rate: null,
          tier: null,
          tooFewToRate: false,
          tierWithheld: null,
        };
      }),
    );
    const lead = t.dora.find((m) => m.key === 'leadTime')!;
    expect(lead.value).toBe('no shipped changes');
    expect(lead.tier?.key).toBe('none');
    expect(lead.spread).toBeNull();
    expect(t.dora.find((m) => m.key === 'changeFailureRate')!.value).toBe('no deployments');
  });
});

describe('flow', () => {
  it('F2: cycle time ends at the merge, with waiting for deployment beside it', () => {
    const flow = translateReport(makeReport()).flow!;
    expect(flow.cycleTime).toBe('30 hours from first commit to merge, then 8 hours waiting for deployment');
    const unshipped = translateReport(makeReport((r) => (r.flow!.cycleTime.deployHours = null))).flow!;
    expect(unshipped.cycleTime).toBe('30 hours from first commit to merge');
  });

  it('names the largest phase as the bottleneck', () => {
    const cycle = makeReport().flow!.cycleTime;
    expect(findBottleneck(cycle)?.phase).toBe('pickup');
    expect(findBottleneck({ ...cycle, pickupHours: null, reviewHours: null, deployHours: 40 })?.name).toBe(
      'Waiting for deployment',
    );
    expect(
      findBottleneck({
        ...cycle,
        codingHours: null,
        pickupHours: null,
        reviewHours: null,
        deployHours: null,
      }),
    ).toBeNull();
  });

  it('compares flow efficiency with 25 % and 40 %', () => {
    expect(describeEfficiency(0.1)?.band).toBe('below-target');
    expect(describeEfficiency(0.31)?.text).toContain('meets the 25% target');
    expect(describeEfficiency(0.54)?.band).toBe('world-class');
    expect(describeEfficiency(null)).toBeNull();
  });

  it('compares the work mix with the 70/20/10 portfolio', () => {
    const lines = describePortfolio({ feature: 0.7, debt: 0.05, defect: 0.2, risk: 0.05, unclassified: 0 });
    expect(lines[0]).toMatchObject({ share: '70%', guide: '70%' });
    expect(lines[0].text).toContain('close to the guide');
    expect(lines[1].text).toContain('below the guide');
    expect(lines[2].text).toMatch(/large share/);
    expect(describePortfolio(null)).toEqual([]);
  });

  it('is null in a commits-only world', () => {
    expect(translateReport(makeReport((r) => (r.flow = null))).flow).toBeNull();
  });
});

describe('downtime cost', () => {
  it("R2: the engine's downtime of each window times the cost, compared with the previous window", () => {
    const cost = computeDowntimeCost(makeReport(), 5000, 'EUR');
    expect(cost.current).toMatchObject({ hours: 6, events: 2, unrestored: 0, cost: 30000 });
    expect(cost.previous).toMatchObject({ hours: 5, cost: 25000 });
    expect(cost.costText).toBe('€30,000');
    expect(cost.changeText).toBe('Worse: €5,000 more (20%) than the previous 28 days (€25,000).');
  });

  it('R2: names the events still open, counted to the end of the window, and their share', () => {
    const report = makeReport((r) => {
      // revert #6 open from 10-04T00:00 to until (10-05T00:00): 24 h, with incident #7's 2 h
      r.dora.timeToRestore = {
        ...r.dora.timeToRestore,
        downtimeHours: 26,
        openEvents: [
          { id: 'revert #6', title: 'Revert "Add coupon codes"', start: '2026-10-04T00:00:00Z', hours: 24 },
        ],
        openDowntimeHours: 24,
      };
    });
    const cost = computeDowntimeCost(report, 100, 'USD');
    expect(cost.current).toMatchObject({ hours: 26, unrestored: 1, openHours: 24, cost: 2600 });
    expect(cost.current.openShare).toBeCloseTo(24 / 26, 12);
    expect(cost.caveats.join(' ')).toContain(
      '1 revert still open (revert #6) counts 24 of the 26 hours (92%) to the end of the window.',
    );
  });

  it("R2: the previous window's downtime is the engine's, whatever the records hold", () => {
    const report = makeReport((r) => r.records.failures.pop());
    const cost = computeDowntimeCost(report, 100, 'USD');
    expect(cost.previous).toMatchObject({ hours: 5, cost: 500 });
    expect(cost.changeText).toBe('Worse: $100 more (20%) than the previous 28 days ($500).');
  });

  it('is absent without a cost per hour, and rejects a negative one', () => {
    expect(translateReport(makeReport()).downtime).toBeNull();
    expect(() => translateReport(makeReport(), { downtimeCostPerHour: -1 })).toThrow(
      /downtime-cost-per-hour: -1 is not a cost/,
    );
  });
});

describe('value-delivery score', () => {
  it('follows the seed formula when every input exists', () => {
    const { dora, previous } = makeReport();
    const score = computeValueScore(dora, previous.dora);
    expect(score.value).toBeCloseTo((1 / 19) * (6 / 28) * (1 - 2 / 6) * (1 / 3), 12);
    expect(score.ratioText).toMatch(/^\d+(\.\d)?× the previous 90 days$/);
    expect(score.trendText).toMatch(/^Better/);
    expect(score.caveats.join(' ')).toMatch(/explodes as time to restore/);
  });

  it('is hidden when an input is missing or zero', () => {
    const { dora, previous } = makeReport();
    const noRestore = computeValueScore(
      { ...dora, timeToRestore: { ...dora.timeToRestore, medianHours: null } },
      previous.dora,
    );
    expect(noRestore.value).toBeNull();
    expect(noRestore.missing.join()).toContain('time to restore');
    const zero = computeValueScore(
      { ...dora, timeToRestore: { ...dora.timeToRestore, medianHours: 0 } },
      previous.dora,
    );
    expect(zero.value).toBeNull();
    const noDeploys = computeValueScore(
      {
        ...dora,
        deploymentFrequency: { ...dora.deploymentFrequency, count: 0, perDay: 0 },
        changeFailureRate: { ...dora.changeFailureRate, rate: null },
      },
      previous.dora,
    );
    expect(noDeploys.missing).toEqual(['deployment frequency', 'change failure rate']);
  });

  it("B7: a change failure rate of 1 gives no score, as the engine's valueScore", () => {
    const { dora, previous } = makeReport();
    const allFailed = computeValueScore(
      { ...dora, changeFailureRate: { ...dora.changeFailureRate, failed: 6, rate: 1 } },
      previous.dora,
    );
    expect(allFailed.value).toBeNull();
    expect(allFailed.missing.join()).toContain('every deployment failed');
  });

  it("B7: agrees with the engine's valueScore of the report", () => {
    const report = makeReport();
    const score = computeValueScore(report.dora, report.previous.dora);
    expect(score.value).toBeCloseTo(report.valueScore.current!, 15);
    expect(score.previous).toBeCloseTo(report.valueScore.previous!, 15);
    expect(score.ratio).toBeCloseTo(report.valueScore.ratio!, 12);
  });

  it('warns harder when restore time is under an hour', () => {
    const { dora, previous } = makeReport();
    const fast = computeValueScore(
      { ...dora, timeToRestore: { ...dora.timeToRestore, medianHours: 0.1 } },
      previous.dora,
    );
    expect(fast.caveats[0]).toMatch(/dominated by it/);
  });
});
