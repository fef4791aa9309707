// Flow charts (F2, F1/F3, F5) and their table alternatives.
import type { FlowMetrics, MetricsReport } from '../metrics/types.js';
import { formatDuration, formatNumber, formatPercent, NO_DATA } from '../translate/format.js';
import { PHASE_NAMES } from '../translate/meanings-flow.js';
import { count, hours1, weeklyTable, weeksOf, type BuiltChart } from './charts.js';

const PHASES = ['coding', 'pickup', 'review', 'deploy'] as const;
const PHASE_FIELD = {
  coding: 'codingHours',
  pickup: 'pickupHours',
  review: 'reviewHours',
  deploy: 'deployHours',
} as const;

export function buildPhasesChart(flow: FlowMetrics, previous: FlowMetrics | null): BuiltChart {
  const rows = PHASES.map((p) => [
    PHASE_NAMES[p],
    formatDuration(flow.cycleTime[PHASE_FIELD[p]]),
    formatDuration(previous?.cycleTime[PHASE_FIELD[p]]),
  ]);
  return {
    spec: {
      kind: 'bar',
      stacked: true,
      horizontal: true,
      yTitle: 'Hours (median of each phase)',
      labels: ['This window', 'Previous window'],
      datasets: PHASES.map((p, i) => ({
        label: PHASE_NAMES[p],
        data: [hours1(flow.cycleTime[PHASE_FIELD[p]]), hours1(previous?.cycleTime[PHASE_FIELD[p]] ?? null)],
        colour: 4 + i,
      })),
    },
    view: {
      id: 'chart-phases',
      title: 'Where a pull request spends its time',
      description: 'Stacked bar chart of the median hours in each phase, this window and the previous one.',
      table: {
        caption: 'Median hours per phase',
        headers: ['Phase', 'This window', 'Previous window'],
        rows,
      },
    },
  };
}

export function buildThroughputChart(report: MetricsReport): BuiltChart {
  const weeks = weeksOf(report);
  const merged = report.weekly.map((w) => w.mergedPullRequests);
  const load = report.weekly.map((w) => w.load);
  return {
    spec: {
      kind: 'bar',
      stacked: false,
      horizontal: false,
      yTitle: 'Merged pull requests',
      rightTitle: 'Open pull requests',
      labels: weeks.map((w) => w.label),
      datasets: [
        { label: 'Merged', data: merged, colour: 0 },
        { label: 'Open at week end (flow load)', data: load, line: true, right: true, colour: 1 },
      ],
    },
    view: {
      id: 'chart-throughput',
      title: 'Throughput and flow load per week',
      description:
        'Bars show pull requests merged each week; the line shows how many were open at the end of each week.',
      table: weeklyTable('Throughput and flow load per week', weeks, [
        ['Merged', (i) => count(merged[i])],
        ['Open at week end', (i) => count(load[i])],
      ]),
    },
  };
}

const CATEGORIES = [
  ['feature', 'Features'],
  ['debt', 'Debt and upkeep'],
  ['defect', 'Defects'],
  ['risk', 'Risk and security'],
  ['unclassified', 'Unclassified'],
] as const;

export function buildDistributionChart(flow: FlowMetrics, previous: FlowMetrics | null): BuiltChart | null {
  const now = flow.distribution;
  if (!now) return null;
  const before = previous?.distribution ?? null;
  return {
    spec: {
      kind: 'bar',
      stacked: false,
      horizontal: false,
      yTitle: 'Share of merged pull requests',
      percent: true,
      labels: CATEGORIES.map(([, name]) => name),
      datasets: [
        { label: 'This window', data: CATEGORIES.map(([k]) => now[k]), colour: 0 },
        { label: 'Previous window', data: CATEGORIES.map(([k]) => (before ? before[k] : null)), colour: 8 },
      ],
    },
    view: {
      id: 'chart-distribution',
      title: 'Work mix: what the merged pull requests were for',
      description:
        'Grouped bar chart of the share of merged pull requests per category, this window and the previous one.',
      table: {
        caption: 'Share of merged pull requests per category',
        headers: ['Category', 'Pull requests', 'This window', 'Previous window'],
        rows: CATEGORIES.map(([k, name]) => [
          name,
          formatNumber(flow.distributionCounts[k]),
          formatPercent(now[k]),
          before ? formatPercent(before[k]) : NO_DATA,
        ]),
      },
    },
  };
}
