// "At a glance": four or five sentences a busy reader can stop after.
import type { MetricsReport } from '../metrics/types.js';
import { leadTimeEnd } from '../translate/dora.js';
import type { Translation } from '../translate/index.js';
import { formatDeployRate, formatDuration, formatOneIn, plural } from '../translate/format.js';

export function buildSummary(report: MetricsReport, t: Translation): string[] {
  const d = report.dora;
  const lines: string[] = [];
  const rate = formatDeployRate(d.deploymentFrequency.perDay, d.deploymentFrequency.count);
  const lead =
    d.leadTime.medianHours === null
      ? 'no change was shipped with a measurable lead time'
      : `a typical change took ${formatDuration(d.leadTime.medianHours)} from first commit to ${leadTimeEnd(report.source.assumed === true)}`;
  lines.push(`Delivery speed: ${rate} over ${report.window.days} days; ${lead}.`);
  const cfr = d.changeFailureRate.rate;
  const failures =
    cfr === null
      ? 'no deployments to judge quality by'
      : cfr === 0
        ? 'no deployment caused a recorded failure'
        : `${formatOneIn(cfr)} deployments caused a failure`;
  const restore =
    d.timeToRestore.medianHours === null
      ? ''
      : `; service was typically restored in ${formatDuration(d.timeToRestore.medianHours)}`;
  lines.push(`Stability: ${failures}${restore}.`);
  const bottleneck = t.flow?.bottleneck;
  if (bottleneck)
    lines.push(
      `Biggest delay: ${bottleneck.name.toLowerCase()} (median ${formatDuration(bottleneck.hours)}).`,
    );
  return [...lines, ...buildGlanceNotes(report, t)];
}

/** The sentences the first screen's key tiles do not already say: money lost, better or worse. */
export function buildGlanceNotes(report: MetricsReport, t: Translation): string[] {
  const lines: string[] = [];
  if (t.downtime) {
    const open = t.downtime.openText ? `; ${t.downtime.openText}` : '';
    lines.push(`Estimated cost of failures in the window: ${t.downtime.costText}${open}.`);
  }
  const labels = t.dora.map((m) => m.trend.label);
  const better = labels.filter((l) => l === 'better').length;
  const worse = labels.filter((l) => l === 'worse').length;
  if (better + worse > 0) {
    lines.push(
      `Against the previous ${report.previous.window.days} days: better on ${plural(better, 'measure')}, worse on ${plural(worse, 'measure')}.`,
    );
  }
  return lines;
}
