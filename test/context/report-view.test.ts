// The context section's view model: words, tables, peak marking and scatter specs.
import { describe, expect, it } from 'vitest';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { withContext } from '../../src/context/index.js';
import type { Correlation } from '../../src/context/types.js';
import { computeMetrics, runEngine } from '../../src/metrics/index.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { describeCorrelation, strengthOf } from '../../src/translate/correlation.js';
import { monorepoWorld } from './fixture.js';
import { loadStatistics } from '../../src/business/statistics.js';

// B4's p-values need the t distribution, which a run loads only with business measures.
await loadStatistics();

const CONFIG = `
services:
  - name: api
    paths: ["src/api/**"]
    labels: [api]
    targets: { deploymentsPerWeek: 1, leadTimeHours: 30, changeFailureRate: 0.1, timeToRestoreHours: 1 }
impact:
  labels: { "impact:high": 3 }
calendar:
  peaks: [{ name: Launch, start: 2026-01-06, end: 2026-01-08 }]
`;

function viewOf(text: string | null) {
  const world = monorepoWorld();
  const report = withContext(runEngine(world), text === null ? null : parseContextConfig(text, 'dora.yml'));
  return buildViewModel(report);
}

const WORDS = { unit: 'week', positive: 'more goes with more', negative: 'more goes with less' };
const correlation = (n: number, spearman: number | null): Correlation => ({
  x: 'x',
  y: 'y',
  n,
  spearman,
  minimumSample: 10,
  enough: n >= 10,
});

describe('correlation in words', () => {
  it('says when the sample is too small to mean anything', () => {
    expect(describeCorrelation(correlation(2, null), WORDS)).toBe(
      'Only 2 weeks: too few to compute a correlation.',
    );
    expect(describeCorrelation(correlation(6, 0.9), WORDS)).toBe(
      'With only 6 weeks the coefficient (ρ = 0.90) means nothing yet: it takes at least 10 to read one.',
    );
    expect(describeCorrelation(correlation(12, null), WORDS)).toBe(
      'No correlation can be computed over 12 weeks: one of the two measures does not vary.',
    );
  });

  it('names the strength and the direction, and warns that moving together is not causing', () => {
    expect(describeCorrelation(correlation(40, -0.42), WORDS)).toBe(
      "A moderate relation (Spearman's ρ = −0.42 over 40 weeks): more goes with less. Moving together is not causing: look for the reason before acting on it.",
    );
    expect(describeCorrelation(correlation(40, 0.05), WORDS)).toBe(
      "No relation to speak of (Spearman's ρ = 0.05 over 40 weeks).",
    );
    expect([0.09, 0.1, 0.3, 0.5, -0.7].map(strengthOf)).toEqual([
      'no',
      'a weak',
      'a moderate',
      'a strong',
      'a strong',
    ]);
  });
});

describe('context view', () => {
  it('is absent for a report without a context key (computeMetrics alone)', () => {
    const world = monorepoWorld();
    const view = buildViewModel(computeMetrics(world));
    expect(view.context).toBeNull();
    expect(view.methodology.some((m) => m.anchor.startsWith('method-context'))).toBe(false);
  });

  it('without a configuration, says how to add one and still shows insights and health', () => {
    const context = viewOf(null).context!;
    expect(context.configuration).toMatch(/^Add a \.github\/dora\.yml/);
    expect(context.services).toEqual([]);
    expect(context.impact).toBeNull();
    expect(context.health.botValue).toBe('25%');
    expect(context.bottleneck!.text).toMatch(
      /^Waiting for deployment is the slowest phase: a median of 14 hours, the largest of the four\. It held 43%/,
    );
  });

  it('shows each service against its targets', () => {
    const view = viewOf(CONFIG);
    const api = view.context!.services[0];
    expect(api).toMatchObject({ id: 'service-1', name: 'api', verdict: 'Meets 2 of 4 targets.' });
    expect(api.standing.map((s) => [s.metric, s.value, s.target, s.status])).toEqual([
      ['Deployment frequency', '0.2 a week', 'at least 1 a week', 'Missed'],
      ['Lead time (median)', '25 hours', 'at most 30 hours', 'Met'],
      ['Change failure rate', '0%', 'at most 10%', 'Met'],
      ['Time to restore (median)', 'no data', 'at most 1 hour', 'No data'],
    ]);
    expect(view.context!.servicesOverview!.rows[0][0]).toBe('api');
    expect(view.methodology.map((m) => m.anchor)).toContain('method-context-services');
  });

  it('states the weights beside the weighted figures', () => {
    const impact = viewOf(CONFIG).context!.impact!;
    expect(impact.weights).toBe('Weights: impact:high ×3; anything else ×1.');
    // lead times 12, 20, 24, 38 (×3) → weighted median 31; d4 (×3) of 1+1+1+3+1 weight did not fail
    expect(impact.leadTime).toBe(
      'Weighted median lead time 31 hours against 22 hours unweighted (4 changes).',
    );
    expect(impact.failureRate).toBe(
      'Weighted change failure rate 14% against 20% unweighted (5 deployments).',
    );
  });

  it('shades the peak weeks on the weekly charts and names them in their tables', () => {
    const view = viewOf(CONFIG);
    const spec = view.charts['chart-deploymentFrequency'];
    expect(spec.highlight).toEqual({ indexes: [0], label: 'Peak: Launch' });
    const chart = view.metrics.find((m) => m.key === 'deploymentFrequency')!.chart;
    expect(chart.table.rows[0][0]).toBe('5 Jan (peak: Launch)');
    expect(chart.table.rows[1][0]).toBe('12 Jan');
    expect(chart.description).toMatch(/Shaded weeks are business peaks\.$/);
    expect(view.charts['chart-phases'].highlight).toBeUndefined(); // not a weekly chart
    expect(viewOf(null).charts['chart-deploymentFrequency'].highlight).toBeUndefined();
  });

  it('draws the correlations as scatter charts with table alternatives', () => {
    const view = viewOf(null);
    expect(view.charts['chart-context-batch']).toMatchObject({
      kind: 'scatter',
      x: [10, 40, 300, 20],
      datasets: [{ data: [10, 6, 24, 10] }],
      logX: true,
      logY: true,
    });
    const batch = view.context!.correlations[0];
    expect(batch.reading).toMatch(
      /^With only 4 pull requests the coefficient \(ρ = 0\.32\) means nothing yet/,
    );
    expect(batch.chart.table.rows.map((r) => r.slice(0, 2))).toEqual([
      ['Up to 10 lines', '1'],
      ['11 to 50', '2'],
      ['51 to 200', '0'],
      ['201 to 1,000', '1'],
      ['Over 1,000', '0'],
    ]);
    expect(view.context!.correlations[1].chart.table.rows).toEqual([
      ['5 Jan', '3', '0', '0%'],
      ['12 Jan', '1', '1', '100%'],
    ]);
  });
});
