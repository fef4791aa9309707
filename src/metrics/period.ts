// The figures of one window: D4, L4, C3, C4, R1, R2, F1–F6, T1–T4.
import type { DoraMetrics, Exclusions, FlowMetrics, Tier, TierWithheld } from './types.js';
import { downtimeIn } from './downtime.js';
import { NO_CONDITIONS, windowWithheld, type TierConditions } from './history.js';
import { distributionShares, emptyDistribution } from './categories.js';
import { loadAt, type Model } from './model.js';
import { hoursBetween, median, spread, sum } from './stats.js';
import {
  deploymentDays,
  failureRateTier,
  frequencyTier,
  leadTimeTier,
  MIN_CHANGES_FOR_LEAD_TIME_TIER,
  MIN_DEPLOYMENTS_FOR_CFR_TIER,
  MIN_RESTORED_EVENTS_FOR_RESTORE_TIER,
  restoreTier,
  type BenchmarkTable,
} from './tiers.js';
import { inRange, indexesIn, type Range, type ReportWindow } from './window.js';

/**
 * Indexes of the deployments whose time falls in the range (W2). Deployments are time-sorted (D3),
 * so a binary search finds them: the weekly series asks once a week of the window.
 */
export function deploymentsIn(model: Model, range: Range): number[] {
  return indexesIn(model.deployments.length, (i) => model.deployments[i].time, range);
}

/** L4: lead times of the changes shipped by the given deployments (the first deployment excluded). */
export function leadTimesOf(model: Model, deployments: readonly number[]): number[] {
  const hours: number[] = [];
  for (const d of deployments) {
    for (const change of model.shipped[d]) {
      const lead = model.leadHours[change];
      if (lead !== null) hours.push(lead);
    }
  }
  return hours;
}

export function failedCount(model: Model, deployments: readonly number[]): number {
  return deployments.filter((d) => model.reasons[d].length > 0).length;
}

/**
 * D4's own reason: a window the history begins inside (after its first day) counts days before the
 * start in its rate, which would put a young repository in a lower tier than its cadence earns.
 */
function frequencyReason(conditions: TierConditions, window: ReportWindow): TierWithheld | null {
  const begins = conditions.historyBegins;
  return begins !== null && begins > window.since && begins < window.until
    ? 'history-begins-in-window'
    : null;
}

/** A tier, or why there is none: the window's reason (T3, T4), then the metric's own. */
function rated(
  tier: Tier | null,
  windowReason: TierWithheld | null,
  ownReason: TierWithheld | null,
): { tier: Tier | null; tierWithheld: TierWithheld | null } {
  const reason = windowReason ?? ownReason;
  if (reason !== null) return { tier: null, tierWithheld: reason };
  return { tier, tierWithheld: null };
}

export function computeDora(
  model: Model,
  window: ReportWindow,
  table: BenchmarkTable,
  conditions: TierConditions = NO_CONDITIONS,
): DoraMetrics {
  const withheld = windowWithheld(conditions, window);
  const inWindow = deploymentsIn(model, window);
  const count = inWindow.length;
  const days = deploymentDays(
    inWindow.map((d) => model.deployments[d].time),
    window,
  );
  const leadHours = leadTimesOf(model, inWindow);
  const leads = spread(leadHours);
  const changes = leadHours.length;
  // T2: too small a sample earns no tier, though the value is still reported.
  const fewChanges = leads.median !== null && changes < MIN_CHANGES_FOR_LEAD_TIME_TIER;
  // A shallow clone cuts the history the changes start in: their lead times earn no tier.
  const leadReason =
    conditions.shallow && leads.median !== null ? 'shallow-history' : fewChanges ? 'too-few' : null;
  const failed = failedCount(model, inWindow);
  const rate = count === 0 ? null : failed / count;
  const fewDeployments = rate !== null && count < MIN_DEPLOYMENTS_FOR_CFR_TIER;
  // R1: failure events that start in the window; restored ones give the durations.
  const events = model.events.filter((event) => inRange(event.start, window));
  const restoreHours = events
    .filter((event) => event.restored !== null)
    .map((event) => hoursBetween(event.start, event.restored!));
  const restore = spread(restoreHours);
  // T2: time to restore needs at least 3 restored failure events.
  const fewRestored = restore.median !== null && restoreHours.length < MIN_RESTORED_EVENTS_FOR_RESTORE_TIER;
  // R2: every failure event of the world, clipped to the window, overlaps counted once.
  const downtime = downtimeIn(model.events, window);
  const rework = inWindow.filter((d) => model.rework[d]).length;
  return {
    deploymentFrequency: {
      count,
      perDay: count / window.days,
      perWeek: (count / window.days) * 7,
      ...rated(frequencyTier(table, days, count, window.days), withheld, frequencyReason(conditions, window)),
      deploymentDaysPerWeekMedian: days.weeklyMedian,
      deploymentDaysPerMonthMedian: days.monthlyMedian,
    },
    leadTime: {
      changes,
      medianHours: leads.median,
      p75Hours: leads.p75,
      p90Hours: leads.p90,
      tooFewToRate: fewChanges,
      ...rated(leadTimeTier(table, leads.median, changes), withheld, leadReason),
    },
    changeFailureRate: {
      deployments: count,
      failed,
      rate,
      tooFewToRate: fewDeployments,
      ...rated(failureRateTier(table, rate, count), withheld, fewDeployments ? 'too-few' : null),
    },
    timeToRestore: {
      events: events.length,
      restored: restoreHours.length,
      unrestored: events.length - restoreHours.length,
      medianHours: restore.median,
      p75Hours: restore.p75,
      p90Hours: restore.p90,
      tooFewToRate: fewRestored,
      ...rated(
        restoreTier(table, restore.median, restoreHours.length),
        withheld,
        fewRestored ? 'too-few' : null,
      ),
      downtimeHours: downtime.hours,
      downtimeEvents: downtime.events,
      openEvents: downtime.open,
      openDowntimeHours: downtime.openHours,
    },
    reworkRate: { deployments: count, rework, rate: count === 0 ? null : rework / count },
  };
}

