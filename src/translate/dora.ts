// The four DORA keys and rework rate as a reader sees them: value in plain words, sample size,
// tier with its table (T1, T2), change against the previous window (N1), business meaning.
import type { DoraMetrics, MetricsReport, Trend } from '../metrics/types.js';
import {
  formatDeployRate,
  formatDuration,
  formatNumber,
  formatOneIn,
  formatPercent,
  plural,
} from './format.js';
import {
  changeFailureMeaning,
  deploymentFrequencyMeaning,
  leadTimeMeaning,
  reworkMeaning,
  timeToRestoreMeaning,
  type Meaning,
} from './meanings-dora.js';
import {
  beforeHistory,
  benchmarkTitle,
  describeTier,
  describeTrend,
  trendFrom,
  type Direction,
  type TierView,
  type TrendView,
} from './tiers.js';

export type DoraKey =
  'deploymentFrequency' | 'leadTime' | 'changeFailureRate' | 'timeToRestore' | 'reworkRate';

export interface MetricTranslation {
  key: DoraKey;
  name: string;
  /** the anchor of its methodology entry */
  anchor: string;
  rules: string;
  value: string;
  sample: string;
  spread: string | null;
  tier: TierView | null;
  trend: TrendView;
  meaning: Meaning;
}

interface Spec {
  name: string;
  rules: string;
  direction: Direction;
  /** the figure compared across windows (N1) */
  figure: (d: DoraMetrics) => number | null;
  /** the figure in words, for "was …" */
  words: (d: DoraMetrics) => string;
}

const SPECS: Record<DoraKey, Spec> = {
  deploymentFrequency: {
    name: 'Deployment frequency',
    rules: 'D1–D4',
    direction: 'higher',
    figure: (d) => d.deploymentFrequency.perWeek,
    words: (d) => formatDeployRate(d.deploymentFrequency.perDay, d.deploymentFrequency.count),
  },
  leadTime: {
    name: 'Lead time for changes',
    rules: 'L1–L4',
    direction: 'lower',
    figure: (d) => d.leadTime.medianHours,
    words: (d) => formatDuration(d.leadTime.medianHours),
  },
  changeFailureRate: {
    name: 'Change failure rate',
    rules: 'C1–C3',
    direction: 'lower',
    figure: (d) => d.changeFailureRate.rate,
    words: (d) => formatPercent(d.changeFailureRate.rate),
  },
  timeToRestore: {
    name: 'Time to restore service',
    rules: 'R1',
    direction: 'lower',
    figure: (d) => d.timeToRestore.medianHours,
    words: (d) => formatDuration(d.timeToRestore.medianHours),
  },
  reworkRate: {
    name: 'Deployment rework rate',
    rules: 'C4',
    direction: 'lower',
    figure: (d) => d.reworkRate.rate,
    words: (d) => formatPercent(d.reworkRate.rate),
  },
};

export const DORA_KEYS = Object.keys(SPECS) as DoraKey[];

/** N1: the engine's trend (keyed by the metric's name), else computed from `previous`. */
function trendOf(report: MetricsReport, key: DoraKey, spec: Spec): Pick<Trend, 'change' | 'label'> {
  return trendFrom(
    report.trends,
    key,
    spec.figure(report.dora),
    spec.figure(report.previous.dora),
    spec.direction,
  );
}

/** T3: with assumed deployments a lead time ends at the merge, and says so. */
export function leadTimeEnd(assumed: boolean): string {
  return assumed ? 'merge (deployments assumed)' : 'production';
}

