// A small hand-made MetricsReport (src/metrics/types.ts) for the report's unit tests: four weeks,
// six deployments, one incident and one revert. `makeReport` takes a function to adjust a fresh copy.
import { computeIndustry } from '../../src/metrics/industry.js';
import type { DoraMetrics, FlowMetrics, MetricsReport } from '../../src/metrics/types.js';

function dora(): DoraMetrics {
  return {
    deploymentFrequency: {
      count: 6,
      perDay: 6 / 28,
      perWeek: 1.5,
      tier: 'high',
      tierWithheld: null,
      deploymentDaysPerWeekMedian: 1.5,
      deploymentDaysPerMonthMedian: null,
    },
    leadTime: {
      changes: 8,
      medianHours: 19,
      p75Hours: 30,
      p90Hours: 52,
      tier: 'elite',
      tooFewToRate: false,
      tierWithheld: null,
    },
    changeFailureRate: {
      deployments: 6,
      failed: 2,
      rate: 2 / 6,
      tier: null,
      tooFewToRate: true,
      tierWithheld: 'too-few',
    },
    // T2: 2 restored events earn no tier; R2: incident #7 (2 h) and revert #6 (4 h) do not overlap
    timeToRestore: {
      events: 2,
      restored: 2,
      unrestored: 0,
      medianHours: 3,
      p75Hours: 3.5,
      p90Hours: 3.8,
      tier: null,
      tooFewToRate: true,
      tierWithheld: 'too-few',
      downtimeHours: 6,
      downtimeEvents: 2,
      openEvents: [],
      openDowntimeHours: 0,
    },
    reworkRate: { deployments: 6, rework: 1, rate: 1 / 6 },
  };
}

function flow(): FlowMetrics {
  return {
    throughput: { merged: 8, perWeek: 2 },
    cycleTime: {
      medianHours: 30,
      p75Hours: 40,
      p90Hours: 60,
      codingHours: 6,
      pickupHours: 14,
      reviewHours: 4,
      deployHours: 8,
    },
    load: { open: 3 },
    efficiency: 0.31,
    distribution: { feature: 0.5, defect: 0.25, debt: 0.125, risk: 0, unclassified: 0.125 },
    distributionCounts: { feature: 4, defect: 2, debt: 1, risk: 0, unclassified: 1 },
    batchSize: { medianLines: 120 },
  };
}

const weeks = ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28'];

