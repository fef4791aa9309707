// The trend section from history.json: the view model (0, 1, 2 and 400 runs, missing values,
// hostile file contents), the plain-words readings, and the rendered page's size.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/report/history-file.js';
import { renderReport } from '../../src/report/render.js';
import { jsonForScriptElement } from '../../src/report/safe-json.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { describeHistoryMove, HISTORY_METRICS } from '../../src/translate/history.js';
import { makeHistory } from '../support/history-fixture.js';
import { makeReport } from '../support/metrics-report-fixture.js';

const DAY0 = Date.parse('2026-05-04T00:00:00Z') / 86_400_000;
const historyCharts = (charts: Record<string, unknown>) =>
  Object.keys(charts).filter((id) => id.startsWith('history-'));
const view = (history?: HistoryEntry[]) => buildViewModel(makeReport(), { history });
const metric = (v: ReturnType<typeof view>, key: string) => v.history.metrics.find((m) => m.key === key)!;

describe('trend section: how many runs', () => {
  it('with no history says when the trend appears and draws nothing', () => {
    for (const history of [undefined, []]) {
      const v = view(history);
      expect(v.history.shown).toBe(false);
      expect(v.history.waiting).toBe(
        "Each key's monthly line appears from the Action's second daily run (history.json on the Pages branch: none yet).",
      );
      expect(v.history.metrics).toEqual([]);
      expect(historyCharts(v.charts)).toEqual([]);
    }
  });

  it('with one run says so and draws nothing', () => {
    const v = view(makeHistory(1));
    expect(v.history.shown).toBe(false);
    expect(v.history.waiting).toMatch(/: one so far\)\.$/);
    expect(historyCharts(v.charts)).toEqual([]);
  });

  it('with two runs draws a line per DORA key, rework rate and cycle time on a time axis', () => {
    const v = view(makeHistory(2));
    expect(v.history.shown).toBe(true);
    expect(v.history.metrics.map((m) => m.key)).toEqual([
      'deploymentFrequency',
      'leadTime',
      'changeFailureRate',
      'timeToRestore',
      'reworkRate',
      'cycleTime',
    ]);
    expect(v.history.runs).toBe('Drawn from 2 runs of the Action between 4 May 2026 and 5 May 2026 (1 day).');
    expect(metric(v, 'leadTime').reading).toEqual({
      label: 'better',
      arrow: '↓',
      text: 'Lead time fell from 3.1 days to 19 hours since 4 May 2026 (better).',
    });
    const lead = v.charts['history-leadTime'];
    expect(lead).toMatchObject({ kind: 'line', x: [DAY0, DAY0 + 1], yTitle: 'Days' });
    expect(lead.datasets[0].data).toEqual([3.1, 0.79]);
    expect(v.charts['history-changeFailureRate'].percent).toBe(true);
    expect(metric(v, 'leadTime').chart?.table).toEqual({
      caption: 'Median lead time, run by run',
      headers: ['Run date', 'Median lead time', 'Tier'],
      rows: [
        ['4 May 2026', '3.1 days', 'High'],
        ['5 May 2026', '19 hours', 'High'],
      ],
      download: 'csv/median-lead-time-run-by-run.csv',
    });
    expect(v.history.notes[0]).toBe(
      'Each run measured the 90 days before its date, so neighbouring points share most of their data: the lines show slow drifts rather than single weeks (W1).',
    );
    expect(v.history.notes[1]).toBe('Every run found its deployments through “environment:production”.');
  });

  it('with 400 runs keeps the chart data small and a table row per run', () => {
    const v = view(makeHistory(400));
    const ids = historyCharts(v.charts);
    expect(ids).toHaveLength(6);
    for (const id of ids) {
      expect(v.charts[id].x).toHaveLength(400);
      expect(v.charts[id].datasets[0].data).toHaveLength(400);
      expect(v.charts[id].labels).toEqual([]);
    }
    for (const m of v.history.metrics) expect(m.chart?.table.rows).toHaveLength(400);
    const bytes = jsonForScriptElement(Object.fromEntries(ids.map((id) => [id, v.charts[id]]))).length;
    expect(bytes).toBeLessThan(80_000);
    expect(v.history.runs).toContain('400 runs');
    expect(v.history.runs).toContain('4 May 2026 and 7 Jun 2027');
  });
});

