// The organisation report's view model: plain data for templates/rollup.hbs. Pure. The first
// screen holds the blended delivery with the previous window, the tier counts per key (O4, a
// stacked bar each, never a pooled tier) and the places to look first; then each team, then
// every member in one sortable table.
import type { Tier } from '../metrics/types.js';
import type { RollupHistoryEntry } from '../rollup/history.js';
import {
  DORA_KEYS,
  type DoraKey,
  type Group,
  type RollupMember,
  type RollupReport,
  type TierCounts,
} from '../rollup/types.js';
import {
  formatDateTime,
  formatDeployRate,
  formatDuration,
  formatPercent,
  formatWindow,
  plural,
} from '../translate/format.js';
import {
  BLENDED_NOTE,
  KEY_NAMES,
  TIER_ORDER,
  assumedLine,
  newMembersLine,
  deliveryLines,
  leadText,
  missingLine,
  tierTotal,
} from './rollup-words.js';

export interface TierSegment {
  tier: Tier | 'unrated';
  count: number;
  x: number;
  width: number;
  label: string;
}

export interface TierBar {
  key: DoraKey;
  name: string;
  segments: TierSegment[];
  text: string;
}

function tierBars(tiers: Record<DoraKey, TierCounts>): TierBar[] {
  return DORA_KEYS.map((key) => {
    const counts = tiers[key];
    const total = tierTotal(counts) || 1;
    let x = 0;
    const segments: TierSegment[] = [];
    for (const tier of TIER_ORDER) {
      const count = counts[tier];
      if (count === 0) continue;
      const width = (count / total) * 100;
      segments.push({ tier, count, x, width, label: `${tier}: ${count}` });
      x += width;
    }
    return {
      key,
      name: KEY_NAMES[key],
      segments,
      text: TIER_ORDER.filter((tier) => counts[tier] > 0)
        .map((tier) => `${counts[tier]} ${tier}`)
        .join(', '),
    };
  });
}

function safeHref(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

interface MemberCell {
  value: string;
  /** the number the table sorts by ('' when none) */
  sort: string;
  tier: string;
  tierClass: string;
  trend: string;
  trendClass: string;
}

const NUMBER: Record<DoraKey, (m: RollupMember) => number | null> = {
  deploymentFrequency: (m) => m.dora.deploymentFrequency.perWeek,
  leadTime: (m) => m.dora.leadTime.medianHours,
  changeFailureRate: (m) => m.dora.changeFailureRate.rate,
  timeToRestore: (m) => m.dora.timeToRestore.medianHours,
};

function memberValue(key: DoraKey, m: RollupMember): string {
  const d = m.dora;
  switch (key) {
    case 'deploymentFrequency':
      return formatDeployRate(d.deploymentFrequency.perDay, d.deploymentFrequency.count);
    case 'leadTime':
      return formatDuration(d.leadTime.medianHours);
    case 'changeFailureRate':
      return formatPercent(d.changeFailureRate.rate);
    case 'timeToRestore':
      return formatDuration(d.timeToRestore.medianHours);
  }
}

function memberRow(m: RollupMember) {
  const cells: MemberCell[] = DORA_KEYS.map((key) => {
    const number = NUMBER[key](m);
    const tier = m.dora[key].tier;
    const trend = m.trends[key]?.label ?? null;
    return {
      value: memberValue(key, m),
      sort: number === null ? '' : String(number),
      tier: tier ?? (m.dora[key].tierWithheld === 'too-few' ? 'too few to rate' : 'unrated'),
      tierClass: tier ?? 'unrated',
      trend: trend ?? '',
      trendClass: trend ?? 'none',
    };
  });
  return {
    repository: m.repository,
    href: safeHref(m.reportUrl) ?? safeHref(m.url),
    hrefIsReport: safeHref(m.reportUrl) !== null,
    assumed: m.source.assumed,
    cells,
  };
}

function groupView(group: Group, id: string) {
  return {
    id,
    name: group.name,
    members: plural(group.members.length, 'repository', 'repositories'),
    memberNames: group.members.join(', '),
    delivery: deliveryLines(group),
    assumed: assumedLine(group),
    newMembers: newMembersLine(group),
    tierBars: tierBars(group.tiers),
  };
}

export function buildRollupView(
  report: RollupReport,
  generatedAt: Date,
  history: readonly RollupHistoryEntry[] = [],
) {
  const [organisation, ...teams] = report.groups;
  return {
    title: `Delivery across ${plural(organisation.members.length, 'repository', 'repositories')}`,
    tool: `${report.tool.name} ${report.tool.version}`,
    window: formatWindow(report.window.since, report.window.until),
    previousWindow: formatWindow(report.previousWindow.since, report.previousWindow.until),
    days: report.window.days,
    benchmark: report.benchmarks.name,
    generatedAt: formatDateTime(generatedAt),
    missing: missingLine(report),
    blendedNote: BLENDED_NOTE,
    organisation: groupView(organisation, 'organisation'),
    leads: report.leads.map(leadText),
    teams: teams.map((team, i) => groupView(team, `team-${i + 1}`)),
    keys: DORA_KEYS.map((key) => ({ key, name: KEY_NAMES[key] })),
    members: report.members.map(memberRow),
    // The days of the Pages branch's history.json, drawn from two on.
    hasHistory: history.length >= 2,
    historyDays: history.length,
    charts: {
      history:
        history.length >= 2
          ? {
              labels: history.map((e) => e.date),
              deploymentsPerWeek: history.map((e) => e.deploymentsPerWeek),
              leadTime: history.map((e) => e.leadTimeMedianHours),
            }
          : null,
      weekly: {
        labels: organisation.weekly.map((w) => w.weekStart.slice(0, 10)),
        deployments: organisation.weekly.map((w) => w.deployments),
        failed: organisation.weekly.map((w) => w.failedDeployments),
        leadTime: organisation.weekly.map((w) => w.leadTimeMedianHours),
      },
    },
  };
}
