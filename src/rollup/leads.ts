// The three places to look first: members whose DORA figures worsened most, with samples large
// enough to earn a tier in both windows (T2), and members whose figures cannot be trusted as they
// stand (T3: assumed deployments; T4: a history that does not reach the window).
import type { DoraMetrics } from '../metrics/types.js';
import { DORA_KEYS, type DoraKey, type Lead, type Member } from './types.js';

export const PLACES = 3;

const VALUE: Record<DoraKey, (d: DoraMetrics) => number | null> = {
  deploymentFrequency: (d) => d.deploymentFrequency.perWeek,
  leadTime: (d) => d.leadTime.medianHours,
  changeFailureRate: (d) => d.changeFailureRate.rate,
  timeToRestore: (d) => d.timeToRestore.medianHours,
};

/** T2's samples, in both windows: a change on fewer would be noise. Deployments: 10, as C3's. */
function enoughSample(key: DoraKey, d: DoraMetrics): boolean {
  switch (key) {
    case 'deploymentFrequency':
    case 'changeFailureRate':
      return d.deploymentFrequency.count >= 10;
    case 'leadTime':
      return d.leadTime.changes >= 5;
    case 'timeToRestore':
      return d.timeToRestore.restored >= 3;
  }
}

/**
 * How much worse, as a share of the previous value (deployment frequency: fewer is worse; the
 * others: more is worse). A change failure rate from 0 counts its rise in points.
 */
function worsening(key: DoraKey, current: number, previous: number): number {
  const change = key === 'deploymentFrequency' ? previous - current : current - previous;
  if (change <= 0) return 0;
  return previous === 0 ? change : change / previous;
}

interface Worse {
  member: Member;
  key: DoraKey;
  by: number;
  current: number;
  previous: number;
}

function worstOf(member: Member): Worse | null {
  let worst: Worse | null = null;
  for (const key of DORA_KEYS) {
    const current = VALUE[key](member.dora);
    const previous = VALUE[key](member.previousDora);
    if (current === null || previous === null) continue;
    if (!enoughSample(key, member.dora) || !enoughSample(key, member.previousDora)) continue;
    const by = worsening(key, current, previous);
    if (by > 0 && (worst === null || by > worst.by)) worst = { member, key, by, current, previous };
  }
  return worst;
}

export function placesToLook(members: readonly Member[]): Lead[] {
  const stale = members.filter(
    (m) => m.dora.deploymentFrequency.tierWithheld === 'history-ends-before-window',
  );
  const assumed = members.filter((m) => m.source.assumed && !stale.includes(m));
  const trusted = members.filter((m) => !m.source.assumed && !stale.includes(m));
  const worse = trusted
    .map(worstOf)
    .filter((w): w is Worse => w !== null)
    .sort((a, b) => b.by - a.by || a.member.repository.localeCompare(b.member.repository))
    .map((w): Lead => ({
      kind: 'worsened',
      repositories: [w.member.repository],
      key: w.key,
      current: w.current,
      previous: w.previous,
    }));
  const trust: Lead[] = [
    ...(stale.length ? [{ kind: 'history' as const, repositories: stale.map((m) => m.repository) }] : []),
    ...(assumed.length ? [{ kind: 'assumed' as const, repositories: assumed.map((m) => m.repository) }] : []),
  ].map((lead) => ({ ...lead, key: null, current: null, previous: null }));
  // The worst worsening first, then what cannot be trusted, then the next worsenings.
  return [...worse.slice(0, 1), ...trust, ...worse.slice(1)].slice(0, PLACES);
}
