// C1, C2 (failure side), C3, R1: incidents and reverts as failure events of deployments.
import type { World } from '../world/types.js';
import type { Change } from './changes.js';
import type { Deployment } from './deployments.js';
import type { Reverts } from './reverts.js';
import { ms, msOrNull, partitionPoint } from './time.js';

export interface FailureEvent {
  kind: 'incident' | 'revert';
  id: string;
  title: string;
  /** index of the failed deployment, or -1 (an unattributed incident) */
  deployment: number;
  start: number;
  restored: number | null;
  /** /issues/N or /pull/N or /commit/SHA */
  path: string | null;
}

export function incidentLabelSet(labels: readonly string[]): Set<string> {
  return new Set(labels.map((label) => label.toLowerCase()));
}

/** C1: issues carrying an incident label, attributed to the latest deployment at or before their start. */
export function listIncidents(
  world: World,
  labels: Set<string>,
  deployments: readonly Deployment[],
): FailureEvent[] {
  const out: FailureEvent[] = [];
  for (const issue of world.issues ?? []) {
    if (!(issue.labels ?? []).some((label) => labels.has(label.toLowerCase()))) continue;
    const start = ms(issue.createdAt);
    // An issue reopened after closing keeps its old closedAt; it is not restored while open.
    const restored = issue.state === 'OPEN' ? null : msOrNull(issue.closedAt);
    out.push({
      kind: 'incident',
      id: `incident #${issue.number}`,
      title: issue.title,
      deployment: latestAtOrBefore(deployments, start),
      start,
      restored,
      path: `/issues/${issue.number}`,
    });
  }
  return out;
}

function latestAtOrBefore(deployments: readonly Deployment[], time: number): number {
  return partitionPoint(deployments.length, (i) => deployments[i].time <= time) - 1;
}

/**
 * C2: a revert fails the deployment that shipped its target, from that deployment's time until the
 * deployment that ships the revert; not when the target never shipped or both ship together.
 */
export function listRevertFailures(
  changes: readonly Change[],
  reverts: Reverts,
  shippedBy: Int32Array,
  deployments: readonly Deployment[],
): FailureEvent[] {
  const out: FailureEvent[] = [];
  changes.forEach((change, i) => {
    const target = reverts.target[i];
    if (target < 0) return;
    const failed = shippedBy[target];
    if (failed < 0 || failed === shippedBy[i]) return;
    const fix = shippedBy[i];
    out.push({
      kind: 'revert',
      id: `revert ${change.kind === 'pull-request' ? change.id : change.id.slice(0, 7)}`,
      title: change.title,
      deployment: failed,
      start: deployments[failed].time,
      restored: fix < 0 ? null : deployments[fix].time,
      path: change.kind === 'pull-request' ? `/pull/${change.number}` : `/commit/${change.sha}`,
    });
  });
  return out;
}

/** C3: the reasons each deployment failed (an empty list: it did not). */
export function failureReasons(deploymentCount: number, events: readonly FailureEvent[]): string[][] {
  const reasons: string[][] = Array.from({ length: deploymentCount }, () => []);
  for (const event of events) if (event.deployment >= 0) reasons[event.deployment].push(event.id);
  return reasons;
}
