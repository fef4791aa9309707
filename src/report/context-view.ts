// The context section's view, from metrics.json's `context` key; null for a report
// without one (computeMetrics alone), so that the page is then exactly what it was.
import type { ContextReport } from '../context/types.js';
import { MINIMUM_SAMPLE } from '../context/insights.js';
import type { MetricsReport } from '../metrics/types.js';
import { buildCalendarView, buildImpactView, markPeakWeeks } from './context-business.js';
import { buildHealthView } from './context-health.js';
import { buildBottleneckView, buildCorrelationViews } from './context-insights.js';
import { buildServicesOverview, buildServiceViews, buildStreamsView } from './context-services.js';
import type { ContextView } from './context-types.js';
import type { ChartSpec, ChartView, MethodEntryView } from './view-types.js';

export function contextOf(report: MetricsReport): ContextReport | null {
  const context = (report as MetricsReport & { context?: ContextReport }).context;
  return context && typeof context === 'object' ? context : null;
}

/**
 * `weeklyCharts`: the page's charts drawn over the report's weeks, so that peak weeks are shaded
 * on them too.
 */
export function buildContextView(
  report: MetricsReport,
  charts: Record<string, ChartSpec>,
  weeklyCharts: readonly ChartView[],
): ContextView | null {
  const context = contextOf(report);
  if (context === null) return null;
  const health = buildHealthView(report, context.health, charts);
  markPeakWeeks(report, context.calendar, charts, [
    ...weeklyCharts,
    ...(health.ciChart ? [health.ciChart] : []),
  ]);
  return {
    configuration: context.configFile
      ? `Services, weights and peaks come from ${context.configFile}.`
      : 'Add a .github/dora.yml (or pass --config) to see each service against its own targets, figures weighted by customer impact, and your business peaks.',
    declared:
      !context.configFile ||
      Boolean(context.services?.length || context.streams?.length || context.impact || context.calendar),
    services: buildServiceViews(context.services ?? []),
    servicesOverview: context.services?.length ? buildServicesOverview(context.services) : null,
    streams: context.streams?.length ? buildStreamsView(context.streams, report.source.deployments) : null,
    impact: context.impact ? buildImpactView(context.impact, report.dora.leadTime.p90Hours) : null,
    calendar: context.calendar ? buildCalendarView(context.calendar) : null,
    bottleneck: buildBottleneckView(context.bottleneck),
    correlations: buildCorrelationViews(report, context, charts),
    health,
    methods: CONTEXT_METHODS,
  };
}

const CONTEXT_METHODS: MethodEntryView[] = [
  {
    anchor: 'method-context-services',
    name: 'Services',
    rules: 'D1, L1–L4, C1–C3, R1 per service',
    definition:
      "A service is a part of the repository named in the configuration file. Its changes are the pull requests whose changed files match its path globs (* and ? within a folder, ** across folders, [abc] and {a,b}, from the repository root; a bare folder name takes everything under it, and a glob that starts with ! takes paths out again) or that carry one of its labels. Its deployments are those to its environments when it names them; otherwise the repository's deployments that shipped at least one of its changes. Its incidents are those carrying one of its labels, or every incident when it names none. The same rules then give every figure; lead times of its first deployment stay counted when an earlier deployment of the repository bounds them.",
  },
  {
    anchor: 'method-context-streams',
    name: 'Several production environments',
    rules: 'D1, D3, L3',
    definition:
      "With the source environment:/REGEX/, every environment the expression finds is production. The repository's figures take them together: every successful deployment to any of them is a deployment, in time order, and a change is shipped by the first of them that contains it. Each environment is also measured alone as a stream of its own.",
  },
  {
    anchor: 'method-context-impact',
    name: 'Customer-impact weighting',
    rules: 'L4, C3 weighted',
    definition:
      'Labels map to whole-number weights. A change weighs as much as its heaviest weighted label (the default weight without one); a deployment as much as the heaviest of the changes it ships and the incidents charged to it. The weighted median lead time counts each change as many times as its weight; the weighted change failure rate is the weight of failed deployments divided by the weight of all deployments in the window.',
  },
  {
    anchor: 'method-context-calendar',
    name: 'Business calendar',
    rules: 'W2 with peaks',
    definition:
      'Peaks are named periods; a date-only end counts the whole day. A deployment, a failure and a lead time belong to the peaks when the deployment time, the failure start or the shipping deployment time falls in one. Deployment frequency inside is deployments inside divided by the days of peak in the window, times 7.',
  },
  {
    anchor: 'method-context-insights',
    name: 'Bottleneck and correlations',
    rules: 'F2, F6, W3',
    definition: `The bottleneck is the phase with the largest median among coding, waiting for review, review and waiting for deployment (F2; cycle time ends at the merge, and waiting for deployment follows it); beside it, each phase's share of the hours, summed over the pull requests merged in the window that were reviewed and shipped. Correlations are Spearman's rank coefficient (ties share their average rank): batch size against cycle time per pull request, and deployments against change failure rate per week with at least one deployment. Under ${MINIMUM_SAMPLE} pairs the coefficient is shown but read as meaning nothing.`,
  },
  {
    anchor: 'method-context-health',
    name: 'Engineering health',
    rules: 'W2, F2, L1',
    definition:
      'CI time is the duration of workflow runs that started in the window and finished with success, failure or a time-out (updated time minus start time); cancelled and skipped runs are left out. Review turnaround is the time from opening a pull request to the first review by someone else, and from there to the merge. Bot changes are those whose author ends in [bot].',
  },
];
