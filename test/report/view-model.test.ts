import { describe, expect, it } from 'vitest';
import { buildViewModel } from '../../src/report/view-model.js';
import { repositoryLinks } from '../../src/report/links.js';
import { jsonForScriptElement } from '../../src/report/safe-json.js';
import { DEPLOYMENT_ROWS, SLOWEST_ROWS } from '../../src/report/drilldown.js';
import { makeReport } from '../support/metrics-report-fixture.js';

describe('view model', () => {
  it('gives a header with repository, window, source and why, benchmark and generated time', () => {
    const view = buildViewModel(makeReport(), { generatedAt: new Date('2026-10-05T08:00:00Z') });
    expect(view.repository).toEqual({ text: 'acme/shop', href: 'https://github.com/acme/shop' });
    expect(view.window).toBe('7 Sept 2026 – 4 Oct 2026');
    expect(view.source).toBe('environment:production');
    expect(view.sourceReason).toContain('D2');
    expect(view.benchmark).toBe('DORA 2023 (dora-2023)');
    expect(view.generatedAt).toBe('5 Oct 2026, 08:00 UTC');
    expect(buildViewModel(makeReport()).generatedAt).toBe('not recorded');
  });

  it('has a card, a chart and a methodology anchor for each DORA key and rework rate', () => {
    const view = buildViewModel(makeReport());
    expect(view.metrics.map((m) => m.key)).toEqual([
      'deploymentFrequency',
      'leadTime',
      'changeFailureRate',
      'timeToRestore',
      'reworkRate',
    ]);
    const anchors = new Set(view.methodology.map((m) => m.anchor));
    for (const card of view.metrics) {
      expect(anchors.has(card.anchor)).toBe(true);
      expect(view.charts[card.chart.id].labels).toHaveLength(4);
      expect(card.chart.table.rows).toHaveLength(4);
    }
    expect(view.methodology.map((m) => m.rules)).toEqual(
      expect.arrayContaining(['D1–D4', 'L1–L4', 'C1–C3', 'R1', 'C4', 'F1–F6']),
    );
    // weekly restore medians come from the failure records of each week
    expect(view.charts['chart-timeToRestore'].datasets[0].data).toEqual([null, 2, 4, null]);
  });

  it('names the bottleneck and lists the flow charts', () => {
    const view = buildViewModel(makeReport());
    expect(view.flow?.bottleneckName).toBe('Waiting for review');
    expect(Object.keys(view.charts)).toEqual(
      expect.arrayContaining(['chart-phases', 'chart-throughput', 'chart-distribution']),
    );
    expect(view.flowMissingReason).toBeNull();
  });

  it('explains an empty flow section in a commits-only world instead of showing zeros', () => {
    const view = buildViewModel(
      makeReport((r) => ((r.flow = null), (r.previous.flow = null), (r.dataQuality.worldKind = 'commits'))),
    );
    expect(view.flow).toBeNull();
    expect(view.flowMissingReason).toMatch(/no pull requests/);
    expect(view.charts['chart-phases']).toBeUndefined();
    expect(view.quality.some((q) => q.label.startsWith('Pull requests'))).toBe(false);
  });

  it('shows the value score only with every input, and the downtime cost only when configured', () => {
    const shown = buildViewModel(makeReport(), { downtimeCostPerHour: 1000, currency: 'USD' });
    expect(shown.valueScore.shown).toBe(true);
    expect(shown.downtime?.cost).toBe('$6,000');
    expect(shown.downtimeHint).toBeNull();
    const hidden = buildViewModel(makeReport((r) => (r.dora.leadTime.medianHours = null)));
    expect(hidden.valueScore.shown).toBe(false);
    expect(hidden.valueScore.missing).toBe('Not shown: it needs lead time in this window.');
    expect(hidden.downtime).toBeNull();
    expect(hidden.downtimeHint).toContain('--downtime-cost-per-hour');
  });

  it('links deployments to the changes they shipped, and marks failed ones in words', () => {
    const view = buildViewModel(makeReport());
    const second = view.deployments.rows.find((r) => r.deployment.text === '2')!;
    expect(second.changes).toEqual([
      { text: '#2', href: 'https://github.com/acme/shop/pull/2' },
      { text: '#3', href: 'https://github.com/acme/shop/pull/3' },
    ]);
    expect(second.status).toBe('✖ Failed');
    expect(second.reasons).toBe('incident #7');
    expect(view.failures.rows.map((r) => r.event.href)).toEqual([
      'https://github.com/acme/shop/pull/6',
      'https://github.com/acme/shop/issues/7',
    ]);
  });

  it('caps long tables and says how many rows are hidden', () => {
    const report = makeReport((r) => {
      const one = r.records.deployments[0];
      r.records.deployments = Array.from({ length: 130 }, (_, i) => ({
        ...one,
        key: `d:${i}`,
        label: `d${i}`,
        time: new Date(Date.parse('2026-09-08T00:00:00Z') + i * 3_600_000).toISOString(),
      }));
      const change = r.records.changes[0];
      r.records.changes = Array.from({ length: 45 }, (_, i) => ({
        ...change,
        id: `#${i + 10}`,
        number: i + 10,
        leadTimeHours: i,
      }));
    });
    const view = buildViewModel(report);
    expect(view.deployments.rows).toHaveLength(DEPLOYMENT_ROWS);
    expect(view.deployments.rows[0].deployment.text).toBe('d129');
    expect(view.deployments.hiddenText).toBe(
      'Showing 25 of 130 deployments in the window, newest first; 105 more are in the CSV file and metrics.json.',
    );
    expect(view.slowest.rows).toHaveLength(SLOWEST_ROWS);
    expect(view.slowest.rows[0].leadTime).toBe('44 hours');
    expect(view.failures.hiddenText).toBeNull();
  });
});

