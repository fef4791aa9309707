// The organisation's figures in plain words, shared by summary.md and the organisation report.
// Pure. Pooled figures are "blended" (O4): DORA describes one application at a time.
import type { Tier, Trend } from '../metrics/types.js';
import type { DoraKey, Group, Lead, PooledDora, RollupReport, TierCounts } from '../rollup/types.js';
import {
  formatDeployRate,
  formatDuration,
  formatNumber,
  formatPercent,
  plural,
} from '../translate/format.js';

export const KEY_NAMES: Record<DoraKey, string> = {
  deploymentFrequency: 'Deployment frequency',
  leadTime: 'Lead time for changes',
  changeFailureRate: 'Change failure rate',
  timeToRestore: 'Time to restore',
};

export const TIER_ORDER = ['elite', 'high', 'medium', 'low', 'unrated'] as const satisfies readonly (
  Tier | 'unrated'
)[];

export const BLENDED_NOTE =
  'every deployment, change and failure of the repositories pooled into one figure. DORA describes one application at a time, so a blended figure earns no tier (O4); the tiers below count repositories instead.';

/** A pooled key's value in words, with its sample. */
export function pooledValue(key: DoraKey, dora: PooledDora): { value: string; sample: string } {
  switch (key) {
    case 'deploymentFrequency': {
      const { perDay, count } = dora.deploymentFrequency;
      return { value: formatDeployRate(perDay, count), sample: plural(count, 'deployment') };
    }
    case 'leadTime':
      return {
        value: formatDuration(dora.leadTime.medianHours),
        sample:
          dora.leadTime.changes === 0
            ? 'no change shipped'
            : `median of ${plural(dora.leadTime.changes, 'change')}`,
      };
    case 'changeFailureRate':
      return {
        value: formatPercent(dora.changeFailureRate.rate),
        sample: `${formatNumber(dora.changeFailureRate.failed)} of ${plural(dora.changeFailureRate.deployments, 'deployment')} failed`,
      };
    case 'timeToRestore':
      return {
        value: formatDuration(dora.timeToRestore.medianHours),
        sample: `${
          dora.timeToRestore.restored === 0
            ? 'no failure restored'
            : `median of ${plural(dora.timeToRestore.restored, 'restored failure')}`
        }${
          dora.timeToRestore.unrestored ? `, ${formatNumber(dora.timeToRestore.unrestored)} still open` : ''
        }`,
      };
  }
}

/** "better than", "worse than", "the same as", or nothing to compare. */
export function trendWords(trend: Trend | undefined): string {
  if (!trend || trend.label === null) return 'no comparison';
  return trend.label === 'same' ? 'the same' : trend.label;
}

export interface DeliveryLine {
  key: DoraKey;
  name: string;
  value: string;
  sample: string;
  previous: string;
  trend: string;
  label: string | null;
}

export function deliveryLines(group: Group): DeliveryLine[] {
  return (Object.keys(KEY_NAMES) as DoraKey[]).map((key) => {
    const now = pooledValue(key, group.dora);
    const before = pooledValue(key, group.previous.dora);
    const trend = group.trends[key];
    return {
      key,
      name: KEY_NAMES[key],
      value: now.value,
      sample: now.sample,
      previous: `${before.value} (${before.sample})`,
      trend: trendWords(trend),
      label: trend?.label ?? null,
    };
  });
}

/** "2 of 40 expected repositories have no figures: a/b, a/c" — never a silent partial roll-up. */
export function missingLine(report: RollupReport): string | null {
  const { count, missing } = report.expected;
  if (missing.length === 0) return null;
  return `${formatNumber(missing.length)} of ${plural(count, 'expected repository', 'expected repositories')} ${
    missing.length === 1 ? 'has' : 'have'
  } no figures: ${missing.join(', ')}`;
}

export function assumedLine(group: Group): string | null {
  if (group.assumedMembers === 0) return null;
  return `${plural(group.assumedMembers, 'repository', 'repositories')} with assumed deployments ${
    group.assumedMembers === 1 ? 'is' : 'are'
  } left out of the DORA figures and downtime (O3).`;
}

/**
 * O2 compares the pooled figures of the two windows as they are; a repository whose history begins
 * inside this window adds to this window's figures and to none of the previous one's.
 */
export function newMembersLine(group: Group): string | null {
  if (group.newMembers === 0) return null;
  const one = group.newMembers === 1;
  return `${plural(group.newMembers, 'repository', 'repositories')} ${one ? 'has' : 'have'} a history that begins inside this window: the previous window's blended figures do not include ${one ? 'it' : 'them'}, so the comparison counts ${one ? 'its' : 'their'} arrival as change.`;
}

export function tierTotal(counts: TierCounts): number {
  return TIER_ORDER.reduce((sum, tier) => sum + counts[tier], 0);
}

function leadValue(key: DoraKey, value: number): string {
  if (key === 'changeFailureRate') return formatPercent(value);
  if (key === 'deploymentFrequency') return `${formatNumber(value)} a week`;
  return formatDuration(value);
}

/** A place to look first, in one sentence with what to do. */
export function leadText(lead: Lead): string {
  const names = lead.repositories.join(', ');
  switch (lead.kind) {
    case 'worsened':
      return `${names}: ${KEY_NAMES[lead.key!].toLowerCase()} worsened most, from ${leadValue(lead.key!, lead.previous!)} to ${leadValue(lead.key!, lead.current!)}, on a sample large enough to rate in both windows.`;
    case 'assumed':
      return `${names}: deployments are assumed from merges (T3), so ${
        lead.repositories.length === 1 ? 'its' : 'their'
      } DORA figures are left out; name the real source (environment, releases or tags) in each repository's run.`;
    case 'history':
      return `${names}: the history ends before the window (T4); check the clone is fresh and that every run got the same --until.`;
  }
}