describe('trend section: missing and damaged values', () => {
  it('leaves gaps for runs without a value, and draws no chart for a metric with fewer than two', () => {
    const v = view(
      makeHistory(5, (e, i) => {
        e.timeToRestoreHours = null;
        e.cycleTimeHours = null;
        if (i === 2) e.leadTimeHours = null;
        e.reworkRate = i === 3 ? 0.1 : null;
      }),
    );
    expect(metric(v, 'timeToRestore').reading.text).toBe('No run had a value for time to restore.');
    expect(metric(v, 'timeToRestore').chart).toBeNull();
    expect(metric(v, 'reworkRate').reading.text).toBe(
      'Rework rate has a value in one run only: 10% on 7 May 2026.',
    );
    expect(metric(v, 'reworkRate').chart).toBeNull();
    expect(v.history.metrics.some((m) => m.key === 'cycleTime')).toBe(false);
    expect(historyCharts(v.charts).sort()).toEqual([
      'history-changeFailureRate',
      'history-deploymentFrequency',
      'history-leadTime',
    ]);
    expect(v.charts['history-leadTime'].datasets[0].data[2]).toBeNull();
    expect(metric(v, 'leadTime').chart?.table.rows[2]).toEqual(['6 May 2026', 'no data', 'High']);
    expect(metric(v, 'leadTime').chart?.description).toContain(
      'in 4 runs from 4 May 2026 to 8 May 2026; 1 run without a value are gaps',
    );
  });

  it('treats what is not a finite, non-negative number as no value, skips impossible dates and sorts by date', () => {
    const hostile = makeHistory(4, (e, i) => {
      const loose = e as unknown as Record<string, unknown>;
      if (i === 1) loose.leadTimeHours = '12';
      if (i === 2) loose.deploymentsPerWeek = -3;
      if (i === 3) loose.changeFailureRate = 1.5;
      if (i === 0) loose.tiers = { leadTime: '<b>elite</b>' };
    });
    const entries = [hostile[3], { ...hostile[0], date: '2026-02-31' }, hostile[1], hostile[0], hostile[2]];
    const v = view(entries);
    const rows = metric(v, 'leadTime').chart!.table.rows;
    expect(rows.map((r) => r[0])).toEqual(['4 May 2026', '5 May 2026', '6 May 2026', '7 May 2026']);
    expect(rows[0][2]).toBe('not rated');
    expect(rows[1][1]).toBe('no data');
    expect(metric(v, 'deploymentFrequency').chart!.table.rows[2][1]).toBe('no data');
    expect(metric(v, 'changeFailureRate').chart!.table.rows[3][1]).toBe('no data');
  });

  it('names source changes and long pauses; keeps hostile source text as text', async () => {
    const payload = '</script><img src=x onerror="window.__pwned=1">';
    const v = view(
      makeHistory(30, (e, i) => {
        if (i >= 10) e.source = payload;
        if (i >= 20)
          e.date = e.until = new Date(Date.parse(e.until) + 20 * 86_400_000).toISOString().slice(0, 10);
      }),
    );
    expect(v.history.notes[1]).toBe(
      `The deployment source changed on 14 May 2026 from “environment:production” to “${payload}”: figures either side of a change count different events and do not compare (D2).`,
    );
    expect(v.history.notes[2]).toBe(
      'No run between 23 May 2026 and 13 Jun 2026 (21 days): the lines join straight across that time.',
    );
    const work = mkdtempSync(join(tmpdir(), 'history-hostile-'));
    try {
      const { indexPath } = await renderReport(makeReport(), {
        outDir: work,
        history: makeHistory(3, (e) => (e.source = payload)),
      });
      const html = readFileSync(indexPath, 'utf8');
      expect(html).not.toContain('<img src=x');
      expect(html).toContain(
        '&lt;/script&gt;&lt;img src&#x3D;x onerror&#x3D;&quot;window.__pwned&#x3D;1&quot;&gt;',
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('trend readings (N1)', () => {
  const points = (...values: (number | null)[]) =>
    values.map((value, i) => ({ date: `2026-05-${String(4 + i).padStart(2, '0')}`, value }));

  it('says rose or fell, better or worse by the metric direction, and the range when the ends hide it', () => {
    expect(describeHistoryMove(HISTORY_METRICS.changeFailureRate, points(0.1, 0.3, 0.15)).text).toBe(
      'Change failure rate rose from 10% to 15% since 4 May 2026 (worse); it ranged from 10% to 30%.',
    );
    expect(describeHistoryMove(HISTORY_METRICS.deploymentFrequency, points(2, 14)).text).toBe(
      'Deployment frequency rose from 2 deploys a week to 2 deploys a day since 4 May 2026 (better).',
    );
    expect(describeHistoryMove(HISTORY_METRICS.leadTime, points(19, 19.01)).text).toBe(
      'Lead time stayed at about 19 hours since 4 May 2026.',
    );
    expect(describeHistoryMove(HISTORY_METRICS.reworkRate, points(0.2, 0.1, null)).text).toBe(
      'Rework rate fell from 20% to 10% between 4 May 2026 and 5 May 2026 (better).',
    );
  });
});

describe('rendered trend section', () => {
  it("sits on each key's card, and 400 runs keep index.html well under 2 MB", async () => {
    const work = mkdtempSync(join(tmpdir(), 'history-size-'));
    try {
      const plain = await renderReport(makeReport(), { outDir: join(work, 'plain') });
      const { indexPath } = await renderReport(makeReport(), {
        outDir: join(work, 'full'),
        history: makeHistory(400),
      });
      const html = readFileSync(indexPath, 'utf8');
      const at = (text: string) => html.indexOf(text);
      // the runs line under the keys' heading; each line over months on its own key's card
      expect(at('id="dora-title"')).toBeLessThan(at('id="history"'));
      for (const key of ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore']) {
        const card = html.slice(
          at(`id="metric-${key}"`),
          html.indexOf('</article>', at(`id="metric-${key}"`)),
        );
        expect(card, key).toContain(`<canvas id="history-${key}"`);
      }
      expect(html.match(/<canvas id="history-/g)).toHaveLength(6);
      const added = statSync(indexPath).size - statSync(plain.indexPath).size;
      expect(added).toBeLessThan(400_000);
      expect(statSync(indexPath).size).toBeLessThan(1_000_000);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
