// Bottlenecks and correlations, from the records and weekly series the engine already
// produced. The bottleneck is the largest of the four F2 phase medians (coding, pickup, review,
// deploy); beside each median, the phase's share of the hours spent, summed over the pull requests
// merged in the window that have all four phases (reviewed and shipped, F4's set). Correlations are
// Spearman's: rank-based, so a few huge pull requests cannot make one.
import type { MetricsReport } from '../metrics/types.js';
import { spearman } from './statistics.js';
import type { BottleneckReport, Correlation } from './types.js';

/** Below this many pairs a coefficient is shown but said to mean nothing. */
export const MINIMUM_SAMPLE = 10;

const PHASES = ['coding', 'pickup', 'review', 'deploy'] as const;

export function computeBottleneck(report: MetricsReport): BottleneckReport | null {
  if (report.flow === null) return null;
  const complete = report.records.pullRequests.filter(
    (pr) => pr.pickupHours !== null && pr.deployHours !== null,
  );
  const totals = { coding: 0, pickup: 0, review: 0, deploy: 0 };
  for (const pr of complete) {
    totals.coding += pr.codingHours;
    totals.pickup += pr.pickupHours!;
    totals.review += pr.reviewHours!;
    totals.deploy += pr.deployHours!;
  }
  const all = PHASES.reduce((sum, phase) => sum + totals[phase], 0);
  // F2: each phase's median over the pull requests merged in the window that have it.
  const cycle = report.flow.cycleTime;
  const medians = {
    coding: cycle.codingHours,
    pickup: cycle.pickupHours,
    review: cycle.reviewHours,
    deploy: cycle.deployHours,
  };
  const phases = PHASES.map((phase) => ({
    phase,
    medianHours: medians[phase],
    totalHours: totals[phase],
    share: all === 0 ? 0 : totals[phase] / all,
  }));
  // F2: the bottleneck is the largest of the four phase medians (none when every one is 0 or null).
  let largest: (typeof phases)[number] | null = null;
  for (const p of phases) {
    if (
      p.medianHours !== null &&
      p.medianHours > 0 &&
      (largest === null || p.medianHours > largest.medianHours!)
    )
      largest = p;
  }
  return {
    pullRequests: complete.length,
    phases,
    largest: largest?.phase ?? null,
    largestShare: largest === null || all === 0 ? null : largest.share,
  };
}

export function correlate(x: string, y: string, pairs: readonly [number, number][]): Correlation {
  return {
    x,
    y,
    n: pairs.length,
    spearman: spearman(
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
    ),
    minimumSample: MINIMUM_SAMPLE,
    enough: pairs.length >= MINIMUM_SAMPLE,
  };
}

/** Per pull request merged in the window with a known size: lines changed (F6) and cycle time (F2). */
export function batchSizePairs(report: MetricsReport): [number, number][] {
  return report.records.pullRequests
    .filter((pr) => pr.lines !== null)
    .map((pr) => [pr.lines as number, pr.cycleHours]);
}

/** Per week (W3) with at least one deployment: deployments, and the share of them that failed (C3). */
export function frequencyPairs(report: MetricsReport): [number, number][] {
  return report.weekly
    .filter((w) => w.deployments > 0)
    .map((w) => [w.deployments, w.failedDeployments / w.deployments]);
}

export function computeCorrelations(report: MetricsReport) {
  return {
    batchSizeVsCycleTime: correlate(
      'lines changed per pull request',
      'cycle time (hours)',
      batchSizePairs(report),
    ),
    deploymentsVsFailureRate: correlate(
      'deployments in the week',
      'change failure rate of the week',
      frequencyPairs(report),
    ),
  };
}
