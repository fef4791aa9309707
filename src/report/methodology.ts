// The methodology section: each metric's definition and the rule numbers of docs/metrics.md it follows,
// so every figure on the page is one click from how it was computed (STYLE.md habit 14).
import type { MetricsReport } from '../metrics/types.js';
import { formatPercent } from '../translate/format.js';
import { EFFICIENCY_TARGET, EFFICIENCY_WORLD_CLASS } from '../translate/meanings-flow.js';
import { VALUE_SCORE_FORMULA } from '../translate/value-score.js';
import type { MethodEntryView } from './view-types.js';

export function buildMethodology(report: MetricsReport): MethodEntryView[] {
  const labels = report.incidentLabels.join(', ') || 'incident';
  return [
    {
      anchor: 'method-window',
      name: 'Reporting window',
      rules: 'W1–W3',
      definition: `The window is [since, until) in UTC, ${report.window.days} days here; the previous window has the same length and ends where this one starts. Weeks start on Monday.`,
    },
    {
      anchor: 'method-deploymentFrequency',
      name: 'Deployment frequency',
      rules: 'D1–D4',
      definition: `A deployment is a successful release to production, taken from the source "${report.source.deployments}". Tags or releases on the same commit count once. Frequency is deployments in the window divided by its days (and × 7 for a week). The tier counts distinct deployment days per week or month, as the benchmark tables do.`,
    },
    {
      anchor: 'method-leadTime',
      name: 'Lead time for changes',
      rules: 'L1–L4',
      definition:
        'A change is a pull request merged into the default branch (or a commit, when there are no pull requests). It starts at its earliest commit and ends when the first deployment that contains it goes out. The figure is the median over changes shipped in the window, with the 75th and 90th percentiles; changes shipped by the very first deployment are left out. A tier needs at least 5 changes (T2).',
    },
    {
      anchor: 'method-changeFailureRate',
      name: 'Change failure rate',
      rules: 'C1–C3',
      definition: `A deployment failed when an incident (an issue labelled ${labels}) started after it and before the next one, or when a change it shipped was later reverted. The rate is failed deployments divided by deployments in the window; a tier needs at least 10 deployments (T2).`,
    },
    {
      anchor: 'method-timeToRestore',
      name: 'Time to restore service',
      rules: 'R1',
      definition:
        'Each incident and each revert that failed a deployment is a failure event. An incident is restored when its issue closes; a revert when the deployment shipping the revert goes out. The figure is the median restore time of events starting in the window; events still open are counted separately.',
    },
    {
      anchor: 'method-reworkRate',
      name: 'Deployment rework rate',
      rules: 'C4',
      definition:
        'The share of deployments in the window that shipped only reverts or defect fixes: unplanned deployments to repair something users ran into. A release mixing fixes with features is planned work. DORA publishes no tiers for it.',
    },
    {
      anchor: 'method-tiers',
      name: 'Performance tiers',
      rules: 'T1–T2',
      definition: `Tiers come from the ${report.benchmarks.name} benchmark table (${report.benchmarks.year}). A tier describes how teams like this one answered the DORA survey; it is not a target. Too small a sample earns no tier and says "too few to rate".`,
    },
    {
      anchor: 'method-trends',
      name: 'Change against the previous window',
      rules: 'N1',
      definition:
        'Every figure is also computed for the previous window. Better or worse follows each metric’s direction: more deployments and throughput and higher efficiency are better; shorter times, fewer failures, smaller load and smaller batches are better.',
    },
    {
      anchor: 'method-flow',
      name: 'Flow metrics',
      rules: 'F1–F6',
      definition: `Pull request histories only. Throughput counts pull requests merged (F1). Cycle time runs from the first commit to merge, split into coding (until the pull request opens), waiting for review and review (until merge); waiting for deployment comes after the merge and is shown beside cycle time, not in it (F2). Each of the four phases is a median, and the largest is named the bottleneck. Flow load counts open, non-draft pull requests (F3). Flow efficiency is hands-on time (coding and review) over all elapsed time (F4), compared with a target of ${formatPercent(EFFICIENCY_TARGET)} and world class at ${formatPercent(EFFICIENCY_WORLD_CLASS)}. The work mix sorts pull requests by label, else by their conventional-commit title, into risk, defect, debt and feature (F5), compared with a 70/20/10 investment guide. Batch size is the median of lines added plus deleted (F6).`,
    },
    {
      anchor: 'method-business',
      name: 'Business impact',
      rules: 'R1',
      definition: `Downtime cost is the sum of restore times of failure events starting in the window (events still open count up to the window's end) times the cost per hour you supply. The value-delivery score is ${VALUE_SCORE_FORMULA}; it is shown only when every input exists.`,
    },
  ];
}
