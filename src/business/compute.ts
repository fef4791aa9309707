// B3–B6 over the span (the current and the previous window): delivery series per period, their
// relation with each business measure at lags 0–2, downtime and the business, revenue during
// failures. Pure: the engine's model and the file's rows in, metrics.json's `business` out.
import type { Model } from '../metrics/model.js';
import { DAY_MS } from '../metrics/stats.js';
import { isoTime, type Range, type ReportWindow } from '../metrics/window.js';
import { periodStartAfter, periodsOf } from './periods.js';
import { recordedSpan } from '../metrics/history.js';
import { deliveryOf, outagesOf, type Delivery } from './series.js';
import { benjaminiHochberg, detrendedSpearman, MAX_Q, MIN_RHO, pValue } from './statistics.js';
import {
  DELIVERY_SERIES,
  type BusinessCorrelation,
  type BusinessInput,
  type BusinessReport,
  type DowntimeComparison,
  type RevenueDuringFailures,
} from './types.js';

export const LAGS = [0, 1, 2] as const;
const HOUR_MS = 3_600_000;
/** B5: a mean needs at least this many periods. */
export const MIN_PERIODS_FOR_MEAN = 3;

/** B3: the span, `[since − days, until)`. */
export function spanOf(window: ReportWindow): Range {
  return { since: window.since - window.days * DAY_MS, until: window.until };
}

/** One measure's values by the span's period index; may run past the span (rows after it, for lags). */
export interface MeasureValues {
  name: string;
  values: readonly (number | null)[];
}

/**
 * B4 on plain series: for each measure, delivery series and lag, the pairs (D[p], M[p + k]) where
 * both are known, ρ of their residuals from the trend over p, p and (over every triple with a p)
 * Benjamini–Hochberg's q. Measures outermost, then delivery series, then lag.
 */
export function correlateSeries(
  delivery: readonly Delivery[],
  measures: readonly MeasureValues[],
): BusinessCorrelation[] {
  const out: BusinessCorrelation[] = [];
  for (const measure of measures) {
    for (const series of DELIVERY_SERIES) {
      for (const lag of LAGS) {
        const index: number[] = [];
        const xs: number[] = [];
        const ys: number[] = [];
        delivery.forEach((period, p) => {
          const x = period[series];
          const y = measure.values[p + lag] ?? null;
          if (x === null || y === null) return;
          index.push(p);
          xs.push(x);
          ys.push(y);
        });
        const rho = detrendedSpearman(index, xs, ys);
        out.push({
          delivery: series,
          measure: measure.name,
          lag,
          pairs: index.length,
          rho,
          p: rho === null ? null : pValue(rho, index.length),
          q: null,
          finding: false,
        });
      }
    }
  }
  const qs = benjaminiHochberg(out.map((c) => c.p));
  out.forEach((c, i) => {
    c.q = qs[i];
    c.finding = c.q !== null && c.rho !== null && c.q <= MAX_Q && Math.abs(c.rho) >= MIN_RHO;
  });
  return out;
}

function mean(values: readonly number[]): number | null {
  if (values.length < MIN_PERIODS_FOR_MEAN) return null;
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

/** B5: each measure over periods with downtime (> 0 hours) and without. */
export function compareDowntime(
  delivery: readonly Delivery[],
  measures: readonly MeasureValues[],
): DowntimeComparison[] {
  return measures.map((measure) => {
    const withDowntime: number[] = [];
    const without: number[] = [];
    delivery.forEach((period, p) => {
      const value = measure.values[p] ?? null;
      if (value === null || period.downtimeHours === null) return;
      (period.downtimeHours > 0 ? withDowntime : without).push(value);
    });
    return {
      measure: measure.name,
      periodsWith: withDowntime.length,
      periodsWithout: without.length,
      meanWith: mean(withDowntime),
      meanWithout: mean(without),
    };
  });
}

/** The input's values of each measure by period index from the span's first period, lags included. */
export function measureValues(input: BusinessInput, periods: readonly Range[]): MeasureValues[] {
  const starts = periods.map((p) => p.since);
  if (starts.length > 0) {
    for (let k = 1; k <= LAGS[LAGS.length - 1]; k++)
      starts.push(periodStartAfter(starts[periods.length - 1], k, input.period));
  }
  return input.measures.map((measure, j) => ({
    name: measure.name,
    values: starts.map((start) => input.rows.get(start)?.[j] ?? null),
  }));
}

export function computeBusiness(model: Model, window: ReportWindow, input: BusinessInput): BusinessReport {
  const periods = periodsOf(spanOf(window), input.period);
  // B3: the history begins at the earliest of the times T4 lists.
  const first = recordedSpan(model.world).begins;
  const outages = outagesOf(model.events, window.until);
  const delivery = periods.map((period) => deliveryOf(model, period, first, outages));
  const measures = measureValues(input, periods);
  const revenue: RevenueDuringFailures[] = input.measures
    .map((m, j) => ({ m, j }))
    .filter(({ m }) => m.kind === 'revenue')
    .map(({ m, j }) => {
      // B6: over the current window's periods; a missing value counts 0.
      let amount = 0;
      periods.forEach((period, p) => {
        const value = measures[j].values[p];
        const down = delivery[p].downtimeHours;
        if (period.since < window.since || value === null || down === null) return;
        amount += (down * value) / ((period.until - period.since) / HOUR_MS);
      });
      return { measure: m.name, amount };
    });
  return {
    period: input.period,
    measures: input.measures.map(({ name, unit, better, kind }) => ({ name, unit, better, kind })),
    series: periods.map((period, p) => ({
      periodStart: isoTime(period.since),
      ...delivery[p],
      measures: Object.fromEntries(measures.map((m) => [m.name, m.values[p]])),
    })),
    correlations: correlateSeries(delivery, measures),
    downtimeComparison: compareDowntime(delivery, measures),
    revenueDuringFailures: revenue,
  };
}

/**
 * B7's satisfaction of a window: the mean of the first `satisfaction` measure over the window's
 * periods (B3, those that start in it) that have a value, scaled to [0, 1] by its range; 1 without
 * such a measure (or without business measures), null when none of those periods has a value.
 */
/** B7: the name of the measure whose mean is the satisfaction factor (the first of kind satisfaction). */
export function satisfactionMeasure(input: BusinessInput | null | undefined): string | null {
  return input?.measures.find((m) => m.kind === 'satisfaction')?.name ?? null;
}

export function windowSatisfaction(input: BusinessInput | null | undefined, window: Range): number | null {
  const j = input ? input.measures.findIndex((m) => m.kind === 'satisfaction') : -1;
  if (!input || j < 0) return 1;
  const values = periodsOf(window, input.period)
    .map((period) => input.rows.get(period.since)?.[j] ?? null)
    .filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const average = values.reduce((a, b) => a + b, 0) / values.length;
  const [low, high] = input.measures[j].range ?? [0, 1];
  return (average - low) / (high - low);
}
