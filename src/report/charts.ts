// Chart specs (read by templates/report.js) and their table alternatives, from the weekly series
// (W3) and, where the engine has no weekly figure, from the records of the same weeks.
import { DAY_MS } from '../metrics/stats.js';
import type { MetricsReport } from '../metrics/types.js';
import type { DoraKey } from '../translate/dora.js';
import { formatDate, formatDuration, formatNumber, NO_DATA } from '../translate/format.js';
import type { ChartSpec, ChartView } from './view-types.js';

export interface BuiltChart {
  view: ChartView;
  spec: ChartSpec;
}

export interface Week {
  label: string;
  start: number;
  end: number;
}

export function weeksOf(report: MetricsReport): Week[] {
  const until = Date.parse(report.window.until);
  return report.weekly.map((w) => {
    const start = Date.parse(w.weekStart);
    return {
      label: formatDate(w.weekStart).replace(/ \d{4}$/, ''),
      start,
      end: Math.min(start + 7 * DAY_MS, until),
    };
  });
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) / 2; // S1: linear interpolation
  const low = Math.floor(rank);
  return sorted[low] + (sorted[Math.ceil(rank)] - sorted[low]) * (rank - low);
}

export function weeklyTable(caption: string, weeks: Week[], columns: [string, (i: number) => string][]) {
  return {
    caption,
    headers: ['Week starting', ...columns.map(([name]) => name)],
    rows: weeks.map((w, i) => [w.label, ...columns.map(([, cell]) => cell(i))]),
  };
}

export const count = (v: number | null) => (v === null ? NO_DATA : formatNumber(v));

function restoreByWeek(report: MetricsReport, weeks: Week[]): (number | null)[] {
  return weeks.map((w) => {
    const hours = report.records.failures
      .filter((f) => f.restoreHours !== null && Date.parse(f.start) >= w.start && Date.parse(f.start) < w.end)
      .map((f) => f.restoreHours as number);
    return median(hours);
  });
}

function reworkByWeek(report: MetricsReport, weeks: Week[]): { rework: number[]; planned: number[] } {
  const rework = weeks.map(() => 0);
  const planned = weeks.map(() => 0);
  for (const d of report.records.deployments) {
    const t = Date.parse(d.time);
    const i = weeks.findIndex((w) => t >= w.start && t < w.end);
    if (i >= 0) (d.rework ? rework : planned)[i] += 1;
  }
  return { rework, planned };
}

export const hours1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

interface DoraChartParts {
  kind: ChartSpec['kind'];
  datasets: ChartSpec['datasets'];
  stacked: boolean;
  yTitle: string;
  title: string;
  description: string;
  columns: [string, (i: number) => string][];
}

type PartsBuilder = (report: MetricsReport, weeks: Week[]) => DoraChartParts;

const DORA_CHARTS: Record<DoraKey, PartsBuilder> = {
  deploymentFrequency: (report, weeks) => {
    const data = report.weekly.map((w) => w.deployments);
    return {
      kind: 'bar',
      stacked: false,
      yTitle: 'Deployments',
      title: 'Deployments per week',
      datasets: [{ label: 'Deployments', data, colour: 0 }],
      description: `Bar chart of deployments per week over ${weeks.length} weeks; the table below has the figures.`,
      columns: [['Deployments', (i) => count(data[i])]],
    };
  },
  leadTime: (report) => {
    const weekly = report.weekly;
    return {
      kind: 'line',
      stacked: false,
      yTitle: 'Hours',
      title: 'Median lead time per week',
      datasets: [
        {
          label: 'Median lead time (hours)',
          data: weekly.map((w) => hours1(w.leadTimeMedianHours)),
          colour: 1,
        },
      ],
      description:
        'Line chart of the weekly median lead time in hours; weeks with no shipped change are gaps.',
      columns: [['Median lead time', (i) => formatDuration(weekly[i].leadTimeMedianHours)]],
    };
  },
  changeFailureRate: (report) => {
    const weekly = report.weekly;
    const failed = weekly.map((w) => w.failedDeployments);
    return {
      kind: 'bar',
      stacked: true,
      yTitle: 'Deployments',
      title: 'Failed and healthy deployments per week',
      datasets: [
        { label: 'Failed', data: failed, colour: 3 },
        {
          label: 'Did not fail',
          data: weekly.map((w) => Math.max(0, w.deployments - w.failedDeployments)),
          colour: 0,
        },
      ],
      description: 'Stacked bar chart of failed and healthy deployments per week.',
      columns: [
        ['Failed', (i) => count(failed[i])],
        ['Deployments', (i) => count(weekly[i].deployments)],
      ],
    };
  },
  timeToRestore: (report, weeks) => {
    const data = restoreByWeek(report, weeks);
    return {
      kind: 'bar',
      stacked: false,
      yTitle: 'Hours',
      title: 'Median time to restore per week',
      datasets: [{ label: 'Median restore time (hours)', data: data.map(hours1), colour: 2 }],
      description:
        'Bar chart of the median restore time of failure events starting each week; empty weeks had none restored.',
      columns: [['Median restore time', (i) => formatDuration(data[i])]],
    };
  },
  reworkRate: (report, weeks) => {
    const { rework, planned } = reworkByWeek(report, weeks);
    return {
      kind: 'bar',
      stacked: true,
      yTitle: 'Deployments',
      title: 'Rework deployments per week',
      datasets: [
        { label: 'Unplanned fixes', data: rework, colour: 3 },
        { label: 'Planned', data: planned, colour: 0 },
      ],
      description: 'Stacked bar chart of unplanned-fix deployments and planned deployments per week.',
      columns: [
        ['Unplanned fixes', (i) => count(rework[i])],
        ['Planned', (i) => count(planned[i])],
      ],
    };
  },
};

export function buildDoraChart(key: DoraKey, report: MetricsReport): BuiltChart {
  const weeks = weeksOf(report);
  const parts = DORA_CHARTS[key](report, weeks);
  const labels = weeks.map((w) => w.label);
  return {
    spec: {
      kind: parts.kind,
      labels,
      datasets: parts.datasets,
      stacked: parts.stacked,
      horizontal: false,
      yTitle: parts.yTitle,
    },
    view: {
      id: `chart-${key}`,
      title: parts.title,
      description: parts.description,
      table: weeklyTable(parts.title, weeks, parts.columns),
    },
  };
}
