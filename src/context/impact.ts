// Customer-impact weighting: labels map to whole-number weights. A change weighs as
// much as the heaviest weighted label it carries (the default weight when it carries none). A
// deployment weighs as much as the heaviest of the changes it ships and of the incidents
// attributed to it (the default when it ships nothing and no incident weighs it). Weighted
// change failure rate = weight of failed deployments ÷ weight of all deployments in the window
// (C3); weighted lead time = S1's percentile with each change counted `weight` times (L4).
import type { MetricsReport } from '../metrics/types.js';
import type { World } from '../world/types.js';
import type { ImpactConfig } from '../repo-config/types.js';
import { weightedPercentile } from './statistics.js';
import type { ImpactReport } from './types.js';
import { median } from '../metrics/stats.js';

export function weightOfLabels(labels: readonly string[] | undefined, impact: ImpactConfig): number | null {
  let heaviest: number | null = null;
  for (const label of labels ?? []) {
    const lower = label.toLowerCase();
    for (const entry of impact.labels) {
      if (entry.label === lower && (heaviest === null || entry.weight > heaviest)) heaviest = entry.weight;
    }
  }
  return heaviest;
}

/** Weights of changes ("#12" or a sha) and incidents ("incident #7"), by the ids records use. */
function weightsById(world: World, impact: ImpactConfig): Map<string, number> {
  const weights = new Map<string, number>();
  for (const pr of world.pullRequests ?? []) {
    const weight = weightOfLabels(pr.labels, impact);
    if (weight !== null) weights.set(`#${pr.number}`, weight);
  }
  for (const issue of world.issues ?? []) {
    const weight = weightOfLabels(issue.labels, impact);
    if (weight !== null) weights.set(`incident #${issue.number}`, weight);
  }
  return weights;
}

export function computeImpact(world: World, report: MetricsReport, impact: ImpactConfig): ImpactReport {
  const weights = weightsById(world, impact);
  const changeWeight = (id: string) => weights.get(id) ?? impact.defaultWeight;
  const timed = report.records.changes.filter((c) => c.leadTimeHours !== null);
  const hours = timed.map((c) => c.leadTimeHours as number);
  const leadWeights = timed.map((c) => changeWeight(c.id));
  let totalWeight = 0;
  let failedWeight = 0;
  let failed = 0;
  for (const deployment of report.records.deployments) {
    // Incidents count only when attributed to this deployment (C1); reverted changes are shipped ones.
    const ids = [
      ...deployment.changes,
      ...deployment.failureReasons.filter((r) => r.startsWith('incident #')),
    ];
    let heaviest: number | null = null;
    for (const id of ids) {
      const w = weights.get(id);
      if (w !== undefined && (heaviest === null || w > heaviest)) heaviest = w;
    }
    const weight = heaviest ?? impact.defaultWeight;
    totalWeight += weight;
    if (deployment.failed) {
      failed += 1;
      failedWeight += weight;
    }
  }
  const count = report.records.deployments.length;
  return {
    weights: impact.labels,
    defaultWeight: impact.defaultWeight,
    leadTime: {
      changes: timed.length,
      totalWeight: leadWeights.reduce((a, b) => a + b, 0),
      medianHours: median(hours),
      weightedMedianHours: weightedPercentile(hours, leadWeights, 0.5),
      weightedP90Hours: weightedPercentile(hours, leadWeights, 0.9),
    },
    changeFailureRate: {
      deployments: count,
      failed,
      rate: count === 0 ? null : failed / count,
      totalWeight,
      failedWeight,
      weightedRate: totalWeight === 0 ? null : failedWeight / totalWeight,
    },
  };
}
