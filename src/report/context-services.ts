// Services and deployment streams of the context section: each service's figures
// beside its own targets, and each production environment's figures when a pattern found several.
import type { TargetKey } from '../repo-config/types.js';
import type { ServiceReport, StreamReport, TargetStanding } from '../context/types.js';
import type { DoraMetrics } from '../metrics/types.js';
import {
  formatDeployRate,
  formatDuration,
  formatNumber,
  formatPercent,
  NO_DATA,
} from '../translate/format.js';
import type { ServiceView, StandingView } from './context-types.js';
import type { TableView } from './view-types.js';

const TARGET_NAMES: Record<TargetKey, string> = {
  deploymentsPerWeek: 'Deployment frequency',
  leadTimeHours: 'Lead time (median)',
  changeFailureRate: 'Change failure rate',
  timeToRestoreHours: 'Time to restore (median)',
};

function formatTarget(metric: TargetKey, value: number | null): string {
  if (value === null) return NO_DATA;
  switch (metric) {
    case 'deploymentsPerWeek':
      return `${formatNumber(value)} a week`;
    case 'changeFailureRate':
      return formatPercent(value);
    default:
      return formatDuration(value);
  }
}

function standingView(s: TargetStanding): StandingView {
  const atLeast = s.metric === 'deploymentsPerWeek' ? 'at least' : 'at most';
  return {
    metric: TARGET_NAMES[s.metric],
    value: formatTarget(s.metric, s.actual),
    target: `${atLeast} ${formatTarget(s.metric, s.target)}`,
    status: s.status === 'met' ? 'Met' : s.status === 'missed' ? 'Missed' : 'No data',
    statusClass: s.status === 'met' ? 'trend-better' : s.status === 'missed' ? 'trend-worse' : 'trend-none',
  };
}

/** The four keys in words, as the DORA cards word them. */
export function doraCells(dora: DoraMetrics | null): string[] {
  if (dora === null) return [NO_DATA, NO_DATA, NO_DATA, NO_DATA];
  return [
    formatDeployRate(dora.deploymentFrequency.perDay, dora.deploymentFrequency.count),
    formatDuration(dora.leadTime.medianHours),
    dora.changeFailureRate.rate === null
      ? NO_DATA
      : `${formatPercent(dora.changeFailureRate.rate)} (${dora.changeFailureRate.failed} of ${dora.changeFailureRate.deployments})`,
    formatDuration(dora.timeToRestore.medianHours),
  ];
}

const DORA_HEADERS = ['Deployment frequency', 'Lead time', 'Change failure rate', 'Time to restore'];

function selectorText(service: ServiceReport): string {
  const parts: string[] = [];
  if (service.selector.paths.length) parts.push(`files matching ${service.selector.paths.join(', ')}`);
  if (service.selector.labels.length) parts.push(`labels ${service.selector.labels.join(', ')}`);
  const changes = parts.length ? `Pull requests with ${parts.join(' or with ')}` : 'Every change';
  const environments = service.selector.environments
    ? `, deployed to environments matching ${service.selector.environments}`
    : '';
  return `${changes}${environments}: ${formatNumber(service.changesInHistory)} in the history.`;
}

function verdictOf(standing: TargetStanding[]): string {
  if (standing.length === 0) return 'No targets set.';
  const met = standing.filter((s) => s.status === 'met').length;
  return `Meets ${met} of ${standing.length} target${standing.length === 1 ? '' : 's'}.`;
}

/** The keys of service.trends (N1) for the rows of figureRows, in order. */
const TREND_KEYS = [
  'deploymentFrequency',
  'leadTime',
  'changeFailureRate',
  'timeToRestore',
  'throughput',
  'cycleTime',
];

function flowCells(flow: ServiceReport['flow']): string[] {
  return flow ? [formatNumber(flow.throughput.merged), formatDuration(flow.cycleTime.medianHours)] : [];
}

/** Each figure, and its N1 label with the previous window's value ("worse (was 12 hours)"). */
function figureRows(service: ServiceReport): string[][] {
  const now = [...doraCells(service.dora), ...flowCells(service.flow)];
  const before = [...doraCells(service.previous?.dora ?? null), ...flowCells(service.previous?.flow ?? null)];
  const headers = [...DORA_HEADERS, 'Pull requests merged', 'Cycle time (median)'];
  return now.map((value, k) => {
    const label = service.trends?.[TREND_KEYS[k]]?.label;
    return [headers[k], value, label ? `${label} (was ${before[k]})` : 'no comparison'];
  });
}

export function buildServiceViews(services: readonly ServiceReport[]): ServiceView[] {
  return services.map((service, i) => ({
    id: `service-${i + 1}`,
    name: service.name,
    selector: selectorText(service),
    deployments: `Counted as its deployments: ${service.deployments}.`,
    verdict: verdictOf(service.standing),
    figures: {
      caption: `${service.name}: the DORA keys in the window`,
      headers: ['Measure', 'Value', 'Against the previous window'],
      rows: figureRows(service),
    },
    standing: service.standing.map(standingView),
    notes: service.notes,
  }));
}

export function buildServicesOverview(services: readonly ServiceReport[]): TableView {
  return {
    caption: 'Services side by side',
    headers: ['Service', ...DORA_HEADERS, 'Targets'],
    rows: services.map((s) => [s.name, ...doraCells(s.dora), verdictOf(s.standing)]),
  };
}

export function buildStreamsView(streams: readonly StreamReport[], source: string) {
  return {
    text:
      `The source ${source} finds ${streams.length} production environment${streams.length === 1 ? '' : 's'}. ` +
      'The figures above take them together: every successful deployment to any of them is a deployment, and a change ' +
      'counts as shipped by the first of them that contains it. Here each is measured alone, incidents falling on its own latest deployment.',
    table: {
      caption: 'Each production environment alone',
      headers: ['Environment', ...DORA_HEADERS],
      rows: streams.map((s) => [s.environment, ...doraCells(s.dora)]),
    },
  };
}
