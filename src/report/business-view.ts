// The report's "Delivery and the business" section: each finding as a sentence with its
// scatter chart, what was looked at and found nothing, each measure over time with failure
// periods marked, B5 and B6 in words. Plain data with final text; charts go through the page's
// chart data as every other chart (no inline script).
import type { MetricsReport } from '../metrics/types.js';
import type { ChartSpec, ChartView } from './view-parts.js';
import {
  formatDate,
  formatDuration,
  formatMoney,
  formatNumber,
  NO_DATA,
  plural,
} from '../translate/format.js';
import { MIN_PERIODS_FOR_MEAN } from '../business/compute.js';
import type { BusinessCorrelation, BusinessPeriod, BusinessReport, Period } from '../business/types.js';
import {
  findingSentence,
  findingsOf,
  formatMeasure,
  formatRho,
  nothingElseLine,
  periodWord,
  SERIES_WORDS,
  tooLittleLine,
} from '../business/words.js';

export interface BusinessFindingView {
  sentence: string;
  chart: ChartView;
}

export interface BusinessView {
  lede: string;
  /** "12 weeks … are needed; the file covers 7 of the 26." or null */
  tooLittle: string | null;
  findings: BusinessFindingView[];
  nothingElse: string;
  measures: ChartView[];
  downtime: string[];
  revenue: string[];
  method: string;
}

export interface BusinessViewOptions {
  downtimeCostPerHour?: number;
  currency?: string;
}

function periodLabel(iso: string, period: Period): string {
  const date = formatDate(iso);
  return period === 'month' ? date.replace(/^1 /, '') : date;
}

const value = (v: number | null) => (v === null ? NO_DATA : formatMeasure(v));

function deliveryValue(c: BusinessCorrelation, v: number | null): string {
  if (v === null) return NO_DATA;
  if (c.delivery === 'changeFailureRate') return `${formatNumber(v * 100)}%`;
  if (c.delivery.endsWith('Hours')) return formatDuration(v);
  return formatNumber(v);
}

function findingView(
  business: BusinessReport,
  c: BusinessCorrelation,
  k: number,
  charts: Record<string, ChartSpec>,
): BusinessFindingView {
  const series = business.series;
  const points = series.flatMap((s, p) => {
    const later = series[p + c.lag];
    const x = s[c.delivery];
    const y = later?.measures[c.measure] ?? null;
    return x === null || y === null ? [] : [{ p, x, y }];
  });
  const id = `chart-business-finding-${k + 1}`;
  charts[id] = {
    kind: 'scatter',
    labels: [],
    x: points.map((pt) => pt.x),
    datasets: [
      {
        label: `${periodWord(business.period)}`.replace(/^./, (l) => l.toUpperCase()),
        data: points.map((pt) => pt.y),
        colour: k % 2 === 0 ? 0 : 3,
      },
    ],
    stacked: false,
    horizontal: false,
    xTitle: SERIES_WORDS[c.delivery].axis,
    yTitle: c.lag === 0 ? c.measure : `${c.measure}, ${plural(c.lag, business.period)} later`,
    percent: false,
  };
  const drawn =
    points.length < c.pairs
      ? ` (${formatNumber(c.pairs - points.length)} more pairs use rows after the span: metrics.json has them)`
      : '';
  const later = c.lag === 0 ? c.measure : `${c.measure} ${plural(c.lag, business.period)} later`;
  return {
    sentence: findingSentence(c, business.period),
    chart: {
      id,
      title: `${SERIES_WORDS[c.delivery].axis} against ${later}, one dot per ${business.period}`,
      description: `Scatter chart of ${plural(points.length, business.period)}${drawn}; the trend of each side was removed before ρ (${formatRho(c.rho!)}) was computed, not from the chart. The table below has each ${business.period}.`,
      table: {
        caption: `${SERIES_WORDS[c.delivery].axis} and ${later}`,
        headers: [
          `${periodWord(business.period, 1)} starting`.replace(/^./, (l) => l.toUpperCase()),
          SERIES_WORDS[c.delivery].axis,
          later,
        ],
        rows: points.map((pt) => [
          periodLabel(series[pt.p].periodStart, business.period),
          deliveryValue(c, pt.x),
          value(pt.y),
        ]),
      },
    },
  };
}

/** Periods with a failure: a failed deployment or downtime. */
function failed(s: BusinessPeriod): boolean {
  return (s.failedDeployments ?? 0) > 0 || (s.downtimeHours ?? 0) > 0;
}

