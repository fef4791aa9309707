// Many members → the organisation's and each team's pooled figures (O2–O5), the tier counts (O4)
// and the places to look first. Pure: members in, rollup.json out.
import { computeTrends } from '../metrics/trends.js';
import type { DoraMetrics, FlowMetrics, WindowInfo } from '../metrics/types.js';
import { poolDora, poolFlow, poolWeekly } from './pool.js';
import {
  DORA_KEYS,
  type DoraKey,
  type Group,
  type Member,
  type RollupConfig,
  type RollupReport,
  type TierCounts,
} from './types.js';
import { placesToLook } from './leads.js';

export const ORGANISATION = 'organisation';

/** O4: per DORA key, how many members sit in each tier and how many have none. */
function tierCounts(doras: readonly DoraMetrics[]): Record<DoraKey, TierCounts> {
  const out = {} as Record<DoraKey, TierCounts>;
  for (const key of DORA_KEYS) {
    const counts: TierCounts = { elite: 0, high: 0, medium: 0, low: 0, unrated: 0 };
    for (const dora of doras) counts[dora[key].tier ?? 'unrated'] += 1;
    out[key] = counts;
  }
  return out;
}

function period(members: readonly Member[], which: 'current' | 'previous', days: number) {
  // O3: assumed deployments take no part in the figures that use deployments.
  const deployed = members.filter((m) => !m.source.assumed).map((m) => m[which]);
  const flows = members
    .filter((m) => m[which].flow !== null)
    .map((m) => ({ flow: m[which].flow!, assumed: m.source.assumed }));
  return { dora: poolDora(deployed, days), flow: poolFlow(flows, days) };
}

export function computeGroup(name: string, members: readonly Member[], window: WindowInfo): Group {
  const current = period(members, 'current', window.days);
  const previous = period(members, 'previous', window.days);
  // N1 on the pooled figures: the trend rules read only the keys pooled figures have.
  const asPeriod = (p: typeof current) => p as unknown as { dora: DoraMetrics; flow: FlowMetrics | null };
  return {
    name,
    members: members.map((m) => m.repository),
    assumedMembers: members.filter((m) => m.source.assumed).length,
    newMembers: members.filter((m) => m.newHistory).length,
    ...current,
    tiers: tierCounts(members.map((m) => m.dora)),
    previous: { ...previous, tiers: tierCounts(members.map((m) => m.previousDora)) },
    trends: computeTrends(asPeriod(current), asPeriod(previous)),
    weekly: poolWeekly(members, window.until),
  };
}

export function computeRollup(
  members: readonly Member[],
  config: RollupConfig,
  meta: { window: WindowInfo; previousWindow: WindowInfo; benchmarks: string; version: string },
): RollupReport {
  const byName = new Map(members.map((m) => [m.repository.toLowerCase(), m]));
  const teams = config.teams.map((team) =>
    computeGroup(
      team.name,
      team.members.map((name) => byName.get(name.toLowerCase())).filter((m): m is Member => m !== undefined),
      meta.window,
    ),
  );
  return {
    schemaVersion: 1,
    tool: { name: 'dora-flow-action', version: meta.version },
    window: meta.window,
    previousWindow: meta.previousWindow,
    benchmarks: { name: meta.benchmarks },
    members: members.map((m) => ({
      repository: m.repository,
      url: m.url,
      reportUrl: m.reportUrl,
      source: m.source,
      dora: m.dora,
      trends: m.trends,
      historyEnds: m.historyEnds,
    })),
    expected: {
      count: config.expected.length,
      missing: config.expected.filter((name) => !byName.has(name.toLowerCase())),
    },
    groups: [computeGroup(ORGANISATION, members, meta.window), ...teams],
    leads: placesToLook(members),
  };
}
