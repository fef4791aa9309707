// N1 in a case METRICS.md leaves open: a history that begins after the previous window ends (a young
// repository, a shallow clone) is compared with nothing, and the data quality says where it begins.
// Window 03-02 → 04-01 (30 days to generatedAt); previous window 01-31 → 03-02.
import { describe, expect, it } from 'vitest';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

/** A first-parent line of commits two days apart from `first` (its root), each tagged a day later. */
function youngWorld(first: string, options: { root?: boolean; commits?: number } = {}) {
  const builder = new WorldBuilder();
  const start = Date.parse(first);
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const entries: [string, string][] = [];
  for (let i = 0; i < (options.commits ?? 8); i++) entries.push([`c${i}`, iso(start + i * 2 * 86_400_000)]);
  builder.line(entries);
  entries.forEach(([name, time], i) => builder.tag(`v1.0.${i}`, name, iso(Date.parse(time) + 86_400_000)));
  const world = builder.build();
  // A world that leaves out `parents` has no graph to say where the history begins.
  if (options.root === false) for (const commit of world.commits ?? []) delete commit.parents;
  return world;
}

const sourceOptions = { source: 'tags' };

describe('a history that begins inside the windows', () => {
  it('begins after the previous window ends: no trend has a label or a previous side, and a note says why', async () => {
    const report = await metricsOf(youngWorld('2026-03-10T00:00:00Z'), sourceOptions);
    expect(report.previous.beforeHistory).toBe(true);
    // Deployments were compared with the previous window's 0 before: "better".
    expect(report.dora.deploymentFrequency.count).toBeGreaterThan(0);
    expect(report.previous.dora.deploymentFrequency.count).toBe(0);
    for (const [key, trend] of Object.entries(report.trends)) {
      expect({ key, label: trend.label, previous: trend.previous, change: trend.change }).toEqual({
        key,
        label: null,
        previous: null,
        change: null,
      });
    }
    expect(report.dataQuality.historyBegins).toBe('2026-03-10T00:00:00Z');
    // T1 in a case METRICS.md leaves open: its rate counts the 8 days before the start, so no tier.
    expect(report.dora.deploymentFrequency).toMatchObject({
      tier: null,
      tierWithheld: 'history-begins-in-window',
    });
    expect(report.dora.leadTime.tierWithheld).not.toBe('history-begins-in-window');
    expect(report.dataQuality.notes).toContain(
      "The history begins at 2026-03-10T00:00:00Z, after the previous window ends: no figure is compared with that window (N1). This window's rates (deployment frequency, throughput) count the 8 days before it.",
    );
  });

  it('begins as this window begins: nothing compared, and no rate counts days before it', async () => {
    const report = await metricsOf(youngWorld('2026-03-02T00:00:00Z'), sourceOptions);
    expect(report.previous.beforeHistory).toBe(true);
    expect(report.dora.deploymentFrequency.tierWithheld).toBeNull();
    expect(report.dora.deploymentFrequency.tier).not.toBeNull();
    expect(report.dataQuality.notes).toContain(
      'The history begins at 2026-03-02T00:00:00Z, after the previous window ends: no figure is compared with that window (N1).',
    );
  });

  it("begins inside the previous window: trends stay, and a note says that window's rates read low", async () => {
    const report = await metricsOf(youngWorld('2026-02-20T00:00:00Z'), sourceOptions);
    expect(report.previous.beforeHistory).toBe(false);
    expect(report.previous.dora.deploymentFrequency.tierWithheld).toBe('history-begins-in-window');
    expect(report.dora.deploymentFrequency.tierWithheld).toBeNull();
    expect(report.trends.deploymentFrequency.label).not.toBeNull();
    expect(report.dataQuality.notes).toContain(
      "The history begins at 2026-02-20T00:00:00Z, 20 days into the previous 30-day window: that window's rates (deployment frequency, throughput) count the days before it, so they read low.",
    );
  });

  it('begins before both windows: no note, and trends as N1 gives them', async () => {
    // commits 01-20 … 03-29, released a day later: both windows hold releases
    const report = await metricsOf(youngWorld('2026-01-20T00:00:00Z', { commits: 35 }), sourceOptions);
    expect(report.previous.beforeHistory).toBe(false);
    expect(report.previous.dora.deploymentFrequency.count).toBeGreaterThan(0);
    expect(report.trends.deploymentFrequency.label).not.toBeNull();
    expect(report.previous.dora.deploymentFrequency.tierWithheld).toBeNull();
    expect(report.dataQuality.notes.filter((n) => n.startsWith('The history begins'))).toEqual([]);
  });

  it('a world without parents does not say where its history begins: compared as before', async () => {
    const report = await metricsOf(youngWorld('2026-03-10T00:00:00Z', { root: false }), sourceOptions);
    expect(report.previous.beforeHistory).toBe(false);
    expect(report.trends.deploymentFrequency.label).toBe('better');
    expect(report.dora.deploymentFrequency.tierWithheld).toBeNull();
    expect(report.dataQuality.notes.filter((n) => n.startsWith('The history begins'))).toEqual([]);
  });
});