function base(): MetricsReport {
  const url = 'https://github.com/acme/shop';
  const previousDora = dora();
  previousDora.deploymentFrequency = {
    ...previousDora.deploymentFrequency,
    count: 4,
    perDay: 4 / 28,
    perWeek: 1,
  };
  previousDora.leadTime.medianHours = 40;
  previousDora.timeToRestore = {
    events: 1,
    restored: 1,
    unrestored: 0,
    medianHours: 5,
    p75Hours: 5,
    p90Hours: 5,
    tier: null,
    tooFewToRate: true,
    tierWithheld: 'too-few',
    downtimeHours: 5,
    downtimeEvents: 1,
    openEvents: [],
    openDowntimeHours: 0,
  };
  return {
    schemaVersion: 1,
    tool: { name: 'dora-flow-action', version: '0.1.0' },
    repository: { owner: 'acme', name: 'shop', defaultBranch: 'main', url },
    window: { since: '2026-09-07T00:00:00Z', until: '2026-10-05T00:00:00Z', days: 28 },
    source: {
      deployments: 'environment:production',
      requested: 'auto',
      reason: 'the first source in the auto order with deployments (D2)',
      assumed: false,
      tried: [{ source: 'environment:production', deployments: 10, tags: null }],
      packages: null,
    },
    benchmarks: { name: 'dora-2023', year: 2023, badge: 'tier' },
    incidentLabels: ['incident'],
    dora: dora(),
    flow: flow(),
    previous: {
      window: { since: '2026-08-10T00:00:00Z', until: '2026-09-07T00:00:00Z', days: 28 },
      dora: previousDora,
      flow: flow(),
      exclusions: { authors: [], changes: 0, pullRequests: 0 },
      beforeHistory: false,
    },
    exclusions: { authors: [], changes: 0, pullRequests: 0 },
    trends: {},
    industry: computeIndustry(dora(), 'all'),
    weekly: weeks.map((w, i) => ({
      weekStart: `${w}T00:00:00Z`,
      deployments: [1, 2, 1, 2][i],
      leadTimeMedianHours: [20, null, 18, 22][i],
      failedDeployments: [0, 1, 0, 1][i],
      mergedPullRequests: [2, 3, 1, 2][i],
      cycleTimeMedianHours: [28, 31, 25, 33][i],
      load: [2, 4, 3, 3][i],
    })),
    records: {
      deployments: [1, 2, 3, 4, 5, 6].map((n) => ({
        window: 'current' as const,
        key: `deployment:${n}`,
        label: `${n}`,
        time: `2026-09-${String(7 + n * 4).padStart(2, '0')}T12:00:00Z`,
        sha: `${n}`.repeat(40),
        aliases: [],
        onDefaultBranch: true,
        changes: n === 2 ? ['#2', '#3'] : [`#${n + 1}`],
        failed: n === 2 || n === 4,
        failureReasons: n === 2 ? ['incident #7'] : n === 4 ? ['reverted by #6'] : [],
        rework: n === 5,
        firstOfWorld: false,
        url: null,
      })),
      changes: [2, 3, 4, 5, 6, 7].map((n) => ({
        window: 'current' as const,
        id: `#${n}`,
        kind: 'pull-request' as const,
        number: n,
        sha: `${n}`.repeat(40),
        title: n === 6 ? 'Revert "Add coupon codes"' : `Change number ${n}`,
        author: 'alice',
        start: '2026-09-08T00:00:00Z',
        mergedAt: '2026-09-09T00:00:00Z',
        shippedBy: 'deployment:2',
        shippedAt: '2026-09-15T12:00:00Z',
        leadTimeHours: n * 5,
        excluded: false,
        isRevert: n === 6,
        revertTarget: n === 6 ? '#5' : null,
        category: 'feature' as const,
        url: `${url}/pull/${n}`,
      })),
      unshippedChanges: [],
      failures: [
        {
          kind: 'incident',
          window: 'current',
          id: 'incident #7',
          title: 'Checkout down',
          deployment: 'deployment:2',
          start: '2026-09-16T00:00:00Z',
          restoredAt: '2026-09-16T02:00:00Z',
          restoreHours: 2,
          url: `${url}/issues/7`,
        },
        {
          kind: 'revert',
          window: 'current',
          id: 'revert #6',
          title: 'Revert "Add coupon codes"',
          deployment: 'deployment:4',
          start: '2026-09-23T12:00:00Z',
          restoredAt: '2026-09-23T16:00:00Z',
          restoreHours: 4,
          url: `${url}/pull/6`,
        },
        {
          kind: 'incident',
          window: 'current',
          id: 'incident #3',
          title: 'Old outage',
          deployment: null,
          start: '2026-08-20T00:00:00Z',
          restoredAt: '2026-08-20T05:00:00Z',
          restoreHours: 5,
          url: `${url}/issues/3`,
        },
      ],
      pullRequests: [2, 3, 4, 5].map((n) => ({
        window: 'current' as const,
        id: `#${n}`,
        number: n,
        title: `Change number ${n}`,
        mergedAt: '2026-09-09T00:00:00Z',
        cycleHours: 30,
        codingHours: 6,
        pickupHours: 14,
        reviewHours: 4,
        deployHours: 8,
        lines: 120,
        category: 'feature' as const,
        url: `${url}/pull/${n}`,
      })),
      previous: { deployments: [], changes: [], pullRequests: [] },
    },
    dataQuality: {
      worldKind: 'pull-requests',
      deploymentsInWorld: 10,
      deploymentsOffDefaultBranch: 0,
      changesInWindow: 8,
      unshippedChanges: 1,
      changesShippedByFirstDeployment: 0,
      incidentsInWindow: 1,
      unattributedIncidents: 0,
      revertsInWindow: 1,
      revertsWithoutTarget: 0,
      pullRequestsMergedWithoutReview: 2,
      pullRequestsIntoOtherBranches: 0,
      botPullRequestsInWindow: 0,
      clampedDurations: { leadTime: 0, timeToRestore: 0, cycleTime: 0, coding: 0, pickup: 0, deploy: 0 },
      recordsInWindow: 0,
      recordsAfterUntil: { count: 0, latest: null, kinds: {} },
      recordsAfterNow: { count: 0, latest: null, kinds: {} },
      squashMergedCommitsOnly: false,
      shallowHistory: false,
      historyBegins: '2026-08-01T00:00:00Z',
      historyEnds: '2026-10-04T00:00:00Z',
      notes: [],
    },
    // B7: (1 ÷ 19) × 6/28 × (1 − 2/6) × (1 ÷ 3) and (1 ÷ 40) × 4/28 × (1 − 2/6) × (1 ÷ 5)
    valueScore: {
      current: (1 / 19) * (6 / 28) * (4 / 6) * (1 / 3),
      previous: (1 / 40) * (4 / 28) * (4 / 6) * (1 / 5),
      ratio: ((1 / 19) * (6 / 28) * (1 / 3)) / ((1 / 40) * (4 / 28) * (1 / 5)),
      satisfaction: { measure: null, current: 1, previous: 1 },
    },
  };
}

export function makeReport(adjust?: (report: MetricsReport) => void): MetricsReport {
  const report = base();
  adjust?.(report);
  return report;
}