function measureChart(
  business: BusinessReport,
  name: string,
  j: number,
  charts: Record<string, ChartSpec>,
): ChartView {
  const labels = business.series.map((s) => periodLabel(s.periodStart, business.period));
  const data = business.series.map((s) => s.measures[name] ?? null);
  const marked = business.series.flatMap((s, i) => (failed(s) ? [i] : []));
  const id = `chart-business-measure-${j + 1}`;
  const per = periodWord(business.period);
  charts[id] = {
    kind: 'line',
    labels,
    datasets: [{ label: name, data, colour: 4 }],
    stacked: false,
    horizontal: false,
    yTitle: business.measures[j].unit ?? name,
    highlight: marked.length
      ? { indexes: marked, label: `${per.replace(/^./, (l) => l.toUpperCase())} with a failure` }
      : undefined,
  };
  const known = data.filter((v) => v !== null).length;
  return {
    id,
    title: `${name} per ${business.period}`,
    description: `Line chart of ${name} over ${plural(labels.length, business.period)} (${formatNumber(known)} with a value); shaded ${per} had a failed deployment or downtime. The table below has the figures.`,
    table: {
      caption: `${name} and failures per ${business.period}`,
      headers: [
        `${periodWord(business.period, 1)} starting`.replace(/^./, (l) => l.toUpperCase()),
        name,
        'Failed deployments',
        'Downtime',
      ],
      rows: business.series.map((s, i) => [
        labels[i],
        value(data[i]),
        s.failedDeployments === null ? NO_DATA : formatNumber(s.failedDeployments),
        s.downtimeHours === null ? NO_DATA : s.downtimeHours === 0 ? 'none' : formatDuration(s.downtimeHours),
      ]),
    },
  };
}

function downtimeWords(business: BusinessReport): string[] {
  const per = periodWord(business.period);
  return business.downtimeComparison.map((d) => {
    if (d.meanWith === null || d.meanWithout === null) {
      return `${d.measure}: too few ${per} to compare (${formatNumber(d.periodsWith)} with downtime and ${formatNumber(d.periodsWithout)} without; ${MIN_PERIODS_FOR_MEAN} of each are needed).`;
    }
    const better = business.measures.find((m) => m.name === d.measure)?.better ?? 'higher';
    const worse = d.meanWith !== d.meanWithout && d.meanWith < d.meanWithout === (better === 'higher');
    const direction = worse ? ` Worse in ${per} with downtime (${better} is better).` : '';
    return `${d.measure}: ${formatMeasure(d.meanWith)} on average in the ${plural(d.periodsWith, business.period)} with downtime, against ${formatMeasure(d.meanWithout)} in the ${formatNumber(d.periodsWithout)} without.${direction}`;
  });
}

function amountText(amount: number, unit: string | null): string {
  if (unit !== null && /^[A-Z]{3}$/.test(unit)) {
    try {
      return formatMoney(amount, unit);
    } catch {
      // not a currency after all: the number and the unit as written
    }
  }
  return `${formatMeasure(amount)}${unit ? ` ${unit}` : ''}`;
}

function revenueWords(
  report: MetricsReport,
  business: BusinessReport,
  options: BusinessViewOptions,
): string[] {
  if (business.revenueDuringFailures.length === 0) return [];
  const since = Date.parse(report.window.since);
  const current = business.series.filter((s) => Date.parse(s.periodStart) >= since);
  const hours = current.reduce((total, s) => total + (s.downtimeHours ?? 0), 0);
  const per = periodWord(business.period);
  const lines = business.revenueDuringFailures.map((r) => {
    const unit = business.measures.find((m) => m.name === r.measure)?.unit ?? null;
    return `${r.measure}: ${amountText(r.amount, unit)} flowed while a failure was open in the current window's ${plural(current.length, business.period)} (each ${business.period}'s figure spread evenly over its hours, times the hours of downtime).`;
  });
  lines.push(
    `That is an upper bound on what was at stake, not a loss: much of it still came in, or came back later.`,
  );
  if (options.downtimeCostPerHour !== undefined) {
    const currency = options.currency ?? 'USD';
    lines.push(
      `Beside it, the stated cost of downtime: ${formatDuration(hours)} of downtime in those ${per} at ${formatMoney(options.downtimeCostPerHour, currency)} an hour is ${formatMoney(hours * options.downtimeCostPerHour, currency)}.`,
    );
  } else {
    lines.push(`No cost per hour of downtime is stated (--downtime-cost-per-hour) to set beside it.`);
  }
  return lines;
}

/** null when the report has no business measures. */
export function buildBusinessView(
  report: MetricsReport,
  charts: Record<string, ChartSpec>,
  options: BusinessViewOptions = {},
): BusinessView | null {
  const business = report.business;
  if (!business) return null;
  const per = periodWord(business.period);
  const names = business.measures.map((m) => m.name);
  return {
    lede: `${plural(names.length, 'business measure')} (${names.join(', ')}) set against delivery ${business.period} by ${business.period}, over the ${plural(business.series.length, business.period)} of this window and the one before.`,
    tooLittle: tooLittleLine(business),
    findings: findingsOf(business).map((c, k) => findingView(business, c, k, charts)),
    nothingElse: nothingElseLine(business),
    measures: names.map((name, j) => measureChart(business, name, j, charts)),
    downtime: downtimeWords(business),
    revenue: revenueWords(report, business, options),
    method:
      `Each delivery series and each measure is first freed of its straight-line trend over the ${per}, so that two things that merely grew together are not taken for related. ` +
      `Spearman's ρ then compares their ranks, with the measure taken in the same ${business.period} or one or two ${per} later; p comes from Student's t, and Benjamini–Hochberg's q allows for the many comparisons. ` +
      `A relation is reported when q is at most 0.1 and |ρ| at least 0.4, over at least 12 ${per}.`,
  };
}
