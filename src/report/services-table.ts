// The per-service table of summary.md and the pull request comment: each service's four
// DORA keys, each with its N1 label against the previous window, and its standing against its
// own targets. Service names come from the repository's configuration file: hostile text.
import type { ServiceReport } from '../context/types.js';
import type { Trend } from '../metrics/types.js';
import { formatDuration, formatNumber, formatPercent, NO_DATA } from '../translate/format.js';
import { markdownCell } from './markdown-text.js';

/** Longer names are cut: a table row is for reading at a glance, the report has the full name. */
export const NAME_LIMIT = 80;

export const SERVICE_HEADER = [
  '| Service | Deployments a week | Lead time (median) | Change failure rate | Time to restore (median) | Targets |',
  '| --- | --- | --- | --- | --- | --- |',
];

/** A name of at most NAME_LIMIT characters (code points, so no surrogate pair is split). */
export function shortName(name: string): string {
  const points = [...name];
  return points.length <= NAME_LIMIT ? name : `${points.slice(0, NAME_LIMIT - 1).join('')}…`;
}

/** "25 hours (worse)": the value with its N1 label when both windows have a figure. */
function withTrend(value: string, trend: Trend | undefined): string {
  return trend?.label ? `${value} (${trend.label})` : value;
}

function standingText(service: ServiceReport): string {
  const { standing } = service;
  if (standing.length === 0) return 'none set';
  const met = standing.filter((s) => s.status === 'met').length;
  const noData = standing.filter((s) => s.status === 'no-data').length;
  return `met ${met} of ${standing.length}${noData ? ` (${noData} without data)` : ''}`;
}

/** The cells of one service's row, unescaped: name, the four keys, standing. */
export function serviceCells(service: ServiceReport): string[] {
  const { dora, trends } = service;
  if (dora === null) return [service.name, NO_DATA, NO_DATA, NO_DATA, NO_DATA, standingText(service)];
  const t = trends ?? {};
  const { deploymentFrequency: df, leadTime, changeFailureRate: cfr, timeToRestore } = dora;
  return [
    service.name,
    withTrend(formatNumber(df.perWeek), t.deploymentFrequency),
    withTrend(formatDuration(leadTime.medianHours), t.leadTime),
    withTrend(
      cfr.rate === null ? NO_DATA : `${formatPercent(cfr.rate)} (${cfr.failed} of ${cfr.deployments})`,
      t.changeFailureRate,
    ),
    withTrend(formatDuration(timeToRestore.medianHours), t.timeToRestore),
    standingText(service),
  ];
}

export function serviceRow(service: ServiceReport): string {
  const [name, ...rest] = serviceCells(service);
  return `| ${[shortName(name), ...rest].map(markdownCell).join(' | ')} |`;
}

/** The sentence under the table: what the brackets compare with. */
export function trendNote(days: number): string {
  return `In brackets: against the ${days} days before (N1; better, worse or same), when both windows have a figure.`;
}

/**
 * The table's lines, at most `maxRows` rows and `budget` characters; the services left out are
 * named by count in a last line, so a reader knows the table was cut.
 */
export function servicesTable(
  services: readonly ServiceReport[],
  options: { maxRows?: number; budget?: number; elsewhere: string },
): string[] {
  const lines = [...SERVICE_HEADER];
  const maxRows = options.maxRows ?? Infinity;
  let used = lines.join('\n').length;
  let shown = 0;
  for (const service of services) {
    const row = serviceRow(service);
    if (shown >= maxRows || used + row.length + 1 > (options.budget ?? Infinity)) break;
    lines.push(row);
    used += row.length + 1;
    shown++;
  }
  const left = services.length - shown;
  if (left > 0) {
    lines.push(
      '',
      `… ${left} more service${left === 1 ? '' : 's'} (${shown} of ${services.length} shown): ${options.elsewhere}.`,
    );
  }
  return lines;
}
