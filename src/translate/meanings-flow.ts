// Flow figures (F1–F6) in business terms: the bottleneck, flow efficiency against the seed's
// targets (25 %, world-class 40 %), the work mix against the 70/20/10 investment portfolio, batch size.
import type { FlowDistribution, FlowMetrics } from '../metrics/types.js';
import { formatDuration, formatNumber, formatPercent } from './format.js';

export type Phase = 'coding' | 'pickup' | 'review' | 'deploy';

export const PHASE_NAMES: Record<Phase, string> = {
  coding: 'Coding',
  pickup: 'Waiting for review',
  review: 'Review',
  deploy: 'Waiting for deployment',
};

const PHASE_ADVICE: Record<Phase, string> = {
  coding:
    'Changes take longest before anyone else sees them: smaller pull requests, opened earlier, usually shorten this.',
  pickup:
    'Finished work waits for a reviewer to pick it up: agreeing on review turnaround, or sharing review duty, usually shortens this.',
  review:
    'Reviews take long once started: smaller changes and clearer descriptions usually shorten the back-and-forth.',
  deploy:
    'Merged work waits to be released: releasing more often, or automatically after merge, usually shortens this.',
};

export interface Bottleneck {
  phase: Phase;
  name: string;
  hours: number;
  text: string;
  /** what usually shortens this phase (the second sentence of `text`) */
  advice: string;
}

/** F2: the phase with the largest median is named as the bottleneck; null when no phase has a value. */
export function findBottleneck(cycle: FlowMetrics['cycleTime']): Bottleneck | null {
  const phases: [Phase, number | null][] = [
    ['coding', cycle.codingHours],
    ['pickup', cycle.pickupHours],
    ['review', cycle.reviewHours],
    ['deploy', cycle.deployHours],
  ];
  let best: [Phase, number] | null = null;
  for (const [phase, hours] of phases) {
    if (hours !== null && (best === null || hours > best[1])) best = [phase, hours];
  }
  if (!best || best[1] <= 0) return null;
  const [phase, hours] = best;
  return {
    phase,
    name: PHASE_NAMES[phase],
    hours,
    text: `${PHASE_NAMES[phase]} is the bottleneck (median ${formatDuration(hours)}). ${PHASE_ADVICE[phase]}`,
    advice: PHASE_ADVICE[phase],
  };
}

export const EFFICIENCY_TARGET = 0.25;
export const EFFICIENCY_WORLD_CLASS = 0.4;

export interface EfficiencyView {
  value: number;
  band: 'below-target' | 'target' | 'world-class';
  text: string;
}

/** F4 against the seed's value-stream targets: above 25 % is the target, above 40 % world class. */
export function describeEfficiency(efficiency: number | null): EfficiencyView | null {
  if (efficiency === null) return null;
  const pct = formatPercent(efficiency);
  const intro = `${pct} of the elapsed time of a change is hands-on work; the rest is waiting.`;
  if (efficiency > EFFICIENCY_WORLD_CLASS) {
    return { value: efficiency, band: 'world-class', text: `${intro} That is world class (above 40%).` };
  }
  if (efficiency > EFFICIENCY_TARGET) {
    return {
      value: efficiency,
      band: 'target',
      text: `${intro} That meets the 25% target; world class is above 40%.`,
    };
  }
  return {
    value: efficiency,
    band: 'below-target',
    text: `${intro} That is below the 25% target: work spends most of its life queued, which delays value without adding any.`,
  };
}

export interface PortfolioLine {
  name: string;
  share: string;
  guide: string;
  text: string;
}

/**
 * F5 against the seed's portfolio (70 % core value, 20 % efficiency/platform, 10 % innovation).
 * The categories do not map one to one: features are core value, debt is efficiency work, and
 * defects and risk are upkeep the portfolio does not budget for; innovation cannot be seen in labels.
 */
export function describePortfolio(distribution: FlowDistribution | null): PortfolioLine[] {
  if (!distribution) return [];
  const upkeep = distribution.defect + distribution.risk;
  const compare = (share: number, guide: number) =>
    Math.abs(share - guide) <= 0.05
      ? 'close to the guide'
      : share > guide
        ? 'above the guide'
        : 'below the guide';
  return [
    {
      name: 'Features (core value)',
      share: formatPercent(distribution.feature),
      guide: '70%',
      text: `New capability customers pay for: ${compare(distribution.feature, 0.7)}.`,
    },
    {
      name: 'Debt and platform (efficiency)',
      share: formatPercent(distribution.debt),
      guide: '20%',
      text: `Work that lowers future cost: ${compare(distribution.debt, 0.2)}.`,
    },
    {
      name: 'Defects and risk (upkeep)',
      share: formatPercent(upkeep),
      guide: 'not budgeted',
      text:
        upkeep > 0.2
          ? 'A large share goes to repairs and security: it comes out of the time for features.'
          : 'Repairs and security take a modest share.',
    },
    {
      name: 'Unclassified',
      share: formatPercent(distribution.unclassified),
      guide: '—',
      text:
        distribution.unclassified > 0.3
          ? 'Many pull requests carry no category label or conventional title; the mix above is uncertain.'
          : 'Pull requests with no recognised label or title type.',
    },
  ];
}

/** F6: smaller batches are reviewed faster and fail less; the wording stays qualitative. */
export function describeBatchSize(medianLines: number | null): string | null {
  if (medianLines === null) return null;
  const size = `A typical pull request changes ${formatNumber(medianLines)} lines.`;
  if (medianLines <= 200) return `${size} Small batches like this are quick to review and cheap to undo.`;
  if (medianLines <= 500) return `${size} Medium-sized: reviews take longer and problems hide more easily.`;
  return `${size} Large batches are slow to review, riskier to release and harder to undo.`;
}

export function describeThroughput(flow: FlowMetrics, days: number): string {
  return `${formatNumber(flow.throughput.merged)} pull requests merged in ${days} days (${formatNumber(flow.throughput.perWeek)} a week); ${formatNumber(flow.load.open)} open at the end of the window.`;
}