function valueAndSample(
  key: DoraKey,
  d: DoraMetrics,
  days: number,
  assumed: boolean,
): Pick<MetricTranslation, 'value' | 'sample' | 'spread'> {
  const span = (p75: number | null, p90: number | null) =>
    p75 === null
      ? null
      : `Slower cases: 1 in 4 took over ${formatDuration(p75)}, 1 in 10 over ${formatDuration(p90)} (p75, p90).`;
  switch (key) {
    case 'deploymentFrequency': {
      const m = d.deploymentFrequency;
      return {
        value: formatDeployRate(m.perDay, m.count),
        sample: `${plural(m.count, 'deployment')} in ${days} days`,
        spread: null,
      };
    }
    case 'leadTime': {
      const m = d.leadTime;
      const value =
        m.medianHours === null
          ? 'no shipped changes'
          : `${formatDuration(m.medianHours)} from first commit to ${leadTimeEnd(assumed)}`;
      return {
        value,
        sample: `median of ${plural(m.changes, 'change')} shipped in the window`,
        spread: span(m.p75Hours, m.p90Hours),
      };
    }
    case 'changeFailureRate': {
      const m = d.changeFailureRate;
      const value =
        m.rate === null ? 'no deployments' : `${formatPercent(m.rate)} of deployments caused a failure`;
      const oneIn = m.rate ? `, ${formatOneIn(m.rate)}` : '';
      return {
        value,
        sample: `${formatNumber(m.failed)} of ${plural(m.deployments, 'deployment')} failed${oneIn}`,
        spread: null,
      };
    }
    case 'timeToRestore': {
      const m = d.timeToRestore;
      const value =
        m.medianHours === null
          ? m.events
            ? 'nothing restored yet'
            : 'no failures'
          : `${formatDuration(m.medianHours)} to restore service`;
      const open = m.unrestored ? `, ${formatNumber(m.unrestored)} still open` : '';
      return {
        value,
        sample: `median of ${plural(m.restored, 'restored failure event')} (${formatNumber(m.events)} in the window${open})`,
        spread: span(m.p75Hours, m.p90Hours),
      };
    }
    case 'reworkRate': {
      const m = d.reworkRate;
      const value =
        m.rate === null ? 'no deployments' : `${formatPercent(m.rate)} of deployments were unplanned fixes`;
      return {
        value,
        sample: `${formatNumber(m.rework)} of ${plural(m.deployments, 'deployment')}`,
        spread: null,
      };
    }
  }
}

function tierOf(key: DoraKey, d: DoraMetrics, table: string): TierView | null {
  switch (key) {
    case 'deploymentFrequency':
      return describeTier(d.deploymentFrequency.tier, d.deploymentFrequency.tierWithheld, table);
    case 'leadTime':
      return describeTier(d.leadTime.tier, d.leadTime.tierWithheld, table, '5 shipped changes');
    case 'changeFailureRate':
      return describeTier(
        d.changeFailureRate.tier,
        d.changeFailureRate.tierWithheld,
        table,
        '10 deployments',
      );
    case 'timeToRestore':
      return describeTier(
        d.timeToRestore.tier,
        d.timeToRestore.tierWithheld,
        table,
        '3 restored failure events',
      );
    case 'reworkRate':
      return null; // DORA publishes no tiers for rework rate
  }
}

const MEANINGS: Record<DoraKey, (d: DoraMetrics, hasFlow: boolean) => Meaning> = {
  deploymentFrequency: (d) => deploymentFrequencyMeaning(d.deploymentFrequency),
  leadTime: (d, hasFlow) => leadTimeMeaning(d.leadTime, hasFlow),
  changeFailureRate: (d) => changeFailureMeaning(d.changeFailureRate),
  timeToRestore: (d) => timeToRestoreMeaning(d.timeToRestore),
  reworkRate: (d) => reworkMeaning(d.reworkRate),
};

/**
 * T3: with assumed deployments the figures describe merging; what customers feel and what the
 * business gains cannot be read from them, so the card says that instead of a stock sentence.
 */
function assumedMeaning(meaning: Meaning): Meaning {
  return {
    measures: meaning.measures,
    customers:
      'Not known from this history: the deployments are assumed from merges, and nothing records when merged code reached customers.',
    business: 'These figures describe how often and how fast work is merged, not what customers receive.',
    soWhat: 'Name the real deployment source (--source) to learn what customers feel.',
  };
}

export function translateDora(report: MetricsReport): MetricTranslation[] {
  const table = benchmarkTitle(report.benchmarks.name, report.benchmarks.year);
  const days = report.window.days;
  return DORA_KEYS.map((key) => {
    const spec = SPECS[key];
    const trend = trendOf(report, key, spec);
    return {
      key,
      name: spec.name,
      anchor: `method-${key}`,
      rules: spec.rules,
      ...valueAndSample(key, report.dora, days, report.source.assumed === true),
      tier: tierOf(key, report.dora, table),
      trend: describeTrend(
        trend.label,
        trend.change,
        spec.words(report.previous.dora),
        report.previous.window.days,
        {
          current: spec.figure(report.dora) !== null,
          previous: spec.figure(report.previous.dora) !== null,
        },
        beforeHistory(report),
      ),
      meaning: report.source.assumed
        ? assumedMeaning(MEANINGS[key](report.dora, report.flow !== null))
        : MEANINGS[key](report.dora, report.flow !== null),
    };
  });
}
