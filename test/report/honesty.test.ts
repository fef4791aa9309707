// Issue 10: the report says only what the figures support — comparisons name the window that has
// no value (N1), downtime names the events still open (R2), the value score is a change, never a
// bare number (B7).
import { describe, expect, it } from 'vitest';
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
