// The report says only what the figures support — comparisons name the window that has
// no value (N1), downtime names the events still open (R2), the value score is a change, never a
// bare number (B7).
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/render.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { translateReport } from '../../src/translate/index.js';
import { makeReport } from '../support/metrics-report-fixture.js';

const trendOf = (report: ReturnType<typeof makeReport>, key: string) =>
  translateReport(report).dora.find((m) => m.key === key)!.trend;

describe('comparisons name the side that is missing (N1)', () => {
  it('the previous window has no value', () => {
    const report = makeReport((r) => {
      r.previous.dora.leadTime.medianHours = null;
      delete r.trends.leadTime;
    });
    const trend = trendOf(report, 'leadTime');
    expect(trend.label).toBe('none');
    expect(trend.text).toBe('No comparison: the previous 28 days have no value (no data)');
  });

  it('the current window has no value, the previous one had', () => {
    const report = makeReport((r) => {
      r.dora.timeToRestore.medianHours = null;
      delete r.trends.timeToRestore;
    });
    const trend = trendOf(report, 'timeToRestore');
    expect(trend.text).toBe('No comparison: this window has no value (the previous 28 days had 5 hours)');
    expect(trend.text).not.toMatch(/previous 28 days have no value/);
  });

  it('neither window has a value', () => {
    const report = makeReport((r) => {
      r.dora.timeToRestore.medianHours = null;
      r.previous.dora.timeToRestore.medianHours = null;
      delete r.trends.timeToRestore;
    });
    expect(trendOf(report, 'timeToRestore').text).toBe(
      'No comparison: neither this window nor the previous 28 days has a value',
    );
  });

  it('flow: a cycle time missing in this window is not blamed on the previous one', () => {
    const report = makeReport((r) => {
      r.flow!.cycleTime.medianHours = null;
      delete r.trends.cycleTime;
    });
    expect(translateReport(report).flow!.cycleTrend.text).toMatch(
      /^No comparison: this window has no value \(the previous 28 days had /,
    );
  });
});

describe('downtime names the events still open (R2)', () => {
  const withOpen = makeReport((r) => {
    r.dora.timeToRestore = {
      ...r.dora.timeToRestore,
      events: 3,
      unrestored: 1,
      downtimeHours: 142.9,
      downtimeEvents: 3,
      openEvents: [{ id: 'incident #9', title: 'Checkout down', start: '2026-10-01T13:24:00Z', hours: 82.6 }],
      openDowntimeHours: 82.6,
    };
  });

  it('gives their hours against the whole downtime, in the caveats and at a glance', () => {
    const view = buildViewModel(withOpen, { downtimeCostPerHour: 1000, currency: 'EUR' });
    const line =
      '1 incident still open (incident #9) counts 82.6 of the 142.9 hours (58%) to the end of the window';
    expect(view.downtime!.caveats).toContain(`${line}.`);
    expect(view.summary).toContain(`Estimated cost of failures in the window: €142,900; ${line}.`);
  });

  it('says nothing of open events when every event was restored', () => {
    const view = buildViewModel(makeReport(), { downtimeCostPerHour: 1000, currency: 'EUR' });
    expect(view.downtime!.caveats.join(' ')).not.toMatch(/still open/);
    expect(view.summary).toContain('Estimated cost of failures in the window: €6,000.');
  });

  it('counts several open events of different kinds as failure events', () => {
    const report = makeReport((r) => {
      r.dora.timeToRestore = {
        ...r.dora.timeToRestore,
        downtimeHours: 40,
        openEvents: [
          { id: 'incident #9', title: 'a', start: '2026-10-03T00:00:00Z', hours: 24 },
          { id: 'revert #12', title: 'b', start: '2026-10-04T00:00:00Z', hours: 24 },
        ],
        openDowntimeHours: 24,
      };
    });
    const t = translateReport(report, { downtimeCostPerHour: 10 });
    expect(t.downtime!.openText).toBe(
      '2 failure events still open (incident #9, revert #12) count 24 of the 40 hours (60%) to the end of the window',
    );
  });
});

describe('the value-delivery score is a change, never a bare number (B7)', () => {
  it('shows the ratio against the previous window with both windows’ inputs named', () => {
    const report = makeReport();
    const view = buildViewModel(report).valueScore;
    const ratio = report.valueScore.ratio!;
    expect(view.shown).toBe(true);
    expect(view.value).toBe(`${String(Number(ratio.toPrecision(2)))}× the previous 28 days`);
    expect(view.trend).toMatch(/^Better: the score is [\d.]+ times that of the previous 28 days\.$/);
    expect(view.inputs).toEqual([
      'This window: lead time 19 hours, 1.5 deploys a week, change failure rate 33%, time to restore 3 hours.',
      expect.stringMatching(/^The previous 28 days: lead time 40 hours, .*time to restore 5 hours\.$/),
    ]);
    // no unitless score anywhere in the card
    const card = renderReportHtml(report).split('id="value-score-title"')[1].split('</article>')[0];
    expect(card).not.toMatch(/0\.00\d/);
    expect(card).not.toContain('Previous window:');
    expect(card).toContain(`${view.value}</p>`);
  });

  it('is not shown when the previous window has no score, and says which window lacks what', () => {
    const report = makeReport((r) => (r.previous.dora.timeToRestore.medianHours = null));
    const view = buildViewModel(report).valueScore;
    expect(view.shown).toBe(false);
    expect(view.value).toBe('');
    expect(view.inputs).toEqual([]);
    expect(view.missing).toBe(
      'Not shown: it needs time to restore (no restored failure in the window) in the previous 28 days.',
    );
  });

  it('names the satisfaction measure among the inputs when there is one', () => {
    const report = makeReport((r) => {
      r.valueScore.satisfaction = { measure: 'nps', current: 0.8, previous: 0.5 };
    });
    const score = translateReport(report).valueScore;
    expect(score.inputs[0]).toContain('satisfaction 80% (nps)');
    expect(score.ratio).toBeCloseTo((report.valueScore.ratio! * 0.8) / 0.5, 12);
  });
});

describe('advice only towards a section with content, and no customer claims from assumed deployments', () => {
  it('a commits-only history (no flow section) is not sent to the flow section', () => {
    for (const hours of [30, 24 * 20]) {
      const report = makeReport((r) => {
        r.flow = null;
        r.previous.flow = null;
        r.dora.leadTime.medianHours = hours;
      });
      const lead = translateReport(report).dora.find((m) => m.key === 'leadTime')!;
      expect(lead.meaning.soWhat).not.toMatch(/flow section/);
      expect(lead.meaning.soWhat).toMatch(/--repo/);
    }
    const withFlow = makeReport((r) => (r.dora.leadTime.medianHours = 30));
    expect(translateReport(withFlow).dora.find((m) => m.key === 'leadTime')!.meaning.soWhat).toMatch(
      /flow section/,
    );
  });

  it('T3: assumed deployments: every key says what customers feel is not known, and how to learn it', () => {
    const report = makeReport((r) => {
      r.source = { ...r.source, deployments: 'merges', assumed: true };
    });
    for (const m of translateReport(report).dora) {
      expect(m.meaning.customers, m.key).toMatch(/^Not known from this history: the deployments are assumed/);
      expect(m.meaning.soWhat, m.key).toMatch(/--source/);
      expect(`${m.meaning.customers} ${m.meaning.business}`).not.toMatch(/competitive asset|daily|same day/);
    }
  });
});