/**
 * Indexes of the changes (merged pull requests in a pull-request world) merged in the range; the
 * changes are in merge order (C2), so by binary search as deploymentsIn.
 */
export function mergedIn(model: Model, range: Range): number[] {
  return indexesIn(model.changes.length, (i) => model.changes[i].merged, range);
}

/** F1–F6's pull requests: merged in the range, by authors not excluded (L5). */
export function flowMergedIn(model: Model, range: Range): number[] {
  return mergedIn(model, range).filter((i) => !model.excluded[i]);
}

/**
 * L5: what the excluded authors' work left out of a window: their changes shipped by the window's
 * deployments (out of L4's sample and C4's test) and their pull requests merged in it (out of
 * F1–F6; 0 in a commits-only world).
 */
export function exclusionsIn(model: Model, window: ReportWindow): Exclusions {
  let changes = 0;
  for (const d of deploymentsIn(model, window))
    changes += model.shipped[d].filter((i) => model.excluded[i]).length;
  const pullRequests = model.prWorld ? mergedIn(model, window).filter((i) => model.excluded[i]).length : 0;
  return { authors: [...model.exclusion.authors], changes, pullRequests };
}

function phaseMedian(values: readonly (number | null)[]): number | null {
  return median(values.filter((value): value is number => value !== null));
}

export function computeFlow(model: Model, window: ReportWindow): FlowMetrics | null {
  if (!model.prWorld) return null;
  const merged = flowMergedIn(model, window);
  const cycles = merged.map((i) => model.cycles[i]);
  const cycle = spread(cycles.map((c) => c.cycleHours));
  const counts = emptyDistribution();
  for (const i of merged) counts[model.categories[i]] += 1;
  return {
    throughput: { merged: merged.length, perWeek: (merged.length / window.days) * 7 },
    cycleTime: {
      medianHours: cycle.median,
      p75Hours: cycle.p75,
      p90Hours: cycle.p90,
      codingHours: phaseMedian(cycles.map((c) => c.codingHours)),
      pickupHours: phaseMedian(cycles.map((c) => c.pickupHours)),
      reviewHours: phaseMedian(cycles.map((c) => c.reviewHours)),
      deployHours: phaseMedian(cycles.map((c) => c.deployHours)),
    },
    load: { open: loadAt(model, window.until) },
    efficiency: efficiencyOf(cycles),
    distribution: merged.length === 0 ? null : distributionShares(counts, merged.length),
    distributionCounts: counts,
    batchSize: { medianLines: phaseMedian(cycles.map((c) => c.lines)) },
  };
}

/** F4: Σ(coding + review) ÷ Σ(all four phases), over reviewed and shipped pull requests. */
function efficiencyOf(cycles: readonly Model['cycles'][number][]): number | null {
  const counted = cycles.filter((c) => c.pickupHours !== null && c.deployHours !== null);
  const active = sum(counted.map((c) => c.codingHours + c.reviewHours!));
  const elapsed = sum(counted.map((c) => c.codingHours + c.pickupHours! + c.reviewHours! + c.deployHours!));
  return elapsed === 0 ? null : active / elapsed;
}
