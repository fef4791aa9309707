// The flow section's figures in words (F1–F6), or why there are none (commits-only world).
import type { MetricsReport } from '../metrics/types.js';
import { formatDuration, formatNumber, formatPercent } from './format.js';
import {
  describeBatchSize,
  describeEfficiency,
  describePortfolio,
  describeThroughput,
  findBottleneck,
  type Bottleneck,
  type EfficiencyView,
  type PortfolioLine,
} from './meanings-flow.js';
import { beforeHistory, describeTrend, trendFrom, type TrendView } from './tiers.js';

export interface FlowTranslation {
  cycleTime: string;
  cycleSpread: string | null;
  cycleTrend: TrendView;
  bottleneck: Bottleneck | null;
  throughput: string;
  throughputTrend: TrendView;
  efficiency: EfficiencyView | null;
  efficiencyText: string;
  portfolio: PortfolioLine[];
  batchSize: string;
}

export const COMMITS_ONLY_REASON =
  'This history has no pull requests (it was read from commits only), so the waits between coding, review and release cannot be seen: cycle time, flow load, flow efficiency, the work mix and batch size are left empty rather than shown as zero. Lead time here starts at each commit, and for squash-merged work that is the merge itself, so it covers only the wait for deployment (L4).';

/** F2: the deploy phase follows cycle time, beside it and not part of it. */
function waiting(deployHours: number | null): string {
  return deployHours === null ? '' : `, then ${formatDuration(deployHours)} waiting for deployment`;
}

export function translateFlow(report: MetricsReport): FlowTranslation | null {
  const flow = report.flow;
  if (!flow) return null;
  const before = report.previous.flow;
  const days = report.previous.window.days;
  const cycle = flow.cycleTime;
  const cycleChange = trendFrom(
    report.trends,
    'cycleTime',
    cycle.medianHours,
    before?.cycleTime.medianHours ?? null,
    'lower',
  );
  const mergedChange = trendFrom(
    report.trends,
    'throughput',
    flow.throughput.perWeek,
    before?.throughput.perWeek ?? null,
    'higher',
  );
  return {
    cycleTime:
      cycle.medianHours === null
        ? 'no merged pull requests'
        : `${formatDuration(cycle.medianHours)} from first commit to merge${waiting(cycle.deployHours)}`,
    cycleSpread:
      cycle.p75Hours === null
        ? null
        : `1 in 4 pull requests took over ${formatDuration(cycle.p75Hours)}, 1 in 10 over ${formatDuration(cycle.p90Hours)}.`,
    cycleTrend: describeTrend(
      cycleChange.label,
      cycleChange.change,
      formatDuration(before?.cycleTime.medianHours),
      days,
      { current: cycle.medianHours !== null, previous: (before?.cycleTime.medianHours ?? null) !== null },
      beforeHistory(report),
    ),
    bottleneck: findBottleneck(cycle),
    throughput: describeThroughput(flow, report.window.days),
    throughputTrend: describeTrend(
      mergedChange.label,
      mergedChange.change,
      before ? `${formatNumber(before.throughput.perWeek)} a week` : 'no data',
      days,
      { current: true, previous: before !== null },
      beforeHistory(report),
    ),
    efficiency: describeEfficiency(flow.efficiency),
    efficiencyText:
      flow.efficiency === null
        ? 'No pull request in the window was both reviewed and shipped, so efficiency cannot be measured.'
        : `${formatPercent(flow.efficiency)} hands-on`,
    portfolio: describePortfolio(flow.distribution),
    batchSize: describeBatchSize(flow.batchSize.medianLines) ?? 'No merged pull request reported its size.',
  };
}