describe('links', () => {
  it('go only to https pages of the repository itself', () => {
    const links = repositoryLinks(makeReport());
    expect(links.pull(12)).toBe('https://github.com/acme/shop/pull/12');
    expect(links.commit('ABCDEF1234')).toBe('https://github.com/acme/shop/commit/abcdef1234');
    expect(links.commit('../../evil')).toBeNull();
    expect(links.checked('https://github.com/acme/shop/releases/tag/v1')).toBe(
      'https://github.com/acme/shop/releases/tag/v1',
    );
    expect(links.checked('https://evil.example/acme/shop/pull/1')).toBeNull();
    expect(links.checked('https://github.com/other/repo/pull/1')).toBeNull();
    expect(links.checked('http://github.com/acme/shop/pull/1')).toBeNull();
    expect(links.checked('javascript:alert(1)')).toBeNull();
    expect(links.checked('https://user:pw@github.com/acme/shop/pull/1')).toBeNull();
  });

  it('are dropped entirely when the repository URL is not a safe https URL', () => {
    for (const url of [
      'javascript:alert(1)//github.com/acme/shop',
      'http://github.com/acme/shop',
      'https://github.com/other/shop',
    ]) {
      const links = repositoryLinks(makeReport((r) => (r.repository.url = url)));
      expect(links.home).toBeNull();
      expect(links.pull(1)).toBeNull();
    }
    const view = buildViewModel(makeReport((r) => (r.repository.url = 'javascript:alert(1)')));
    expect(view.deployments.rows.flatMap((r) => r.changes).every((c) => c.href === null)).toBe(true);
  });

  it('follow a GitHub Enterprise host', () => {
    const links = repositoryLinks(
      makeReport((r) => (r.repository.url = 'https://git.example.com/acme/shop')),
    );
    expect(links.issue(7)).toBe('https://git.example.com/acme/shop/issues/7');
  });
});

describe('chart JSON in a script element', () => {
  it('escapes <, >, &, U+2028 and U+2029 and still parses back', () => {
    const value = { title: '</script><!-- & \u2028\u2029 {{constructor}}' };
    const text = jsonForScriptElement(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });
});
