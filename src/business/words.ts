// B4–B6 in plain words: each finding as one sentence built from its figures (never as a cause),
// what was looked at and found nothing, and the one line of the job summary and the comment.
import { formatNumber, plural } from '../translate/format.js';
import { LAGS } from './compute.js';
import { MIN_PAIRS, strengthWord } from './statistics.js';
import {
  DELIVERY_SERIES,
  type BusinessCorrelation,
  type BusinessReport,
  type DeliverySeries,
  type Period,
} from './types.js';

/** What "above the trend" means for each delivery series, and its name on a chart's axis. */
export const SERIES_WORDS: Record<DeliverySeries, { more: string; axis: string }> = {
  deployments: { more: 'more deployments', axis: 'Deployments' },
  failedDeployments: { more: 'more failed deployments', axis: 'Failed deployments' },
  changeFailureRate: { more: 'a higher change failure rate', axis: 'Change failure rate' },
  leadTimeMedianHours: { more: 'a longer lead time', axis: 'Median lead time (hours)' },
  downtimeHours: { more: 'more downtime', axis: 'Downtime (hours)' },
  mergedPullRequests: { more: 'more pull requests merged', axis: 'Pull requests merged' },
  cycleTimeMedianHours: { more: 'a longer cycle time', axis: 'Median cycle time (hours)' },
};

export function periodWord(period: Period, count = 2): string {
  return count === 1 ? period : `${period}s`;
}

function lagWords(lag: number, period: Period): string {
  if (lag === 0) return `the same ${period}`;
  return lag === 1 ? `a ${period} later` : `${lag === 2 ? 'two' : formatNumber(lag)} ${period}s later`;
}

/** ρ with two decimals and a true minus sign. */
export function formatRho(rho: number): string {
  return rho.toFixed(2).replace('-', '−');
}

/** q (or p) with two significant digits; tiny values as "< 0.001". */
export function formatQ(q: number): string {
  return q < 0.001 ? '< 0.001' : String(Number(q.toPrecision(2)));
}

/** A business figure: three significant digits below 10 (a conversion rate of 0.0314), else whole. */
export function formatMeasure(value: number): string {
  return Math.abs(value) >= 10 ? formatNumber(value) : String(Number(value.toPrecision(3)));
}

/**
 * One finding in a sentence: "In weeks with more deployments than the trend, signups was higher a
 * week later: a strong relation over 24 weeks (ρ 0.62, q 0.01). It shows that they move together,
 * not that one causes the other."
 */
export function findingSentence(
  c: BusinessCorrelation,
  period: Period,
  name: (text: string) => string = (text) => text,
): string {
  const rho = c.rho!;
  return (
    `In ${periodWord(period)} with ${SERIES_WORDS[c.delivery].more} than the trend, ${name(c.measure)} was ` +
    `${rho > 0 ? 'higher' : 'lower'} ${lagWords(c.lag, period)}: a ${strengthWord(rho)} relation over ` +
    `${plural(c.pairs, period)} (ρ ${formatRho(rho)}, q ${formatQ(c.q!)}). ` +
    'It shows that they move together, not that one causes the other.'
  );
}

/** The findings, strongest first: lowest q, then largest |ρ|. */
export function findingsOf(business: BusinessReport): BusinessCorrelation[] {
  return business.correlations
    .filter((c) => c.finding)
    .sort((a, b) => a.q! - b.q! || Math.abs(b.rho!) - Math.abs(a.rho!));
}

/** What was compared and found nothing, in one line. */
export function nothingElseLine(business: BusinessReport): string {
  const tested = business.correlations.filter((c) => c.rho !== null).length;
  const all = business.correlations.length;
  const found = business.correlations.filter((c) => c.finding).length;
  const series = DELIVERY_SERIES.length;
  const looked =
    `${plural(series, 'delivery series', 'delivery series')} against ${plural(business.measures.length, 'measure')} ` +
    `at lags of 0 to ${LAGS[LAGS.length - 1]} ${periodWord(business.period)}`;
  const short = all - tested;
  const tooFew =
    short > 0
      ? `; ${formatNumber(short)} had too few ${periodWord(business.period)} with both figures or no spread`
      : '';
  return found === 0
    ? `Looked at ${looked}: ${plural(tested, 'comparison')} with enough data, and none moved together beyond chance${tooFew}.`
    : `The other ${plural(tested - found, 'comparison')} of ${looked} showed nothing beyond chance${tooFew}.`;
}

/**
 * Too little data, said plainly ("12 weeks are needed; the file covers 7 of the 26."), or null when
 * some comparison has its 12 pairs.
 */
export function tooLittleLine(business: BusinessReport): string | null {
  if (business.correlations.some((c) => c.pairs >= MIN_PAIRS)) return null;
  const covered = business.series.filter((s) => Object.values(s.measures).some((v) => v !== null)).length;
  const withHistory = business.series.filter((s) => s.deployments !== null).length;
  const history =
    withHistory < business.series.length ? ` The history covers ${formatNumber(withHistory)} of them.` : '';
  return (
    `${formatNumber(MIN_PAIRS)} ${periodWord(business.period)} with both delivery and business figures are needed; ` +
    `the file covers ${formatNumber(covered)} of the ${formatNumber(business.series.length)}.${history}`
  );
}

/**
 * The job summary's and the comment's one line: the strongest finding, or none; `name` makes a
 * measure's name (the user's text) safe where the line goes.
 */
export function businessLine(
  business: BusinessReport | null | undefined,
  name: (text: string) => string = (text) => text,
): string | null {
  if (!business) return null;
  const strongest = findingsOf(business)[0];
  if (strongest) return `**Delivery and the business:** ${findingSentence(strongest, business.period, name)}`;
  const little = tooLittleLine(business);
  return `**Delivery and the business:** ${little ?? `no delivery series moved with ${business.measures.map((m) => name(m.name)).join(', ')} beyond chance.`}`;
}
