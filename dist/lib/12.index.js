export const id = 12;
export const ids = [12];
export const modules = {

/***/ 66662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yq: () => (/* binding */ LAGS),
  yN: () => (/* binding */ MIN_PERIODS_FOR_MEAN),
  SU: () => (/* binding */ computeBusiness),
  dl: () => (/* binding */ satisfactionMeasure),
  j5: () => (/* binding */ windowSatisfaction)
});

// UNUSED EXPORTS: compareDowntime, correlateSeries, measureValues, spanOf

// EXTERNAL MODULE: ./src/metrics/stats.ts
var stats = __webpack_require__(54522);
// EXTERNAL MODULE: ./src/metrics/window.ts
var metrics_window = __webpack_require__(62573);
// EXTERNAL MODULE: ./src/business/periods.ts
var business_periods = __webpack_require__(23708);
// EXTERNAL MODULE: ./src/metrics/history.ts
var metrics_history = __webpack_require__(75561);
// EXTERNAL MODULE: ./src/metrics/period.ts
var metrics_period = __webpack_require__(42184);
// EXTERNAL MODULE: ./src/metrics/downtime.ts
var downtime = __webpack_require__(58484);
;// CONCATENATED MODULE: ./src/business/series.ts



/** R2: every failure event of the world as [start, restored); one not yet restored lasts to `until`. */
function outagesOf(events, until) {
    return (0,downtime/* unionOf */.Z6)(events.map((e) => ({ since: e.start, until: e.restored ?? until })));
}
const UNCOVERED = {
    deployments: null,
    failedDeployments: null,
    changeFailureRate: null,
    leadTimeMedianHours: null,
    downtimeHours: null,
    mergedPullRequests: null,
    cycleTimeMedianHours: null,
};
/**
 * B3: one period's delivery series; every one null when the period starts before the history
 * (`first`), the flow ones null in a commits-only world.
 */
function deliveryOf(model, period, first, outages) {
    if (first === null || period.since < first)
        return { ...UNCOVERED };
    const deployments = (0,metrics_period/* deploymentsIn */.qU)(model, period);
    const failed = (0,metrics_period/* failedCount */.dD)(model, deployments);
    const merged = model.prWorld ? (0,metrics_period/* flowMergedIn */.we)(model, period) : null; // L5 as F1, F2
    return {
        deployments: deployments.length,
        failedDeployments: failed,
        changeFailureRate: deployments.length === 0 ? null : failed / deployments.length,
        leadTimeMedianHours: (0,stats/* median */.JZ)((0,metrics_period/* leadTimesOf */.Kp)(model, deployments)),
        downtimeHours: (0,downtime/* hoursWithin */.Zr)(outages, period),
        mergedPullRequests: merged === null ? null : merged.length,
        cycleTimeMedianHours: merged === null ? null : (0,stats/* median */.JZ)(merged.map((i) => model.cycles[i].cycleHours)),
    };
}

// EXTERNAL MODULE: ./src/business/statistics.ts
var statistics = __webpack_require__(30259);
// EXTERNAL MODULE: ./src/business/types.ts
var types = __webpack_require__(41475);
;// CONCATENATED MODULE: ./src/business/compute.ts







const LAGS = [0, 1, 2];
const HOUR_MS = 3_600_000;
/** B5: a mean needs at least this many periods. */
const MIN_PERIODS_FOR_MEAN = 3;
/** B3: the span, `[since − days, until)`. */
function spanOf(window) {
    return { since: window.since - window.days * stats/* DAY_MS */.sO, until: window.until };
}
/**
 * B4 on plain series: for each measure, delivery series and lag, the pairs (D[p], M[p + k]) where
 * both are known, ρ of their residuals from the trend over p, p and (over every triple with a p)
 * Benjamini–Hochberg's q. Measures outermost, then delivery series, then lag.
 */
function correlateSeries(delivery, measures) {
    const out = [];
    for (const measure of measures) {
        for (const series of types/* DELIVERY_SERIES */.Z) {
            for (const lag of LAGS) {
                const index = [];
                const xs = [];
                const ys = [];
                delivery.forEach((period, p) => {
                    const x = period[series];
                    const y = measure.values[p + lag] ?? null;
                    if (x === null || y === null)
                        return;
                    index.push(p);
                    xs.push(x);
                    ys.push(y);
                });
                const rho = (0,statistics/* detrendedSpearman */.Pg)(index, xs, ys);
                out.push({
                    delivery: series,
                    measure: measure.name,
                    lag,
                    pairs: index.length,
                    rho,
                    p: rho === null ? null : (0,statistics/* pValue */.sp)(rho, index.length),
                    q: null,
                    finding: false,
                });
            }
        }
    }
    const qs = (0,statistics/* benjaminiHochberg */.Uh)(out.map((c) => c.p));
    out.forEach((c, i) => {
        c.q = qs[i];
        c.finding = c.q !== null && c.rho !== null && c.q <= statistics/* MAX_Q */.HF && Math.abs(c.rho) >= statistics/* MIN_RHO */.rE;
    });
    return out;
}
function mean(values) {
    if (values.length < MIN_PERIODS_FOR_MEAN)
        return null;
    let total = 0;
    for (const v of values)
        total += v;
    return total / values.length;
}
/** B5: each measure over periods with downtime (> 0 hours) and without. */
function compareDowntime(delivery, measures) {
    return measures.map((measure) => {
        const withDowntime = [];
        const without = [];
        delivery.forEach((period, p) => {
            const value = measure.values[p] ?? null;
            if (value === null || period.downtimeHours === null)
                return;
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
function measureValues(input, periods) {
    const starts = periods.map((p) => p.since);
    if (starts.length > 0) {
        for (let k = 1; k <= LAGS[LAGS.length - 1]; k++)
            starts.push((0,business_periods/* periodStartAfter */.OT)(starts[periods.length - 1], k, input.period));
    }
    return input.measures.map((measure, j) => ({
        name: measure.name,
        values: starts.map((start) => input.rows.get(start)?.[j] ?? null),
    }));
}
function computeBusiness(model, window, input) {
    const periods = (0,business_periods/* periodsOf */.qC)(spanOf(window), input.period);
    // B3: the history begins at the earliest of the times T4 lists.
    const first = (0,metrics_history/* recordedSpan */.x2)(model.world).begins;
    const outages = outagesOf(model.events, window.until);
    const delivery = periods.map((period) => deliveryOf(model, period, first, outages));
    const measures = measureValues(input, periods);
    const revenue = input.measures
        .map((m, j) => ({ m, j }))
        .filter(({ m }) => m.kind === 'revenue')
        .map(({ m, j }) => {
        // B6: over the current window's periods; a missing value counts 0.
        let amount = 0;
        periods.forEach((period, p) => {
            const value = measures[j].values[p];
            const down = delivery[p].downtimeHours;
            if (period.since < window.since || value === null || down === null)
                return;
            amount += (down * value) / ((period.until - period.since) / HOUR_MS);
        });
        return { measure: m.name, amount };
    });
    return {
        period: input.period,
        measures: input.measures.map(({ name, unit, better, kind }) => ({ name, unit, better, kind })),
        series: periods.map((period, p) => ({
            periodStart: (0,metrics_window/* isoTime */.Ly)(period.since),
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
function satisfactionMeasure(input) {
    return input?.measures.find((m) => m.kind === 'satisfaction')?.name ?? null;
}
function windowSatisfaction(input, window) {
    const j = input ? input.measures.findIndex((m) => m.kind === 'satisfaction') : -1;
    if (!input || j < 0)
        return 1;
    const values = (0,business_periods/* periodsOf */.qC)(window, input.period)
        .map((period) => input.rows.get(period.since)?.[j] ?? null)
        .filter((v) => v !== null);
    if (values.length === 0)
        return null;
    const average = values.reduce((a, b) => a + b, 0) / values.length;
    const [low, high] = input.measures[j].range ?? [0, 1];
    return (average - low) / (high - low);
}


/***/ }),

/***/ 23708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ periodStartAfter),
/* harmony export */   VS: () => (/* binding */ startsPeriod),
/* harmony export */   qC: () => (/* binding */ periodsOf),
/* harmony export */   vI: () => (/* binding */ nextPeriodStart)
/* harmony export */ });
/* harmony import */ var _metrics_stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54522);
/* harmony import */ var _metrics_window_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62573);
// B3: the span's periods, ISO weeks (W3) or calendar months (UTC), each cut at `until`.


/** The start of the period after the one starting at `start` (not cut at any `until`). */
function nextPeriodStart(start, period) {
    if (period === 'week')
        return start + 7 * _metrics_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
    const date = new Date(start);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}
/** The start of the period `k` periods after the one starting at `start`. */
function periodStartAfter(start, k, period) {
    let at = start;
    for (let i = 0; i < k; i++)
        at = nextPeriodStart(at, period);
    return at;
}
/** B3: the periods that start in the range, each counting `[start, min(next start, until))`. */
function periodsOf(range, period) {
    if (period === 'week')
        return (0,_metrics_window_js__WEBPACK_IMPORTED_MODULE_1__/* .weeksOf */ .x3)(range);
    const since = new Date(range.since);
    let start = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), 1);
    if (start < range.since)
        start = nextPeriodStart(start, 'month');
    const out = [];
    for (; start < range.until; start = nextPeriodStart(start, 'month')) {
        out.push({ since: start, until: Math.min(nextPeriodStart(start, 'month'), range.until) });
    }
    return out;
}
/** B1: whether a UTC midnight starts a period (a Monday, or the 1st of a month). */
function startsPeriod(ms, period) {
    const date = new Date(ms);
    if (ms % _metrics_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO !== 0)
        return false;
    return period === 'week' ? date.getUTCDay() === 1 : date.getUTCDate() === 1;
}


/***/ }),

/***/ 30259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ MIN_PAIRS),
/* harmony export */   HF: () => (/* binding */ MAX_Q),
/* harmony export */   Pg: () => (/* binding */ detrendedSpearman),
/* harmony export */   Sj: () => (/* binding */ loadStatistics),
/* harmony export */   Uh: () => (/* binding */ benjaminiHochberg),
/* harmony export */   gF: () => (/* binding */ strengthWord),
/* harmony export */   rE: () => (/* binding */ MIN_RHO),
/* harmony export */   sp: () => (/* binding */ pValue)
/* harmony export */ });
/* unused harmony exports residuals, round9 */
/* harmony import */ var _context_statistics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34296);
// B4's statistics: residuals from a least-squares trend, Spearman's ρ with average ranks for ties,
// its two-sided p-value on Student's t, and Benjamini–Hochberg q-values.

/** B4: below this many pairs ρ is null. */
const MIN_PAIRS = 12;
/** B4: a finding needs q at most this … */
const MAX_Q = 0.1;
/** … and |ρ| at least this. */
const MIN_RHO = 0.4;
/** Residuals of `ys` from the least-squares line over `xs` (the periods' indexes i). */
function residuals(xs, ys) {
    const n = xs.length;
    let mx = 0;
    let my = 0;
    for (let k = 0; k < n; k++) {
        mx += xs[k];
        my += ys[k];
    }
    mx /= n;
    my /= n;
    let sxy = 0;
    let sxx = 0;
    for (let k = 0; k < n; k++) {
        sxy += (xs[k] - mx) * (ys[k] - my);
        sxx += (xs[k] - mx) ** 2;
    }
    const slope = sxx === 0 ? 0 : sxy / sxx;
    return ys.map((y, k) => y - (my + slope * (xs[k] - mx)));
}
/** B4: residuals are compared (and ranked) after rounding to 9 decimal places. */
function round9(value) {
    const rounded = Number(value.toFixed(9));
    return rounded === 0 ? 0 : rounded;
}
function constant(values) {
    return values.every((v) => v === values[0]);
}
/**
 * B4: Spearman's ρ of two sides, each first freed of its trend over `index`; null below
 * MIN_PAIRS pairs or when either side's rounded residuals are constant.
 */
function detrendedSpearman(index, xs, ys) {
    if (index.length < MIN_PAIRS)
        return null;
    const rx = residuals(index, xs).map(round9);
    const ry = residuals(index, ys).map(round9);
    if (constant(rx) || constant(ry))
        return null;
    return (0,_context_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .pearson */ .nc)((0,_context_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .averageRanks */ .BR)(rx), (0,_context_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .averageRanks */ .BR)(ry));
}
let tCdf;
/**
 * Loads Student's t distribution (@stdlib, three quarters of a megabyte bundled) for a run with
 * business measures only: every other run starts without it.
 */
async function loadStatistics() {
    tCdf ??= (await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.t.bind(__webpack_require__, 86021, 23))).default;
}
/**
 * B4: two-sided p of ρ over n pairs, from t = ρ·√((n − 3) ÷ (1 − ρ²)) on Student's t with n − 3
 * degrees of freedom (one more than usual is spent on the trend); 0 when |ρ| = 1.
 */
function pValue(rho, n) {
    if (tCdf === undefined)
        throw new Error('pValue: await loadStatistics() before computing B4');
    if (Math.abs(rho) >= 1)
        return 0;
    const t = rho * Math.sqrt((n - 3) / (1 - rho * rho));
    return Math.min(1, 2 * tCdf(-Math.abs(t), n - 3));
}
/**
 * B4: Benjamini–Hochberg over the p-values given (nulls are no test and get a null q):
 * q₍ᵢ₎ = min over j ≥ i of p₍ⱼ₎·m ÷ j, capped at 1, with p sorted ascending and m tests.
 */
function benjaminiHochberg(ps) {
    const order = ps.flatMap((p, i) => (p === null ? [] : [i])).sort((a, b) => ps[a] - ps[b] || a - b);
    const m = order.length;
    const qs = ps.map(() => null);
    let running = 1;
    for (let j = m; j >= 1; j--) {
        const i = order[j - 1];
        running = Math.min(running, (ps[i] * m) / j);
        qs[i] = running;
    }
    return qs;
}
/** B4: words for |ρ|. */
function strengthWord(rho) {
    const size = Math.abs(rho);
    if (size < 0.2)
        return 'no relation';
    if (size < 0.4)
        return 'weak';
    if (size < 0.6)
        return 'moderate';
    return 'strong';
}


/***/ }),

/***/ 41475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ DELIVERY_SERIES)
/* harmony export */ });
// delivery against the business's own numbers (B1–B6, docs/metrics.md). The business measures
// the user brings, as read and checked, and metrics.json's `business` key.
/** B3: the delivery series, in the order metrics.json lists them. */
const DELIVERY_SERIES = [
    'deployments',
    'failedDeployments',
    'changeFailureRate',
    'leadTimeMedianHours',
    'downtimeHours',
    'mergedPullRequests',
    'cycleTimeMedianHours',
];


/***/ }),

/***/ 22771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ periodWord),
/* harmony export */   F8: () => (/* binding */ nothingElseLine),
/* harmony export */   Ro: () => (/* binding */ formatRho),
/* harmony export */   WX: () => (/* binding */ findingsOf),
/* harmony export */   Zl: () => (/* binding */ tooLittleLine),
/* harmony export */   d: () => (/* binding */ businessLine),
/* harmony export */   dj: () => (/* binding */ findingSentence),
/* harmony export */   el: () => (/* binding */ SERIES_WORDS),
/* harmony export */   os: () => (/* binding */ formatMeasure)
/* harmony export */ });
/* unused harmony export formatQ */
/* harmony import */ var _translate_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56835);
/* harmony import */ var _compute_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66662);
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30259);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41475);
// B4–B6 in plain words: each finding as one sentence built from its figures (never as a cause),
// what was looked at and found nothing, and the one line of the job summary and the comment.




/** What "above the trend" means for each delivery series, and its name on a chart's axis. */
const SERIES_WORDS = {
    deployments: { more: 'more deployments', axis: 'Deployments' },
    failedDeployments: { more: 'more failed deployments', axis: 'Failed deployments' },
    changeFailureRate: { more: 'a higher change failure rate', axis: 'Change failure rate' },
    leadTimeMedianHours: { more: 'a longer lead time', axis: 'Median lead time (hours)' },
    downtimeHours: { more: 'more downtime', axis: 'Downtime (hours)' },
    mergedPullRequests: { more: 'more pull requests merged', axis: 'Pull requests merged' },
    cycleTimeMedianHours: { more: 'a longer cycle time', axis: 'Median cycle time (hours)' },
};
function periodWord(period, count = 2) {
    return count === 1 ? period : `${period}s`;
}
function lagWords(lag, period) {
    if (lag === 0)
        return `the same ${period}`;
    return lag === 1 ? `a ${period} later` : `${lag === 2 ? 'two' : (0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(lag)} ${period}s later`;
}
/** ρ with two decimals and a true minus sign. */
function formatRho(rho) {
    return rho.toFixed(2).replace('-', '−');
}
/** q (or p) with two significant digits; tiny values as "< 0.001". */
function formatQ(q) {
    return q < 0.001 ? '< 0.001' : String(Number(q.toPrecision(2)));
}
/** A business figure: three significant digits below 10 (a conversion rate of 0.0314), else whole. */
function formatMeasure(value) {
    return Math.abs(value) >= 10 ? (0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(value) : String(Number(value.toPrecision(3)));
}
/**
 * One finding in a sentence: "In weeks with more deployments than the trend, signups was higher a
 * week later: a strong relation over 24 weeks (ρ 0.62, q 0.01). It shows that they move together,
 * not that one causes the other."
 */
function findingSentence(c, period, name = (text) => text) {
    const rho = c.rho;
    return (`In ${periodWord(period)} with ${SERIES_WORDS[c.delivery].more} than the trend, ${name(c.measure)} was ` +
        `${rho > 0 ? 'higher' : 'lower'} ${lagWords(c.lag, period)}: a ${(0,_statistics_js__WEBPACK_IMPORTED_MODULE_2__/* .strengthWord */ .gF)(rho)} relation over ` +
        `${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(c.pairs, period)} (ρ ${formatRho(rho)}, q ${formatQ(c.q)}). ` +
        'It shows that they move together, not that one causes the other.');
}
/** The findings, strongest first: lowest q, then largest |ρ|. */
function findingsOf(business) {
    return business.correlations
        .filter((c) => c.finding)
        .sort((a, b) => a.q - b.q || Math.abs(b.rho) - Math.abs(a.rho));
}
/** What was compared and found nothing, in one line. */
function nothingElseLine(business) {
    const tested = business.correlations.filter((c) => c.rho !== null).length;
    const all = business.correlations.length;
    const found = business.correlations.filter((c) => c.finding).length;
    const series = _types_js__WEBPACK_IMPORTED_MODULE_3__/* .DELIVERY_SERIES */ .Z.length;
    const looked = `${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(series, 'delivery series', 'delivery series')} against ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(business.measures.length, 'measure')} ` +
        `at lags of 0 to ${_compute_js__WEBPACK_IMPORTED_MODULE_0__/* .LAGS */ .yq[_compute_js__WEBPACK_IMPORTED_MODULE_0__/* .LAGS */ .yq.length - 1]} ${periodWord(business.period)}`;
    const short = all - tested;
    const tooFew = short > 0
        ? `; ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(short)} had too few ${periodWord(business.period)} with both figures or no spread`
        : '';
    return found === 0
        ? `Looked at ${looked}: ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(tested, 'comparison')} with enough data, and none moved together beyond chance${tooFew}.`
        : `The other ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(tested - found, 'comparison')} of ${looked} showed nothing beyond chance${tooFew}.`;
}
/**
 * Too little data, said plainly ("12 weeks are needed; the file covers 7 of the 26."), or null when
 * some comparison has its 12 pairs.
 */
function tooLittleLine(business) {
    if (business.correlations.some((c) => c.pairs >= _statistics_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_PAIRS */ .$7))
        return null;
    const covered = business.series.filter((s) => Object.values(s.measures).some((v) => v !== null)).length;
    const withHistory = business.series.filter((s) => s.deployments !== null).length;
    const history = withHistory < business.series.length ? ` The history covers ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(withHistory)} of them.` : '';
    return (`${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(_statistics_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_PAIRS */ .$7)} ${periodWord(business.period)} with both delivery and business figures are needed; ` +
        `the file covers ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(covered)} of the ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(business.series.length)}.${history}`);
}
/**
 * The job summary's and the comment's one line: the strongest finding, or none; `name` makes a
 * measure's name (the user's text) safe where the line goes.
 */
function businessLine(business, name = (text) => text) {
    if (!business)
        return null;
    const strongest = findingsOf(business)[0];
    if (strongest)
        return `**Delivery and the business:** ${findingSentence(strongest, business.period, name)}`;
    const little = tooLittleLine(business);
    return `**Delivery and the business:** ${little ?? `no delivery series moved with ${business.measures.map((m) => name(m.name)).join(', ')} beyond chance.`}`;
}


/***/ }),

/***/ 77218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wv: () => (/* binding */ MINIMUM_SAMPLE),
/* harmony export */   XO: () => (/* binding */ batchSizePairs),
/* harmony export */   f5: () => (/* binding */ computeBottleneck),
/* harmony export */   gC: () => (/* binding */ frequencyPairs),
/* harmony export */   h$: () => (/* binding */ computeCorrelations)
/* harmony export */ });
/* unused harmony export correlate */
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34296);

/** Below this many pairs a coefficient is shown but said to mean nothing. */
const MINIMUM_SAMPLE = 10;
const PHASES = ['coding', 'pickup', 'review', 'deploy'];
function computeBottleneck(report) {
    if (report.flow === null)
        return null;
    const complete = report.records.pullRequests.filter((pr) => pr.pickupHours !== null && pr.deployHours !== null);
    const totals = { coding: 0, pickup: 0, review: 0, deploy: 0 };
    for (const pr of complete) {
        totals.coding += pr.codingHours;
        totals.pickup += pr.pickupHours;
        totals.review += pr.reviewHours;
        totals.deploy += pr.deployHours;
    }
    const all = PHASES.reduce((sum, phase) => sum + totals[phase], 0);
    // F2: each phase's median over the pull requests merged in the window that have it.
    const cycle = report.flow.cycleTime;
    const medians = {
        coding: cycle.codingHours,
        pickup: cycle.pickupHours,
        review: cycle.reviewHours,
        deploy: cycle.deployHours,
    };
    const phases = PHASES.map((phase) => ({
        phase,
        medianHours: medians[phase],
        totalHours: totals[phase],
        share: all === 0 ? 0 : totals[phase] / all,
    }));
    // F2: the bottleneck is the largest of the four phase medians (none when every one is 0 or null).
    let largest = null;
    for (const p of phases) {
        if (p.medianHours !== null &&
            p.medianHours > 0 &&
            (largest === null || p.medianHours > largest.medianHours))
            largest = p;
    }
    return {
        pullRequests: complete.length,
        phases,
        largest: largest?.phase ?? null,
        largestShare: largest === null || all === 0 ? null : largest.share,
    };
}
function correlate(x, y, pairs) {
    return {
        x,
        y,
        n: pairs.length,
        spearman: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .spearman */ .CN)(pairs.map((p) => p[0]), pairs.map((p) => p[1])),
        minimumSample: MINIMUM_SAMPLE,
        enough: pairs.length >= MINIMUM_SAMPLE,
    };
}
/** Per pull request merged in the window with a known size: lines changed (F6) and cycle time (F2). */
function batchSizePairs(report) {
    return report.records.pullRequests
        .filter((pr) => pr.lines !== null)
        .map((pr) => [pr.lines, pr.cycleHours]);
}
/** Per week (W3) with at least one deployment: deployments, and the share of them that failed (C3). */
function frequencyPairs(report) {
    return report.weekly
        .filter((w) => w.deployments > 0)
        .map((w) => [w.deployments, w.failedDeployments / w.deployments]);
}
function computeCorrelations(report) {
    return {
        batchSizeVsCycleTime: correlate('lines changed per pull request', 'cycle time (hours)', batchSizePairs(report)),
        deploymentsVsFailureRate: correlate('deployments in the week', 'change failure rate of the week', frequencyPairs(report)),
    };
}


/***/ }),

/***/ 34296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ averageRanks),
/* harmony export */   CN: () => (/* binding */ spearman),
/* harmony export */   XG: () => (/* binding */ weightedPercentile),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   nc: () => (/* binding */ pearson)
/* harmony export */ });
/* harmony import */ var _metrics_stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54522);
// Statistics the context needs beyond S1: a weighted percentile that is S1's on the values
// repeated by their whole-number weights, and Spearman's rank correlation.

/**
 * S1 over the multiset in which each value appears `weight` times (weights are whole numbers, as
 * the configuration requires): with every weight 1 it is exactly S1's percentile. null when the
 * weights add up to 0.
 */
function weightedPercentile(values, weights, p) {
    const order = values.map((_, i) => i).filter((i) => weights[i] > 0);
    order.sort((a, b) => values[a] - values[b]);
    let total = 0;
    for (const i of order)
        total += weights[i];
    if (total === 0)
        return null;
    const rank = p * (total - 1);
    const low = valueAt(order, values, weights, Math.floor(rank));
    const high = valueAt(order, values, weights, Math.ceil(rank));
    return low + (high - low) * (rank - Math.floor(rank));
}
/** The value at position `k` of the expanded, sorted multiset. */
function valueAt(order, values, weights, k) {
    let seen = 0;
    for (const i of order) {
        seen += weights[i];
        if (k < seen)
            return values[i];
    }
    return values[order[order.length - 1]];
}
/** Ranks from 1, ties sharing the average of the ranks they span. */
function averageRanks(values) {
    // Sorted natively, without a comparator; one pass over the sorted values gives each run of ties
    // (positions i to j - 1) its average rank, (i + j - 1) / 2 + 1.
    const sorted = Float64Array.from(values).sort();
    const rankOf = new Map();
    for (let i = 0; i < sorted.length;) {
        let j = i + 1;
        while (j < sorted.length && sorted[j] === sorted[i])
            j++;
        rankOf.set(sorted[i], (i + j - 1) / 2 + 1);
        i = j;
    }
    return values.map((value) => rankOf.get(value));
}
/** Pearson's coefficient; null when either side has no spread or fewer than 3 pairs. */
function pearson(xs, ys) {
    const n = xs.length;
    if (n < 3)
        return null;
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) {
        mx += xs[i] / n;
        my += ys[i] / n;
    }
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
        sxy += (xs[i] - mx) * (ys[i] - my);
        sxx += (xs[i] - mx) ** 2;
        syy += (ys[i] - my) ** 2;
    }
    if (sxx === 0 || syy === 0)
        return null;
    return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
/** Spearman's rho: Pearson's coefficient of the average ranks (robust to skew and outliers). */
function spearman(xs, ys) {
    return pearson(averageRanks(xs), averageRanks(ys));
}
/** S1's median and p90 of durations in hours. */
function summarize(hours) {
    const sorted = (0,_metrics_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortNumbers */ .Dx)(hours);
    return {
        count: sorted.length,
        medianHours: (0,_metrics_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileSorted */ .vS)(sorted, 0.5),
        p90Hours: (0,_metrics_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileSorted */ .vS)(sorted, 0.9),
    };
}


/***/ }),

/***/ 55285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION),
/* harmony export */   z: () => (/* binding */ DEFAULTS)
/* harmony export */ });
// Every default of a run, in one place: the command line, the Action and the engine take them from
// here, and test/structure/defaults.test.ts checks action.yml's defaults and package.json's version
// against them.
const VERSION = '0.1.0';
const DEFAULTS = {
    /** D2 */
    source: 'auto',
    /** W1 */
    days: 90,
    /** C1 */
    incidentLabels: ['incident'],
    /** T1 */
    benchmarks: 'dora-2023',
    /** ISO 4217 code of a stated downtime cost */
    currency: 'USD',
    /** the command line's --out */
    outDir: 'dora-report',
};


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ isUserError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
// The one kind of error that is the user's to mend: a flag, an input, a file or a repository that
// is not what was expected. Its message is one line that starts with what was wrong (the flag or
// input by name) and says what was expected; the command line exits 2 on it and the Action fails
// with it (STYLE.md habit 3). Anything else is a bug.
class UserError extends Error {
    name = 'UserError';
}
function isUserError(error) {
    return error instanceof UserError;
}


/***/ }),

/***/ 53185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ authorNotes),
/* harmony export */   DU: () => (/* binding */ isBotLogin),
/* harmony export */   Ni: () => (/* binding */ authorProblem),
/* harmony export */   _9: () => (/* binding */ authorExclusion),
/* harmony export */   jg: () => (/* binding */ parseAuthorList),
/* harmony export */   ty: () => (/* binding */ NO_EXCLUSION),
/* harmony export */   uX: () => (/* binding */ isAuthorEntry)
/* harmony export */ });
/* unused harmony export BOTS_ENTRY */
// L5: excluded authors. A change by an excluded author still ships, is reverted and fails
// deployments (L3, C2, C3, R1), but is left out of the lead-time sample (L4), of every flow figure
// (F1–F6) and of C4's rework test.
/** The entry that stands for every login ending in `[bot]`. */
const BOTS_ENTRY = 'bots';
/** A login GitHub gives an App (Dependabot, Renovate, github-actions …). */
function isBotLogin(login) {
    return !!login && login.toLowerCase().endsWith('[bot]');
}
function authorExclusion(entries = []) {
    const seen = new Set();
    const authors = [];
    for (const entry of entries.map((e) => e.trim()).filter(Boolean)) {
        if (seen.has(entry.toLowerCase()))
            continue;
        seen.add(entry.toLowerCase());
        authors.push(entry);
    }
    const bots = seen.has(BOTS_ENTRY);
    return {
        authors,
        excludes: (login) => !!login && (seen.has(login.toLowerCase()) || (bots && isBotLogin(login))),
    };
}
const NO_EXCLUSION = authorExclusion();
/**
 * L5's notes: how many changes and pull requests the exclusion left out; without one, when bots
 * opened more than a quarter of the window's pull requests, that they count and how to leave them out.
 */
function authorNotes(q) {
    if (q.authors.length > 0) {
        const changes = `${q.changes} ${q.changes === 1 ? 'change' : 'changes'}`;
        const flow = q.prWorld
            ? ` and ${q.pullRequests} ${q.pullRequests === 1 ? 'pull request' : 'pull requests'} from the flow figures`
            : '';
        return [
            `Left out by exclude-authors (${q.authors.join(', ')}; L5): ${changes} from lead time and the rework test${flow}. They still count as deployed and can still fail a deployment.`,
        ];
    }
    if (q.merged > 0 && q.byBots * 4 > q.merged) {
        const share = Math.round((q.byBots / q.merged) * 100);
        return [
            `Bots opened ${q.byBots} of the ${q.merged} pull requests merged in the window (${share}%); their changes count in lead time and flow like anyone's. To leave them out, set exclude-authors: bots (--exclude-authors bots on the command line; L5).`,
        ];
    }
    return [];
}
/** A GitHub login (Enterprise Managed Users' `_` included), with `[bot]` for an App, or `bots`. */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}(?:\[bot\])?$/;
/** L5's entries from a list (commas or new lines); throws a message naming the first that is no login. */
function parseAuthorList(value) {
    const entries = value
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter(Boolean);
    const bad = entries.find((entry) => !LOGIN.test(entry));
    if (bad !== undefined)
        throw new Error(authorProblem(bad));
    return entries;
}
function authorProblem(entry) {
    return `${JSON.stringify(entry)} is not a GitHub login (expected logins such as dependabot[bot] or octocat, or bots for every [bot] login)`;
}
function isAuthorEntry(entry) {
    return LOGIN.test(entry.trim());
}


/***/ }),

/***/ 28478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ DORA_2025_EDITION),
/* harmony export */   iy: () => (/* binding */ DORA_2025_INDUSTRIES),
/* harmony export */   pT: () => (/* binding */ DORA_2025_SOURCE)
/* harmony export */ });
// The 2025 DORA Quick Check's industry rows: per industry, the mean and standard deviation of the
// 2025 survey respondents' answers on a 0–10 scale (10 best) for each metric (docs/benchmarks.md,
// "dora-2025", P1–P4; used by ../industry.ts).
//
// Copied verbatim, numbers and names, from
//   repository: https://github.com/dora-team/dora.dev
//   file:       svelte/quick-check/src/lib/data/editions/2025/industry_metrics.json
//   commit:     fcaf07b49791e8a16e39b85dbf92610520bf80b6 (2026-06-26)
// and read as that repository's svelte/quick-check/src/lib/data-service.ts (same commit) reads it.
// Only the five per-metric rows are kept (the file's performance_average, throughput and
// instability aggregates are not used). As in the source, `changefailure` and `rework` hold the
// mean answer as *percent ÷ 10* (1.9 is a mean answer of 19 %): their score-space mean is 10 minus
// it (P3); the other three are already in score space. Each `std` is in score space.
//
// The same edition's organisation-size file is left out: its recovery mean for all organisations
// (2.6) disagrees with this file's (7.4) for the same respondents (docs/benchmarks.md).
const DORA_2025_EDITION = 'dora-2025';
const DORA_2025_SOURCE = {
    repository: 'https://github.com/dora-team/dora.dev',
    path: 'svelte/quick-check/src/lib/data/editions/2025/industry_metrics.json',
    commit: 'fcaf07b49791e8a16e39b85dbf92610520bf80b6',
};
/** Keyed as in the source file, in its order ("all" first). */
const DORA_2025_INDUSTRIES = {
    all: {
        name: 'All industries',
        leadtime: { mean: 5.5, std: 2.4 },
        deployfreq: { mean: 4.8, std: 2.8 },
        failurerecovery: { mean: 7.4, std: 2.1 },
        changefailure: { mean: 1.9, std: 2.1 },
        rework: { mean: 2.2, std: 2.2 },
    },
    consumer: {
        name: 'Retail/Consumer/e-Commerce',
        leadtime: { mean: 5.9, std: 2.3 },
        deployfreq: { mean: 5.3, std: 2.7 },
        failurerecovery: { mean: 7.8, std: 1.8 },
        changefailure: { mean: 1.7, std: 2.0 },
        rework: { mean: 2.0, std: 1.9 },
    },
    media_entertainment: {
        name: 'Media & Entertainment',
        leadtime: { mean: 5.8, std: 2.4 },
        deployfreq: { mean: 5.2, std: 2.7 },
        failurerecovery: { mean: 7.6, std: 2.1 },
        changefailure: { mean: 1.8, std: 1.8 },
        rework: { mean: 1.8, std: 1.7 },
    },
    non_profit: {
        name: 'Non-profit',
        leadtime: { mean: 5.9, std: 2.7 },
        deployfreq: { mean: 4.5, std: 2.6 },
        failurerecovery: { mean: 7.5, std: 1.8 },
        changefailure: { mean: 2.2, std: 2.8 },
        rework: { mean: 2.1, std: 2.5 },
    },
    technology: {
        name: 'Technology',
        leadtime: { mean: 5.7, std: 2.4 },
        deployfreq: { mean: 4.9, std: 2.8 },
        failurerecovery: { mean: 7.4, std: 2.1 },
        changefailure: { mean: 1.9, std: 2.0 },
        rework: { mean: 2.3, std: 2.2 },
    },
    telecommunications: {
        name: 'Telecommunications',
        leadtime: { mean: 5.2, std: 2.4 },
        deployfreq: { mean: 4.7, std: 2.6 },
        failurerecovery: { mean: 7.2, std: 2.3 },
        changefailure: { mean: 2.4, std: 2.5 },
        rework: { mean: 2.6, std: 2.5 },
    },
    other: {
        name: 'Other',
        leadtime: { mean: 5.7, std: 2.4 },
        deployfreq: { mean: 5.0, std: 2.7 },
        failurerecovery: { mean: 7.6, std: 2.0 },
        changefailure: { mean: 1.6, std: 1.9 },
        rework: { mean: 2.0, std: 2.0 },
    },
    education: {
        name: 'Education',
        leadtime: { mean: 5.5, std: 2.6 },
        deployfreq: { mean: 4.5, std: 2.9 },
        failurerecovery: { mean: 6.6, std: 2.6 },
        changefailure: { mean: 2.7, std: 2.4 },
        rework: { mean: 2.9, std: 2.3 },
    },
    financial_services: {
        name: 'Financial Services',
        leadtime: { mean: 5.4, std: 2.3 },
        deployfreq: { mean: 5.1, std: 2.6 },
        failurerecovery: { mean: 7.7, std: 1.9 },
        changefailure: { mean: 1.7, std: 2.1 },
        rework: { mean: 1.9, std: 1.9 },
    },
    healthcare_pharmaceuticals: {
        name: 'Healthcare & Pharmaceuticals',
        leadtime: { mean: 5.0, std: 2.6 },
        deployfreq: { mean: 4.3, std: 2.8 },
        failurerecovery: { mean: 7.1, std: 2.2 },
        changefailure: { mean: 2.5, std: 2.3 },
        rework: { mean: 2.6, std: 2.4 },
    },
    energy: {
        name: 'Energy',
        leadtime: { mean: 5.4, std: 2.5 },
        deployfreq: { mean: 4.5, std: 2.7 },
        failurerecovery: { mean: 7.2, std: 1.9 },
        changefailure: { mean: 1.8, std: 1.8 },
        rework: { mean: 2.1, std: 1.9 },
    },
    government: {
        name: 'Government',
        leadtime: { mean: 4.8, std: 2.6 },
        deployfreq: { mean: 4.3, std: 3.0 },
        failurerecovery: { mean: 7.0, std: 2.1 },
        changefailure: { mean: 2.1, std: 2.2 },
        rework: { mean: 2.4, std: 2.2 },
    },
    insurance: {
        name: 'Insurance',
        leadtime: { mean: 4.8, std: 2.2 },
        deployfreq: { mean: 4.4, std: 2.5 },
        failurerecovery: { mean: 7.5, std: 1.8 },
        changefailure: { mean: 1.7, std: 2.0 },
        rework: { mean: 1.8, std: 1.9 },
    },
    industrials_manufacturing: {
        name: 'Industrials & Manufacturing',
        leadtime: { mean: 4.9, std: 2.6 },
        deployfreq: { mean: 3.7, std: 2.7 },
        failurerecovery: { mean: 6.5, std: 2.3 },
        changefailure: { mean: 2.0, std: 1.9 },
        rework: { mean: 2.4, std: 2.3 },
    },
};


/***/ }),

/***/ 23261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W2: () => (/* binding */ categorize),
/* harmony export */   kR: () => (/* binding */ emptyDistribution),
/* harmony export */   lD: () => (/* binding */ distributionShares)
/* harmony export */ });
/* unused harmony exports CATEGORY_ORDER, conventionalType */
const CATEGORY_ORDER = ['risk', 'defect', 'debt', 'feature'];
const LABELS = {
    risk: ['security', 'vulnerability', 'compliance'],
    defect: ['bug', 'defect', 'fix', 'bugfix', 'hotfix', 'regression'],
    debt: ['tech-debt', 'debt', 'refactor', 'refactoring', 'chore', 'dependencies', 'maintenance'],
    feature: ['feature', 'enhancement', 'feat'],
};
const TITLE_TYPES = {
    risk: ['security', 'sec'],
    defect: ['fix'],
    debt: ['refactor', 'perf', 'chore', 'build', 'ci', 'test', 'docs', 'style', 'deps'],
    feature: ['feat'],
};
const LABEL_CATEGORY = new Map();
const TYPE_CATEGORY = new Map();
for (const category of CATEGORY_ORDER) {
    for (const label of LABELS[category])
        LABEL_CATEGORY.set(label, category);
    for (const type of TITLE_TYPES[category])
        TYPE_CATEGORY.set(type, category);
}
const CONVENTIONAL_TYPE = /^([A-Za-z][\w-]*)(\([^)]*\))?!?:/;
/** The conventional-commit type of a title, lower-cased, or null. */
function conventionalType(title) {
    const match = CONVENTIONAL_TYPE.exec(title);
    return match ? match[1].toLowerCase() : null;
}
function categorize(labels, title) {
    let best = CATEGORY_ORDER.length;
    for (const label of labels ?? []) {
        const category = LABEL_CATEGORY.get(label.toLowerCase());
        if (category !== undefined)
            best = Math.min(best, CATEGORY_ORDER.indexOf(category));
    }
    if (best < CATEGORY_ORDER.length)
        return CATEGORY_ORDER[best];
    const type = conventionalType(title);
    return (type !== null && TYPE_CATEGORY.get(type)) || 'unclassified';
}
function emptyDistribution() {
    return { feature: 0, defect: 0, debt: 0, risk: 0, unclassified: 0 };
}
/** F5: each category's share of `total` changes (the keys in emptyDistribution's order). */
function distributionShares(counts, total) {
    const out = emptyDistribution();
    for (const key of [...CATEGORY_ORDER, 'unclassified'])
        out[key] = counts[key] / total;
    return out;
}


/***/ }),

/***/ 86744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ withoutTrailingNumber),
/* harmony export */   f8: () => (/* binding */ isMergedInto),
/* harmony export */   sl: () => (/* binding */ buildChanges)
/* harmony export */ });
/* unused harmony export subjectOf */
/* harmony import */ var _reviews_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32732);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97488);


/** A pull request merged into the default branch (L1). A missing base is taken as the default. */
function isMergedInto(pr, branch) {
    return !!pr.mergedAt && (pr.baseRefName === undefined || pr.baseRefName === branch);
}
const TRAILING_NUMBER = / \(#\d+\)$/;
function withoutTrailingNumber(title) {
    return title.replace(TRAILING_NUMBER, '');
}
function subjectOf(message) {
    if (!message)
        return '';
    const end = message.indexOf('\n');
    return (end < 0 ? message : message.slice(0, end)).replace(/\r$/, '');
}
/** L1/L2; sorted by C2's order: merge time, then number or sha. */
function buildChanges(world) {
    const branch = world.repository.defaultBranch;
    const merged = (world.pullRequests ?? []).filter((pr) => isMergedInto(pr, branch));
    const changes = merged.length > 0 ? merged.map(fromPullRequest) : commitChanges(world);
    return changes.sort((a, b) => a.merged - b.merged || (a.number ?? 0) - (b.number ?? 0) || (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.sha ?? '', b.sha ?? ''));
}
function fromPullRequest(pr) {
    // L2: the earliest authoredAt of its commits; createdAt when it has none.
    let start = Infinity;
    for (const commit of pr.commits ?? [])
        start = Math.min(start, (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commit.authoredAt));
    const created = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(pr.createdAt);
    if (start === Infinity)
        start = created;
    const merged = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(pr.mergedAt);
    return {
        id: `#${pr.number}`,
        kind: 'pull-request',
        number: pr.number,
        sha: pr.mergeCommitSha ?? null,
        title: pr.title,
        subject: pr.title,
        body: pr.body ?? '',
        author: pr.author ?? null,
        start,
        merged,
        created,
        firstReview: (0,_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .firstReviewAt */ .W)(pr, merged),
        pr,
    };
}
/**
 * L1: every non-merge commit. A commit whose `parents` are missing is taken as a non-merge commit;
 * a root commit (no parents) is not a change.
 */
function commitChanges(world) {
    const out = [];
    for (const commit of world.commits ?? []) {
        if (commit.parents !== undefined && commit.parents.length !== 1)
            continue;
        const subject = subjectOf(commit.message);
        const start = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commit.authoredAt);
        out.push({
            id: commit.sha,
            kind: 'commit',
            number: null,
            sha: commit.sha,
            title: withoutTrailingNumber(subject),
            subject,
            body: commit.message ?? '',
            author: commit.author ?? null,
            start,
            merged: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commit.committedAt),
            created: start,
            firstReview: null,
            pr: null,
        });
    }
    return out;
}


/***/ }),

/***/ 52685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ listDeployments)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97488);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86744);


function listDeployments(world, source, graph) {
    const found = collect(world, source, graph);
    const merged = source.kind === 'tags' || source.kind === 'releases' ? mergeSameCommit(found) : found;
    // D3: ordered by (time, commit sha); the key keeps equal pairs in a stable order.
    return merged.sort((a, b) => a.time - b.time || (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.sha ?? '', b.sha ?? '') || (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.key, b.key));
}
function collect(world, source, graph) {
    switch (source.kind) {
        case 'environment':
            return fromEnvironment(world, source.name, source.pattern);
        case 'releases':
            return fromReleases(world);
        case 'tags':
            return (world.tags ?? [])
                .filter((tag) => source.regex.test(tag.name))
                .map((tag) => ({
                key: `tag:${tag.name}`,
                label: tag.name,
                time: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(tag.taggedAt),
                sha: tag.sha,
                aliases: [tag.name],
                path: `/releases/tag/${encodeURIComponent(tag.name)}`,
            }));
        case 'workflow':
            return fromWorkflow(world, source.file);
        case 'merges':
            return fromMerges(world, graph);
    }
}
function fromEnvironment(world, name, pattern) {
    const wanted = name.toLowerCase();
    // A pattern finds several environments; their deployments form one stream in D3 order.
    const matches = pattern
        ? (environment) => pattern.test(environment)
        : (environment) => environment.toLowerCase() === wanted;
    const out = [];
    for (const deployment of world.deployments ?? []) {
        if (!matches(deployment.environment))
            continue;
        // D1: the time of the first `success` status.
        let first = Infinity;
        for (const status of deployment.statuses ?? []) {
            if (status.state === 'success')
                first = Math.min(first, (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(status.createdAt));
        }
        if (first === Infinity)
            continue;
        out.push({
            key: `deployment:${deployment.id}`,
            label: `deployment ${deployment.id}`,
            time: first,
            sha: deployment.sha,
            aliases: [],
            path: `/commit/${deployment.sha}`,
        });
    }
    return out;
}
function fromReleases(world) {
    const tagCommits = new Map();
    for (const tag of world.tags ?? [])
        tagCommits.set(tag.name, tag.sha);
    const out = [];
    for (const release of world.releases ?? []) {
        if (release.isDraft || release.isPrerelease || !release.publishedAt)
            continue;
        out.push({
            key: `release:${release.tagName}`,
            label: release.tagName,
            time: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(release.publishedAt),
            sha: release.tagCommitSha ?? tagCommits.get(release.tagName) ?? null,
            aliases: [release.tagName],
            path: `/releases/tag/${encodeURIComponent(release.tagName)}`,
        });
    }
    return out;
}
function fromWorkflow(world, file) {
    const path = file.startsWith('.github/') ? file : `.github/workflows/${file}`;
    const branch = world.repository.defaultBranch;
    return (world.workflowRuns ?? [])
        .filter((run) => (run.workflowPath === path || run.name === file) &&
        run.headBranch === branch &&
        run.conclusion === 'success')
        .map((run) => ({
        key: `run:${run.id}`,
        label: `run ${run.id}`,
        time: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(run.updatedAt),
        sha: run.headSha,
        aliases: [],
        path: `/actions/runs/${run.id}`,
    }));
}
function fromMerges(world, graph) {
    const branch = world.repository.defaultBranch;
    const merged = (world.pullRequests ?? []).filter((pr) => (0,_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .isMergedInto */ .f8)(pr, branch));
    if (merged.length > 0) {
        return merged.map((pr) => ({
            key: `pr:${pr.number}`,
            label: `#${pr.number}`,
            time: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(pr.mergedAt),
            sha: pr.mergeCommitSha ?? null,
            aliases: [],
            path: `/pull/${pr.number}`,
        }));
    }
    return firstParentChain(world.commits ?? [], graph).map((commit) => ({
        key: `commit:${commit.sha}`,
        label: commit.sha.slice(0, 7),
        time: (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commit.committedAt),
        sha: commit.sha,
        aliases: [],
        path: `/commit/${commit.sha}`,
    }));
}
/**
 * D1 `merges` in a commits-only world: the first-parent chain from the head. With several heads
 * (a world holding more than one branch tip), the one committed last is taken.
 */
function firstParentChain(commits, graph) {
    const heads = graph.heads();
    if (heads.length === 0)
        return [];
    let head = heads[0];
    for (const candidate of heads) {
        if ((0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commits[candidate].committedAt) > (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(commits[head].committedAt))
            head = candidate;
    }
    const chain = [];
    const seen = new Set();
    for (let node = head; node !== undefined && !seen.has(node);) {
        seen.add(node);
        chain.push(commits[node]);
        const parent = commits[node].parents?.[0];
        node = parent === undefined ? undefined : graph.nodeOf(parent);
    }
    return chain;
}
/** D3: tags (and releases) on one commit are one deployment, at the earliest of their times. */
function mergeSameCommit(found) {
    const bySha = new Map();
    const out = [];
    const ordered = [...found].sort((a, b) => a.time - b.time || (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.label, b.label));
    for (const deployment of ordered) {
        if (deployment.sha === null) {
            out.push(deployment);
            continue;
        }
        const earlier = bySha.get(deployment.sha);
        if (earlier) {
            earlier.aliases.push(...deployment.aliases);
        }
        else {
            bySha.set(deployment.sha, deployment);
            out.push(deployment);
        }
    }
    return out;
}


/***/ }),

/***/ 58484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z6: () => (/* binding */ unionOf),
/* harmony export */   Zr: () => (/* binding */ hoursWithin),
/* harmony export */   rO: () => (/* binding */ downtimeIn)
/* harmony export */ });
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54522);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97488);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62573);



/** An event's interval clipped to the range; null when it does not reach into it. */
function clip(event, range) {
    // R2: an event not yet restored lasts until `until`, which no range here passes.
    const from = Math.max(event.start, range.since);
    const to = Math.min(event.restored ?? Infinity, range.until);
    return to > from ? { since: from, until: to } : null;
}
/** The union of intervals: overlapping or touching ones become one; empty ones are dropped. */
function unionOf(intervals) {
    const sorted = intervals.filter((r) => r.until > r.since).sort((a, b) => a.since - b.since);
    const out = [];
    for (const r of sorted) {
        const last = out[out.length - 1];
        if (last && r.since <= last.until)
            last.until = Math.max(last.until, r.until);
        else
            out.push({ since: r.since, until: r.until });
    }
    return out;
}
/** Hours of the union that fall in the range. */
function hoursWithin(union, range) {
    let total = 0;
    for (const r of union) {
        if (r.since >= range.until)
            break;
        total += (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .hoursBetween */ .UH)(Math.max(r.since, range.since), Math.min(r.until, range.until));
    }
    return total;
}
/** Hours covered by the union of intervals: overlapping ones count once. */
function unionHours(intervals) {
    return unionOf(intervals).reduce((total, r) => total + (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .hoursBetween */ .UH)(r.since, r.until), 0);
}
function downtimeIn(events, range) {
    const all = [];
    const openIntervals = [];
    const open = [];
    for (const event of events) {
        const interval = clip(event, range);
        if (interval === null)
            continue;
        all.push(interval);
        if (event.restored !== null)
            continue;
        openIntervals.push(interval);
        open.push({
            id: event.id,
            title: event.title,
            start: (0,_window_js__WEBPACK_IMPORTED_MODULE_1__/* .isoTime */ .Ly)(event.start),
            hours: (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .hoursBetween */ .UH)(interval.since, interval.until),
        });
    }
    open.sort((a, b) => (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.start, b.start) || (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.id, b.id));
    return { hours: unionHours(all), events: all.length, open, openHours: unionHours(openIntervals) };
}


/***/ }),

/***/ 61413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ CommitGraph)
/* harmony export */ });
class CommitGraph {
    size;
    index = new Map();
    parents;
    remembered = new WeakMap();
    constructor(commits) {
        commits.forEach((commit, i) => this.index.set(commit.sha, i));
        this.size = commits.length;
        this.parents = commits.map((commit) => {
            const known = [];
            for (const parent of commit.parents ?? []) {
                const at = this.index.get(parent);
                if (at !== undefined)
                    known.push(at);
            }
            return known;
        });
    }
    has(sha) {
        return sha != null && this.index.has(sha);
    }
    nodeOf(sha) {
        return this.index.get(sha);
    }
    /**
     * Per sha (same index), its node or -1 (null or unknown). Remembered per list: the deployment
     * streams ask it of the same changes once each.
     */
    nodesOf(shas) {
        let nodes = this.remembered.get(shas);
        if (nodes === undefined) {
            nodes = new Int32Array(shas.length);
            for (let i = 0; i < shas.length; i++) {
                const sha = shas[i].sha;
                nodes[i] = sha === null ? -1 : (this.index.get(sha) ?? -1);
            }
            this.remembered.set(shas, nodes);
        }
        return nodes;
    }
    /**
     * Walks each start commit's ancestors in turn, visiting a commit only the first time any walk
     * reaches it, and reports it with the walk's number: O(commits + parent links) in all.
     */
    claimAncestors(starts, claim) {
        const seen = new Uint8Array(this.size);
        const stack = [];
        starts.forEach((start, walk) => {
            if (start === undefined || seen[start])
                return;
            seen[start] = 1;
            stack.push(start);
            while (stack.length) {
                const node = stack.pop();
                claim(node, walk);
                for (const parent of this.parents[node]) {
                    if (!seen[parent]) {
                        seen[parent] = 1;
                        stack.push(parent);
                    }
                }
            }
        });
    }
    /**
     * Splits `nodes` (duplicates allowed) into chains, each listed ancestor first, in which every
     * commit has all the ones before it as ancestors. Each chain is a piece of a first-parent line
     * (a commit's first known parent), so commits of one branch, deployed in any order, make one
     * chain; a new chain starts only where first-parent lines fork. `nodes`' order only changes
     * where the pieces are cut. O(commits) in all: each commit is walked at most once.
     */
    firstParentChains(nodes) {
        const wanted = new Uint8Array(this.size);
        for (const node of nodes)
            wanted[node] = 1;
        const walkOf = new Int32Array(this.size).fill(-1); // the walk that went through a commit
        const chainOfWalk = [];
        const chains = [];
        const tops = []; // per chain, its last (most recent) commit
        for (const start of nodes) {
            if (walkOf[start] >= 0)
                continue;
            const walk = chainOfWalk.length;
            chainOfWalk.push(-1);
            const piece = []; // most recent first
            let below = -1; // a chain whose top is a first-parent ancestor of `start`
            for (let node = start; node !== undefined; node = this.parents[node][0]) {
                if (walkOf[node] >= 0) {
                    const chain = chainOfWalk[walkOf[node]];
                    if (chain >= 0 && tops[chain] === node)
                        below = chain;
                    break;
                }
                walkOf[node] = walk;
                if (wanted[node])
                    piece.push(node);
            }
            const chain = below >= 0 ? below : chains.push([]) - 1;
            if (below < 0)
                tops.push(start);
            chainOfWalk[walk] = chain;
            for (let i = piece.length - 1; i >= 0; i--)
                chains[chain].push(piece[i]);
            tops[chain] = start;
        }
        return chains;
    }
    /** Commits nobody names as a parent (the branch heads), in input order. */
    heads() {
        const named = new Uint8Array(this.size);
        for (const parents of this.parents)
            for (const parent of parents)
                named[parent] = 1;
        const heads = [];
        for (let i = 0; i < this.size; i++)
            if (!named[i])
                heads.push(i);
        return heads;
    }
    firstParent(node) {
        return this.parents[node][0];
    }
}


/***/ }),

/***/ 75561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ windowWithheld),
/* harmony export */   ai: () => (/* binding */ knownStart),
/* harmony export */   lK: () => (/* binding */ NO_CONDITIONS),
/* harmony export */   n$: () => (/* binding */ eachRecord),
/* harmony export */   x2: () => (/* binding */ recordedSpan)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97488);

/**
 * T4: each record with the earliest and latest of its recorded times (epoch ms): the commits'
 * committedAt, the pull requests' createdAt/mergedAt/closedAt, the deployments' status times, the
 * releases' publishedAt, the tags' taggedAt, the workflow runs' updatedAt and the issues'
 * createdAt/closedAt. A record with none of them (a draft release, a deployment without a status)
 * is not visited.
 */
function eachRecord(world, visit) {
    const times = recordTimes(world);
    for (let i = 0; i < times.count; i++)
        visit(RECORD_KINDS[times.kinds[i]], times.first[i], times.last[i]);
}
const RECORD_KINDS = [
    'commits',
    'pullRequests',
    'deployments',
    'releases',
    'tags',
    'workflowRuns',
    'issues',
];
/** The times are read once per world: T4's span and the data-quality counts both walk them. */
const remembered = new WeakMap();
function recordTimes(world) {
    const known = remembered.get(world);
    if (known)
        return known;
    const size = (world.commits?.length ?? 0) +
        (world.pullRequests?.length ?? 0) +
        (world.deployments?.length ?? 0) +
        (world.releases?.length ?? 0) +
        (world.tags?.length ?? 0) +
        (world.workflowRuns?.length ?? 0) +
        (world.issues?.length ?? 0);
    const times = {
        count: 0,
        kinds: new Uint8Array(size),
        first: new Float64Array(size),
        last: new Float64Array(size),
    };
    let first = Infinity;
    let last = -Infinity;
    const see = (time) => {
        if (!time)
            return;
        const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(time);
        if (t < first)
            first = t;
        if (t > last)
            last = t;
    };
    const done = (kind) => {
        if (last !== -Infinity) {
            times.kinds[times.count] = kind;
            times.first[times.count] = first;
            times.last[times.count] = last;
            times.count += 1;
        }
        first = Infinity;
        last = -Infinity;
    };
    for (const commit of world.commits ?? []) {
        see(commit.committedAt);
        done(0);
    }
    for (const pr of world.pullRequests ?? []) {
        see(pr.createdAt);
        see(pr.mergedAt);
        see(pr.closedAt);
        done(1);
    }
    for (const deployment of world.deployments ?? []) {
        for (const status of deployment.statuses ?? [])
            see(status.createdAt);
        done(2);
    }
    for (const release of world.releases ?? []) {
        see(release.publishedAt);
        done(3);
    }
    for (const tag of world.tags ?? []) {
        see(tag.taggedAt);
        done(4);
    }
    for (const run of world.workflowRuns ?? []) {
        see(run.updatedAt);
        done(5);
    }
    for (const issue of world.issues ?? []) {
        see(issue.createdAt);
        see(issue.closedAt);
        done(6);
    }
    remembered.set(world, times);
    return times;
}
/**
 * Where the history is known to begin: the earliest recorded time, when the world holds a commit
 * whose parents are listed as none (the repository's first commit, or where a shallow clone is cut).
 * A world without one does not say: a collection from the API reaches back only as far as the
 * windows need, and a world that leaves out `parents` altogether has no graph to tell.
 */
function knownStart(world, span) {
    if (span.begins === null)
        return null;
    const root = (world.commits ?? []).some((commit) => commit.parents !== undefined && commit.parents.length === 0);
    return root ? span.begins : null;
}
/** T4: the earliest and latest recorded time of the world (eachRecord's times). */
function recordedSpan(world) {
    let begins = Infinity;
    let ends = -Infinity;
    eachRecord(world, (_, first, last) => {
        if (first < begins)
            begins = first;
        if (last > ends)
            ends = last;
    });
    return ends === -Infinity ? { begins: null, ends: null } : { begins, ends };
}
/** No condition withholds a tier: what a caller without a report (a service, a stream) starts from. */
const NO_CONDITIONS = {
    assumed: false,
    shallow: false,
    historyEnds: Infinity,
    historyBegins: null,
};
/**
 * T4 then T3: the reason every tier of the window is withheld, or null. A world that records no
 * time reaches no window.
 */
function windowWithheld(conditions, window) {
    if (conditions.historyEnds === null || conditions.historyEnds < window.since)
        return 'history-ends-before-window';
    if (conditions.assumed)
        return 'assumed-deployments';
    return null;
}


/***/ }),

/***/ 60511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: () => (/* binding */ POSITION_WORDS),
/* harmony export */   JG: () => (/* binding */ DEFAULT_INDUSTRY),
/* harmony export */   JP: () => (/* binding */ withheldTiers),
/* harmony export */   QB: () => (/* binding */ computeIndustry),
/* harmony export */   W: () => (/* binding */ MIN_DEPLOYMENTS_FOR_REWORK_SCORE),
/* harmony export */   a7: () => (/* binding */ isIndustryKey),
/* harmony export */   hR: () => (/* binding */ unknownIndustry)
/* harmony export */ });
/* unused harmony exports INDUSTRY_KEYS, INDUSTRY_METRICS, industryRow, hoursBand, perDayBand, bandScore, rateScore, positionOf, scoreSpaceMean, placeAgainst */
/* harmony import */ var _benchmarks_dora_2025_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28478);
// dora-2025 (P1–P4): where the repository's measured figures stand among the 2025
// DORA survey respondents of one industry. Pure: a window's DoraMetrics and an industry key in,
// metrics.json's `industry` out. P1 turns a figure into the survey's answer band, P2 into a 0–10
// score, P3 places the score against the industry's mean ± standard deviation.

const DEFAULT_INDUSTRY = 'all';
const INDUSTRY_KEYS = Object.keys(_benchmarks_dora_2025_js__WEBPACK_IMPORTED_MODULE_0__/* .DORA_2025_INDUSTRIES */ .iy);
const INDUSTRY_METRICS = (/* unused pure expression or super */ null && ([
    'deploymentFrequency',
    'leadTime',
    'changeFailureRate',
    'timeToRestore',
    'reworkRate',
]));
/** P2: a rework rate from fewer deployments than this has no score. */
const MIN_DEPLOYMENTS_FOR_REWORK_SCORE = 10;
function isIndustryKey(value) {
    return Object.hasOwn(_benchmarks_dora_2025_js__WEBPACK_IMPORTED_MODULE_0__/* .DORA_2025_INDUSTRIES */ .iy, value);
}
/** The one-line complaint about an unknown key (without the flag or file that named it). */
function unknownIndustry(value) {
    return `${JSON.stringify(value)} is not an industry of the DORA 2025 survey (expected one of ${INDUSTRY_KEYS.join(', ')})`;
}
function industryRow(key) {
    return _benchmarks_dora_2025_js__WEBPACK_IMPORTED_MODULE_0__/* .DORA_2025_INDUSTRIES */ .iy[key];
}
// P1 -----------------------------------------------------------------------------------------
const HOUR_BOUNDS = [1, 24, 168, 720, 4380];
const PER_DAY_BOUNDS = [2, 1, 1 / 7, 1 / 30, 1 / 182];
/** P1 for lead time (L4 median) and time to restore (R1 median): < 1 h → 6 … ≥ 4,380 h → 1. */
function hoursBand(hours) {
    const below = HOUR_BOUNDS.findIndex((bound) => hours < bound);
    return below === -1 ? 1 : 6 - below;
}
/** P1 for deployment frequency (D4 perDay): ≥ 2 a day → 6 … below once in 182 days → 1. */
function perDayBand(perDay) {
    const reached = PER_DAY_BOUNDS.findIndex((bound) => perDay >= bound);
    return reached === -1 ? 1 : 6 - reached;
}
// P2 -----------------------------------------------------------------------------------------
function bandScore(band) {
    return (band - 1) * 2;
}
/** For change failure and rework rates, as fractions. */
function rateScore(rate) {
    return 10 * (1 - rate);
}
// P3 -----------------------------------------------------------------------------------------
/** P3's words for z: ≥ 1, ≥ 0.25, |z| < 0.25, > −1, else. */
function positionOf(z) {
    if (z >= 1)
        return 'well-ahead';
    if (z >= 0.25)
        return 'ahead';
    if (Math.abs(z) < 0.25)
        return 'level';
    if (z > -1)
        return 'behind';
    return 'well-behind';
}
const POSITION_WORDS = {
    'well-ahead': 'well ahead of',
    ahead: 'ahead of',
    level: 'level with',
    behind: 'behind',
    'well-behind': 'well behind',
};
/** mean′: the rates are stored as percent ÷ 10 of the answer, so their score-space mean is 10 − mean. */
function scoreSpaceMean(figure, inverted) {
    // The source has one decimal: rounding keeps 10 − 1.9 from printing as 8.100000000000001.
    return inverted ? Math.round((10 - figure.mean) * 10) / 10 : figure.mean;
}
const NO_SCORE = {
    band: null,
    score: null,
    industryMean: null,
    industryStd: null,
    z: null,
    position: null,
};
/** P3 against one row's figure; a null score (P2) gives every key null. */
function placeAgainst(band, score, figure, inverted) {
    if (score === null)
        return { ...NO_SCORE };
    const industryMean = scoreSpaceMean(figure, inverted);
    const z = (score - industryMean) / figure.std;
    return { band, score, industryMean, industryStd: figure.std, z, position: positionOf(z) };
}
/**
 * Reads the withheld tiers from a window's figures: a metric's `tierWithheld` (T2–T4, a shallow
 * clone), its `tooFewToRate` (T2), or a tier that
 * is null although its value is not (T1 leaves only null values unrated, so any other null tier
 * was withheld). Deployment frequency has no T2 rule and its value is never null, so its tier is
 * null only when T3 or T4 withholds the whole window.
 */
function withheldTiers(dora) {
    const withheld = (metric, value) => (metric.tierWithheld ?? null) !== null ||
        metric.tooFewToRate === true ||
        (value !== null && metric.tier === null);
    const whole = dora.deploymentFrequency.tierWithheld;
    const windowWithheld = whole === 'history-ends-before-window' ||
        whole === 'assumed-deployments' ||
        dora.deploymentFrequency.tier === null;
    return {
        deploymentFrequency: windowWithheld,
        leadTime: withheld(dora.leadTime, dora.leadTime.medianHours),
        changeFailureRate: withheld(dora.changeFailureRate, dora.changeFailureRate.rate),
        timeToRestore: withheld(dora.timeToRestore, dora.timeToRestore.medianHours),
        window: windowWithheld,
    };
}
// P4 -----------------------------------------------------------------------------------------
/** P1–P4 for one window's figures against one industry. */
function computeIndustry(dora, key = DEFAULT_INDUSTRY, withheld = withheldTiers(dora)) {
    const row = industryRow(key);
    const off = (metric) => withheld.window || withheld[metric];
    const hoursOf = (hours, skip) => (hours === null || skip ? null : hoursBand(hours));
    const frequencyBand = off('deploymentFrequency') ? null : perDayBand(dora.deploymentFrequency.perDay);
    const leadBand = hoursOf(dora.leadTime.medianHours, off('leadTime'));
    const restoreBand = hoursOf(dora.timeToRestore.medianHours, off('timeToRestore'));
    const failure = dora.changeFailureRate.rate;
    const rework = dora.reworkRate;
    const reworkScored = rework.rate !== null && !withheld.window && rework.deployments >= MIN_DEPLOYMENTS_FOR_REWORK_SCORE;
    const fromBand = (band) => (band === null ? null : bandScore(band));
    return {
        edition: _benchmarks_dora_2025_js__WEBPACK_IMPORTED_MODULE_0__/* .DORA_2025_EDITION */ .AX,
        key,
        name: row.name,
        metrics: {
            deploymentFrequency: placeAgainst(frequencyBand, fromBand(frequencyBand), row.deployfreq, false),
            leadTime: placeAgainst(leadBand, fromBand(leadBand), row.leadtime, false),
            changeFailureRate: placeAgainst(null, failure === null || off('changeFailureRate') ? null : rateScore(failure), row.changefailure, true),
            timeToRestore: placeAgainst(restoreBand, fromBand(restoreBand), row.failurerecovery, false),
            reworkRate: placeAgainst(null, reworkScored ? rateScore(rework.rate) : null, row.rework, true),
        },
    };
}


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yK: () => (/* binding */ buildModel),
  PP: () => (/* binding */ changeBasis),
  sp: () => (/* binding */ loadAt)
});

// EXTERNAL MODULE: ./src/metrics/authors.ts
var authors = __webpack_require__(53185);
// EXTERNAL MODULE: ./src/metrics/changes.ts
var metrics_changes = __webpack_require__(86744);
// EXTERNAL MODULE: ./src/metrics/categories.ts
var categories = __webpack_require__(23261);
// EXTERNAL MODULE: ./src/metrics/deployments.ts
var metrics_deployments = __webpack_require__(52685);
// EXTERNAL MODULE: ./src/metrics/time.ts
var metrics_time = __webpack_require__(97488);
;// CONCATENATED MODULE: ./src/metrics/failures.ts

function incidentLabelSet(labels) {
    return new Set(labels.map((label) => label.toLowerCase()));
}
/** C1: issues carrying an incident label, attributed to the latest deployment at or before their start. */
function listIncidents(world, labels, deployments) {
    const out = [];
    for (const issue of world.issues ?? []) {
        if (!(issue.labels ?? []).some((label) => labels.has(label.toLowerCase())))
            continue;
        const start = (0,metrics_time.ms)(issue.createdAt);
        // An issue reopened after closing keeps its old closedAt; it is not restored while open.
        const restored = issue.state === 'OPEN' ? null : (0,metrics_time/* msOrNull */.Bw)(issue.closedAt);
        out.push({
            kind: 'incident',
            id: `incident #${issue.number}`,
            title: issue.title,
            deployment: latestAtOrBefore(deployments, start),
            start,
            restored,
            path: `/issues/${issue.number}`,
        });
    }
    return out;
}
function latestAtOrBefore(deployments, time) {
    return (0,metrics_time/* partitionPoint */.jz)(deployments.length, (i) => deployments[i].time <= time) - 1;
}
/**
 * C2: a revert fails the deployment that shipped its target, from that deployment's time until the
 * deployment that ships the revert; not when the target never shipped or both ship together.
 */
function listRevertFailures(changes, reverts, shippedBy, deployments) {
    const out = [];
    changes.forEach((change, i) => {
        const target = reverts.target[i];
        if (target < 0)
            return;
        const failed = shippedBy[target];
        if (failed < 0 || failed === shippedBy[i])
            return;
        const fix = shippedBy[i];
        out.push({
            kind: 'revert',
            id: `revert ${change.kind === 'pull-request' ? change.id : change.id.slice(0, 7)}`,
            title: change.title,
            deployment: failed,
            start: deployments[failed].time,
            restored: fix < 0 ? null : deployments[fix].time,
            path: change.kind === 'pull-request' ? `/pull/${change.number}` : `/commit/${change.sha}`,
        });
    });
    return out;
}
/** C3: the reasons each deployment failed (an empty list: it did not). */
function failureReasons(deploymentCount, events) {
    const reasons = Array.from({ length: deploymentCount }, () => []);
    for (const event of events)
        if (event.deployment >= 0)
            reasons[event.deployment].push(event.id);
    return reasons;
}

// EXTERNAL MODULE: ./src/metrics/graph.ts
var metrics_graph = __webpack_require__(61413);
;// CONCATENATED MODULE: ./src/metrics/reverts.ts
// C2: which changes are reverts, and which change each one reverts.

const REVERT_WORD = /^Revert /;
const REVERT_TYPE = /^revert(\([^)]*\))?!?:\s*/i;
const CONVENTIONAL_PREFIX = /^[A-Za-z][\w-]*(\([^)]*\))?!?:\s*/;
const REVERTS_REFERENCE = /\bReverts\s+([\w.-]+)\/([\w.-]+)#(\d+)/i;
const REVERTS_COMMIT = /This reverts commit ([0-9a-fA-F]{7,40})\b/;
const FIRST_NUMBER = /#(\d+)/;
function isRevertByTitle(title) {
    return REVERT_WORD.test(title) || REVERT_TYPE.test(title);
}
/** C2 rule 3: what a revert's title names, without the prefix, quotes and one trailing ` (#N)`. */
function revertedTitle(title) {
    let rest = REVERT_WORD.test(title) ? title.slice('Revert '.length) : title.replace(REVERT_TYPE, '');
    rest = rest.trim();
    if (rest.length >= 2 && rest.startsWith('"') && rest.endsWith('"'))
        rest = rest.slice(1, -1);
    return (0,metrics_changes/* withoutTrailingNumber */.G7)(rest);
}
function withoutConventionalPrefix(title) {
    // The prefix ends with a colon: most titles have none and skip the expression.
    return title.includes(':') ? title.replace(CONVENTIONAL_PREFIX, '') : title;
}
/** Lookups over the changes before a given position (C2: "among the changes before the revert"). */
class Earlier {
    byNumber = new Map();
    bySubjectNumber = new Map();
    byTitle = new Map();
    byBareTitle = new Map();
    /** changes by the first 7 hex digits of their commit (the shortest prefix rule 2 accepts) */
    byShortSha = new Map();
    add(change, index) {
        if (change.number !== null)
            this.byNumber.set(change.number, index);
        const subjectNumber = change.kind === 'commit' ? / \(#(\d+)\)$/.exec(change.subject) : null;
        if (subjectNumber)
            this.bySubjectNumber.set(Number(subjectNumber[1]), index);
        // A commit's title has lost its trailing (#N) already; a pull request's loses it here.
        const title = change.kind === 'pull-request' ? (0,metrics_changes/* withoutTrailingNumber */.G7)(change.title) : change.title;
        this.byTitle.set(title, index);
        this.byBareTitle.set(withoutConventionalPrefix(title), index);
        if (change.sha) {
            const key = change.sha.slice(0, 7);
            const list = this.byShortSha.get(key);
            if (list)
                list.push(index);
            else
                this.byShortSha.set(key, [index]);
        }
    }
    /** Rule 1: pull request N, or in a commits-only world the latest commit whose subject ends with (#N). */
    number(n, commitsOnly) {
        return (commitsOnly ? this.bySubjectNumber.get(n) : this.byNumber.get(n)) ?? -1;
    }
    /** Rule 2: the latest change whose commit starts with the given prefix. */
    shaPrefix(prefix, changes) {
        const list = this.byShortSha.get(prefix.slice(0, 7)) ?? [];
        for (let i = list.length - 1; i >= 0; i--)
            if (changes[list[i]].sha.startsWith(prefix))
                return list[i];
        return -1;
    }
    /** Rule 3: equal titles, then equal titles without a conventional-commit prefix. */
    title(title) {
        return this.byTitle.get(title) ?? this.byBareTitle.get(withoutConventionalPrefix(title)) ?? -1;
    }
}
function findReverts(changes, owner, name) {
    const isRevert = new Array(changes.length).fill(false);
    const target = new Int32Array(changes.length).fill(-1);
    const commitsOnly = changes.length > 0 && changes[0].kind === 'commit';
    const repository = `${owner}/${name}`.toLowerCase();
    const earlier = new Earlier();
    changes.forEach((change, i) => {
        const byTitle = isRevertByTitle(change.title);
        const found = findTarget(change, byTitle, earlier, commitsOnly, repository, changes);
        isRevert[i] = byTitle || found >= 0;
        target[i] = found;
        earlier.add(change, i);
    });
    return { isRevert, target };
}
function findTarget(change, byTitle, earlier, commitsOnly, repository, changes) {
    // Rule 1: `Reverts OWNER/REPO#N` naming this repository, or else for a revert by title its first #N.
    const reference = REVERTS_REFERENCE.exec(change.body);
    if (reference && `${reference[1]}/${reference[2]}`.toLowerCase() === repository) {
        const found = earlier.number(Number(reference[3]), commitsOnly);
        if (found >= 0)
            return found;
    }
    const first = byTitle ? FIRST_NUMBER.exec(change.title) : null;
    if (first) {
        const found = earlier.number(Number(first[1]), commitsOnly);
        if (found >= 0)
            return found;
    }
    // Rule 2: `This reverts commit SHA` (the first such line).
    const commit = REVERTS_COMMIT.exec(change.body);
    if (commit) {
        const found = earlier.shaPrefix(commit[1].toLowerCase(), changes);
        if (found >= 0)
            return found;
    }
    // Rule 3: the reverted title.
    return byTitle ? earlier.title(revertedTitle(change.title)) : -1;
}

// EXTERNAL MODULE: ./src/metrics/shipping.ts
var shipping = __webpack_require__(36571);
// EXTERNAL MODULE: ./src/metrics/stats.ts
var stats = __webpack_require__(54522);
;// CONCATENATED MODULE: ./src/metrics/model.ts










function changeBasis(world, exclusion = authors/* NO_EXCLUSION */.ty) {
    const changes = (0,metrics_changes/* buildChanges */.sl)(world);
    return {
        changes,
        prWorld: changes.length > 0 && changes[0].kind === 'pull-request',
        categories: changes.map((change) => (0,categories/* categorize */.W2)(change.pr?.labels, change.title)),
        reverts: findReverts(changes, world.repository.owner, world.repository.name),
        open: openIntervals(world, exclusion),
        // L5: a pull request's author, a commit's author.
        excluded: changes.map((change) => exclusion.excludes(change.author)),
        exclusion,
    };
}
function buildModel(world, source, incidentLabels, graph = new metrics_graph/* CommitGraph */.M(world.commits ?? []), deployments = (0,metrics_deployments/* listDeployments */.J)(world, source, graph), basis = changeBasis(world), 
/** false: a model for the DORA keys alone (a deployment stream's), without F2's cycles */
withCycles = true) {
    const { changes, prWorld, categories, reverts, open, excluded, exclusion } = basis;
    const { shippedBy, onBranch } = (0,shipping/* shipChanges */.U)(changes, deployments, graph);
    const shipped = deployments.map(() => []);
    shippedBy.forEach((d, i) => d >= 0 && shipped[d].push(i));
    // L4: changes shipped by the world's earliest deployment are left out (nothing bounds them);
    // L5: so are the excluded authors' changes.
    const leadHours = changes.map((change, i) => shippedBy[i] > 0 && !excluded[i] ? (0,stats/* hoursBetween */.UH)(change.start, deployments[shippedBy[i]].time) : null);
    const events = [
        ...listIncidents(world, incidentLabelSet(incidentLabels), deployments),
        ...listRevertFailures(changes, reverts, shippedBy, deployments),
    ];
    // C4: ships at least one change, and only reverts or defects; L5: of the changes not excluded.
    const rework = shipped.map((list) => {
        const counted = list.filter((i) => !excluded[i]);
        return counted.length > 0 && counted.every((i) => reverts.isRevert[i] || categories[i] === 'defect');
    });
    return {
        world,
        prWorld,
        graph,
        deployments,
        onBranch,
        changes,
        shippedBy,
        shipped,
        leadHours,
        categories,
        reverts,
        events,
        reasons: failureReasons(deployments.length, events),
        rework,
        cycles: prWorld && withCycles ? changes.map((change, i) => cycleOf(change, shippedBy[i], deployments)) : [],
        open,
        excluded,
        exclusion,
    };
}
/** F2: cycle time and its phases for one merged pull request. */
function cycleOf(change, shippedBy, deployments) {
    const pr = change.pr;
    const { created, firstReview } = change;
    const additions = pr.additions;
    const deletions = pr.deletions;
    return {
        cycleHours: (0,stats/* hoursBetween */.UH)(change.start, change.merged),
        codingHours: (0,stats/* hoursBetween */.UH)(change.start, created),
        pickupHours: firstReview === null ? null : (0,stats/* hoursBetween */.UH)(created, firstReview),
        reviewHours: firstReview === null ? null : (0,stats/* hoursBetween */.UH)(firstReview, change.merged),
        deployHours: shippedBy < 0 ? null : (0,stats/* hoursBetween */.UH)(change.merged, deployments[shippedBy].time),
        lines: additions === undefined && deletions === undefined ? null : (additions ?? 0) + (deletions ?? 0),
    };
}
/** F3's open pull requests; L5: the excluded authors' are left out. */
function openIntervals(world, exclusion) {
    const prs = (world.pullRequests ?? []).filter((pr) => !pr.isDraft && !exclusion.excludes(pr.author));
    const created = new Float64Array(prs.length);
    const ended = new Float64Array(prs.length);
    prs.forEach((pr, i) => {
        created[i] = (0,metrics_time.ms)(pr.createdAt);
        const merged = (0,metrics_time/* msOrNull */.Bw)(pr.mergedAt);
        const closed = (0,metrics_time/* msOrNull */.Bw)(pr.closedAt);
        ended[i] = Math.min(merged ?? Infinity, closed ?? Infinity);
    });
    return { created, ended };
}
/** F3: pull requests open (not drafts, created, neither merged nor closed) at time t. */
function loadAt(model, t) {
    const { created, ended } = model.open;
    let open = 0;
    for (let i = 0; i < created.length; i++)
        if (created[i] <= t && ended[i] > t)
            open++;
    return open;
}


/***/ }),

/***/ 42184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ exclusionsIn),
/* harmony export */   G7: () => (/* binding */ computeFlow),
/* harmony export */   Kp: () => (/* binding */ leadTimesOf),
/* harmony export */   dD: () => (/* binding */ failedCount),
/* harmony export */   eJ: () => (/* binding */ computeDora),
/* harmony export */   qU: () => (/* binding */ deploymentsIn),
/* harmony export */   wS: () => (/* binding */ mergedIn),
/* harmony export */   we: () => (/* binding */ flowMergedIn)
/* harmony export */ });
/* harmony import */ var _downtime_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58484);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75561);
/* harmony import */ var _categories_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23261);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54522);
/* harmony import */ var _tiers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83084);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62573);







/**
 * Indexes of the deployments whose time falls in the range (W2). Deployments are time-sorted (D3),
 * so a binary search finds them: the weekly series asks once a week of the window.
 */
function deploymentsIn(model, range) {
    return (0,_window_js__WEBPACK_IMPORTED_MODULE_4__/* .indexesIn */ .wl)(model.deployments.length, (i) => model.deployments[i].time, range);
}
/** L4: lead times of the changes shipped by the given deployments (the first deployment excluded). */
function leadTimesOf(model, deployments) {
    const hours = [];
    for (const d of deployments) {
        for (const change of model.shipped[d]) {
            const lead = model.leadHours[change];
            if (lead !== null)
                hours.push(lead);
        }
    }
    return hours;
}
function failedCount(model, deployments) {
    return deployments.filter((d) => model.reasons[d].length > 0).length;
}
/**
 * D4's own reason: a window the history begins inside (after its first day) counts days before the
 * start in its rate, which would put a young repository in a lower tier than its cadence earns.
 */
function frequencyReason(conditions, window) {
    const begins = conditions.historyBegins;
    return begins !== null && begins > window.since && begins < window.until
        ? 'history-begins-in-window'
        : null;
}
/** A tier, or why there is none: the window's reason (T3, T4), then the metric's own. */
function rated(tier, windowReason, ownReason) {
    const reason = windowReason ?? ownReason;
    if (reason !== null)
        return { tier: null, tierWithheld: reason };
    return { tier, tierWithheld: null };
}
function computeDora(model, window, table, conditions = _history_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_CONDITIONS */ .lK) {
    const withheld = (0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .windowWithheld */ .OL)(conditions, window);
    const inWindow = deploymentsIn(model, window);
    const count = inWindow.length;
    const days = (0,_tiers_js__WEBPACK_IMPORTED_MODULE_3__/* .deploymentDays */ .jD)(inWindow.map((d) => model.deployments[d].time), window);
    const leadHours = leadTimesOf(model, inWindow);
    const leads = (0,_stats_js__WEBPACK_IMPORTED_MODULE_5__/* .spread */ .il)(leadHours);
    const changes = leadHours.length;
    // T2: too small a sample earns no tier, though the value is still reported.
    const fewChanges = leads.median !== null && changes < _tiers_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_CHANGES_FOR_LEAD_TIME_TIER */ .p;
    // A shallow clone cuts the history the changes start in: their lead times earn no tier.
    const leadReason = conditions.shallow && leads.median !== null ? 'shallow-history' : fewChanges ? 'too-few' : null;
    const failed = failedCount(model, inWindow);
    const rate = count === 0 ? null : failed / count;
    const fewDeployments = rate !== null && count < _tiers_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_DEPLOYMENTS_FOR_CFR_TIER */ .fQ;
    // R1: failure events that start in the window; restored ones give the durations.
    const events = model.events.filter((event) => (0,_window_js__WEBPACK_IMPORTED_MODULE_4__/* .inRange */ .r4)(event.start, window));
    const restoreHours = events
        .filter((event) => event.restored !== null)
        .map((event) => (0,_stats_js__WEBPACK_IMPORTED_MODULE_5__/* .hoursBetween */ .UH)(event.start, event.restored));
    const restore = (0,_stats_js__WEBPACK_IMPORTED_MODULE_5__/* .spread */ .il)(restoreHours);
    // T2: time to restore needs at least 3 restored failure events.
    const fewRestored = restore.median !== null && restoreHours.length < _tiers_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_RESTORED_EVENTS_FOR_RESTORE_TIER */ .MD;
    // R2: every failure event of the world, clipped to the window, overlaps counted once.
    const downtime = (0,_downtime_js__WEBPACK_IMPORTED_MODULE_6__/* .downtimeIn */ .rO)(model.events, window);
    const rework = inWindow.filter((d) => model.rework[d]).length;
    return {
        deploymentFrequency: {
            count,
            perDay: count / window.days,
            perWeek: (count / window.days) * 7,
            ...rated((0,_tiers_js__WEBPACK_IMPORTED_MODULE_3__/* .frequencyTier */ .Jc)(table, days, count, window.days), withheld, frequencyReason(conditions, window)),
            deploymentDaysPerWeekMedian: days.weeklyMedian,
            deploymentDaysPerMonthMedian: days.monthlyMedian,
        },
        leadTime: {
            changes,
            medianHours: leads.median,
            p75Hours: leads.p75,
            p90Hours: leads.p90,
            tooFewToRate: fewChanges,
            ...rated((0,_tiers_js__WEBPACK_IMPORTED_MODULE_3__/* .leadTimeTier */ .AC)(table, leads.median, changes), withheld, leadReason),
        },
        changeFailureRate: {
            deployments: count,
            failed,
            rate,
            tooFewToRate: fewDeployments,
            ...rated((0,_tiers_js__WEBPACK_IMPORTED_MODULE_3__/* .failureRateTier */ .BL)(table, rate, count), withheld, fewDeployments ? 'too-few' : null),
        },
        timeToRestore: {
            events: events.length,
            restored: restoreHours.length,
            unrestored: events.length - restoreHours.length,
            medianHours: restore.median,
            p75Hours: restore.p75,
            p90Hours: restore.p90,
            tooFewToRate: fewRestored,
            ...rated((0,_tiers_js__WEBPACK_IMPORTED_MODULE_3__/* .restoreTier */ .dk)(table, restore.median, restoreHours.length), withheld, fewRestored ? 'too-few' : null),
            downtimeHours: downtime.hours,
            downtimeEvents: downtime.events,
            openEvents: downtime.open,
            openDowntimeHours: downtime.openHours,
        },
        reworkRate: { deployments: count, rework, rate: count === 0 ? null : rework / count },
    };
}
/**
 * Indexes of the changes (merged pull requests in a pull-request world) merged in the range; the
 * changes are in merge order (C2), so by binary search as deploymentsIn.
 */
function mergedIn(model, range) {
    return (0,_window_js__WEBPACK_IMPORTED_MODULE_4__/* .indexesIn */ .wl)(model.changes.length, (i) => model.changes[i].merged, range);
}
/** F1–F6's pull requests: merged in the range, by authors not excluded (L5). */
function flowMergedIn(model, range) {
    return mergedIn(model, range).filter((i) => !model.excluded[i]);
}
/**
 * L5: what the excluded authors' work left out of a window: their changes shipped by the window's
 * deployments (out of L4's sample and C4's test) and their pull requests merged in it (out of
 * F1–F6; 0 in a commits-only world).
 */
function exclusionsIn(model, window) {
    let changes = 0;
    for (const d of deploymentsIn(model, window))
        changes += model.shipped[d].filter((i) => model.excluded[i]).length;
    const pullRequests = model.prWorld ? mergedIn(model, window).filter((i) => model.excluded[i]).length : 0;
    return { authors: [...model.exclusion.authors], changes, pullRequests };
}
function phaseMedian(values) {
    return (0,_stats_js__WEBPACK_IMPORTED_MODULE_5__/* .median */ .JZ)(values.filter((value) => value !== null));
}
function computeFlow(model, window) {
    if (!model.prWorld)
        return null;
    const merged = flowMergedIn(model, window);
    const cycles = merged.map((i) => model.cycles[i]);
    const cycle = (0,_stats_js__WEBPACK_IMPORTED_MODULE_5__/* .spread */ .il)(cycles.map((c) => c.cycleHours));
    const counts = (0,_categories_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyDistribution */ .kR)();
    for (const i of merged)
        counts[model.categories[i]] += 1;
    return {
        throughput: { merged: merged.length, perWeek: (merged.length / window.days) * 7 },
        cycleTime: {
            medianHours: cycle.median,
            p75Hours: cycle.p75,
            p90Hours: cycle.p90,
            codingHours: phaseMedian(cycles.map((c) => c.codingHours)),
            pickupHours: phaseMedian(cycles.map((c) => c.pickupHours)),
            reviewHours: phaseMedian(cycles.map((c) => c.reviewHours)),
            deployHours: phaseMedian(cycles.map((c) => c.deployHours)),
        },
        load: { open: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .loadAt */ .sp)(model, window.until) },
        efficiency: efficiencyOf(cycles),
        distribution: merged.length === 0 ? null : (0,_categories_js__WEBPACK_IMPORTED_MODULE_1__/* .distributionShares */ .lD)(counts, merged.length),
        distributionCounts: counts,
        batchSize: { medianLines: phaseMedian(cycles.map((c) => c.lines)) },
    };
}
/** F4: Σ(coding + review) ÷ Σ(all four phases), over reviewed and shipped pull requests. */
function efficiencyOf(cycles) {
    const counted = cycles.filter((c) => c.pickupHours !== null && c.deployHours !== null);
    const active = (0,_stats_js__WEBPACK_IMPORTED_MODULE_5__/* .sum */ .cz)(counted.map((c) => c.codingHours + c.reviewHours));
    const elapsed = (0,_stats_js__WEBPACK_IMPORTED_MODULE_5__/* .sum */ .cz)(counted.map((c) => c.codingHours + c.pickupHours + c.reviewHours + c.deployHours));
    return elapsed === 0 ? null : active / elapsed;
}


/***/ }),

/***/ 66968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ clampedTotal),
/* harmony export */   y: () => (/* binding */ assessQuality)
/* harmony export */ });
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86744);
/* harmony import */ var _authors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53185);
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42184);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97488);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54522);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75561);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62573);







function assessQuality(model, window, inputs) {
    const { shallow: shallowHistory, span } = inputs;
    const world = model.world;
    const merged = (0,_period_js__WEBPACK_IMPORTED_MODULE_1__/* .mergedIn */ .wS)(model, window);
    const inWindow = (0,_period_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentsIn */ .qU)(model, window);
    const incidents = model.events.filter((e) => e.kind === 'incident' && (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .inRange */ .r4)(e.start, window));
    const branch = world.repository.defaultBranch;
    // Counted inside the window, as everything else here: a history collected from the API reaches
    // back only as far as the windows need, so whole-history counts would differ between sources.
    const otherBranches = (world.pullRequests ?? []).filter((pr) => pr.mergedAt && !(0,_changes_js__WEBPACK_IMPORTED_MODULE_4__/* .isMergedInto */ .f8)(pr, branch) && (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .inRange */ .r4)((0,_time_js__WEBPACK_IMPORTED_MODULE_5__.ms)(pr.mergedAt), window)).length;
    const reverts = merged.filter((i) => model.reverts.isRevert[i]);
    const squash = !model.prWorld && model.changes.some((c) => / \(#\d+\)$/.test(c.subject));
    const quality = {
        worldKind: model.prWorld ? 'pull-requests' : 'commits',
        deploymentsInWorld: model.deployments.length,
        deploymentsOffDefaultBranch: inWindow.filter((d) => !model.onBranch[d]).length,
        changesInWindow: merged.length,
        unshippedChanges: merged.filter((i) => model.shippedBy[i] < 0).length,
        changesShippedByFirstDeployment: inWindow.includes(0) ? model.shipped[0].length : 0,
        incidentsInWindow: incidents.length,
        unattributedIncidents: incidents.filter((e) => e.deployment < 0).length,
        revertsInWindow: reverts.length,
        revertsWithoutTarget: reverts.filter((i) => model.reverts.target[i] < 0).length,
        // F2: a pull request's pickup time is null exactly when it has no review by someone else.
        // Of F2's pull requests: L5's excluded authors' are not among them.
        pullRequestsMergedWithoutReview: model.prWorld
            ? merged.filter((i) => !model.excluded[i] && model.cycles[i].pickupHours === null).length
            : 0,
        pullRequestsIntoOtherBranches: otherBranches,
        botPullRequestsInWindow: model.prWorld
            ? merged.filter((i) => (0,_authors_js__WEBPACK_IMPORTED_MODULE_0__/* .isBotLogin */ .DU)(model.changes[i].author)).length
            : 0,
        squashMergedCommitsOnly: squash,
        shallowHistory,
        historyBegins: span.begins === null ? null : (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(span.begins),
        historyEnds: span.ends === null ? null : (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(span.ends),
        clampedDurations: clampedIn(model, window, merged, inWindow),
        ...whenRecorded(model, window, inputs.now),
        notes: [],
    };
    quality.notes = [
        ...tierNotes(inputs, window),
        ...startNotes(inputs, window),
        ...placeNotes(quality, window, inputs.now),
        ...notesFor(quality),
        // C1: without incident issues the failures are the reverts alone; a zero must not read as "none".
        // Both windows are asked, as everywhere here: the API's history reaches back only as far as they do.
        ...(model.events.some((e) => e.kind === 'incident' && e.start >= inputs.previousSince && e.start < window.until)
            ? []
            : [NO_INCIDENTS]),
        ...(0,_authors_js__WEBPACK_IMPORTED_MODULE_0__/* .authorNotes */ .DQ)({
            ...(0,_period_js__WEBPACK_IMPORTED_MODULE_1__/* .exclusionsIn */ .DC)(model, window),
            merged: model.prWorld ? merged.length : 0,
            byBots: quality.botPullRequestsInWindow,
            prWorld: model.prWorld,
        }),
    ];
    return quality;
}
/**
 * The preamble: a duration is `end − start` and a negative one counts as 0. The figures keep that
 * rule; here the window's clamped values are counted per figure, so a clock that went wrong (a pull
 * request created after its merge, an incident closed before it opened) shows.
 */
function clampedIn(model, window, merged, inWindow) {
    const clamped = {
        leadTime: 0,
        timeToRestore: 0,
        cycleTime: 0,
        coding: 0,
        pickup: 0,
        deploy: 0,
    };
    const { changes, deployments, shippedBy } = model;
    // L4: the lead times of the changes the window's deployments ship (the first deployment's have none).
    for (const d of inWindow) {
        for (const i of model.shipped[d]) {
            if (model.leadHours[i] !== null && deployments[d].time < changes[i].start)
                clamped.leadTime += 1;
        }
    }
    // R1: failure events that start in the window and were restored.
    for (const event of model.events) {
        if (event.restored !== null && (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .inRange */ .r4)(event.start, window) && event.restored < event.start) {
            clamped.timeToRestore += 1;
        }
    }
    // F2: the cycle time and phases of the pull requests merged in the window (a review after the
    // merge is not a first review, so the review phase is never negative).
    if (model.prWorld) {
        for (const i of merged) {
            const change = changes[i];
            const { created, firstReview } = change;
            if (change.merged < change.start)
                clamped.cycleTime += 1;
            if (created < change.start)
                clamped.coding += 1;
            if (firstReview !== null && firstReview < created)
                clamped.pickup += 1;
            if (shippedBy[i] >= 0 && deployments[shippedBy[i]].time < change.merged)
                clamped.deploy += 1;
        }
    }
    return clamped;
}
const CLAMPED_WORDS = [
    ['leadTime', 'lead time (L4)', 'lead times (L4)'],
    ['timeToRestore', 'time to restore (R1)', 'times to restore (R1)'],
    ['cycleTime', 'cycle time (F2)', 'cycle times (F2)'],
    ['coding', 'coding phase (F2)', 'coding phases (F2)'],
    ['pickup', 'pickup phase (F2)', 'pickup phases (F2)'],
    ['deploy', 'deploy phase (F2)', 'deploy phases (F2)'],
];
/** The clamped durations of the window, all kinds together. */
function clampedTotal(clamped) {
    return CLAMPED_WORDS.reduce((total, [key]) => total + clamped[key], 0);
}
function clampedNote(clamped) {
    const total = clampedTotal(clamped);
    if (total === 0)
        return null;
    const parts = CLAMPED_WORDS.filter(([key]) => clamped[key] > 0).map(([key, one, many]) => count(clamped[key], one, many));
    return `${count(total, 'duration ends', 'durations end')} before ${total === 1 ? 'it starts' : 'they start'} and ${total === 1 ? 'counts' : 'count'} as 0: ${parts.join(', ')}. A pull request created after its merge, or an incident closed before it opened, points to a wrong clock or an edited record.`;
}
/** How many records the window holds, and which are dated after its end or after the run's time. */
function whenRecorded(model, window, now) {
    let inWindow = 0;
    const afterUntil = late();
    const afterNow = late();
    (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .eachRecord */ .n$)(model.world, (kind, first, last) => {
        if (first < window.until && last >= window.since)
            inWindow += 1;
        if (last >= window.until)
            afterUntil.see(kind, last);
        if (last > now)
            afterNow.see(kind, last);
    });
    return {
        recordsInWindow: inWindow,
        recordsAfterUntil: afterUntil.done(),
        recordsAfterNow: afterNow.done(),
    };
}
function late() {
    const kinds = {};
    let count = 0;
    let latest = -Infinity;
    return {
        see(kind, time) {
            count += 1;
            kinds[kind] = (kinds[kind] ?? 0) + 1;
            if (time > latest)
                latest = time;
        },
        done() {
            const ordered = RECORD_WORDS.filter(([kind]) => kinds[kind]).map(([kind]) => [kind, kinds[kind]]);
            return { count, latest: count === 0 ? null : (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(latest), kinds: Object.fromEntries(ordered) };
        },
    };
}
const RECORD_WORDS = [
    ['commits', 'commit', 'commits'],
    ['pullRequests', 'pull request', 'pull requests'],
    ['deployments', 'deployment', 'deployments'],
    ['releases', 'release', 'releases'],
    ['tags', 'tag', 'tags'],
    ['workflowRuns', 'workflow run', 'workflow runs'],
    ['issues', 'issue', 'issues'],
];
function lateWords(records) {
    return RECORD_WORDS.filter(([kind]) => records.kinds[kind])
        .map(([kind, one, many]) => count(records.kinds[kind], one, many))
        .join(', ');
}
/**
 * An empty window says where the history begins and ends (T4's span), and records dated
 * after the window's end, or after the run's own time (a wrong clock), are named with their count.
 */
function placeNotes(q, window, now) {
    const notes = [];
    if (q.recordsInWindow === 0 && q.historyBegins !== null) {
        notes.push(`No record falls in this window (${(0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(window.since)} to ${(0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(window.until)}): the history begins at ${q.historyBegins} and ends at ${q.historyEnds}.`);
    }
    const future = q.recordsAfterNow;
    if (future.count > 0) {
        notes.push(`${count(future.count, 'record is', 'records are')} dated in the future, after this run's time ${(0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(now)} (${lateWords(future)}; the latest at ${future.latest}): a wrong clock?`);
    }
    const after = q.recordsAfterUntil;
    if (after.count > future.count) {
        notes.push(`${count(after.count, 'record is', 'records are')} dated after this window ends at ${(0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(window.until)} (${lateWords(after)}; the latest at ${after.latest}).`);
    }
    return notes;
}
/** T3, T4 and a shallow clone: why tiers are withheld, first of all. */
function tierNotes(inputs, window) {
    const notes = [];
    const ends = inputs.span.ends;
    if (ends === null) {
        notes.push('The history records no time at all, so no window earns a tier (T4).');
    }
    else if (ends < inputs.previousSince) {
        notes.push(`The history ends at ${(0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(ends)}, before both windows start: a stale clone or a wrong until? No tier is given (T4).`);
    }
    else if (ends < window.since) {
        notes.push(`The history ends at ${(0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(ends)}, before this window starts: a stale clone or a wrong until? This window earns no tier (T4).`);
    }
    if (inputs.assumed) {
        notes.push('No deployments, releases or release tags in the history: every merge is taken as a deployment, so the figures describe merging, not releasing, and earn no tier (T3). Name the real source with --source.');
    }
    if (inputs.shallow)
        notes.push('The clone is shallow: lead time earns no tier, since the history is cut.');
    return notes;
}
/**
 * A history that begins inside the windows (a young repository, a shallow clone): a rate over a
 * window counts the days before the first record, and a previous window wholly before it is not
 * compared with (N1). An empty window is placeNotes' to describe.
 */
function startNotes(inputs, window) {
    const start = inputs.start;
    if (start === null || start <= inputs.previousSince || start >= window.until)
        return [];
    const begins = `The history begins at ${(0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .isoTime */ .Ly)(start)}`;
    if (start < window.since) {
        const days = Math.floor((start - inputs.previousSince) / _stats_js__WEBPACK_IMPORTED_MODULE_6__/* .DAY_MS */ .sO);
        return [
            `${begins}, ${count(days, 'day', 'days')} into the previous ${window.days}-day window: that window's rates (deployment frequency, throughput) count the days before it, so they read low.`,
        ];
    }
    const days = Math.floor((start - window.since) / _stats_js__WEBPACK_IMPORTED_MODULE_6__/* .DAY_MS */ .sO);
    const rates = days > 0
        ? ` This window's rates (deployment frequency, throughput) count the ${count(days, 'day', 'days')} before it.`
        : '';
    return [`${begins}, after the previous window ends: no figure is compared with that window (N1).${rates}`];
}
function count(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
const NO_INCIDENTS = 'No incident issue was opened in this window or the one before, so the failures counted are the reverts alone (C1): an outage that no labelled issue records is not counted, and time to restore measures reverts only.';
function notesFor(q) {
    const notes = [];
    if (q.worldKind === 'commits') {
        notes.push('No pull requests: changes are the commits of the default branch (L1) and flow metrics are not computed.');
    }
    if (q.squashMergedCommitsOnly) {
        notes.push('Squash-merged commits carry their merge time as authoredAt, so their lead time covers only the wait for deployment (L4).');
    }
    if (q.shallowHistory)
        notes.push('The history is shallow: changes and tags before the cut are missing.');
    if (q.changesShippedByFirstDeployment > 0) {
        notes.push(`${count(q.changesShippedByFirstDeployment, 'change', 'changes')} shipped by the first deployment on record ${q.changesShippedByFirstDeployment === 1 ? 'has' : 'have'} no lead time (L4).`);
    }
    if (q.unshippedChanges > 0)
        notes.push(`${count(q.unshippedChanges, 'change', 'changes')} merged in the window ${q.unshippedChanges === 1 ? 'is' : 'are'} not deployed yet (L3).`);
    if (q.deploymentsOffDefaultBranch > 0) {
        notes.push(`${count(q.deploymentsOffDefaultBranch, 'deployment', 'deployments')} of commits off the default branch ${q.deploymentsOffDefaultBranch === 1 ? 'ships' : 'ship'} no change (L3).`);
    }
    if (q.unattributedIncidents > 0) {
        notes.push(`${count(q.unattributedIncidents, 'incident', 'incidents')} started before any deployment and fail none (C1).`);
    }
    if (q.revertsWithoutTarget > 0)
        notes.push(`${count(q.revertsWithoutTarget, 'revert', 'reverts')} name no change that could be found (C2).`);
    if (q.pullRequestsMergedWithoutReview > 0) {
        notes.push(`${count(q.pullRequestsMergedWithoutReview, 'pull request was', 'pull requests were')} merged without a review by someone else (F2).`);
    }
    const clamped = clampedNote(q.clampedDurations);
    if (clamped !== null)
        notes.push(clamped);
    if (q.pullRequestsIntoOtherBranches > 0) {
        notes.push(`${count(q.pullRequestsIntoOtherBranches, 'pull request', 'pull requests')} merged into other branches ${q.pullRequestsIntoOtherBranches === 1 ? 'is' : 'are'} not counted as changes (L1).`);
    }
    return notes;
}


/***/ }),

/***/ 32732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ firstReviewAt)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97488);

/**
 * F2: the time of the earliest review not by the author and not PENDING, submitted before
 * `before` (the merge; no bound for an open pull request). A review whose author is unknown (a
 * deleted account) counts as someone else's.
 */
function firstReviewAt(pr, before = Infinity) {
    let first = null;
    for (const review of pr.reviews ?? []) {
        if (review.state === 'PENDING')
            continue;
        if (review.author != null && review.author === pr.author)
            continue;
        const at = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__.ms)(review.submittedAt);
        if (at >= before)
            continue;
        if (first === null || at < first)
            first = at;
    }
    return first;
}


/***/ }),

/***/ 36571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ shipChanges)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97488);

/**
 * L3 for every change at once. `deployments` must be in D3 order (as listDeployments returns
 * them). O((commits + parent links) · p + (changes + deployments) · p · log(deployments)), where p
 * is the number of first-parent lines the deployed commits lie on (1 when every deployment is of
 * the default branch's first-parent line, whatever the dates say), and near-linear with any p
 * when no deployment containing a change is dated before its merge. No algorithm can promise
 * near-linear for every graph: deciding containment for many (deployment, commit) pairs of an
 * arbitrary graph is as hard as finding triangles in a sparse graph.
 */
function shipChanges(changes, deployments, graph) {
    const graphKnown = graph.size > 0;
    // L3: a known commit absent from a non-empty `commits` is off the default branch.
    const onBranch = deployments.map((d) => !(graphKnown && d.sha !== null && !graph.has(d.sha)));
    const assumable = indexesWhere(deployments, (_, i) => onBranch[i]);
    const withoutCommit = indexesWhere(deployments, (d) => d.sha === null);
    const nodes = deployments.map((d) => (d.sha === null ? undefined : graph.nodeOf(d.sha)));
    const firstContaining = firstContainingDeployment(nodes, graph);
    const shippedBy = new Int32Array(changes.length).fill(-1);
    const late = [];
    const changeNodes = graph.nodesOf(changes);
    changes.forEach((change, i) => {
        const node = changeNodes[i];
        if (node < 0) {
            // L3: the change's commit unknown or missing (or no commits at all): containment is assumed.
            shippedBy[i] = firstAtOrAfter(deployments, assumable, change.merged);
            return;
        }
        // L3: a deployment without a commit is assumed to contain everything merged before it.
        const assumed = firstAtOrAfter(deployments, withoutCommit, change.merged);
        const first = firstContaining[node];
        if (first < 0 || deployments[first].time >= change.merged) {
            shippedBy[i] = pickEarlier(assumed, first);
        }
        else {
            // A deployment contains the change but is dated before its merge (clock skew, a rebase, a
            // tag dated by an older commit, an environment that deploys older commits later): the
            // first containing one at or after the merge is found below, for all such changes at once.
            shippedBy[i] = assumed;
            late.push(i);
        }
    });
    if (late.length > 0)
        shipLateChanges(changes, late, deployments, nodes, graph, shippedBy);
    return { shippedBy, onBranch };
}
function indexesWhere(deployments, test) {
    const out = [];
    deployments.forEach((d, i) => test(d, i) && out.push(i));
    return out;
}
function pickEarlier(a, b) {
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return Math.min(a, b);
}
/** The first deployment (of `candidates`, in D3 order) at or after `time`; -1 for none. */
function firstAtOrAfter(deployments, candidates, time) {
    const at = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .partitionPoint */ .jz)(candidates.length, (k) => deployments[candidates[k]].time < time);
    return at < candidates.length ? candidates[at] : -1;
}
/** For every commit, the first deployment in D3 order whose commit contains it (-1: none). */
function firstContainingDeployment(nodes, graph) {
    const first = new Int32Array(graph.size).fill(-1);
    graph.claimAncestors(nodes, (node, walk) => {
        first[node] = walk;
    });
    return first;
}
const NONE = 0x7fffffff;
/**
 * L3 for the changes whose first containing deployment is dated before their merge: for each, the
 * first deployment at or after the merge (index ≥ k, D3 order being time order) whose commit
 * contains the change's commit c.
 *
 * The deployed commits are split into chains along first-parent lines (CommitGraph
 * .firstParentChains): in a chain every commit contains all the ones before it, so the members
 * of a chain that contain c are those from one position t(c) on. One walk per chain claims each
 * commit for the first member that contains it, giving t(c). A deployment of that chain then
 * contains c exactly when its commit's position is ≥ t(c), and "the first such deployment at or
 * after k" is a search in a max-tree over the chain's deployments in D3 order. The answer is the
 * earliest over the chains.
 */
function shipLateChanges(changes, late, deployments, nodes, graph, shippedBy) {
    // Latest deployments first: they tend to be the most recent commits, so chains come out long.
    const deployed = [];
    for (let i = nodes.length - 1; i >= 0; i--)
        if (nodes[i] !== undefined)
            deployed.push(nodes[i]);
    const chains = graph.firstParentChains(deployed);
    const chainOf = new Map();
    const positionOf = new Map();
    chains.forEach((members, chain) => members.forEach((node, position) => {
        chainOf.set(node, chain);
        positionOf.set(node, position);
    }));
    // Per chain, its deployments in D3 order and the positions of their commits.
    const entries = chains.map(() => []);
    nodes.forEach((node, i) => node !== undefined && entries[chainOf.get(node)].push(i));
    // One slot per distinct commit of a late change.
    const slotOf = new Int32Array(graph.size).fill(-1);
    let slotCount = 0;
    const changeNodes = graph.nodesOf(changes);
    const slots = late.map((i) => {
        const node = changeNodes[i];
        if (slotOf[node] < 0)
            slotOf[node] = slotCount++;
        return slotOf[node];
    });
    // The index of the first deployment at or after each late change's merge (D3 order is time order).
    const starts = late.map((i) => (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .partitionPoint */ .jz)(deployments.length, (d) => deployments[d].time < changes[i].merged));
    const threshold = new Int32Array(slotCount);
    chains.forEach((members, chain) => {
        threshold.fill(NONE);
        // t(c): the position of the first member of the chain that contains c.
        graph.claimAncestors(members, (node, position) => {
            const slot = slotOf[node];
            if (slot >= 0)
                threshold[slot] = position;
        });
        const indexes = Int32Array.from(entries[chain]);
        const tree = new MaxTree(Int32Array.from(indexes, (i) => positionOf.get(nodes[i])));
        late.forEach((change, q) => {
            const t = threshold[slots[q]];
            if (t === NONE)
                return;
            const from = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .partitionPoint */ .jz)(indexes.length, (k) => indexes[k] < starts[q]);
            const at = tree.firstAtLeast(from, t);
            if (at >= 0)
                shippedBy[change] = pickEarlier(shippedBy[change], indexes[at]);
        });
    });
}
/** A max segment tree over non-negative values: the first index ≥ `from` holding ≥ `min`. */
class MaxTree {
    leaves;
    tree;
    constructor(values) {
        let leaves = 1;
        while (leaves < values.length)
            leaves *= 2;
        this.leaves = leaves;
        this.tree = new Int32Array(2 * leaves).fill(-1);
        this.tree.set(values, leaves);
        for (let i = leaves - 1; i >= 1; i--)
            this.tree[i] = Math.max(this.tree[2 * i], this.tree[2 * i + 1]);
    }
    /** -1 when no index ≥ `from` holds a value ≥ `min`. */
    firstAtLeast(from, min) {
        if (from >= this.leaves)
            return -1;
        const tree = this.tree;
        let i = from + this.leaves;
        for (;;) {
            if (tree[i] >= min) {
                // The leftmost leaf of this subtree holding ≥ min.
                while (i < this.leaves) {
                    i *= 2;
                    if (tree[i] < min)
                        i += 1;
                }
                return i - this.leaves;
            }
            // On to the subtree just right of this one: climb while this is a right child.
            while (i % 2 === 1)
                i = (i - 1) / 2;
            if (i === 0)
                return -1;
            i += 1;
        }
    }
}


/***/ }),

/***/ 50923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ packagesOf),
/* harmony export */   PJ: () => (/* binding */ parseSource),
/* harmony export */   j2: () => (/* binding */ formatSource),
/* harmony export */   mC: () => (/* binding */ autoCandidates),
/* harmony export */   nC: () => (/* binding */ environmentSource),
/* harmony export */   o7: () => (/* binding */ DEFAULT_TAG_PATTERN),
/* harmony export */   rr: () => (/* binding */ PACKAGE_TAG_PATTERN)
/* harmony export */ });
/* unused harmony exports SOURCE_SYNTAX, backtrackingConstruct, escapeRegExp */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97488);
// D1/D2: which records count as deployments.



const DEFAULT_TAG_PATTERN = String.raw `^v?\d+\.\d+\.\d+$`;
/**
 * D2: the release tags of monorepos and release tools — `NAME@1.2.3`, `@scope/name@1.2.3`
 * (changesets, lerna), `NAME-v1.2.3` (release-please), `path/to/module/v1.2.3` (Go modules).
 */
const PACKAGE_TAG_PATTERN = String.raw `^(?:@[A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]+@v?[0-9]+\.[0-9]+\.[0-9]+$|^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*[-/]v[0-9]+\.[0-9]+\.[0-9]+$`;
const SOURCE_SYNTAX = 'auto, environment[:NAME], environment:/REGEX/, releases, tags[:REGEX], workflow:FILE or merges';
/** Parses D1's syntax; `auto` is resolved later against the world (D2). */
/** `input` names where the text came from in a message (the command line's source, the Action's deployment-source). */
function parseSource(text, input = 'source') {
    const trimmed = text.trim();
    const colon = trimmed.indexOf(':');
    const kind = (colon < 0 ? trimmed : trimmed.slice(0, colon)).toLowerCase();
    const argument = colon < 0 ? '' : trimmed.slice(colon + 1);
    switch (kind) {
        case 'auto':
            return 'auto';
        case 'environment':
            return environmentSource(argument || 'production', input);
        case 'releases':
            return { kind: 'releases' };
        case 'tags':
            return tagSource(argument || DEFAULT_TAG_PATTERN, input);
        case 'workflow':
            if (!argument)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${input}: "workflow" needs a file, as in workflow:deploy.yml`);
            return { kind: 'workflow', file: argument };
        case 'merges':
            return { kind: 'merges' };
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${input}: ${JSON.stringify(text)} is not a deployment source (expected ${SOURCE_SYNTAX})`);
    }
}
/**
 * D1 `environment:NAME` matches one name in any case; `environment:/REGEX/flags` (several
 * production environments) takes every environment the expression finds, as `tags:REGEX` does.
 */
function environmentSource(name, input = 'source') {
    const literal = /^\/(.+)\/([imsu]*)$/.exec(name);
    if (!literal)
        return { kind: 'environment', name };
    return { kind: 'environment', name, pattern: compile(input, 'environment', name, literal[1], literal[2]) };
}
function tagSource(pattern, input) {
    return { kind: 'tags', pattern, regex: compile(input, 'tags', pattern, pattern) };
}
/** The flags `environment:/REGEX/flags` takes; RE2 always reads the text as code points, so `u` changes nothing. */
const FLAGS = {
    i: re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.CASE_INSENSITIVE,
    m: re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.MULTILINE,
    s: re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.DOTALL,
    u: 0,
};
/**
 * A user's expression on the linear-time engine, or a UserError naming the source and what could
 * not be read: a syntax error (JavaScript's own message, so the text is checked as written), or a
 * construct that needs backtracking (lookaround, backreferences), which the engine refuses.
 */
function compile(input, kind, written, pattern, flags = '') {
    try {
        new RegExp(pattern, flags);
    }
    catch (error) {
        const reason = error.message.replace(/^Invalid regular expression: /, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${input}: ${kind} pattern ${JSON.stringify(written)} is not a valid regular expression (${reason})`);
    }
    const refuse = (reason) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${input}: ${kind} pattern ${JSON.stringify(written)} uses ${reason}, which the linear-time regular expression engine cannot run (expected a pattern without lookaround or backreferences)`);
    const unsupported = backtrackingConstruct(pattern);
    if (unsupported)
        throw refuse(unsupported);
    let compiled;
    try {
        const mask = [...flags].reduce((all, flag) => all | (FLAGS[flag] ?? 0), 0);
        compiled = re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.translateRegExp(pattern), mask);
    }
    catch (error) {
        throw refuse(`a construct it does not support (${error.message.replace(/^error parsing regexp: /, '')})`);
    }
    return { source: written, test: (text) => compiled.test(text) };
}
/**
 * The first construct of `pattern` that only a backtracking engine runs, in words, or null.
 * Character classes and escapes are skipped, so `[(?=]` and `\(?=` are plain characters.
 */
function backtrackingConstruct(pattern) {
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            const next = pattern[i + 1] ?? '';
            if (!inClass && /[1-9]/.test(next))
                return `a backreference (\\${next})`;
            if (!inClass && next === 'k' && pattern[i + 2] === '<')
                return 'a named backreference (\\k<…>)';
            i++;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
        }
        else if (c === '[') {
            inClass = true;
        }
        else if (c === '(' && pattern[i + 1] === '?') {
            const rest = pattern.slice(i + 2, i + 4);
            if (rest.startsWith('='))
                return 'a lookahead (?=…)';
            if (rest.startsWith('!'))
                return 'a negative lookahead (?!…)';
            if (rest === '<=')
                return 'a lookbehind (?<=…)';
            if (rest === '<!')
                return 'a negative lookbehind (?<!…)';
        }
    }
    return null;
}
function formatSource(source) {
    switch (source.kind) {
        case 'environment':
            return `environment:${source.name}`;
        case 'tags':
            return `tags:${source.pattern}`;
        case 'workflow':
            return `workflow:${source.file}`;
        default:
            return source.kind;
    }
}
/** D2: the candidates `auto` tries, in order; the last, merges, is the assumed one (T3). */
function autoCandidates() {
    return [
        { kind: 'environment', name: 'production' },
        { kind: 'releases' },
        tagSource(DEFAULT_TAG_PATTERN, 'source'),
        tagSource(PACKAGE_TAG_PATTERN, 'source'),
        { kind: 'merges' },
    ];
}
const VERSION = String.raw `[0-9]+\.[0-9]+\.[0-9]+$`;
const AT_FORM = /^((?:@[A-Za-z0-9_.-]+\/)?[A-Za-z0-9_.-]+)@v?[0-9]+\.[0-9]+\.[0-9]+$/;
const V_FORM = /^([A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*)([-/])v[0-9]+\.[0-9]+\.[0-9]+$/;
/** Escapes every character a regular expression treats specially. */
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
/**
 * D2: the packages whose tags PACKAGE_TAG_PATTERN finds, most tags first (then by name), each with
 * the `tags:` source that follows its releases only (the same version forms, anchored).
 */
function packagesOf(tagNames) {
    const byKey = new Map();
    for (const tag of tagNames) {
        const at = AT_FORM.exec(tag);
        const v = at ? null : V_FORM.exec(tag);
        if (!at && !v)
            continue;
        const name = at ? at[1] : v[1];
        const pattern = at
            ? `^${escapeRegExp(name)}@v?${VERSION}`
            : `^${escapeRegExp(name)}${escapeRegExp(v[2])}v${VERSION}`;
        const key = `tags:${pattern}`;
        const known = byKey.get(key);
        if (known)
            known.tags += 1;
        else
            byKey.set(key, { name, tags: 1, source: key });
    }
    return [...byKey.values()].sort((a, b) => b.tags - a.tags || (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.name, b.name));
}


/***/ }),

/***/ 54522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ sortNumbers),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   UH: () => (/* binding */ hoursBetween),
/* harmony export */   cz: () => (/* binding */ sum),
/* harmony export */   il: () => (/* binding */ spread),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   vS: () => (/* binding */ percentileSorted)
/* harmony export */ });
// S1: percentiles by linear interpolation between closest ranks (NumPy's default `linear`).
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** p in [0, 1]; `sorted` ascending. null for no values (S1). */
function percentileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return null;
    const rank = p * (n - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    if (low === high)
        return sorted[low];
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}
function sortNumbers(values) {
    return Float64Array.from(values).sort();
}
function median(values) {
    return percentileSorted(sortNumbers(values), 0.5);
}
function spread(values) {
    const sorted = sortNumbers(values);
    return {
        median: percentileSorted(sorted, 0.5),
        p75: percentileSorted(sorted, 0.75),
        p90: percentileSorted(sorted, 0.9),
    };
}
/** S2 and the preamble: a duration in hours, `end − start`, negative counted as 0. */
function hoursBetween(startMs, endMs) {
    return Math.max(0, endMs - startMs) / HOUR_MS;
}
function sum(values) {
    let total = 0;
    for (const value of values)
        total += value;
    return total;
}


/***/ }),

/***/ 83084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ leadTimeTier),
/* harmony export */   BL: () => (/* binding */ failureRateTier),
/* harmony export */   Gq: () => (/* binding */ BENCHMARK_TABLES),
/* harmony export */   Jc: () => (/* binding */ frequencyTier),
/* harmony export */   MD: () => (/* binding */ MIN_RESTORED_EVENTS_FOR_RESTORE_TIER),
/* harmony export */   R$: () => (/* binding */ POSITION_BENCHMARKS),
/* harmony export */   dk: () => (/* binding */ restoreTier),
/* harmony export */   fQ: () => (/* binding */ MIN_DEPLOYMENTS_FOR_CFR_TIER),
/* harmony export */   jD: () => (/* binding */ deploymentDays),
/* harmony export */   p: () => (/* binding */ MIN_CHANGES_FOR_LEAD_TIME_TIER)
/* harmony export */ });
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54522);

const BENCHMARK_TABLES = {
    'dora-2023': {
        name: 'dora-2023',
        year: 2023,
        deploymentFrequency: {
            elite: { kind: 'weekly-days', atLeast: 3 },
            high: { kind: 'weekly-days', atLeast: 1 },
            medium: { kind: 'monthly-days', atLeast: 1 },
        },
        leadTimeHours: { elite: 24, high: 168, medium: 720 },
        changeFailureRate: { elite: 0.05, high: 0.1, medium: 0.15 },
        timeToRestoreHours: { elite: 1, high: 24, medium: 168 },
    },
    'dora-2021': {
        name: 'dora-2021',
        year: 2021,
        deploymentFrequency: {
            elite: { kind: 'weekly-days', atLeast: 3 },
            high: { kind: 'monthly-days', atLeast: 1 },
            medium: { kind: 'per-days', days: 182 },
        },
        leadTimeHours: { elite: 1, high: 168, medium: 4380 },
        changeFailureRate: { elite: 0.15, high: 0.2, medium: 0.3 },
        timeToRestoreHours: { elite: 1, high: 24, medium: 168 },
    },
};
/**
 * dora-2025 (docs/benchmarks.md) is no tier table: choosing it leads each card with the industry position
 * (P3) and keeps the default table's tiers (T1), so `benchmarks.name` stays that table's.
 */
const POSITION_BENCHMARKS = 'dora-2025';
/** T2: the smallest samples that earn a tier. */
const MIN_DEPLOYMENTS_FOR_CFR_TIER = 10;
const MIN_CHANGES_FOR_LEAD_TIME_TIER = 5;
const MIN_RESTORED_EVENTS_FOR_RESTORE_TIER = 3;
/** docs/benchmarks.md: distinct UTC dates with a deployment, per block counted back from `until`. */
function deploymentDays(deploymentTimes, window) {
    return {
        weeklyMedian: medianDaysPerBlock(deploymentTimes, window.until, 7, Math.floor(window.days / 7)),
        monthlyMedian: medianDaysPerBlock(deploymentTimes, window.until, 30, Math.floor(window.days / 30)),
    };
}
function medianDaysPerBlock(times, until, blockDays, blocks) {
    if (blocks <= 0)
        return null;
    const dates = Array.from({ length: blocks }, () => new Set());
    const earliest = until - blocks * blockDays * _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
    for (const time of times) {
        if (time < earliest || time >= until)
            continue;
        const block = Math.floor((until - 1 - time) / (blockDays * _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO));
        dates[block].add(Math.floor(time / _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO));
    }
    return (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(dates.map((set) => set.size));
}
function meetsFrequency(rule, days, count, windowDays) {
    if (rule.kind === 'per-days')
        return (count / windowDays) * rule.days >= 1;
    const value = rule.kind === 'weekly-days' ? days.weeklyMedian : days.monthlyMedian;
    return value !== null && value >= rule.atLeast;
}
function frequencyTier(table, days, count, windowDays) {
    const rules = table.deploymentFrequency;
    if (meetsFrequency(rules.elite, days, count, windowDays))
        return 'elite';
    if (meetsFrequency(rules.high, days, count, windowDays))
        return 'high';
    if (meetsFrequency(rules.medium, days, count, windowDays))
        return 'medium';
    return 'low';
}
function below(value, bounds) {
    if (value === null)
        return null;
    if (value < bounds.elite)
        return 'elite';
    if (value < bounds.high)
        return 'high';
    if (value < bounds.medium)
        return 'medium';
    return 'low';
}
function leadTimeTier(table, medianHours, changes) {
    return changes < MIN_CHANGES_FOR_LEAD_TIME_TIER ? null : below(medianHours, table.leadTimeHours);
}
/** T2: time to restore needs at least 3 restored failure events. */
function restoreTier(table, medianHours, restored) {
    return restored < MIN_RESTORED_EVENTS_FOR_RESTORE_TIER
        ? null
        : below(medianHours, table.timeToRestoreHours);
}
function failureRateTier(table, rate, deployments) {
    if (rate === null || deployments < MIN_DEPLOYMENTS_FOR_CFR_TIER)
        return null;
    const bounds = table.changeFailureRate;
    if (rate <= bounds.elite)
        return 'elite';
    if (rate <= bounds.high)
        return 'high';
    if (rate <= bounds.medium)
        return 'medium';
    return 'low';
}


/***/ }),

/***/ 97488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ msOrNull),
/* harmony export */   jz: () => (/* binding */ partitionPoint),
/* harmony export */   ms: () => (/* binding */ ms),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   r5: () => (/* binding */ utcTimeOf)
/* harmony export */ });
/** Epoch milliseconds of an ISO time from a validated world; null stays null. */
function ms(time) {
    const fast = canonicalMs(time);
    return fast === fast ? fast : Date.parse(time); // NaN: not 2026-03-01T12:00:00Z's form
}
function msOrNull(time) {
    return time ? ms(time) : null;
}
/**
 * Date.parse of the form GitHub and the world writers use (2026-03-01T12:00:00Z), by hand: Date.parse
 * was a tenth of a 50,000-pull-request run. NaN for anything else (a fraction, an
 * offset, a field out of range), which Date.parse then reads. A day past the month's end rolls
 * over, as Date.parse does.
 */
function canonicalMs(t) {
    if (t.length !== 20 ||
        t.charCodeAt(4) !== 45 ||
        t.charCodeAt(7) !== 45 ||
        t.charCodeAt(10) !== 84 ||
        t.charCodeAt(13) !== 58 ||
        t.charCodeAt(16) !== 58 ||
        t.charCodeAt(19) !== 90) {
        return NaN;
    }
    const year = digits(t, 0, 4);
    const month = digits(t, 5, 7);
    const day = digits(t, 8, 10);
    const hour = digits(t, 11, 13);
    const minute = digits(t, 14, 16);
    const second = digits(t, 17, 19);
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59))
        return NaN; // also NaN when a field held a non-digit
    // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    const days = era * 146_097 + doe - 719_468;
    return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000;
}
/** The decimal number in t[from, to); NaN if a character is not a digit. */
function digits(t, from, to) {
    let n = 0;
    for (let i = from; i < to; i++) {
        const d = t.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return NaN;
        n = n * 10 + d;
    }
    return n;
}
/** Code-unit order, the same on every machine (no locale). */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * How many leading items `isBefore` holds for, by binary search: the items must be ordered so that
 * it holds for a prefix and fails for the rest (time-sorted deployments or changes, D3 and C2).
 */
function partitionPoint(length, isBefore) {
    let low = 0;
    let high = length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (isBefore(mid))
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
/**
 * Epoch milliseconds of a time a user wrote (a flag, an input, a configuration file): a date
 * (2026-10-01), or a date and time with `T` or a space (2026-10-01T09:30, …:00, …:00.5) and an
 * optional offset (Z, +02:00, +0200). All times are UTC: a time without an offset is read as UTC,
 * never in the machine's time zone (Date.parse would read `2026-10-01T00:00:00` as local time).
 * A date that does not exist (2026-02-30, which Date.parse rolls into March) is NaN, as is
 * anything else.
 */
function utcTimeOf(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text.trim());
    if (!match)
        return NaN;
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset = 'Z'] = match;
    const date = Date.UTC(Number(year), Number(month) - 1, Number(day));
    const real = new Date(date);
    if (real.getUTCMonth() !== Number(month) - 1 || real.getUTCDate() !== Number(day))
        return NaN;
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59)
        return NaN;
    const shift = offsetMinutes(offset);
    if (shift === null)
        return NaN;
    const fractionMs = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
    return date + ((Number(hour) * 60 + Number(minute) - shift) * 60 + Number(second)) * 1000 + fractionMs;
}
/** Minutes east of UTC of Z, +02:00 or -0530; null when out of range. */
function offsetMinutes(offset) {
    if (offset.toUpperCase() === 'Z')
        return 0;
    const digits = offset.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2));
    if (hours > 23 || minutes > 59)
        return null;
    return (offset[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}


/***/ }),

/***/ 21117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ computeTrends)
/* harmony export */ });
/* unused harmony export trendOf */
const METRICS = [
    ['deploymentFrequency', 'higher', (p) => p.dora.deploymentFrequency.perWeek],
    ['leadTime', 'lower', (p) => p.dora.leadTime.medianHours],
    ['changeFailureRate', 'lower', (p) => p.dora.changeFailureRate.rate],
    ['timeToRestore', 'lower', (p) => p.dora.timeToRestore.medianHours],
    ['reworkRate', 'lower', (p) => p.dora.reworkRate.rate],
    ['throughput', 'higher', (p) => p.flow?.throughput.perWeek],
    ['cycleTime', 'lower', (p) => p.flow?.cycleTime.medianHours],
    ['codingTime', 'lower', (p) => p.flow?.cycleTime.codingHours],
    ['pickupTime', 'lower', (p) => p.flow?.cycleTime.pickupHours],
    ['reviewTime', 'lower', (p) => p.flow?.cycleTime.reviewHours],
    ['deployTime', 'lower', (p) => p.flow?.cycleTime.deployHours],
    ['flowLoad', 'lower', (p) => p.flow?.load.open],
    ['flowEfficiency', 'higher', (p) => p.flow?.efficiency],
    ['batchSize', 'lower', (p) => p.flow?.batchSize.medianLines],
    ['distribution.feature', 'none', (p) => p.flow?.distribution?.feature],
    ['distribution.defect', 'none', (p) => p.flow?.distribution?.defect],
    ['distribution.debt', 'none', (p) => p.flow?.distribution?.debt],
    ['distribution.risk', 'none', (p) => p.flow?.distribution?.risk],
    ['distribution.unclassified', 'none', (p) => p.flow?.distribution?.unclassified],
];
function trendOf(current, previous, direction) {
    if (current === null || previous === null)
        return { current, previous, change: null, label: null };
    const change = current - previous;
    if (change === 0)
        return { current, previous, change, label: 'same' };
    if (direction === 'none')
        return { current, previous, change, label: 'changed' };
    const better = direction === 'higher' ? change > 0 : change < 0;
    return { current, previous, change, label: better ? 'better' : 'worse' };
}
/** `previous` null: no window to compare with, so every trend has a null side and no label. */
function computeTrends(current, previous) {
    const out = {};
    for (const [key, direction, read] of METRICS) {
        out[key] = trendOf(read(current) ?? null, previous === null ? null : (read(previous) ?? null), direction);
    }
    return out;
}


/***/ }),

/***/ 91399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ valueScoreOf),
/* harmony export */   f: () => (/* binding */ computeValueScore)
/* harmony export */ });
/**
 * B7: a window's score; null when its lead time, deployments per day, time to restore or
 * satisfaction is null or 0, or its change failure rate is null or 1.
 */
function valueScoreOf(dora, satisfaction = 1) {
    const lead = dora.leadTime.medianHours;
    const perDay = dora.deploymentFrequency.perDay;
    const rate = dora.changeFailureRate.rate;
    const restore = dora.timeToRestore.medianHours;
    if (!lead || !perDay || !restore || !satisfaction)
        return null;
    if (rate === null || rate === 1)
        return null;
    return (1 / lead) * perDay * (1 - rate) * (1 / restore) * satisfaction;
}
/** B7 for both windows; without a `satisfaction` measure, satisfaction is 1. */
function computeValueScore(current, previous, satisfaction = { measure: null, current: 1, previous: 1 }) {
    const now = valueScoreOf(current, satisfaction.current);
    const before = valueScoreOf(previous, satisfaction.previous);
    return {
        current: now,
        previous: before,
        ratio: now === null || before === null ? null : now / before,
        satisfaction,
    };
}


/***/ }),

/***/ 62573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   O2: () => (/* binding */ describeWindow),
/* harmony export */   gz: () => (/* binding */ previousWindow),
/* harmony export */   n: () => (/* binding */ makeWindow),
/* harmony export */   r4: () => (/* binding */ inRange),
/* harmony export */   wl: () => (/* binding */ indexesIn),
/* harmony export */   x3: () => (/* binding */ weeksOf)
/* harmony export */ });
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54522);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97488);


function makeWindow(untilMs, days) {
    return { since: untilMs - days * _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO, until: untilMs, days };
}
/** W1: the previous window has the same length and ends at `since`. */
function previousWindow(window) {
    return makeWindow(window.since, window.days);
}
function inRange(time, range) {
    return time >= range.since && time < range.until;
}
/** Indexes of the items whose time falls in the range, for items in ascending time order. */
function indexesIn(length, timeAt, range) {
    const from = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionPoint */ .jz)(length, (i) => timeAt(i) < range.since);
    const to = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionPoint */ .jz)(length, (i) => timeAt(i) < range.until);
    const out = [];
    for (let i = from; i < to; i++)
        out.push(i);
    return out;
}
function describeWindow(window) {
    return { since: isoTime(window.since), until: isoTime(window.until), days: window.days };
}
/**
 * `YYYY-MM-DDTHH:MM:SSZ` (with milliseconds only when there are some). Written out by hand: the
 * records call it for every change, and Date + toISOString + replace cost a sixth of a run.
 */
function isoTime(ms) {
    if (ms % 1000 !== 0 || ms < 0 || ms >= 253402300800000)
        return new Date(ms).toISOString().replace('.000Z', 'Z');
    const days = Math.floor(ms / _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
    const seconds = (ms - days * _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO) / 1000;
    // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil, inverted).
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return `${year}-${two(month)}-${two(day)}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}Z`;
}
function two(n) {
    return n < 10 ? `0${n}` : `${n}`;
}
/** W3: ISO weeks (Monday 00:00 UTC) that start inside the window, each cut at `until`. */
function weeksOf(window) {
    const first = mondayOnOrAfter(window.since);
    const weeks = [];
    for (let start = first; start < window.until; start += 7 * _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO) {
        weeks.push({ since: start, until: Math.min(start + 7 * _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO, window.until) });
    }
    return weeks;
}
function mondayOnOrAfter(ms) {
    const dayStart = Math.floor(ms / _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO) * _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
    const weekday = (new Date(dayStart).getUTCDay() + 6) % 7; // Monday = 0
    const monday = dayStart - weekday * _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
    return monday >= ms ? monday : monday + 7 * _stats_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
}


/***/ }),

/***/ 19290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aI: () => (/* binding */ runPipeline)
});

// UNUSED EXPORTS: computeReport, loadWorld, writeOutputs

// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(55285);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(25175);
// EXTERNAL MODULE: ./src/metrics/stats.ts
var stats = __webpack_require__(54522);
// EXTERNAL MODULE: ./src/business/periods.ts
var periods = __webpack_require__(23708);
;// CONCATENATED MODULE: ./src/business/csv.ts
// B1: the business measures file. RFC 4180 CSV (csv-parse): a header `date,NAME[,NAME…]`, then one
// row per period. Every fault is refused with one line naming the file, the line, the column and
// what was expected; nothing is guessed (a `%`, a thousands separator, a date that starts no period).




/** B1: a number as a person or a spreadsheet writes it without formatting. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_HINT = 'a number such as 1234.5 or -0.25, with a . decimal point, or an empty cell for a missing value';
/** Parses the file's text; `file` names it in messages. */
function parseBusinessCsv(text, file, period) {
    const fail = (line, column, problem) => {
        throw new errors/* UserError */.y(`${file} line ${line}${column === null ? '' : ` column ${column}`}: ${problem}`);
    };
    let records;
    try {
        records = (0,sync/* parse */.qg)(text, {
            bom: true,
            info: true,
            relax_column_count: true,
            skip_empty_lines: false,
        });
    }
    catch (error) {
        const e = error;
        return fail(e.lines ?? 1, null, `${e.message.replace(/ at line \d+.*$/, '')} (expected RFC 4180 CSV)`);
    }
    // A record ends on info.lines; it began on the line after the previous one ended (blank lines
    // are records of one empty cell, so that the count stays right, and are then passed over).
    let ended = 0;
    const rows = records.map(({ record, info }) => {
        const line = ended + 1;
        ended = info.lines;
        return { record, line };
    });
    const filled = rows.filter(({ record }) => !(record.length === 1 && record[0].trim() === ''));
    if (filled.length === 0)
        return fail(1, null, 'the file is empty (expected a header row such as date,signups,revenue)');
    const header = filled[0];
    const names = header.record.map((cell) => cell.trim());
    if (names[0].toLowerCase() !== 'date') {
        fail(header.line, 1, `${JSON.stringify(names[0])} is not "date" (expected a header row such as date,signups,revenue)`);
    }
    if (names.length < 2) {
        fail(header.line, null, 'no measure column (expected a header such as date,signups,revenue: a column for each measure after date)');
    }
    const seen = new Map();
    names.forEach((name, i) => {
        if (i === 0)
            return;
        if (name === '')
            fail(header.line, i + 1, 'a measure without a name (expected a name in every header cell)');
        if (name.toLowerCase() === 'date')
            fail(header.line, i + 1, '"date" again (expected it once, as the first column)');
        const first = seen.get(name);
        if (first !== undefined)
            fail(header.line, i + 1, `${JSON.stringify(name)} is already column ${first} (expected each measure once)`);
        seen.set(name, i + 1);
    });
    const table = new Map();
    const dateLines = new Map();
    for (const { record, line } of filled.slice(1)) {
        if (record.length !== names.length) {
            fail(line, null, `${record.length} cells where the header has ${names.length} (expected one cell per column; leave a cell empty for a missing value)`);
        }
        const start = periodStart(record[0].trim(), period, (problem) => fail(line, 1, problem));
        const again = dateLines.get(start);
        if (again !== undefined)
            fail(line, 1, `${record[0].trim()} is given again (first on line ${again}; expected each period once)`);
        dateLines.set(start, line);
        table.set(start, record
            .slice(1)
            .map((raw, i) => cellValue(raw, (problem) => fail(line, `${i + 2} (${JSON.stringify(names[i + 1])})`, problem))));
    }
    return { names: names.slice(1), rows: table };
}
function cellValue(raw, fail) {
    const cell = raw.trim();
    if (cell === '')
        return null;
    if (NUMBER.test(cell)) {
        const value = Number(cell);
        if (Number.isFinite(value))
            return value;
    }
    const why = cell.includes('%')
        ? ' (a percentage: write 12% as 0.12 or 12 and name the unit in the configuration)'
        : /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell)
            ? ' (a thousands separator)'
            : /^[+-]?\d+,\d+$/.test(cell)
                ? ' (a decimal comma)'
                : '';
    return fail(`${JSON.stringify(cell.length > 40 ? `${cell.slice(0, 37)}…` : cell)} is not a number${why} (expected ${NUMBER_HINT})`);
}
/** B1: an ISO date that starts a period: a Monday (week), the 1st of a month (month). */
function periodStart(cell, period, fail) {
    const match = DATE.exec(cell);
    const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
    const real = match !== null && Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === cell;
    if (!real)
        return fail(`${JSON.stringify(cell)} is not a date (expected an ISO date such as 2026-05-04)`);
    if ((0,periods/* startsPeriod */.VS)(ms, period))
        return ms;
    if (period === 'week') {
        const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * stats/* DAY_MS */.sO;
        return fail(`${cell} is a ${WEEKDAYS[new Date(ms).getUTCDay()]} (expected the Monday that starts its week, ${day(monday)}, in a weekly file)`);
    }
    const first = Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth(), 1);
    return fail(`${cell} is not the 1st of a month (expected ${day(first)} in a monthly file; ${day((0,periods/* nextPeriodStart */.vI)(first, 'month'))} starts the next)`);
}
function day(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./src/business/load.ts
// B1/B2: finds and reads the business measures file: the one named on the command line (or by the
// Action's input), else the configuration's `business.file`. A mistake is a UserError (exit 2)
// raised before anything is collected or written.




/** Weekly rows for decades stay far below this; a larger file is something else. */
const MAX_BYTES = 10_000_000;
/**
 * `business.file` of a configuration is relative to the repository: the folder that holds
 * `.github/` for a file inside `.github/`, else the configuration file's own folder.
 */
function resolveConfiguredFile(configFile, file) {
    if (configFile === null)
        return (0,external_node_path_.resolve)(file);
    const folder = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(configFile));
    return (0,external_node_path_.resolve)((0,external_node_path_.basename)(folder) === '.github' ? (0,external_node_path_.dirname)(folder) : folder, file);
}
function loadBusiness(named, config) {
    const business = config?.business ?? null;
    const configured = business?.file ?? null;
    const where = named
        ? named
        : configured !== null
            ? {
                path: resolveConfiguredFile(config.file, configured),
                input: `${config.file ?? 'config'}: business.file`,
            }
            : null;
    if (where === null)
        return null;
    if (!(0,external_node_fs_.existsSync)(where.path) || !(0,external_node_fs_.statSync)(where.path).isFile() || (0,external_node_fs_.statSync)(where.path).size > MAX_BYTES) {
        throw new errors/* UserError */.y(`${where.input}: ${where.path} is not a file under 10 MB (expected a CSV of business measures: date,NAME,… one row per period)`);
    }
    const period = business?.period ?? 'week';
    const table = parseBusinessCsv((0,external_node_fs_.readFileSync)(where.path, 'utf8'), named ? named.path : configured, period);
    const described = new Map((business?.measures ?? []).map((m) => [m.name, m]));
    for (const name of described.keys()) {
        if (!table.names.includes(name)) {
            throw new errors/* UserError */.y(`${config.file ?? 'config'}: business.measures.${name} is not a column of ${where.path} (expected one of ${table.names.join(', ')})`);
        }
    }
    const measures = table.names.map((name) => described.get(name) ?? { name, better: 'higher', unit: null, kind: 'other', range: null });
    return { file: where.path, period, measures, rows: table.rows };
}

// EXTERNAL MODULE: ./src/business/statistics.ts
var statistics = __webpack_require__(30259);
;// CONCATENATED MODULE: ./src/repo-config/load.ts
// Reads `.github/dora.yml`: services, impact weights, business peaks. A mistake in it is
// a UserError (exit 2) whose one line names the file, the line, the path inside the file and
// what was expected: `dora.yml line 7: services[1].paths[0]: 42 is not a glob string (…)`.



const DEFAULT_CONTEXT_FILE = (0,external_node_path_.join)('.github', 'dora.yml');
/** A larger file is not a hand-written configuration; refuse before parsing it. */
const load_MAX_BYTES = 1_000_000;
/**
 * The file's configuration, or null when the default file does not exist. The YAML parser is
 * loaded only when there is a file to parse: most runs have none, and it costs start-up time.
 */
async function loadContextConfig(file) {
    if (!file)
        return null;
    if (!(0,external_node_fs_.existsSync)(file.path)) {
        if (!file.explicit)
            return null;
        throw new errors/* UserError */.y(`${file.input ?? 'config'}: ${file.path} does not exist (expected a YAML file such as .github/dora.yml)`);
    }
    if (!(0,external_node_fs_.statSync)(file.path).isFile() || (0,external_node_fs_.statSync)(file.path).size > load_MAX_BYTES) {
        throw new errors/* UserError */.y(`${file.input ?? 'config'}: ${file.path} is not a file under 1 MB (expected a YAML file such as .github/dora.yml)`);
    }
    const { parseContextConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 38758));
    return parseContextConfig((0,external_node_fs_.readFileSync)(file.path, 'utf8'), file.path);
}
/** Services selected by path need the pull requests' changed files, which cost the collector more. */
function needsChangedFiles(config) {
    return config !== null && config.services.some((service) => service.paths.length > 0);
}

;// CONCATENATED MODULE: ./src/context/calendar.ts
// The business calendar: named peaks, and the window's figures split inside and
// outside them. A deployment, failure event or change belongs to the part that holds its time
// (W2's rule, with peaks for windows): deployment time, failure start, and for a lead time the
// time of the deployment that shipped it (as L4 places it in a window).


function overlap(a, b) {
    return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
/** The peaks clipped to the window, merged where they overlap, so no day counts twice. */
function peakSpans(peaks, window) {
    const clipped = peaks
        .map((p) => ({
        name: p.name,
        start: Math.max(Date.parse(p.start), window.start),
        end: Math.min(Date.parse(p.end), window.end),
    }))
        .filter((p) => p.end > p.start)
        .sort((a, b) => a.start - b.start);
    const merged = [];
    for (const span of clipped) {
        const last = merged[merged.length - 1];
        if (last && span.start <= last.end) {
            last.end = Math.max(last.end, span.end);
            last.name = `${last.name}, ${span.name}`;
        }
        else
            merged.push({ ...span });
    }
    return merged;
}
function computeCalendar(report, peaks) {
    const window = { start: Date.parse(report.window.since), end: Date.parse(report.window.until) };
    const spans = peakSpans(peaks, window);
    const inPeak = (time) => spans.some((s) => time >= s.start && time < s.end);
    const peakMs = spans.reduce((total, s) => total + (s.end - s.start), 0);
    return {
        peaks: peaks.map((p) => ({
            name: p.name,
            start: p.start,
            end: p.end,
            daysInWindow: overlap({ start: Date.parse(p.start), end: Date.parse(p.end) }, window) / stats/* DAY_MS */.sO,
        })),
        peakWeeks: report.weekly.flatMap((week) => {
            const start = Date.parse(week.weekStart);
            const range = { start, end: Math.min(start + 7 * stats/* DAY_MS */.sO, window.end) };
            const names = peaks.filter((p) => overlap({ start: Date.parse(p.start), end: Date.parse(p.end) }, range) > 0);
            return names.length ? [{ weekStart: week.weekStart, peaks: names.map((p) => p.name) }] : [];
        }),
        inside: split(report, (time) => inPeak(time), peakMs / stats/* DAY_MS */.sO),
        outside: split(report, (time) => !inPeak(time), (window.end - window.start - peakMs) / stats/* DAY_MS */.sO),
    };
}
function split(report, holds, days) {
    const deployments = report.records.deployments.filter((d) => holds(Date.parse(d.time)));
    const keys = new Set(deployments.map((d) => d.key));
    const leads = report.records.changes
        .filter((c) => c.shippedBy !== null && keys.has(c.shippedBy) && c.leadTimeHours !== null)
        .map((c) => c.leadTimeHours);
    const events = report.records.failures.filter((f) => f.window === 'current' && holds(Date.parse(f.start)));
    const restored = events.filter((f) => f.restoreHours !== null).map((f) => f.restoreHours);
    const failed = deployments.filter((d) => d.failed).length;
    return {
        days,
        deployments: deployments.length,
        deploymentsPerWeek: days === 0 ? null : (deployments.length / days) * 7,
        failedDeployments: failed,
        changeFailureRate: deployments.length === 0 ? null : failed / deployments.length,
        changes: leads.length,
        leadTimeMedianHours: (0,stats/* median */.JZ)(leads),
        failureEvents: events.length,
        timeToRestoreMedianHours: (0,stats/* median */.JZ)(restored),
    };
}

// EXTERNAL MODULE: ./src/metrics/changes.ts
var metrics_changes = __webpack_require__(86744);
// EXTERNAL MODULE: ./src/metrics/time.ts
var time = __webpack_require__(97488);
// EXTERNAL MODULE: ./src/metrics/window.ts
var metrics_window = __webpack_require__(62573);
// EXTERNAL MODULE: ./src/context/statistics.ts
var context_statistics = __webpack_require__(34296);
;// CONCATENATED MODULE: ./src/context/health.ts
// Engineering health from the same history (the seed's "Organizational Health
// Indicators"): how long CI takes, how long reviews take, how much of the work bots do.
//  - CI: completed workflow runs that started in the window (W2 by their start) and finished
//    with success, failure or timed_out (a cancelled or skipped run did not run its course);
//    duration = updatedAt − runStartedAt (createdAt when GitHub gave no start).
//  - Reviews: F2's pickup (opening to the first review by someone else) and review phases, over
//    the pull requests merged in the window.
//  - Bots: changes (L1) merged in the window whose author's login ends in `[bot]`.





const FINISHED = new Set(['success', 'failure', 'timed_out']);
function runMatches(run, selected) {
    if (selected.length === 0)
        return true;
    const file = run.workflowPath.split('/').pop() ?? run.workflowPath;
    return selected.some((wanted) => {
        const lower = wanted.toLowerCase();
        return (lower === file.toLowerCase() ||
            lower === run.workflowPath.toLowerCase() ||
            lower === run.name?.toLowerCase());
    });
}
function timedRuns(world, window, selected) {
    const out = [];
    for (const run of world.workflowRuns ?? []) {
        if (run.status !== 'completed' || !FINISHED.has(run.conclusion ?? '') || !runMatches(run, selected))
            continue;
        const start = (0,time.ms)(run.runStartedAt ?? run.createdAt);
        if (!(0,metrics_window/* inRange */.r4)(start, window))
            continue;
        out.push({
            workflow: run.name || run.workflowPath,
            start,
            hours: (0,stats/* hoursBetween */.UH)(start, (0,time.ms)(run.updatedAt)),
        });
    }
    return out;
}
function computeHealth(world, report, selected) {
    const window = { since: Date.parse(report.window.since), until: Date.parse(report.window.until) };
    const runs = timedRuns(world, window, selected);
    const workflows = [...new Set(runs.map((r) => r.workflow))].sort();
    const byWorkflow = workflows
        .map((workflow) => ({
        workflow,
        ...(0,context_statistics/* summarize */.eh)(runs.filter((r) => r.workflow === workflow).map((r) => r.hours)),
    }))
        .sort((a, b) => b.count - a.count || (a.workflow < b.workflow ? -1 : 1));
    const weekly = (0,metrics_window/* weeksOf */.x3)(window).map((week) => ({
        weekStart: (0,metrics_window/* isoTime */.Ly)(week.since),
        ...(0,context_statistics/* summarize */.eh)(runs.filter((r) => (0,metrics_window/* inRange */.r4)(r.start, week)).map((r) => r.hours)),
    }));
    return {
        ci: { ...(0,context_statistics/* summarize */.eh)(runs.map((r) => r.hours)), workflowsSelected: [...selected], byWorkflow, weekly },
        reviews: reviewsOf(report),
        bots: botsOf(world, window),
    };
}
function reviewsOf(report) {
    if (report.flow === null)
        return null;
    const prs = report.records.pullRequests;
    const picked = prs.filter((pr) => pr.pickupHours !== null);
    return {
        pullRequests: prs.length,
        reviewed: picked.length,
        firstReview: (0,context_statistics/* summarize */.eh)(picked.map((pr) => pr.pickupHours)),
        reviewToMerge: (0,context_statistics/* summarize */.eh)(picked.map((pr) => pr.reviewHours)),
    };
}
/** L1's changes merged in the window: pull requests merged into the default branch, else non-merge commits. */
function changeAuthors(world, window) {
    const branch = world.repository.defaultBranch;
    const merged = (world.pullRequests ?? []).filter((pr) => (0,metrics_changes/* isMergedInto */.f8)(pr, branch));
    if (merged.length > 0) {
        return merged.filter((pr) => (0,metrics_window/* inRange */.r4)((0,time.ms)(pr.mergedAt), window)).map((pr) => pr.author ?? null);
    }
    return (world.commits ?? [])
        .filter((c) => (c.parents === undefined || c.parents.length === 1) && (0,metrics_window/* inRange */.r4)((0,time.ms)(c.committedAt), window))
        .map((c) => c.author ?? null);
}
function botsOf(world, window) {
    const changes = changeAuthors(world, window);
    const authors = new Map();
    for (const author of changes) {
        if (author?.endsWith('[bot]'))
            authors.set(author, (authors.get(author) ?? 0) + 1);
    }
    const byBots = [...authors.values()].reduce((a, b) => a + b, 0);
    return {
        changes: changes.length,
        byBots,
        share: changes.length === 0 ? null : byBots / changes.length,
        authors: [...authors]
            .map(([author, count]) => ({ author, changes: count }))
            .sort((a, b) => b.changes - a.changes),
    };
}

;// CONCATENATED MODULE: ./src/context/impact.ts


function weightOfLabels(labels, impact) {
    let heaviest = null;
    for (const label of labels ?? []) {
        const lower = label.toLowerCase();
        for (const entry of impact.labels) {
            if (entry.label === lower && (heaviest === null || entry.weight > heaviest))
                heaviest = entry.weight;
        }
    }
    return heaviest;
}
/** Weights of changes ("#12" or a sha) and incidents ("incident #7"), by the ids records use. */
function weightsById(world, impact) {
    const weights = new Map();
    for (const pr of world.pullRequests ?? []) {
        const weight = weightOfLabels(pr.labels, impact);
        if (weight !== null)
            weights.set(`#${pr.number}`, weight);
    }
    for (const issue of world.issues ?? []) {
        const weight = weightOfLabels(issue.labels, impact);
        if (weight !== null)
            weights.set(`incident #${issue.number}`, weight);
    }
    return weights;
}
function computeImpact(world, report, impact) {
    const weights = weightsById(world, impact);
    const changeWeight = (id) => weights.get(id) ?? impact.defaultWeight;
    const timed = report.records.changes.filter((c) => c.leadTimeHours !== null);
    const hours = timed.map((c) => c.leadTimeHours);
    const leadWeights = timed.map((c) => changeWeight(c.id));
    let totalWeight = 0;
    let failedWeight = 0;
    let failed = 0;
    for (const deployment of report.records.deployments) {
        // Incidents count only when attributed to this deployment (C1); reverted changes are shipped ones.
        const ids = [
            ...deployment.changes,
            ...deployment.failureReasons.filter((r) => r.startsWith('incident #')),
        ];
        let heaviest = null;
        for (const id of ids) {
            const w = weights.get(id);
            if (w !== undefined && (heaviest === null || w > heaviest))
                heaviest = w;
        }
        const weight = heaviest ?? impact.defaultWeight;
        totalWeight += weight;
        if (deployment.failed) {
            failed += 1;
            failedWeight += weight;
        }
    }
    const count = report.records.deployments.length;
    return {
        weights: impact.labels,
        defaultWeight: impact.defaultWeight,
        leadTime: {
            changes: timed.length,
            totalWeight: leadWeights.reduce((a, b) => a + b, 0),
            medianHours: (0,stats/* median */.JZ)(hours),
            weightedMedianHours: (0,context_statistics/* weightedPercentile */.XG)(hours, leadWeights, 0.5),
            weightedP90Hours: (0,context_statistics/* weightedPercentile */.XG)(hours, leadWeights, 0.9),
        },
        changeFailureRate: {
            deployments: count,
            failed,
            rate: count === 0 ? null : failed / count,
            totalWeight,
            failedWeight,
            weightedRate: totalWeight === 0 ? null : failedWeight / totalWeight,
        },
    };
}

// EXTERNAL MODULE: ./src/context/insights.ts
var insights = __webpack_require__(77218);
// EXTERNAL MODULE: ./src/metrics/model.ts + 2 modules
var metrics_model = __webpack_require__(5);
// EXTERNAL MODULE: ./src/metrics/period.ts
var period = __webpack_require__(42184);
// EXTERNAL MODULE: ./src/metrics/sources.ts
var sources = __webpack_require__(50923);
// EXTERNAL MODULE: ./src/metrics/trends.ts
var trends = __webpack_require__(21117);
;// CONCATENATED MODULE: ./src/repo-config/types.ts
const TARGET_KEYS = [
    'deploymentsPerWeek',
    'leadTimeHours',
    'changeFailureRate',
    'timeToRestoreHours',
];

// EXTERNAL MODULE: ./src/metrics/deployments.ts
var metrics_deployments = __webpack_require__(52685);
// EXTERNAL MODULE: ./src/metrics/shipping.ts
var shipping = __webpack_require__(36571);
// EXTERNAL MODULE: ./src/repo-config/glob.ts
var glob = __webpack_require__(60431);
;// CONCATENATED MODULE: ./src/context/sub-world.ts
// A service's share of the world: the same history seen through the service's
// selector, so that the engine computes its metrics unchanged. Commits are all kept: L3's
// containment needs the whole parent graph.





function selectsChanges(service) {
    return service.paths.length > 0 || service.labels.length > 0;
}
/** A pull request is the service's when one of its files matches a glob or it carries a label. */
function pullRequestFilter(service) {
    const matchesFiles = (0,glob/* compileGlobs */.tI)(service.paths);
    const labels = new Set(service.labels);
    return (pr) => (pr.files !== undefined && matchesFiles(pr.files)) ||
        (labels.size > 0 && (pr.labels ?? []).some((label) => labels.has(label.toLowerCase())));
}
/**
 * Each service's pull requests, in one pass over them: a pull request and its files are read
 * from memory once for all services rather than once per service (on 50,000 pull requests the
 * memory traffic, not the matching, is the cost).
 */
function pullRequestsByService(world, services) {
    const filters = services.map((service) => (selectsChanges(service) ? pullRequestFilter(service) : null));
    const out = filters.map((filter) => (filter === null ? world.pullRequests : []));
    for (const pr of world.pullRequests ?? []) {
        filters.forEach((filter, i) => filter !== null && filter(pr) && out[i].push(pr));
    }
    return out;
}
/** Incidents: those carrying one of the service's labels; every incident when it names none. */
function issuesOf(world, service) {
    if (service.labels.length === 0)
        return world.issues;
    const labels = new Set(service.labels);
    return (world.issues ?? []).filter((issue) => (issue.labels ?? []).some((l) => labels.has(l.toLowerCase())));
}
/**
 * L3 does not depend on which service asks: a pull request's shipping deployment is found once,
 * on the shared graph, from its merge commit and merge time alone.
 */
function shipPullRequests(world, source, graph) {
    const deployments = (0,metrics_deployments/* listDeployments */.J)(world, source, graph);
    const branch = world.repository.defaultBranch;
    const changes = [];
    for (const pr of world.pullRequests ?? []) {
        if (!(0,metrics_changes/* isMergedInto */.f8)(pr, branch))
            continue;
        changes.push({
            id: `#${pr.number}`,
            kind: 'pull-request',
            number: pr.number,
            sha: pr.mergeCommitSha ?? null,
            title: '',
            subject: '',
            body: '',
            author: null,
            start: 0,
            merged: (0,time.ms)(pr.mergedAt),
            created: 0,
            firstReview: null,
            pr: null,
        });
    }
    const shipped = (0,shipping/* shipChanges */.U)(changes, deployments, graph).shippedBy;
    const shippedBy = new Map();
    changes.forEach((change, i) => shipped[i] >= 0 && shippedBy.set(change.number, shipped[i]));
    return { deployments, shippedBy };
}
/** The deployments that ship at least one of these pull requests, in D3 order. */
function deploymentsShipping(shipping, pullRequests) {
    const used = new Uint8Array(shipping.deployments.length);
    for (const pr of pullRequests) {
        const d = shipping.shippedBy.get(pr.number);
        if (d !== undefined)
            used[d] = 1;
    }
    return shipping.deployments.filter((_, i) => used[i] === 1);
}
/**
 * The world whose `source` yields exactly `kept`: the records behind the other deployments are
 * left out. Removing a deployment that ships none of the service's changes cannot change which
 * deployment ships one of them (L3 takes the first containing deployment, which is kept).
 */
function keepDeployments(world, source, kept) {
    const keys = new Set(kept.map((d) => d.key));
    const aliases = new Set(kept.flatMap((d) => d.aliases));
    switch (source.kind) {
        case 'environment':
            return {
                ...world,
                deployments: (world.deployments ?? []).filter((d) => keys.has(`deployment:${d.id}`)),
            };
        case 'releases':
            return { ...world, releases: (world.releases ?? []).filter((r) => aliases.has(r.tagName)) };
        case 'tags':
            return { ...world, tags: (world.tags ?? []).filter((t) => aliases.has(t.name)) };
        case 'workflow':
            return { ...world, workflowRuns: (world.workflowRuns ?? []).filter((r) => keys.has(`run:${r.id}`)) };
        case 'merges':
            // D1 `merges`: the service's own merged pull requests are its deployments already.
            return world;
    }
}

;// CONCATENATED MODULE: ./src/context/services.ts









function computeServices(services, engine) {
    const branch = engine.world.repository.defaultBranch;
    const prWorld = (engine.world.pullRequests ?? []).some((pr) => (0,metrics_changes/* isMergedInto */.f8)(pr, branch));
    let shipping = null;
    const shared = () => (shipping ??= shipPullRequests(engine.world, engine.source, engine.graph));
    const selected = prWorld ? pullRequestsByService(engine.world, services) : null;
    let withoutFiles = null;
    const countWithoutFiles = () => (withoutFiles ??= mergedWithoutFiles(engine.world));
    return services.map((service, i) => computeService(service, engine, {
        prWorld,
        pullRequests: selected?.[i] ?? engine.world.pullRequests,
        shipping: shared,
        withoutFiles: countWithoutFiles,
    }));
}
function computeService(service, engine, shared) {
    const { world, graph } = engine;
    const { prWorld, pullRequests, shipping } = shared;
    const source = service.environments === null ? engine.source : (0,sources/* environmentSource */.nC)(service.environments);
    // T3: environments the configuration names are never assumed, whatever auto chose for the repository.
    const repository = engine.conditions;
    const conditions = service.environments === null ? repository : { ...repository, assumed: false };
    const filtering = selectsChanges(service) && prWorld;
    const merged = (pullRequests ?? []).filter((pr) => (0,metrics_changes/* isMergedInto */.f8)(pr, world.repository.defaultBranch)).length;
    const noChanges = (filtering && merged === 0) || (selectsChanges(service) && !prWorld);
    const notes = notesOf(service, shared, filtering && merged === 0);
    if (noChanges && service.environments === null)
        return report(service, source, 'none', 0, null, null, notes);
    // L1 would take every commit as a change in a world without pull requests: none must mean none.
    let sub = {
        ...world,
        pullRequests,
        issues: issuesOf(world, service),
        commits: noChanges ? [] : world.commits,
    };
    let deployments = `every successful deployment to an environment matching ${service.environments}`;
    let restricted = false;
    if (service.environments === null) {
        deployments = `all the repository's deployments (${(0,sources/* formatSource */.j2)(source)})`;
        if (filtering && source.kind !== 'merges') {
            sub = keepDeployments(sub, source, deploymentsShipping(shipping(), pullRequests ?? []));
            restricted = true;
            deployments = `the repository's deployments (${(0,sources/* formatSource */.j2)(source)}) that shipped at least one of its changes`;
        }
        else if (filtering) {
            deployments = 'the merges of its own pull requests';
        }
    }
    // L5: the repository's excluded authors are the service's.
    const basis = (0,metrics_model/* changeBasis */.PP)(sub, engine.basis.exclusion);
    const model = (0,metrics_model/* buildModel */.yK)(sub, source, engine.incidentLabels, graph, undefined, basis);
    if (restricted)
        boundByRepository(model, shipping().deployments[0]);
    const changes = filtering ? merged : model.changes.length;
    // N1 per service: the same model read over the previous window (W1), as the repository's is.
    const before = (0,metrics_window/* previousWindow */.gz)(engine.window);
    const current = {
        dora: (0,period/* computeDora */.eJ)(model, engine.window, engine.table, conditions),
        flow: (0,period/* computeFlow */.G7)(model, engine.window),
    };
    const previous = {
        dora: (0,period/* computeDora */.eJ)(model, before, engine.table, conditions),
        flow: (0,period/* computeFlow */.G7)(model, before),
    };
    return report(service, source, deployments, changes, current, previous, notes);
}
/**
 * L4 leaves out the changes of "the earliest deployment of the whole world": nothing bounds them.
 * With deployments kept only when they ship the service's changes, the service's first one is
 * bounded by the repository's earlier deployments, so its changes keep their lead times.
 */
function boundByRepository(model, repositoryFirst) {
    const first = model.deployments[0];
    if (!first || !repositoryFirst || first.key === repositoryFirst.key)
        return;
    for (const i of model.shipped[0]) {
        if (!model.excluded[i])
            model.leadHours[i] = (0,stats/* hoursBetween */.UH)(model.changes[i].start, first.time); // L5
    }
}
function mergedWithoutFiles(world) {
    let count = 0;
    for (const pr of world.pullRequests ?? [])
        if (pr.mergedAt && pr.files === undefined)
            count++;
    return count;
}
function notesOf(service, shared, noMatch) {
    const notes = [];
    if (selectsChanges(service) && !shared.prWorld) {
        notes.push('Paths and labels select pull requests, and this history has none (it was read from commits only), so they select nothing here.');
    }
    const withoutFiles = shared.prWorld && service.paths.length > 0 ? shared.withoutFiles() : 0;
    if (withoutFiles > 0) {
        notes.push(`${withoutFiles} merged pull request${withoutFiles === 1 ? ' has' : 's have'} no list of changed files, so paths could not match ${withoutFiles === 1 ? 'it' : 'them'}.`);
    }
    if (noMatch)
        notes.push('No merged pull request matches the service.');
    if (service.labels.length === 0) {
        notes.push('Incidents are not split by service (it names no labels), so every incident counts for it.');
    }
    return notes;
}
function report(service, source, deployments, changesInHistory, current, previous, notes) {
    const dora = current?.dora ?? null;
    return {
        name: service.name,
        selector: { paths: service.paths, labels: service.labels, environments: service.environments },
        source: (0,sources/* formatSource */.j2)(source),
        deployments,
        changesInHistory,
        dora,
        flow: current?.flow ?? null,
        previous,
        trends: current && previous ? (0,trends/* computeTrends */.I)(current, previous) : null,
        targets: service.targets,
        standing: standingOf(service.targets, dora),
        notes,
    };
}
const HIGHER_IS_BETTER = {
    deploymentsPerWeek: true,
    leadTimeHours: false,
    changeFailureRate: false,
    timeToRestoreHours: false,
};
function actualOf(key, dora) {
    if (dora === null)
        return null;
    switch (key) {
        case 'deploymentsPerWeek':
            return dora.deploymentFrequency.perWeek;
        case 'leadTimeHours':
            return dora.leadTime.medianHours;
        case 'changeFailureRate':
            return dora.changeFailureRate.rate;
        case 'timeToRestoreHours':
            return dora.timeToRestore.medianHours;
    }
}
/** A target is met when the figure is at least (frequency) or at most (the others) the target. */
function standingOf(targets, dora) {
    const out = [];
    for (const metric of TARGET_KEYS) {
        const target = targets[metric];
        if (target === undefined)
            continue;
        const actual = actualOf(metric, dora);
        const met = actual === null ? null : HIGHER_IS_BETTER[metric] ? actual >= target : actual <= target;
        out.push({ metric, target, actual, status: met === null ? 'no-data' : met ? 'met' : 'missed' });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/context/streams.ts
// Several production environments: with `environment:/REGEX/` every environment the
// expression finds is a deployment stream of its own. The repository's figures take them
// together (every successful deployment to any of them is a deployment, D1; a change is shipped
// by the first of them, in D3 order, that contains it, L3); here each is also measured alone.


/** Environments with at least one successful deployment, matched by the pattern; first spelling wins. */
function environmentsOf(engine, pattern) {
    const names = new Map();
    for (const deployment of engine.world.deployments ?? []) {
        const key = deployment.environment.toLowerCase();
        if (names.has(key) || !pattern.test(deployment.environment))
            continue;
        if ((deployment.statuses ?? []).some((status) => status.state === 'success')) {
            names.set(key, deployment.environment);
        }
    }
    return [...names.values()].sort();
}
function computeStreams(engine) {
    const source = engine.source;
    if (source.kind !== 'environment' || source.pattern === undefined)
        return null;
    // The streams differ only in their deployments: their changes, reverts and categories are the engine's.
    return environmentsOf(engine, source.pattern).map((environment) => {
        // D1 matches one name in any case; the other environments' deployments are left out.
        const world = {
            ...engine.world,
            deployments: (engine.world.deployments ?? []).filter((d) => d.environment.toLowerCase() === environment.toLowerCase()),
        };
        const model = (0,metrics_model/* buildModel */.yK)(world, { kind: 'environment', name: environment }, engine.incidentLabels, engine.graph, undefined, engine.basis, false);
        // T3: a stream is an environment the user named, never assumed; T4 and a shallow clone still hold.
        const conditions = { ...engine.conditions, assumed: false };
        return { environment, dora: (0,period/* computeDora */.eJ)(model, engine.window, engine.table, conditions) };
    });
}

;// CONCATENATED MODULE: ./src/context/index.ts






function computeContext(run, config) {
    const { report, engine } = run;
    const world = engine.world;
    const services = config && config.services.length > 0 ? computeServices(config.services, engine) : null;
    return {
        configFile: config?.file ?? null,
        services,
        streams: computeStreams(engine),
        impact: config?.impact ? computeImpact(world, report, config.impact) : null,
        calendar: config && config.peaks.length > 0 ? computeCalendar(report, config.peaks) : null,
        bottleneck: (0,insights/* computeBottleneck */.f5)(report),
        correlations: (0,insights/* computeCorrelations */.h$)(report),
        health: computeHealth(world, report, config?.ciWorkflows ?? []),
    };
}
/** The report with its `context` key, as metrics.json holds it. */
function withContext(run, config) {
    return { ...run.report, context: computeContext(run, config) };
}

// EXTERNAL MODULE: ./src/business/compute.ts + 1 modules
var compute = __webpack_require__(66662);
// EXTERNAL MODULE: ./src/metrics/graph.ts
var metrics_graph = __webpack_require__(61413);
// EXTERNAL MODULE: ./src/metrics/authors.ts
var authors = __webpack_require__(53185);
// EXTERNAL MODULE: ./src/metrics/quality.ts
var quality = __webpack_require__(66968);
;// CONCATENATED MODULE: ./src/metrics/records.ts



function records_link(base, path) {
    return path === null || base === null ? null : base + path;
}
function changeRecord(model, i, base, window = 'current', times = deploymentTimes(model)) {
    const change = model.changes[i];
    const d = model.shippedBy[i];
    const target = model.reverts.target[i];
    return {
        window,
        id: change.id,
        kind: change.kind,
        number: change.number,
        sha: change.sha,
        title: change.title,
        author: change.author,
        start: (0,metrics_window/* isoTime */.Ly)(change.start),
        mergedAt: mergedAtText(change),
        shippedBy: d < 0 ? null : model.deployments[d].key,
        shippedAt: d < 0 ? null : times(d),
        leadTimeHours: model.leadHours[i],
        excluded: model.excluded[i],
        isRevert: model.reverts.isRevert[i],
        revertTarget: target < 0 ? null : model.changes[target].id,
        category: model.categories[i],
        url: records_link(base, change.kind === 'pull-request' ? `/pull/${change.number}` : `/commit/${change.sha}`),
    };
}
function deploymentTimes(model) {
    const texts = new Array(model.deployments.length);
    return (d) => (texts[d] ??= (0,metrics_window/* isoTime */.Ly)(model.deployments[d].time));
}
/**
 * The merge time as text: a pull request's own mergedAt when it is written as isoTime writes
 * (2026-03-01T12:00:00Z, the form GitHub gives), so that no copy of it is made.
 */
function mergedAtText(change) {
    const written = change.pr?.mergedAt;
    return written && written.length === 20 && written[10] === 'T' && written[19] === 'Z'
        ? written
        : (0,metrics_window/* isoTime */.Ly)(change.merged);
}
/** The deployments, changes they shipped and pull requests merged in the current window. */
function currentRecords(model, range, base, times) {
    const window = 'current';
    const inWindow = (0,period/* deploymentsIn */.qU)(model, range);
    const deployments = inWindow.map((d) => {
        const deployment = model.deployments[d];
        return {
            window,
            key: deployment.key,
            label: deployment.label,
            time: times(d),
            sha: deployment.sha,
            aliases: deployment.aliases,
            onDefaultBranch: model.onBranch[d],
            changes: model.shipped[d].map((i) => model.changes[i].id),
            failed: model.reasons[d].length > 0,
            failureReasons: model.reasons[d],
            rework: model.rework[d],
            firstOfWorld: d === 0,
            url: records_link(base, deployment.path),
        };
    });
    const changes = [];
    for (const d of inWindow)
        for (const i of model.shipped[d])
            changes.push(changeRecord(model, i, base, window, times));
    const merged = (0,period/* mergedIn */.wS)(model, range);
    // The records behind F1–F6: L5's excluded authors' pull requests are not among them.
    const pullRequests = model.prWorld
        ? (0,period/* flowMergedIn */.we)(model, range).map((i) => {
            const change = model.changes[i];
            const cycle = model.cycles[i];
            return {
                window,
                id: change.id,
                number: change.number,
                title: change.title,
                mergedAt: mergedAtText(change),
                cycleHours: cycle.cycleHours,
                codingHours: cycle.codingHours,
                pickupHours: cycle.pickupHours,
                reviewHours: cycle.reviewHours,
                deployHours: cycle.deployHours,
                lines: cycle.lines,
                category: model.categories[i],
                url: records_link(base, `/pull/${change.number}`),
            };
        })
        : [];
    return { deployments, changes, merged, pullRequests };
}
/** The previous window's records, with only what O2 pools (the types say which fields). */
function previousRecords(model, range, times) {
    const window = 'previous';
    const inWindow = (0,period/* deploymentsIn */.qU)(model, range);
    const deployments = inWindow.map((d) => {
        const deployment = model.deployments[d];
        return {
            window,
            key: deployment.key,
            time: times(d),
            sha: deployment.sha,
            failed: model.reasons[d].length > 0,
            rework: model.rework[d],
            firstOfWorld: d === 0,
        };
    });
    const changes = [];
    for (const d of inWindow) {
        for (const i of model.shipped[d]) {
            changes.push({
                window,
                id: model.changes[i].id,
                mergedAt: mergedAtText(model.changes[i]),
                shippedBy: model.deployments[d].key,
                shippedAt: times(d),
                leadTimeHours: model.leadHours[i],
            });
        }
    }
    const pullRequests = model.prWorld
        ? (0,period/* flowMergedIn */.we)(model, range).map((i) => {
            const cycle = model.cycles[i];
            return {
                window,
                id: model.changes[i].id,
                mergedAt: mergedAtText(model.changes[i]),
                cycleHours: cycle.cycleHours,
                codingHours: cycle.codingHours,
                pickupHours: cycle.pickupHours,
                reviewHours: cycle.reviewHours,
                deployHours: cycle.deployHours,
                lines: cycle.lines,
                category: model.categories[i],
            };
        })
        : [];
    return { deployments, changes, pullRequests };
}
/**
 * The records of the current window at the top, those of the previous window under `previous`
 * (each item tagged with its window): O2 pools both windows from the documents alone. Failure
 * events of both windows share one list, as they always have.
 */
function buildRecords(model, window, previous, base) {
    const times = deploymentTimes(model);
    const current = currentRecords(model, window, base, times);
    const unshippedChanges = current.merged
        .filter((i) => model.shippedBy[i] < 0)
        .map((i) => changeRecord(model, i, base, 'current', times));
    const failures = model.events
        .filter((event) => (0,metrics_window/* inRange */.r4)(event.start, window) || (0,metrics_window/* inRange */.r4)(event.start, previous))
        .sort((a, b) => a.start - b.start)
        .map((event) => ({
        kind: event.kind,
        window: (0,metrics_window/* inRange */.r4)(event.start, window) ? 'current' : 'previous',
        id: event.id,
        title: event.title,
        deployment: event.deployment < 0 ? null : model.deployments[event.deployment].key,
        start: (0,metrics_window/* isoTime */.Ly)(event.start),
        restoredAt: event.restored === null ? null : (0,metrics_window/* isoTime */.Ly)(event.restored),
        restoreHours: event.restored === null ? null : (0,stats/* hoursBetween */.UH)(event.start, event.restored),
        url: records_link(base, event.path),
    }));
    return {
        deployments: current.deployments,
        changes: current.changes,
        unshippedChanges,
        failures,
        pullRequests: current.pullRequests,
        previous: previousRecords(model, previous, times),
    };
}

;// CONCATENATED MODULE: ./src/metrics/choose-source.ts


/** D2: how many of the packages released most often the report names */
const MAX_PACKAGES = 5;
/** What a candidate holds, in words: "0 tags like v1.2.3", "728 package tags (412 deployments)". */
function describeTried(tried, candidate) {
    const n = tried.deployments;
    switch (candidate.kind) {
        case 'environment':
            return `${plural(n, 'successful deployment')} to ${(0,sources/* formatSource */.j2)(candidate)}`;
        case 'releases':
            return plural(n, 'published release');
        case 'tags': {
            const what = candidate.pattern === sources/* DEFAULT_TAG_PATTERN */.o7 ? 'tag like v1.2.3' : 'package tag';
            const tags = tried.tags ?? 0;
            const same = tags === n ? '' : ` (${plural(n, 'deployment')}: tags on one commit are one)`;
            return `${plural(tags, what, `${what.replace('tag', 'tags')}`)}${same}`;
        }
        case 'merges':
            return plural(n, 'merge');
        default:
            return plural(n, 'deployment');
    }
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** The packages released most often, with the source that would follow each (D2). */
function describePackages(packages) {
    const shown = packages
        .slice(0, 3)
        .map((p) => `${p.name} ${plural(p.tags, 'tag')} (--source '${p.source}')`);
    return shown.length ? ` — most released: ${shown.join(', ')}` : '';
}
/**
 * D2: `auto` takes the first candidate that yields at least one deployment in the whole world, and
 * says what each candidate it tried held on its way.
 */
function chooseSource(world, requested, graph) {
    const parsed = (0,sources/* parseSource */.PJ)(requested);
    if (parsed !== 'auto') {
        // D2: a source the user names is never assumed, merges included.
        return {
            source: parsed,
            reason: `configured: ${(0,sources/* formatSource */.j2)(parsed)}`,
            assumed: false,
            tried: [],
            packages: null,
        };
    }
    const tried = [];
    const said = [];
    let packages = null;
    for (const candidate of (0,sources/* autoCandidates */.mC)()) {
        const deployments = (0,metrics_deployments/* listDeployments */.J)(world, candidate, graph);
        const entry = {
            source: (0,sources/* formatSource */.j2)(candidate),
            deployments: deployments.length,
            tags: candidate.kind === 'tags'
                ? (world.tags ?? []).filter((t) => candidate.regex.test(t.name)).length
                : null,
        };
        tried.push(entry);
        let words = describeTried(entry, candidate);
        if (candidate.kind === 'tags' && candidate.pattern === sources/* PACKAGE_TAG_PATTERN */.rr) {
            packages = (0,sources/* packagesOf */.DT)((world.tags ?? []).map((t) => t.name)).slice(0, MAX_PACKAGES);
            words += describePackages(packages);
        }
        said.push(words);
        const last = candidate.kind === 'merges';
        if (deployments.length > 0 || last) {
            const chose = `chose ${(0,sources/* formatSource */.j2)(candidate)}`;
            const assumed = last
                ? ': nothing in the history says when code reached production, so every merge is taken as a deployment (assumed; no tiers, T3) — name the real source with --source'
                : '';
            return {
                source: candidate,
                reason: `auto: ${said.join('; ')}; ${chose}${assumed}`,
                assumed: last,
                tried,
                packages,
                deployments,
            };
        }
    }
    throw new Error('D2: the auto candidates end at merges');
}

// EXTERNAL MODULE: ./src/metrics/industry.ts
var metrics_industry = __webpack_require__(60511);
// EXTERNAL MODULE: ./src/metrics/tiers.ts
var tiers = __webpack_require__(83084);
// EXTERNAL MODULE: ./src/metrics/history.ts
var metrics_history = __webpack_require__(75561);
// EXTERNAL MODULE: ./src/metrics/value-score.ts
var value_score = __webpack_require__(91399);
;// CONCATENATED MODULE: ./src/metrics/weekly.ts




function computeWeekly(model, window) {
    return (0,metrics_window/* weeksOf */.x3)(window).map((week) => {
        const deployments = (0,period/* deploymentsIn */.qU)(model, week);
        // L5: F1 and F2 without the excluded authors' pull requests.
        const merged = model.prWorld ? (0,period/* flowMergedIn */.we)(model, week) : null;
        return {
            weekStart: (0,metrics_window/* isoTime */.Ly)(week.since),
            deployments: deployments.length,
            leadTimeMedianHours: (0,stats/* median */.JZ)((0,period/* leadTimesOf */.Kp)(model, deployments)),
            failedDeployments: (0,period/* failedCount */.dD)(model, deployments),
            mergedPullRequests: merged === null ? null : merged.length,
            cycleTimeMedianHours: merged === null ? null : (0,stats/* median */.JZ)(merged.map((i) => model.cycles[i].cycleHours)),
            // W3: a week's load is taken at the end of its range.
            load: model.prWorld ? (0,metrics_model/* loadAt */.sp)(model, week.until) : null,
        };
    });
}

;// CONCATENATED MODULE: ./src/metrics/index.ts
// The metrics engine: pure, from a world to metrics.json (docs/metrics.md).



















function computeMetrics(world, options = {}) {
    return runEngine(world, options).report;
}
/** The metrics of a world, with the engine's own state for whatever computes more on it. */
function runEngine(world, options = {}) {
    const badge = options.benchmarks === tiers/* POSITION_BENCHMARKS */.R$ ? 'industry' : 'tier';
    const table = resolveTable(badge === 'industry' ? defaults/* DEFAULTS */.z.benchmarks : (options.benchmarks ?? defaults/* DEFAULTS */.z.benchmarks));
    const industry = options.industry ?? metrics_industry/* DEFAULT_INDUSTRY */.JG;
    if (!(0,metrics_industry/* isIndustryKey */.a7)(industry))
        throw new errors/* UserError */.y(`industry: ${(0,metrics_industry/* unknownIndustry */.hR)(industry)}`);
    const days = options.days ?? defaults/* DEFAULTS */.z.days;
    if (!Number.isInteger(days) || days < 1) {
        throw new errors/* UserError */.y(`days: ${days} is not a whole number of days of at least 1 (for example 90)`);
    }
    const untilMs = untilOf(world, options);
    const incidentLabels = [...(options.incidentLabels ?? defaults/* DEFAULTS */.z.incidentLabels)];
    const requested = options.source ?? defaults/* DEFAULTS */.z.source;
    const graph = new metrics_graph/* CommitGraph */.M(world.commits ?? []);
    const basis = (0,metrics_model/* changeBasis */.PP)(world, (0,authors/* authorExclusion */._9)(options.excludeAuthors));
    const { source, reason, assumed, tried, packages, deployments } = chooseSource(world, requested, graph);
    const model = (0,metrics_model/* buildModel */.yK)(world, source, incidentLabels, graph, deployments, basis);
    const window = (0,metrics_window/* makeWindow */.n)(untilMs, days);
    const previous = (0,metrics_window/* previousWindow */.gz)(window);
    const span = (0,metrics_history/* recordedSpan */.x2)(world);
    const shallow = options.shallowHistory ?? false;
    // T3, T4 and a shallow clone withhold tiers whatever the sample.
    // N1 and T1, in cases METRICS.md leaves open: a previous window that ends before the history is
    // known to begin (a young repository, a shallow clone) held nothing that could be compared, so no
    // figure is set against it (its own figures stay as computed); a window the history begins inside
    // gives no deployment frequency tier, since its rate counts days before the start.
    const start = (0,metrics_history/* knownStart */.ai)(world, span);
    const conditions = { assumed, shallow, historyEnds: span.ends, historyBegins: start };
    const beforeHistory = start !== null && start >= window.since;
    const current = { dora: (0,period/* computeDora */.eJ)(model, window, table, conditions), flow: (0,period/* computeFlow */.G7)(model, window) };
    const before = {
        dora: (0,period/* computeDora */.eJ)(model, previous, table, conditions),
        flow: (0,period/* computeFlow */.G7)(model, previous),
    };
    const { owner, name, defaultBranch } = world.repository;
    const server = options.serverUrl === undefined ? 'https://github.com' : options.serverUrl;
    const base = server === null ? null : `${server.replace(/\/+$/, '')}/${owner}/${name}`;
    const report = {
        schemaVersion: 1,
        tool: { name: 'dora-flow-action', version: options.toolVersion ?? defaults/* VERSION */.x },
        repository: { owner, name, defaultBranch, url: base },
        window: (0,metrics_window/* describeWindow */.O2)(window),
        source: { deployments: (0,sources/* formatSource */.j2)(source), requested, reason, assumed, tried, packages },
        benchmarks: { name: table.name, year: table.year, badge },
        incidentLabels,
        ...current,
        previous: {
            window: (0,metrics_window/* describeWindow */.O2)(previous),
            ...before,
            exclusions: (0,period/* exclusionsIn */.DC)(model, previous),
            beforeHistory,
        },
        exclusions: (0,period/* exclusionsIn */.DC)(model, window),
        trends: (0,trends/* computeTrends */.I)(current, beforeHistory ? null : before),
        weekly: computeWeekly(model, window),
        industry: (0,metrics_industry/* computeIndustry */.QB)(current.dora, industry),
        records: buildRecords(model, window, previous, base),
        dataQuality: (0,quality/* assessQuality */.y)(model, window, {
            shallow,
            assumed,
            span,
            start,
            previousSince: previous.since,
            now: (options.now ?? new Date()).getTime(),
        }),
        business: options.business ? (0,compute/* computeBusiness */.SU)(model, window, options.business) : null,
        valueScore: (0,value_score/* computeValueScore */.f)(current.dora, before.dora, {
            measure: (0,compute/* satisfactionMeasure */.dl)(options.business),
            current: (0,compute/* windowSatisfaction */.j5)(options.business, window),
            previous: (0,compute/* windowSatisfaction */.j5)(options.business, previous),
        }),
    };
    return { report, engine: { world, graph, source, incidentLabels, table, window, conditions, basis } };
}
function untilOf(world, options) {
    if (options.until)
        return options.until.getTime();
    if (world.generatedAt)
        return Date.parse(world.generatedAt);
    return (options.now ?? new Date()).getTime();
}
function resolveTable(benchmarks) {
    if (typeof benchmarks !== 'string')
        return benchmarks;
    const table = tiers/* BENCHMARK_TABLES */.Gq[benchmarks];
    if (!table) {
        throw new errors/* UserError */.y(`benchmarks: ${JSON.stringify(benchmarks)} is not a known table (expected ${[...Object.keys(tiers/* BENCHMARK_TABLES */.Gq), tiers/* POSITION_BENCHMARKS */.R$].join(', ')}, or a JSON file)`);
    }
    return table;
}

// EXTERNAL MODULE: ./src/report/history-file.ts
var history_file = __webpack_require__(28705);
// EXTERNAL MODULE: ./src/report/markdown-summary.ts + 1 modules
var markdown_summary = __webpack_require__(77366);
// EXTERNAL MODULE: ./src/publish/report-folder.ts
var report_folder = __webpack_require__(76530);
// EXTERNAL MODULE: ./src/publish/json-text.ts
var json_text = __webpack_require__(49061);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/sources/git/commits.ts
// Parses `git log -z --format=LOG_FORMAT` as it streams: every field, and every record, ends with
// a NUL byte. Git cuts a commit message at its first NUL when printing it, and names, shas and
// times cannot hold one, so counting NUL-terminated fields is exact whatever the messages contain
// (a %x1e record separator could be forged by a hostile message).

/** sha, parents, author time, committer time (Unix seconds: exact and already UTC), author, message. */
const LOG_FORMAT = '%H%x00%P%x00%at%x00%ct%x00%an%x00%B';
const FIELDS_PER_COMMIT = 6;
const SHA = /^[0-9a-f]{40}$/;
const SECONDS = /^-?\d+$/;
/**
 * `YYYY-MM-DDTHH:MM:SSZ` from Unix seconds, by integer arithmetic (H. Hinnant's civil_from_days):
 * two Date objects per commit were a fifth of the parse time of a long history.
 */
function isoFromUnixSeconds(seconds) {
    const days = Math.floor(seconds / 86_400);
    const time = seconds - days * 86_400;
    const era = Math.floor((days + 719_468) / 146_097);
    const dayOfEra = days + 719_468 - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra -
        Math.floor(dayOfEra / 1460) +
        Math.floor(dayOfEra / 36_524) -
        Math.floor(dayOfEra / 146_096)) /
        365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // March = 0
    const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
    const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    const hours = Math.floor(time / 3600);
    const minutes = Math.floor((time % 3600) / 60);
    const seconds60 = time % 60;
    if (year < 0 || year > 9999) {
        return `${year}-${two(month)}-${two(day)}T${two(hours)}:${two(minutes)}:${two(seconds60)}Z`;
    }
    // One flat string: a template gives a rope of twelve pieces, which every later read of the
    // time (ms(), the world's checks, JSON) must first flatten.
    putTwo(0, Math.floor(year / 100));
    putTwo(2, year % 100);
    putTwo(5, month);
    putTwo(8, day);
    putTwo(11, hours);
    putTwo(14, minutes);
    putTwo(17, seconds60);
    return String.fromCharCode.apply(null, TIME_CODES);
}
/** The character codes of `0000-00-00T00:00:00Z`, filled in by putTwo. */
const TIME_CODES = new Uint8Array([...'0000-00-00T00:00:00Z'].map((c) => c.charCodeAt(0)));
function putTwo(at, value) {
    TIME_CODES[at] = 48 + Math.floor(value / 10);
    TIME_CODES[at + 1] = 48 + (value % 10);
}
function two(value) {
    return value < 10 ? `0${value}` : `${value}`;
}
class CommitLogParser {
    onCount;
    commits = [];
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    partial = ''; // text after the last NUL seen
    fields = [];
    constructor(onCount) {
        this.onCount = onCount;
    }
    push(chunk) {
        const parts = (this.partial + this.decoder.write(chunk)).split('\0');
        this.partial = parts.pop() ?? '';
        for (const part of parts) {
            this.fields.push(part);
            if (this.fields.length === FIELDS_PER_COMMIT) {
                this.commits.push(toCommit(this.fields));
                this.fields = [];
                if (this.commits.length % 10_000 === 0)
                    this.onCount?.(this.commits.length);
            }
        }
    }
    /** Call after git exits; throws when its output stopped in the middle of a commit. */
    end() {
        const rest = this.partial + this.decoder.end();
        if (rest !== '' || this.fields.length > 0)
            throw new Error('git log: output ended in the middle of a commit');
        return this.commits;
    }
}
function toCommit(fields) {
    const [sha, parents, authored, committed, author, message] = fields;
    if (!SHA.test(sha) || !SECONDS.test(authored) || !SECONDS.test(committed)) {
        throw new Error(`git log: unexpected output near ${JSON.stringify(sha.slice(0, 50))}`);
    }
    const authoredAt = isoFromUnixSeconds(Number(authored));
    return {
        sha,
        parents: parents === '' ? [] : parents.split(' '),
        authoredAt,
        committedAt: committed === authored ? authoredAt : isoFromUnixSeconds(Number(committed)),
        message: withoutTrailingNewlines(message),
        author: author === '' ? null : author,
    };
}
/** %B ends with the newline git adds after the body; GitHub's API gives the message without it. */
function withoutTrailingNewlines(message) {
    let end = message.length;
    while (end > 0 && message.charCodeAt(end - 1) === 10)
        end -= 1;
    return end === message.length ? message : message.slice(0, end);
}

;// CONCATENATED MODULE: ./src/sources/git/refs.ts
// Which branch is the default one, and what the tags point at. Branch and tag names come from
// the repository (and so from anyone who could push to it): they are only ever passed back to git
// as full ref names that git itself listed, never as options.


const BRANCHES_FORMAT = '%(refname)%00%(symref)';
const TAGS_FORMAT = [
    '%(refname:strip=2)',
    '%(objecttype)',
    '%(objectname)',
    '%(*objecttype)',
    '%(*objectname)',
    '%(taggerdate:unix)',
    '%(committerdate:unix)',
    '%(*committerdate:unix)',
].join('%00');
/** Parses `git for-each-ref --format=BRANCHES_FORMAT refs/heads refs/remotes`. */
function parseBranches(output) {
    const list = { local: [], remote: [], originHead: null };
    for (const line of output.split('\n')) {
        const [ref, symref = ''] = line.split('\0');
        if (ref.startsWith('refs/heads/'))
            list.local.push(ref.slice('refs/heads/'.length));
        else if (ref === 'refs/remotes/origin/HEAD' && symref.startsWith('refs/remotes/')) {
            list.originHead = symref.slice('refs/remotes/'.length);
        }
        else if (ref.startsWith('refs/remotes/') && symref === '')
            list.remote.push(ref.slice('refs/remotes/'.length));
    }
    return list;
}
/**
 * The branch to read: `requested` when given (a local branch, else a remote-tracking one), else
 * the remote's default branch (origin/HEAD), else the branch checked out locally.
 */
function chooseBranch(label, list, head, requested) {
    if (requested !== undefined)
        return findRequested(label, list, requested);
    if (list.originHead !== null && list.remote.includes(list.originHead))
        return remoteBranch(list.originHead);
    const checkedOut = head?.startsWith('refs/heads/') ? head.slice('refs/heads/'.length) : null;
    if (checkedOut !== null && list.local.includes(checkedOut))
        return { ref: head, name: checkedOut };
    // A detached HEAD (a pull request checkout) names no branch; main or master are a safe guess.
    for (const guess of ['main', 'master']) {
        if (list.local.includes(guess))
            return { ref: `refs/heads/${guess}`, name: guess };
        if (list.remote.includes(`origin/${guess}`))
            return remoteBranch(`origin/${guess}`);
    }
    if (list.local.length === 0 && list.remote.length === 0) {
        throw new errors/* UserError */.y(`${label}: the repository has no branch with commits`);
    }
    throw new errors/* UserError */.y(`${label}: cannot tell the default branch (HEAD is detached and origin/HEAD is not set); ` +
        `pass --branch NAME (branches: ${someBranches(list)})`);
}
function findRequested(label, list, requested) {
    const name = requested.replace(/^refs\/heads\//, '');
    if (list.local.includes(name))
        return { ref: `refs/heads/${name}`, name };
    const remote = requested.replace(/^refs\/remotes\//, '');
    if (list.remote.includes(remote))
        return remoteBranch(remote);
    if (list.remote.includes(`origin/${remote}`))
        return remoteBranch(`origin/${remote}`);
    const known = someBranches(list);
    throw new errors/* UserError */.y(`--branch ${JSON.stringify(requested)}: no such branch in ${label.replace(/^--git /, '')} ` +
        `(expected one of: ${known === '' ? 'none, the repository has no branches' : known})`);
}
function remoteBranch(remote) {
    // origin/release/2.x is the remote's branch release/2.x: drop the remote's name.
    return { ref: `refs/remotes/${remote}`, name: remote.slice(remote.indexOf('/') + 1) };
}
function someBranches(list) {
    const names = [...list.local, ...list.remote];
    const shown = names.slice(0, 5).join(', ');
    return names.length > 5 ? `${shown}, … ${names.length - 5} more` : shown;
}
/**
 * Parses `git for-each-ref --format=TAGS_FORMAT refs/tags`. An annotated tag is dereferenced once
 * to its commit and dated by its tagger; a lightweight tag is dated by its commit's committer date
 * (world README). Tags of trees, blobs, or of other tags (nested) are skipped.
 */
function parseTags(output) {
    const tags = [];
    let skipped = 0;
    for (const line of output.split('\n')) {
        if (line === '')
            continue;
        const [name, type, sha, targetType, targetSha, taggerTime, commitTime, targetCommitTime] = line.split('\0');
        if (type === 'commit') {
            tags.push({ name, sha, taggedAt: isoFromUnixSeconds(Number(commitTime)) });
        }
        else if (type === 'tag' && targetType === 'commit') {
            // Very old annotated tags can lack a tagger line: fall back to the commit's date.
            const time = taggerTime !== '' ? taggerTime : targetCommitTime;
            tags.push({ name, sha: targetSha, taggedAt: isoFromUnixSeconds(Number(time)) });
        }
        else {
            skipped += 1;
        }
    }
    return { tags, skipped };
}

;// CONCATENATED MODULE: ./src/sources/git/remote.ts
// The repository's owner and name, read from the origin remote's URL. Only the path is kept: a URL
// may carry credentials (https://user:token@host/...), which must never reach the world file.

// GitHub's characters for owners and repository names (GitLab's are a subset of these too).
const SEGMENT = /^[A-Za-z0-9_.-]+$/;
/** owner/name from a remote URL (https, ssh, scp-like `git@host:owner/name.git`, file), or null. */
function parseRemoteUrl(url) {
    const trimmed = url.trim();
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
    if (scheme !== null) {
        const path = pathOfUrl(trimmed);
        if (path === null)
            return null;
        return scheme[1].toLowerCase() === 'file' ? fromFilePath(path) : fromHostPath(path);
    }
    // scp-like syntax: a colon before the first slash, and more than a Windows drive letter before it.
    const scp = /^(?:[^@/]+@)?([^/:]{2,}):(.*)$/.exec(trimmed);
    if (scp !== null)
        return fromHostPath(scp[2]);
    return fromFilePath(trimmed);
}
/** The fallback when origin says nothing usable: owner `local`, name from the directory. */
function localRepositoryName(directory) {
    // A path to the .git directory itself names the work tree above it.
    const base = (0,external_node_path_.basename)(directory) === '.git' ? (0,external_node_path_.basename)((0,external_node_path_.dirname)(directory)) : (0,external_node_path_.basename)(directory);
    const name = base.replace(/\.git$/, '');
    return { owner: 'local', name: name === '' ? 'repository' : name };
}
function pathOfUrl(url) {
    try {
        return decodeURIComponent(new URL(url).pathname);
    }
    catch {
        return null;
    }
}
/** host/owner/name: the whole path (GitLab subgroups give owner `group/subgroup`). */
function fromHostPath(path) {
    const segments = splitPath(path);
    if (segments[0]?.startsWith('~'))
        segments.shift(); // ssh://host/~user/name: a home directory, not an owner
    if (segments.length < 2 || !segments.every(isName))
        return null;
    return { owner: segments.slice(0, -1).join('/'), name: segments[segments.length - 1] };
}
/** A local path such as /srv/mirrors/owner/name.git: its last two directories. */
function fromFilePath(path) {
    const [owner, name] = splitPath(path).slice(-2);
    if (owner === undefined || name === undefined || !isName(owner) || !isName(name))
        return null;
    return { owner, name };
}
function splitPath(path) {
    const segments = path.split(/[\\/]+/).filter((segment) => segment !== '');
    if (segments.length > 0)
        segments[segments.length - 1] = segments[segments.length - 1].replace(/\.git$/, '');
    return segments;
}
function isName(segment) {
    return SEGMENT.test(segment) && segment !== '.' && segment !== '..';
}
/**
 * The host a remote URL names, lowercased, without user or port (https, ssh, git, scp-like
 * `git@host:owner/name`); null for a local path or a file:// URL, which name no web page.
 */
function remoteHost(url) {
    const trimmed = url.trim();
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
    if (scheme !== null) {
        if (scheme[1].toLowerCase() === 'file')
            return null;
        try {
            return new URL(trimmed).hostname.toLowerCase() || null;
        }
        catch {
            return null;
        }
    }
    const scp = /^(?:[^@/]+@)?([^/:]{2,}):/.exec(trimmed);
    return scp === null ? null : scp[1].toLowerCase();
}
// GitHub's own names for github.com in a remote (ssh.github.com serves ssh on port 443).
const GITHUB_HOSTS = new Set(['github.com', 'www.github.com', 'ssh.github.com']);
/**
 * Where a report may link the records of a clone: github.com when the remote names it, the GitHub
 * server the user names (GITHUB_SERVER_URL, e.g. GitHub Enterprise Server) when the remote names
 * that host, and nowhere otherwise. The report's links have GitHub's shapes (/pull/N, /commit/SHA,
 * /issues/N), which GitLab, Bitbucket or a mirror on disk do not serve, and an owner/name on another
 * host may be someone else's repository on github.com.
 */
function webServerFor(host, namedServer) {
    if (host === null)
        return null;
    if (GITHUB_HOSTS.has(host))
        return 'https://github.com';
    if (!namedServer)
        return null;
    try {
        const named = new URL(namedServer);
        const web = /^https?:$/.test(named.protocol) && !named.username && !named.password;
        return web && named.hostname.toLowerCase() === host ? named.origin : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/sources/git/run.ts
// Runs git as a child process. Output is streamed to a callback so that a long history is parsed
// while git is still writing it, with no buffer limit (execSync's maxBuffer would cut it short).

// Variables that would make git read some other repository than the one asked for (a hook or a
// parent git process sets them), so they are removed from the child's environment.
const REPOSITORY_VARIABLES = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_COMMON_DIR',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_NAMESPACE',
];
/** The environment for git: `ceiling` stops git from walking up from DIR into a parent repository. */
function gitEnvironment(ceiling) {
    const env = { ...process.env };
    for (const name of REPOSITORY_VARIABLES)
        delete env[name];
    env.GIT_CEILING_DIRECTORIES = ceiling;
    env.GIT_TERMINAL_PROMPT = '0';
    env.GIT_FLUSH = '0'; // on a pipe git flushes after every commit: ~500-byte reads, 3x slower
    env.LC_ALL = 'C'; // English messages, so that "dubious ownership" can be recognised
    return env;
}
/** Runs `git ARGS`, handing each stdout chunk to `onChunk`; resolves with the exit code and stderr. */
async function streamGit(args, env, onChunk) {
    // Loaded here, not at the top: a run on a world file never starts git, and node:child_process
    // (with node:net under it) is several milliseconds of every start-up.
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
    return new Promise((resolve, reject) => {
        const child = spawn('git', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        const stderr = [];
        let failed = false;
        child.stdout.on('data', (chunk) => {
            if (failed)
                return;
            try {
                onChunk(chunk);
            }
            catch (error) {
                failed = true; // a parse error: stop reading and report it rather than git's exit
                child.kill();
                reject(error);
            }
        });
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => {
            failed = true;
            reject(error.code === 'ENOENT' ? gitMissing() : error);
        });
        child.on('close', (code) => {
            if (!failed)
                resolve({ code: code ?? 1, stderr: Buffer.concat(stderr).toString('utf8') });
        });
    });
}
/** Runs `git ARGS` and collects its (small) output as text. */
async function runGit(args, env) {
    const chunks = [];
    const { code, stderr } = await streamGit(args, env, (chunk) => chunks.push(chunk));
    return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr };
}
/** An exit code git was not expected to give: a bug or a broken repository, not a user mistake. */
function gitFailure(subcommand, result) {
    const firstLine = result.stderr.trim().split('\n')[0] ?? '';
    return new Error(`git ${subcommand} failed with exit code ${result.code}: ${firstLine}`);
}
function gitMissing() {
    return new errors/* UserError */.y('git: the git executable was not found on PATH (install git, or compute from a world file with --from-file)');
}

;// CONCATENATED MODULE: ./src/sources/git.ts
// The git source: a world (world/README.md) built from a local clone, bare or with a work tree,
// with no token and no network. Only commits and tags can come from git; pull requests,
// deployments and the rest stay empty, so the metrics fall back to commits (L1) and to tags or
// merges as deployments (D2).
//
// It runs six git commands whatever the history's size (listed by gitReadCommands, which the
// benchmark times on their own): the history is one streamed `git log`, the tags one for-each-ref.








// Settings of the user's (or of the repository's own config) that would change what these commands
// print: signature checks interleaved with the log, colours, messages re-encoded out of UTF-8.
const NEUTRAL_CONFIG = ['log.showSignature=false', 'color.ui=false', 'i18n.logOutputEncoding=UTF-8'].flatMap((setting) => ['-c', setting]);
function git(directory, ...args) {
    return ['--no-pager', ...NEUTRAL_CONFIG, '-C', directory, ...args];
}
const COMMANDS = {
    probe: (dir) => git(dir, 'rev-parse', '--is-shallow-repository', '--show-object-format'),
    head: (dir) => git(dir, 'symbolic-ref', '-q', 'HEAD'),
    branches: (dir) => git(dir, 'for-each-ref', `--format=${BRANCHES_FORMAT}`, 'refs/heads', 'refs/remotes'),
    originUrl: (dir) => git(dir, 'config', '--get', 'remote.origin.url'),
    tags: (dir) => git(dir, 'for-each-ref', `--format=${TAGS_FORMAT}`, 'refs/tags'),
    log: (dir, ref) => git(dir, 'log', '-z', `--format=${LOG_FORMAT}`, ref, '--'),
};
/** The argument lists (after `git`) that readGitWorld runs for DIR reading REF, in order. */
function gitReadCommands(directory, ref) {
    const { probe, head, branches, originUrl, tags, log } = COMMANDS;
    return [
        probe(directory),
        head(directory),
        branches(directory),
        originUrl(directory),
        tags(directory),
        log(directory, ref),
    ];
}
/** Reads the world of the clone at DIR: the default branch's commits and every tag of a commit. */
async function readGitWorld(dir, options = {}) {
    const label = `--git ${dir}`;
    const progress = options.onProgress ?? (() => undefined);
    const directory = await resolveDirectory(label, dir);
    const env = gitEnvironment((0,external_node_path_.dirname)(directory));
    // All but the log at once: in something that is no repository they all fail, and the probe says why.
    const [probe, head, branches, originUrl, tagList] = await Promise.all([
        runGit(COMMANDS.probe(directory), env),
        runGit(COMMANDS.head(directory), env),
        runGit(COMMANDS.branches(directory), env),
        runGit(COMMANDS.originUrl(directory), env),
        runGit(COMMANDS.tags(directory), env),
    ]);
    const shallow = checkProbe(label, directory, probe);
    if (branches.code !== 0)
        throw gitFailure('for-each-ref', branches);
    if (tagList.code !== 0)
        throw gitFailure('for-each-ref', tagList);
    const branch = chooseBranch(label, parseBranches(branches.stdout), head.code === 0 ? head.stdout.trim() : null, options.branch);
    progress(`git: reading the history of ${branch.name} (${branch.ref})`);
    const parser = new CommitLogParser((count) => progress(`git: ${count} commits read`));
    const logArgs = COMMANDS.log(directory, branch.ref);
    const log = await streamGit(logArgs, env, (chunk) => parser.push(chunk));
    if (log.code !== 0)
        throw gitFailure('log', log);
    const commits = parser.end();
    const { tags, skipped } = parseTags(tagList.stdout);
    progress(`git: ${commits.length} commits, ${tags.length} tags (${skipped} tags of no commit skipped)`);
    const url = originUrl.code === 0 ? originUrl.stdout.trim() : '';
    const { owner, name } = parseRemoteUrl(url) ?? localRepositoryName(directory);
    const world = {
        schemaVersion: 1,
        generatedAt: (options.now ?? new Date()).toISOString().slice(0, 19) + 'Z',
        repository: { owner, name, defaultBranch: branch.name },
        commits,
        tags,
    };
    return { world, warnings: shallow ? [shallowWarning(label)] : [], remoteHost: remoteHost(url) };
}
async function resolveDirectory(label, dir) {
    try {
        return await (0,promises_.realpath)(dir);
    }
    catch {
        // The path does not exist: say so, rather than that it is no repository.
        throw noSuchFolder(label);
    }
}
/** Checks that DIR itself is a repository; returns whether it is a shallow clone. */
function checkProbe(label, directory, result) {
    if (result.stderr.includes('dubious ownership')) {
        throw new errors/* UserError */.y(`${label}: git refuses a repository owned by another user ` +
            `(expected one you own, or run: git config --global --add safe.directory ${directory})`);
    }
    if (result.code !== 0)
        throw notARepository(label);
    const [shallow, objectFormat] = result.stdout.trim().split('\n');
    // The world's shas are 40 hex digits, as on GitHub, which has no SHA-256 repositories.
    if (objectFormat !== 'sha1') {
        throw new errors/* UserError */.y(`${label}: a ${objectFormat} repository (expected sha1 object names, as on GitHub)`);
    }
    return shallow === 'true';
}
function noSuchFolder(label) {
    return new errors/* UserError */.y(`${label}: no such folder (expected the path of a git clone)`);
}
function notARepository(label) {
    return new errors/* UserError */.y(`${label}: not a git repository (expected a clone, bare or with a work tree)`);
}
function shallowWarning(label) {
    return (`${label}: a shallow clone, so the history is truncated: lead times and deployments before the cut are missing. ` +
        'In a GitHub workflow use actions/checkout with fetch-depth: 0 (and fetch-tags: true); ' +
        'locally run git fetch --unshallow --tags');
}

;// CONCATENATED MODULE: ./src/world/world-error.ts
// A mistake in a world file the user gave us: the command line exits 2 on it (STYLE.md habit 3).
// The message is one line naming the file, the JSON path and what was expected.
// Hostile text (titles, labels, file contents) must not break the one-line message or hide
// itself: JSON escaping handles quotes and control characters; line separators and bidi
// overrides are escaped too because terminals and logs render them.
const INVISIBLE = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function quote(text, limit = 60) {
    let shown = text;
    if (text.length > limit) {
        let end = limit - 1;
        const last = text.charCodeAt(end - 1);
        if (last >= 0xd800 && last <= 0xdbff)
            end -= 1; // do not split a surrogate pair
        shown = `${text.slice(0, end)}…`;
    }
    return escapeInvisible(JSON.stringify(shown));
}
function escapeInvisible(text) {
    return text.replace(INVISIBLE, unicodeEscape);
}
// eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
const CONTROL = /[\u0000-\u001f\u007f]/g;
/** Text that is not ours (a parser message quoting the file) as one line of at most `limit`. */
function toOneLine(text, limit) {
    const line = escapeInvisible(text.replace(CONTROL, (c) => (c === '\n' ? '\\n' : unicodeEscape(c))));
    return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
}
function unicodeEscape(c) {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** How an offending value is named in a message: strings quoted, containers by kind. */
function describe(value) {
    if (typeof value === 'string')
        return quote(value);
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'an object';
    return quote(String(value)).slice(1, -1);
}

;// CONCATENATED MODULE: ./src/world/duplicates.ts
// A world file that lists one record twice (two pull requests numbered 12, a tag twice)
// would count it twice — two deployments, two changes. It is refused at the second, by JSON path.


/** Each list of records and the field that names a record in it (GitHub's own identity). */
const KEYS = [
    ['commits', 'sha'],
    ['pullRequests', 'number'],
    ['deployments', 'id'],
    ['releases', 'tagName'],
    ['tags', 'name'],
    ['workflowRuns', 'id'],
    ['issues', 'number'],
];
/** Throws a one-line UserError at the first record whose key an earlier record of its list has. */
function refuseDuplicates(world, origin) {
    for (const [list, key] of KEYS) {
        const records = world[list];
        if (records === undefined)
            continue;
        const first = new Map();
        for (let i = 0; i < records.length; i++) {
            const value = records[i][key];
            const earlier = first.get(value);
            if (earlier !== undefined) {
                throw new errors/* UserError */.y(`${origin}: ${list}[${i}].${key}: ${describe(value)} repeats ${list}[${earlier}]; expected each record once`);
            }
            first.set(value, i);
        }
    }
}

;// CONCATENATED MODULE: ./src/world/parse-pieces.ts
// JSON.parse of a world file without the file as one string. A 70 MB world read as one
// string keeps that string (and the parser's garbage) in the heap long after the parse: the
// garbage collector has no reason to run before the metrics add to it. Here the top-level
// object is taken apart on its bytes, and each of its lists is parsed in batches of about 64 KB,
// so no string outlives its batch. The result equals JSON.parse's; anything this parser does not
// accept exactly as JSON.parse would (not an object, a syntax error anywhere) gives undefined, and
// the caller parses the whole text for JSON.parse's own verdict and message.
//
// Finding where a batch may end without reading every byte in JavaScript: a list of objects
// repeats how its first item opens (`{"sha":` in a compact file, `\n    {\n      "sha":` in an
// indented one), so the next cut is searched for natively as a comma followed by those bytes.
// A cut found that way is taken only when the batch before it parses as a list by itself, which
// proves the comma stands at the list's own depth and outside any string: a cut inside a string
// leaves that string unterminated, and one inside a nested value leaves a bracket unclosed. On
// the first cut that does not parse, the rest of the list is read byte by byte as before.
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const LEFT_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RIGHT_BRACKET = 0x5d;
const LEFT_BRACE = 0x7b;
const RIGHT_BRACE = 0x7d;
const BATCH = 1 << 16;
const MAX_LEAP = 8 * BATCH;
/** JSON's whitespace (undefined, past the end, is not). */
function isSpace(c) {
    return c === SPACE || c === LF || c === CR || c === TAB;
}
class NotAccepted extends Error {
}
/** JSON.parse of `bytes` (UTF-8, an optional byte order mark) when they hold an object; else undefined. */
function parseObjectInPieces(bytes) {
    try {
        return new PieceParser(bytes).document();
    }
    catch (error) {
        if (error instanceof NotAccepted || error instanceof SyntaxError)
            return undefined;
        throw error;
    }
}
class PieceParser {
    bytes;
    pos = 0;
    constructor(bytes) {
        this.bytes = bytes;
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
            this.pos = 3;
    }
    document() {
        const out = {};
        this.space();
        this.expect(LEFT_BRACE);
        this.space();
        if (this.bytes[this.pos] === RIGHT_BRACE) {
            this.pos += 1;
        }
        else {
            for (;;) {
                this.space();
                if (this.bytes[this.pos] !== QUOTE)
                    throw new NotAccepted();
                const start = this.pos;
                this.pos = this.stringEnd(start);
                const key = JSON.parse(this.text(start, this.pos));
                this.space();
                this.expect(COLON);
                this.space();
                const value = this.bytes[this.pos] === LEFT_BRACKET ? this.list() : this.value();
                // As JSON.parse does: an own property even for "__proto__"; a repeated key keeps its place.
                Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
                this.space();
                const next = this.bytes[this.pos++];
                if (next === RIGHT_BRACE)
                    break;
                if (next !== COMMA)
                    throw new NotAccepted();
            }
        }
        this.space();
        if (this.pos !== this.bytes.length)
            throw new NotAccepted();
        return out;
    }
    /** A value other than a list: up to the comma or brace that ends it at its own depth. */
    value() {
        const bytes = this.bytes;
        const start = this.pos;
        let depth = 0;
        let i = start;
        for (; i < bytes.length; i++) {
            const c = bytes[i];
            if (c === QUOTE)
                i = this.stringEnd(i) - 1;
            else if (c === LEFT_BRACE || c === LEFT_BRACKET)
                depth += 1;
            else if (c === RIGHT_BRACE || c === RIGHT_BRACKET) {
                if (depth === 0)
                    break;
                depth -= 1;
            }
            else if (c === COMMA && depth === 0)
                break;
        }
        this.pos = i;
        return JSON.parse(this.text(start, i));
    }
    /** A list, parsed a batch of whole items at a time. */
    list() {
        const bytes = this.bytes;
        const out = [];
        let i = this.pos + 1;
        const opening = this.itemOpening(i);
        let separated = false; // a comma was seen at the list's own depth
        if (opening !== null) {
            for (;;) {
                const cut = bytes.indexOf(opening, i + BATCH);
                // Past a few batches the cut may lie beyond the list: the bytes in between are read below.
                if (cut < 0 || cut - i > MAX_LEAP || !this.tryBatch(out, i, cut))
                    break;
                i = cut + 1;
                separated = true;
            }
        }
        let batchStart = i;
        let filled = false; // the batch holds more than whitespace
        let depth = 0;
        for (;; i++) {
            if (i >= bytes.length)
                throw new NotAccepted();
            const c = bytes[i];
            if (c === QUOTE) {
                i = this.stringEnd(i) - 1;
                filled = true;
            }
            else if (c === LEFT_BRACE || c === LEFT_BRACKET) {
                depth += 1;
                filled = true;
            }
            else if (c === RIGHT_BRACE || c === RIGHT_BRACKET) {
                if (depth > 0) {
                    depth -= 1;
                }
                else {
                    if (c !== RIGHT_BRACKET)
                        throw new NotAccepted();
                    if (filled)
                        this.batch(out, batchStart, i);
                    else if (separated)
                        throw new NotAccepted(); // `[1,]`: JSON.parse refuses it
                    break;
                }
            }
            else if (c === COMMA && depth === 0) {
                if (!filled)
                    throw new NotAccepted(); // `[,1]`, `[1,,2]`
                separated = true;
                if (i - batchStart >= BATCH) {
                    this.batch(out, batchStart, i);
                    batchStart = i + 1;
                    filled = false;
                }
            }
            else if (c !== SPACE && c !== LF && c !== CR && c !== TAB) {
                filled = true;
            }
        }
        this.pos = i + 1;
        return out;
    }
    /**
     * A comma and the bytes that open the list's first item up to its first key's colon, when
     * that item is an object with a plain key; else null (the list is read byte by byte).
     */
    itemOpening(start) {
        const bytes = this.bytes;
        let i = start;
        while (isSpace(bytes[i]))
            i++;
        if (bytes[i] !== LEFT_BRACE)
            return null;
        i++;
        while (isSpace(bytes[i]))
            i++;
        if (bytes[i] !== QUOTE)
            return null;
        const keyEnd = bytes.indexOf(QUOTE, i + 1);
        if (keyEnd < 0 || keyEnd - start > 256 || bytes.subarray(i, keyEnd).includes(BACKSLASH))
            return null;
        i = keyEnd + 1;
        while (isSpace(bytes[i]))
            i++;
        if (bytes[i] !== COLON)
            return null;
        return Buffer.concat([Buffer.of(COMMA), bytes.subarray(start, i + 1)]);
    }
    /** The items between `start` and `end` when they parse as a list by themselves. */
    tryBatch(out, start, end) {
        let items;
        try {
            items = JSON.parse(`[${this.text(start, end)}]`);
        }
        catch {
            return false;
        }
        for (const item of items)
            out.push(item);
        return true;
    }
    batch(out, start, end) {
        const items = JSON.parse(`[${this.text(start, end)}]`);
        for (const item of items)
            out.push(item);
    }
    /** The position just after the string that starts (with its quote) at `start`. */
    stringEnd(start) {
        const bytes = this.bytes;
        for (let i = start + 1; i < bytes.length; i++) {
            const c = bytes[i];
            if (c === BACKSLASH)
                i += 1;
            else if (c === QUOTE)
                return i + 1;
        }
        throw new NotAccepted();
    }
    space() {
        const bytes = this.bytes;
        let i = this.pos;
        while (i < bytes.length && isSpace(bytes[i]))
            i++;
        this.pos = i;
    }
    expect(byte) {
        if (this.bytes[this.pos] !== byte)
            throw new NotAccepted();
        this.pos += 1;
    }
    text(start, end) {
        return this.bytes.toString('utf8', start, end);
    }
}

;// CONCATENATED MODULE: ./src/world/validate.ts
// Walks a parsed world against WORLD (world-shape.ts) in place: no copy, no allocation per
// element. The path of the current value is kept on a stack of keys and list indexes and only
// turned into text ("pullRequests[3].mergedAt") when something is wrong.


function formatTrail(trail) {
    let text = '';
    for (const step of trail)
        text += typeof step === 'number' ? `[${step}]` : text ? `.${step}` : step;
    return text || 'top level';
}
class Walker {
    origin;
    trail = [];
    constructor(origin) {
        this.origin = origin;
    }
    fail(problem) {
        throw new errors/* UserError */.y(`${this.origin}: ${formatTrail(this.trail)}: ${problem}`);
    }
    object(value, shape) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            this.fail(`${describe(value)} is not ${shape.expected}`);
        }
        const record = value;
        const fields = shape.fields;
        for (let f = 0; f < fields.length; f++) {
            const field = fields[f];
            const item = record[field.key];
            if (item === undefined) {
                if (field.required)
                    this.missing(field);
                continue; // optional and absent: left absent (a missing list means empty)
            }
            this.trail.push(field.key);
            this.value(item, field.type);
            this.trail.pop();
        }
    }
    value(value, type) {
        if (type.kind === 'leaf') {
            if (!type.test(value))
                this.wrong(value, type);
        }
        else if (type.kind === 'shape') {
            this.object(value, type);
        }
        else {
            this.list(value, type);
        }
    }
    list(value, list) {
        if (!Array.isArray(value))
            this.fail(`${describe(value)} is not ${list.expected}`);
        const items = list.items;
        const trail = this.trail;
        const depth = trail.length;
        trail.push(0);
        if (items.kind === 'leaf') {
            for (let i = 0; i < value.length; i++) {
                if (!items.test(value[i])) {
                    trail[depth] = i;
                    this.wrong(value[i], items);
                }
            }
        }
        else {
            for (let i = 0; i < value.length; i++) {
                trail[depth] = i;
                this.object(value[i], items);
            }
        }
        trail.pop();
    }
    wrong(value, type) {
        const expected = typeof value === 'string' ? (type.expectedOfString ?? type.expected) : type.expected;
        this.fail(`${describe(value)} is not ${expected}`);
    }
    missing(field) {
        this.trail.push(field.key);
        this.fail(`missing; expected ${field.type.expected}`);
    }
}
/**
 * Throws a one-line UserError at the first value that breaks the shape. A check compiled for the
 * shape says whether the value is valid; only an invalid one is walked again, to name the place.
 */
function validateShape(value, shape, origin) {
    if (compiled(shape)(value))
        return;
    walkShape(value, shape, origin);
    throw new Error(`validateShape: the compiled check and the walk disagree on ${origin}`);
}
/** The walk alone: what the compiled check must agree with (test/world/compiled-check.test.ts). */
function walkShape(value, shape, origin) {
    new Walker(origin).object(value, shape);
}
const compiledChecks = new WeakMap();
function compiled(shape) {
    let check = compiledChecks.get(shape);
    if (check === undefined) {
        check = compileShape(shape);
        compiledChecks.set(shape, check);
    }
    return check;
}
/**
 * The Walker's verdict without its trail, as one function per shape and per list written out for
 * this shape: every call site then sees one kind of value and V8 inlines the leaf tests (the
 * generic walk was a tenth of a 50,000-pull-request run). The text is built from the shape's own
 * keys (written with JSON.stringify) and nothing from the file.
 */
function compileShape(root) {
    const tests = [];
    const names = new Map();
    const functions = [];
    const leafName = (leaf) => {
        let at = tests.indexOf(leaf.test);
        if (at < 0)
            at = tests.push(leaf.test) - 1;
        return `t[${at}]`;
    };
    const name = (type) => {
        if (type.kind === 'leaf')
            return leafName(type);
        const known = names.get(type);
        if (known !== undefined)
            return known;
        const own = `f${names.size}`;
        names.set(type, own);
        if (type.kind === 'list') {
            const item = name(type.items);
            functions.push(`function ${own}(a) { if (!Array.isArray(a)) return false; ` +
                `for (let i = 0; i < a.length; i++) if (!${item}(a[i])) return false; return true; }`);
        }
        else {
            const lines = [
                `function ${own}(v) {`,
                `if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;`,
                'let x;',
            ];
            for (const field of type.fields) {
                const check = name(field.type);
                lines.push(`x = v[${JSON.stringify(field.key)}];`, field.required
                    ? `if (x === undefined || !${check}(x)) return false;`
                    : `if (x !== undefined && !${check}(x)) return false;`);
            }
            lines.push('return true; }');
            functions.push(lines.join('\n'));
        }
        return own;
    };
    const top = name(root);
    return new Function('t', `'use strict';\n${functions.join('\n')}\nreturn ${top};`)(tests);
}

;// CONCATENATED MODULE: ./src/world/world-checks.ts
// The leaf checks of the world's shape, written as plain functions because the reader runs them
// on every field of worlds with 50,000 pull requests: each the fastest form measured on Node 20,
// and the common time form is recognised without Date.parse. Each leaf also carries the same rule
// in JSON Schema (for schema/world.schema.json) and, at the type level only, the TypeScript type
// of the values it accepts (for src/world/types.ts).
function leaf(expected, test, schema) {
    return { kind: 'leaf', expected, test, schema };
}
const named = (def, of) => ({ ...of, def });
// A bare {"type": …} takes null into its type list ({"type": ["string", "null"]}); anything else
// (a pattern, a format, a named leaf) becomes {"anyOf": [it, {"type": "null"}]}.
function orNull(of) {
    const { type, ...rest } = of.schema;
    const plain = of.def === undefined && typeof type === 'string' && Object.keys(rest).length === 0;
    return {
        ...leaf(`${of.expected} or null`, (v) => v === null || of.test(v), plain ? { type: [type, 'null'] } : { anyOf: [of, { type: 'null' }] }),
        expectedOfString: of.expected,
    };
}
const TIME_EXAMPLE = 'an ISO 8601 time (for example 2026-03-01T12:00:00Z)';
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// RFC 3339 date-time as ajv-formats checks it (the schema's "format": "date-time"): a time zone
// is required, "t" and a space may separate date and time, fractions of any length.
const LOOSE_TIME = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|[+-](\d\d)(?::?(\d\d))?)$/;
function isValidDay(year, month, day) {
    if (month < 1 || month > 12 || day < 1)
        return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]);
}
// 2026-03-01T12:00:00Z exactly, the form GitHub and the writers here produce. A regular
// expression test is the fastest check V8 offers for it (faster than a character loop).
const CANONICAL_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;
function digits(text, from, to) {
    let n = 0;
    for (let i = from; i < to; i++)
        n = n * 10 + text.charCodeAt(i) - 48;
    return n;
}
/** Valid fields in the canonical form always give Date.parse a finite number: it is not called. */
function isCanonicalTime(t) {
    if (t.length !== 20 || !CANONICAL_TIME.test(t))
        return false;
    const day = digits(t, 8, 10);
    return day <= 28 || isValidDay(digits(t, 0, 4), digits(t, 5, 7), day);
}
function isIsoTime(value) {
    if (typeof value !== 'string')
        return false;
    if (isCanonicalTime(value))
        return true;
    const m = LOOSE_TIME.exec(value);
    if (m === null || !isValidDay(+m[1], +m[2], +m[3]))
        return false;
    if (+m[4] > 23 || +m[5] > 59 || (m[7] !== undefined && +m[7] > 23) || (m[8] !== undefined && +m[8] > 59)) {
        return false;
    }
    // The metrics compute with Date.parse: a time it cannot read (a leap second, "+01") is refused.
    return Number.isFinite(Date.parse(value));
}
// ^[0-9a-f]{40}$ by table lookup: three times faster than comparisons or the regular expression.
const IS_HEX = new Uint8Array(128);
for (const c of '0123456789abcdef')
    IS_HEX[c.charCodeAt(0)] = 1;
function isSha(value) {
    if (typeof value !== 'string' || value.length !== 40)
        return false;
    for (let i = 0; i < 40; i++) {
        const c = value.charCodeAt(i);
        if (c > 127 || IS_HEX[c] === 0)
            return false;
    }
    return true;
}
const isString = (v) => typeof v === 'string';
const STRING = leaf('a string', isString, { type: 'string' });
const NON_EMPTY = leaf('a non-empty string', (v) => typeof v === 'string' && v.length > 0, {
    type: 'string',
    minLength: 1,
});
const STRING_OR_NULL = orNull(STRING);
const BOOLEAN = leaf('true or false', (v) => typeof v === 'boolean', { type: 'boolean' });
const INTEGER = leaf('an integer', Number.isInteger, { type: 'integer' });
const COUNT = leaf('a whole number (0 or more)', (v) => Number.isInteger(v) && v >= 0, { type: 'integer', minimum: 0 });
const world_checks_NUMBER = leaf('a whole number (1 or more)', (v) => Number.isInteger(v) && v >= 1, { type: 'integer', minimum: 1 });
const world_checks_SHA = named('sha', leaf('a commit sha (40 lowercase hex digits)', isSha, { type: 'string', pattern: '^[0-9a-f]{40}$' }));
const SHA_OR_NULL = orNull(world_checks_SHA);
// The reader also refuses the rare RFC 3339 times Date.parse cannot read (isIsoTime), which no
// JSON Schema format can say.
const TIME = named('time', leaf(TIME_EXAMPLE, isIsoTime, { type: 'string', format: 'date-time' }));
const TIME_OR_NULL = named('timeOrNull', orNull(TIME));
const SCHEMA_VERSION = leaf('1 (the only schema version there is)', (v) => v === 1, { const: 1 });
function oneOf(...values) {
    const allowed = new Set(values);
    return leaf(`one of ${values.join(', ')}`, (v) => typeof v === 'string' && allowed.has(v), {
        enum: values,
    });
}

;// CONCATENATED MODULE: ./src/world/world-shape.ts
// The one definition of the world file: the reader checks worlds against it (validate.ts),
// src/world/types.ts infers the TypeScript types from it, and `npm run schema` writes it out as
// schema/world.schema.json (JSON Schema), which test/world/schema.test.ts keeps in step.
// A field is [key, type, 'required' | 'optional' (the default), description for the schema].

function shape(fields, def) {
    const required = fields.filter((f) => f[2] === 'required').map((f) => f[0]);
    const expected = required.length ? `an object with ${required.join(', ')}` : 'an object';
    return {
        kind: 'shape',
        expected,
        fields: fields.map(([key, type, presence, description]) => ({
            key,
            type,
            required: presence === 'required',
            ...(description === undefined ? {} : { description }),
        })),
        ...(def === undefined ? {} : { def }),
    };
}
function listOf(items) {
    return { kind: 'list', expected: 'a list', items };
}
const COMMIT = shape([
    ['sha', world_checks_SHA, 'required'],
    ['parents', listOf(world_checks_SHA), 'optional', 'Parent shas, first parent first; none for a root commit.'],
    ['authoredAt', TIME, 'required', 'The author date.'],
    ['committedAt', TIME, 'required', 'The committer date.'],
    ['message', STRING],
    ['author', STRING_OR_NULL],
], 'commit');
const REVIEW = shape([
    ['author', STRING_OR_NULL],
    ['state', oneOf('APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'), 'required'],
    ['submittedAt', TIME, 'required'],
]);
const PULL_REQUEST = shape([
    ['number', world_checks_NUMBER, 'required'],
    ['title', STRING, 'required'],
    ['body', STRING],
    ['author', STRING_OR_NULL],
    ['state', oneOf('OPEN', 'CLOSED', 'MERGED'), 'required'],
    ['isDraft', BOOLEAN],
    ['createdAt', TIME, 'required'],
    ['mergedAt', TIME_OR_NULL],
    ['closedAt', TIME_OR_NULL],
    ['baseRefName', STRING],
    ['headRefName', STRING],
    ['mergeCommitSha', SHA_OR_NULL, 'optional', 'The commit the merge put on the base branch.'],
    ['labels', listOf(STRING)],
    ['additions', COUNT],
    ['deletions', COUNT],
    ['changedFiles', COUNT],
    ['files', listOf(STRING), 'optional', 'Paths of the files the change touches.'],
    ['commits', listOf(COMMIT), 'optional', "The pull request's own commits."],
    ['reviews', listOf(REVIEW)],
]);
const DEPLOYMENT_STATUS = shape([
    ['state', oneOf('success', 'failure', 'error', 'inactive', 'in_progress', 'queued', 'pending'), 'required'],
    ['createdAt', TIME, 'required'],
]);
const DEPLOYMENT = shape([
    ['id', INTEGER, 'required'],
    ['sha', world_checks_SHA, 'required'],
    ['ref', STRING],
    ['environment', STRING, 'required'],
    ['createdAt', TIME, 'required'],
    ['creator', STRING_OR_NULL],
    ['statuses', listOf(DEPLOYMENT_STATUS), 'optional', 'Oldest first.'],
]);
const RELEASE = shape([
    ['tagName', STRING, 'required'],
    ['name', STRING_OR_NULL],
    ['createdAt', TIME, 'required'],
    ['publishedAt', TIME_OR_NULL],
    ['isDraft', BOOLEAN],
    ['isPrerelease', BOOLEAN],
    ['tagCommitSha', SHA_OR_NULL],
]);
const TAG = shape([
    ['name', STRING, 'required'],
    ['sha', world_checks_SHA, 'required', 'The commit the tag points to.'],
    ['taggedAt', TIME, 'required', "The tagger date, or the commit's committer date for a lightweight tag."],
]);
const WORKFLOW_RUN = shape([
    ['id', INTEGER, 'required'],
    ['name', STRING],
    ['workflowPath', STRING, 'required'],
    ['headBranch', STRING_OR_NULL],
    ['headSha', world_checks_SHA, 'required'],
    ['event', STRING],
    ['status', STRING, 'required'],
    ['conclusion', STRING_OR_NULL],
    ['createdAt', TIME, 'required'],
    ['updatedAt', TIME, 'required'],
    ['runStartedAt', TIME_OR_NULL],
]);
const ISSUE = shape([
    ['number', world_checks_NUMBER, 'required'],
    ['title', STRING, 'required'],
    ['author', STRING_OR_NULL],
    ['state', oneOf('OPEN', 'CLOSED'), 'required'],
    ['labels', listOf(STRING)],
    ['createdAt', TIME, 'required'],
    ['closedAt', TIME_OR_NULL],
]);
const REPOSITORY = shape([
    ['owner', NON_EMPTY, 'required'],
    ['name', NON_EMPTY, 'required'],
    ['defaultBranch', NON_EMPTY, 'required'],
]);
// Every list may be missing, which means empty.
const WORLD = shape([
    ['schemaVersion', SCHEMA_VERSION, 'required'],
    [
        'generatedAt',
        TIME,
        'optional',
        'When the snapshot was taken: the default end of the reporting window when computing from the file.',
    ],
    ['repository', REPOSITORY, 'required'],
    [
        'commits',
        listOf(COMMIT),
        'optional',
        'Commits of the default branch, in any order, as far back as the metrics need. A commit absent from a non-empty list is taken to be off the default branch.',
    ],
    ['pullRequests', listOf(PULL_REQUEST)],
    ['deployments', listOf(DEPLOYMENT)],
    ['releases', listOf(RELEASE)],
    ['tags', listOf(TAG)],
    ['workflowRuns', listOf(WORKFLOW_RUN)],
    ['issues', listOf(ISSUE)],
]);

;// CONCATENATED MODULE: ./src/world/read.ts
// Reads and validates world files (schema/world.schema.json). Worlds can hold 50,000 pull
// requests, so the parsed value is checked in place and returned as is: no normalised copy,
// and absent lists stay absent (they mean empty).







/** Checks `value` against world.schema.json; `origin` (a file name) starts every message. */
function parseWorld(value, origin) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
        throw new errors/* UserError */.y(`${origin}: the top level is ${got}; expected an object with schemaVersion and repository`);
    }
    validateShape(value, WORLD, origin);
    refuseDuplicates(value, origin);
    return value;
}
function readWorldFile(path) {
    const bytes = readBytes(path);
    // Parsed a list batch at a time, the file never becomes one string. Anything that is
    // not an object of valid JSON is parsed whole, for JSON.parse's own message.
    const value = parseObjectInPieces(bytes) ?? parseJson(decode(bytes, path), path);
    return parseWorld(value, path);
}
function readBytes(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* UserError */.y(`${path}: no such file; expected a world file (JSON)`);
        if (code === 'EISDIR')
            throw new errors/* UserError */.y(`${path}: is a directory; expected a world file (JSON)`);
        if (code === 'EACCES')
            throw new errors/* UserError */.y(`${path}: permission denied; expected a readable world file`);
        if (code === 'ERR_FS_FILE_TOO_LARGE')
            throw tooLarge(path);
        throw error;
    }
}
function decode(bytes, path) {
    try {
        return bytes.toString('utf8');
    }
    catch (error) {
        // V8 strings stop at 2^29 - 24 characters.
        if (error.code === 'ERR_STRING_TOO_LONG')
            throw tooLarge(path);
        throw error;
    }
}
function tooLarge(path) {
    return new errors/* UserError */.y(`${path}: too large to read as one string (the limit is about 512 MB)`);
}
function parseJson(text, path) {
    try {
        // Editors on Windows save a byte order mark; JSON.parse refuses it.
        return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        if (!(error instanceof SyntaxError))
            throw error;
        throw new errors/* UserError */.y(`${path}: not JSON: ${describeSyntaxError(error.message, text)}`);
    }
}
/** V8's message, on one line, with the line and column when it gives a position. */
function describeSyntaxError(message, text) {
    // V8 quotes a slice of the file in some messages: hostile text, kept on one line and short.
    const oneLine = toOneLine(message, 200);
    const position = /at position (\d+)/.exec(message);
    // Newer V8 versions add "(line 2 column 7)" themselves.
    if (position === null || /\(line \d+ column \d+\)/.test(message))
        return oneLine;
    const at = Math.min(Number(position[1]), text.length);
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    return `${oneLine} (line ${line}, column ${at - lineStart + 1})`;
}

;// CONCATENATED MODULE: ./src/pipeline.ts
// collect → compute → render → publish, shared by the command line and the Action.

















async function loadWorld(config, log, contextConfig = null) {
    const input = config.input;
    switch (input.kind) {
        case 'file':
            log.info(`Reading ${input.path}`);
            return { world: readWorldFile(input.path), warnings: [], shallow: false };
        case 'git': {
            log.info(`Reading the git history of ${input.dir}`);
            const { world, warnings, remoteHost } = await readGitWorld(input.dir, {
                branch: input.branch,
                onProgress: log.info,
            });
            const shallow = warnings.some((w) => /shallow/i.test(w));
            // Links only to github.com or the GitHub server the user names, when origin is on it.
            return { world, warnings, shallow, serverUrl: webServerFor(remoteHost, config.serverUrl) };
        }
        case 'github':
            return collectFromGitHub(config, input, log, contextConfig);
    }
}
async function collectFromGitHub(config, input, log, contextConfig) {
    // Loaded on demand: Octokit is only needed with --repo.
    const { collectWorld } = await Promise.all(/* import() */[__webpack_require__.e(339), __webpack_require__.e(460), __webpack_require__.e(888)]).then(__webpack_require__.bind(__webpack_require__, 74888));
    const until = config.until ?? new Date();
    log.info(`Collecting ${input.repo} from the GitHub API`);
    const { world } = await collectWorld({
        repo: input.repo,
        token: input.token,
        tokenFrom: input.tokenFrom,
        apiUrl: input.apiUrl,
        sources: [config.source],
        incidentLabels: [...config.incidentLabels],
        // W1: the current and the previous window.
        since: new Date(until.getTime() - 2 * config.days * stats/* DAY_MS */.sO),
        until,
        cacheDir: input.cacheDir,
        // Services selected by path need each pull request's changed files.
        includeFiles: needsChangedFiles(contextConfig),
        log: log.info,
    });
    return { world, warnings: [], shallow: false };
}
function benchmarksOf(value) {
    if (!value.endsWith('.json'))
        return value;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(value, 'utf8'));
    }
    catch (error) {
        throw new errors/* UserError */.y(`benchmarks: cannot read ${value} (${error.message.split('\n')[0]}); expected a JSON table shaped like dora-2023`);
    }
}
/** The repository's metrics, with the `context` (services, impact, peaks, health) computed beside them. */
function computeReport(config, loaded, contextConfig, business = loadBusiness(config.business, contextConfig)) {
    const run = runEngine(loaded.world, {
        source: config.source,
        days: config.days,
        until: config.until,
        incidentLabels: config.incidentLabels,
        benchmarks: benchmarksOf(config.benchmarks),
        // P4: the flag or input first, then the configuration file's `industry:`.
        industry: config.industry ?? contextConfig?.industry,
        // L5: the flag or input first, then the configuration file's `excludeAuthors:`.
        excludeAuthors: config.excludeAuthors ?? contextConfig?.excludeAuthors,
        // A clone without a GitHub remote has no web page to link to.
        serverUrl: loaded.serverUrl !== undefined
            ? loaded.serverUrl
            : loaded.world.repository.owner === 'local'
                ? null
                : config.serverUrl,
        shallowHistory: loaded.shallow,
        toolVersion: defaults/* VERSION */.x,
        business,
    });
    const { report } = run;
    if (report.source.requested !== 'auto' && report.dataQuality.deploymentsInWorld === 0) {
        throw new errors/* UserError */.y(`source: ${report.source.deployments} finds no deployment in this history (${whatExists(loaded.world)})`);
    }
    return withContext(run, contextConfig);
}
/** Names what the world does hold, so a wrong source can be corrected. */
function whatExists(world) {
    const environments = [...new Set((world.deployments ?? []).map((d) => d.environment))].slice(0, 5);
    const tags = (world.tags ?? []).slice(-3).map((t) => t.name);
    const parts = [
        environments.length ? `environments: ${environments.join(', ')}` : 'no deployments',
        `${(world.releases ?? []).length} releases`,
        tags.length ? `tags such as ${tags.join(', ')}` : 'no tags',
    ];
    return `expected a source that matches; it has ${parts.join('; ')}`;
}
/** Writes metrics.json, summary.md and the report into the output folder, replaced whole. */
async function writeOutputs(config, report, summary, history = null) {
    return (0,report_folder/* replaceFolder */.xn)(config.outDir, async (staging) => {
        (0,json_text/* writeJsonFile */.An)((0,external_node_path_.join)(staging, 'metrics.json'), report);
        (0,report_folder/* writeText */.x3)(staging, 'summary.md', summary);
        if (history)
            (0,report_folder/* writeText */.x3)(staging, 'history.json', (0,history_file/* serializeHistory */.ph)(history));
        // Loaded on demand: Handlebars and the templates cost start-up time that --json never needs.
        const { renderReport } = await Promise.all(/* import() */[__webpack_require__.e(508), __webpack_require__.e(789), __webpack_require__.e(882)]).then(__webpack_require__.bind(__webpack_require__, 63882));
        await renderReport(report, {
            outDir: staging,
            templateDir: config.templateDir,
            downtimeCostPerHour: config.downtimeCostPerHour,
            currency: config.currency,
            history: history ?? undefined,
            generatedAt: new Date(),
        });
    }, config.outInput);
}
/** collect → compute → render → publish: the command line's run, and the Action's. */
async function runPipeline(config, log, publisher = null) {
    const writes = !config.json || config.outExplicit;
    if (writes)
        (0,report_folder/* checkOutputFolder */.Qk)(config.outDir, config.outInput);
    // Before collecting: a mistake in the configuration file should not wait for a long collection.
    const contextConfig = await loadContextConfig(config.contextFile);
    if (contextConfig)
        log.info(`Read ${contextConfig.file}: ${contextConfig.services.length} services`);
    // The business measures are read and checked before a long collection too.
    const business = loadBusiness(config.business, contextConfig);
    if (business)
        log.info(`Read ${business.file}: ${business.measures.length} business measures`);
    if (business)
        await (0,statistics/* loadStatistics */.Sj)();
    const published = publisher
        ? await publisher.prepare()
        : { history: null };
    const input = config.input.kind === 'github' && published.cacheDir
        ? { ...config.input, cacheDir: published.cacheDir }
        : config.input;
    const loaded = await loadWorld({ ...config, input }, log, contextConfig);
    for (const warning of loaded.warnings)
        log.warn(warning);
    if (config.exportWorld) {
        (0,external_node_fs_.writeFileSync)(config.exportWorld, JSON.stringify(loaded.world));
        log.info(`Wrote the world to ${config.exportWorld}`);
    }
    log.info('Computing the metrics');
    const report = computeReport(config, loaded, contextConfig, business);
    // Where this repository's report is published, so that a roll-up can link to it (O rules).
    report.reportUrl = published.reportUrl ?? null;
    const result = { report, world: loaded.world, summary: null, outDir: null, history: null };
    if (!writes)
        return result;
    result.summary = (0,markdown_summary/* markdownSummary */.yo)(report);
    result.history = published.history && (0,history_file/* mergeHistory */.H$)(published.history, (0,history_file/* historyEntry */.xg)(report));
    log.info('Rendering the report');
    result.outDir = await writeOutputs(config, report, result.summary, result.history);
    if (publisher)
        await publisher.publish(result);
    return result;
}


/***/ }),

/***/ 49061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ writeJsonFile),
/* harmony export */   cp: () => (/* binding */ writeJsonLine)
/* harmony export */ });
/* unused harmony export jsonPieces */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_1__);
// metrics.json without one giant string: at 730 days a report's records make tens of
// megabytes of JSON, held twice (the string, then its copy with the newline) on top of the report.
// The text is produced piece by piece — a record at a time — and written in chunks of 32K
// characters; the bytes equal JSON.stringify(value) (or JSON.stringify(value, null, 2)) exactly.


/** Below this depth, plain objects and lists are written member by member; deeper, whole. */
const SPLIT_DEPTH = 3;
/**
 * Characters per written piece: 32K stays below V8's large-object size even as two-byte text, so a
 * piece dies young instead of waiting for a full collection (the 50k world's peak: 13 MB less).
 */
const CHUNK = 1 << 15;
/** The pieces of JSON.stringify(value, null, pretty ? 2 : undefined), in order. */
function* jsonPieces(value, pretty = false) {
    const written = yield* pieces(value, pretty, '', 0);
    if (!written)
        throw new TypeError('jsonPieces: the value has no JSON form');
}
/**
 * Returns false (having yielded nothing) when JSON.stringify would give undefined. Members written
 * whole are gathered into one piece of up to a chunk, so that a list of records costs one yield
 * per chunk, not several per record.
 */
function* pieces(value, pretty, indent, depth) {
    if (depth >= SPLIT_DEPTH || !splittable(value)) {
        const text = whole(value, pretty, indent);
        if (text === undefined)
            return false;
        yield text;
        return true;
    }
    const inner = `${indent}  `;
    const split = depth + 1 < SPLIT_DEPTH;
    let held = '';
    if (Array.isArray(value)) {
        if (value.length === 0) {
            yield '[]';
            return true;
        }
        for (let i = 0; i < value.length; i++) {
            held += `${i === 0 ? '[' : ','}${pretty ? `\n${inner}` : ''}`;
            const item = value[i];
            if (split && splittable(item)) {
                yield held;
                held = '';
                yield* pieces(item, pretty, inner, depth + 1);
            }
            else {
                held += whole(item, pretty, inner) ?? 'null';
                if (held.length >= CHUNK) {
                    yield held;
                    held = '';
                }
            }
        }
        yield `${held}${pretty ? `\n${indent}]` : ']'}`;
        return true;
    }
    const object = value;
    let first = true;
    for (const key of Object.keys(object)) {
        const member = object[key];
        const text = split && splittable(member) ? null : whole(member, pretty, inner);
        if (text === undefined)
            continue; // JSON leaves out undefined, functions and symbols
        held += `${first ? '{' : ','}${pretty ? `\n${inner}` : ''}${JSON.stringify(key)}${pretty ? ': ' : ':'}`;
        first = false;
        if (text === null) {
            yield held;
            held = '';
            yield* pieces(member, pretty, inner, depth + 1);
        }
        else {
            held += text;
            if (held.length >= CHUNK) {
                yield held;
                held = '';
            }
        }
    }
    yield first ? '{}' : `${held}${pretty ? `\n${indent}}` : '}'}`;
    return true;
}
/** JSON.stringify of a value written whole at this indentation (undefined: JSON has no form for it). */
function whole(value, pretty, indent) {
    const text = JSON.stringify(value, null, pretty ? 2 : undefined);
    // Raw newlines occur only between tokens: each one starts a line to indent.
    return pretty && indent && text !== undefined ? text.replace(/\n/g, `\n${indent}`) : text;
}
/** Plain objects and lists without toJSON: what this writer may take apart. */
function splittable(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    if (typeof value.toJSON === 'function')
        return false;
    if (Array.isArray(value))
        return true;
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}
/** The pieces joined into chunks of about `size` characters. */
function* chunks(parts, size = CHUNK) {
    let held = [];
    let length = 0;
    for (const part of parts) {
        held.push(part);
        length += part.length;
        if (length >= size) {
            yield held.join('');
            held = [];
            length = 0;
        }
    }
    if (length > 0)
        yield held.join('');
}
/** JSON.stringify(value) and a newline, written to a stream as it is produced. */
async function writeJsonLine(out, value) {
    for (const chunk of chunks(withNewline(jsonPieces(value)))) {
        if (!out.write(chunk))
            await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(out, 'drain');
    }
}
/** JSON.stringify(value, null, 2) and a newline, written to a new file `path`. */
function writeJsonFile(path, value) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'w', 0o644);
    try {
        for (const chunk of chunks(withNewline(jsonPieces(value, true)))) {
            const bytes = Buffer.from(chunk, 'utf8');
            for (let done = 0; done < bytes.length;)
                done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, done, bytes.length - done);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function* withNewline(parts) {
    yield* parts;
    yield '\n';
}


/***/ }),

/***/ 76530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qk: () => (/* binding */ checkOutputFolder),
/* harmony export */   tl: () => (/* binding */ MARKER),
/* harmony export */   x3: () => (/* binding */ writeText),
/* harmony export */   xn: () => (/* binding */ replaceFolder)
/* harmony export */ });
/* unused harmony export recoverLeftovers */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// The output folder is replaced whole or not at all, and only when this tool wrote it: everything
// is written into a staging folder beside it, with a marker listing what was written, and the
// staging folder then takes the folder's place by rename. A folder without the marker, or with
// anything the marker does not list, is somebody's work and is never replaced.




/** Written last into every report folder: the folder is ours, and these are the entries we wrote. */
const MARKER = '.dora-report.json';
const MARKER_TOOL = 'dora-flow-action';
/** Staging and set-aside folders live beside the target, named after it, with the writer's pid. */
const LEFTOVER = /^\.(.+)\.dora-(staging|old)-(\d+)$/;
function readMarker(folder) {
    try {
        const value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, MARKER), 'utf8'));
        if (value?.tool !== MARKER_TOOL || !Array.isArray(value.entries))
            return null;
        return { tool: value.tool, entries: value.entries.filter((e) => typeof e === 'string') };
    }
    catch {
        return null;
    }
}
/** `inner` is `outer` or lies inside it. */
function within(inner, outer) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(outer, inner);
    return path === '' || (!path.startsWith('..') && !path.startsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.parse)(path).root);
}
/** Folders that hold a user's work as a whole: never a report folder, whatever they contain. */
function protectedReason(target, env) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.parse)(target).root === target)
        return 'is the root of the file system';
    const places = [
        [process.cwd(), 'the current folder'],
        [env.GITHUB_WORKSPACE, 'the workspace'],
        [(0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), 'the home folder'],
    ];
    for (const [place, name] of places) {
        if (!place)
            continue;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(place);
        if (full === target)
            return `is ${name}`;
        if (within(full, target))
            return `holds ${name} (${full})`;
    }
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, '.git')))
        return 'is a git work tree';
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, 'HEAD')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, 'objects')))
        return 'is a git repository';
    return null;
}
/** The nearest folder that exists at or above `path`. */
function nearestExisting(path) {
    let folder = path;
    while (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(folder))
        folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder);
    return folder;
}
/**
 * Checked before any work: the folder may be written, and replacing it loses nothing of the
 * user's. `input` names the flag or input that gave it (`--out`, `report-dir`).
 */
function checkOutputFolder(outDir, input = '--out', env = process.env) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(outDir);
    const refuse = (why, expected = 'a new or empty folder, or a report folder this tool wrote') => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${input} ${outDir}: ${why} (expected ${expected})`);
    const reason = protectedReason(target, env);
    if (reason)
        throw refuse(`${reason}; the report replaces its folder whole, so it never writes there`, 'a folder of its own, such as dora-report');
    const existing = nearestExisting(target);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(existing).isDirectory()) {
        throw refuse(existing === target ? 'exists and is not a folder' : `cannot be made: ${existing} is a file`);
    }
    recoverLeftovers(target);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
        return target;
    const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(target).sort();
    if (entries.length === 0)
        return target;
    const marker = readMarker(target);
    if (!marker) {
        throw refuse(`holds ${JSON.stringify(entries[0])} and no ${MARKER}, so it is not a report this tool wrote`);
    }
    const ours = new Set([...marker.entries, MARKER]);
    const foreign = entries.find((entry) => !ours.has(entry));
    if (foreign !== undefined) {
        throw refuse(`holds ${JSON.stringify(foreign)}, which is not part of the report this tool wrote there`);
    }
    return target;
}
function alive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * A run killed while it wrote leaves a staging folder (and, killed between the two renames, the
 * previous report set aside with no folder under the name). The next run puts a complete report
 * back under the name, the new one when its marker says it was finished, and removes the rest.
 */
function recoverLeftovers(target) {
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(parent) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(parent).isDirectory())
        return;
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target);
    const leftovers = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(parent)
        .map((entry) => ({ entry, match: LEFTOVER.exec(entry) }))
        .filter(({ match }) => match !== null && match[1] === name && !alive(Number(match[3])))
        .map(({ entry, match }) => ({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, entry), kind: match[2] }));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target)) {
        const complete = leftovers.find((l) => l.kind === 'staging' && readMarker(l.path));
        const restored = complete ?? leftovers.find((l) => l.kind === 'old' && readMarker(l.path));
        if (restored)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(restored.path, target);
    }
    for (const leftover of leftovers)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(leftover.path, { recursive: true, force: true });
}
/** Staging folders of this process, removed if the process is interrupted. */
const stagingFolders = new Set();
let signalsHandled = false;
function cleanUpOnSignals() {
    if (signalsHandled)
        return;
    signalsHandled = true;
    for (const [signal, code] of [
        ['SIGINT', 130],
        ['SIGTERM', 143],
    ]) {
        process.once(signal, () => {
            for (const folder of stagingFolders)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(folder, { recursive: true, force: true });
            process.exit(code);
        });
    }
}
async function replaceFolder(outDir, fill, input = '--out') {
    const target = checkOutputFolder(outDir, input);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.dora-staging-${process.pid}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(staging, { recursive: true, force: true });
    cleanUpOnSignals();
    stagingFolders.add(staging);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(staging);
        await fill(staging);
        const marker = { tool: MARKER_TOOL, entries: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(staging).sort() };
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(staging, MARKER), `${JSON.stringify(marker)}\n`);
        // Checked again: the folder may have changed while the report was collected and rendered.
        checkOutputFolder(outDir, input);
        const old = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.dora-old-${process.pid}`);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(target, old);
        // Fault injection for the test of a kill between the renames (recoverLeftovers mends it).
        if (process.env.DORA_TEST_KILL_BETWEEN_RENAMES === '1')
            process.kill(process.pid, 'SIGKILL');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(staging, target);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(old, { recursive: true, force: true });
        return target;
    }
    finally {
        stagingFolders.delete(staging);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(staging, { recursive: true, force: true });
    }
}
function writeText(folder, name, text) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name), text);
}


/***/ }),

/***/ 60431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rq: () => (/* binding */ GlobRefused),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   tI: () => (/* binding */ compileGlobs)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
// Path globs for services, with picomatch's syntax (as GitHub's own `paths:` filters read them):
// `*` and `?` within a folder, `**` across folders, `[abc]`, `[^abc]` (or `[!abc]`), `{a,b}`, and a
// leading `!` that takes paths out again. `dot: true`: `*` and `**` match dotfiles and dot folders
// (`.github/**`). A glob matches the whole path from the repository's root; a leading `./` or `/`
// is ignored. A bare folder name (`api` or `api/`) matches everything under it.
//
// Paths come from anyone's pull request, so matching must stay linear in the path: picomatch's own
// regular expressions backtrack (three `**` against a path of 3,000 folders took 42 s; three `*`
// in one 255-character name take 25 ms, four take over a second). picomatch turns the glob into a
// regular expression, and that expression runs on re2js, a linear-time engine. The only
// lookarounds picomatch writes keep `*` from matching an empty name and `**` from matching the
// names `.` and `..`, which no path from git holds; they are dropped, and any other lookaround is
// refused with its reason.


/**
 * Extglobs (`+(a|b)`) are off: GitHub's filters have none. `posix`: [[:alpha:]] classes and [!a] as [^a].
 * `windows: false`: a path from git always uses /, and a backslash escapes, on every runner.
 */
const PICOMATCH_OPTIONS = { dot: true, noextglob: true, posix: true, windows: false };
/** picomatch's guards against empty names and the `.` and `..` folders (see above). */
const DOT_SEGMENT_GUARDS = [
    '(?!(?:^|\\/)\\.{1,2}(?:\\/|$))',
    '(?!\\.{1,2}(?:\\/|$))',
    '(?!\\.{0,1}(?:\\/|$))',
    '(?=.)',
];
/** A glob the configuration cannot use: `reason` completes "… is not a glob we can match: ". */
class GlobRefused extends Error {
}
/** Compiles one glob of a service's `paths`; throws GlobRefused for one we cannot match. */
function compileGlob(glob) {
    const negated = glob.startsWith('!');
    const literal = (negated ? glob.slice(1) : glob).trim().replace(/^\.?\/+/, '');
    let pattern = literal;
    if (pattern === '' || pattern === '.')
        throw new GlobRefused('it names no path');
    const scan = picomatch__WEBPACK_IMPORTED_MODULE_0___default().scan(pattern);
    // A bare folder name matches everything under it (and a file of that name); so does `folder/`.
    if (!scan.isGlob)
        pattern = `${pattern.replace(/\/+$/, '')}/**`;
    else if (pattern.endsWith('/'))
        pattern = `${pattern}**`;
    let source = picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(pattern, PICOMATCH_OPTIONS).source;
    for (const guard of DOT_SEGMENT_GUARDS)
        source = source.split(guard).join('');
    let regex;
    try {
        // DOTALL: a name may hold a newline, and `**` must still cross it.
        regex = re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(source, re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.DOTALL);
    }
    catch {
        throw new GlobRefused('its parentheses make a lookaround or backreference, which cannot be matched in linear time (expected *, **, ?, [abc], {a,b} and a leading !)');
    }
    const base = picomatch__WEBPACK_IMPORTED_MODULE_0___default().scan(pattern).base;
    return { negated, literal, prefix: base.includes('\\') ? '' : base, regex };
}
/** Whether a path is taken by the globs: as in GitHub's `paths:`, the last glob that matches it decides. */
function isTaken(globs, path) {
    for (let i = globs.length - 1; i >= 0; i--) {
        const glob = globs[i];
        if (path === glob.literal || (path.startsWith(glob.prefix) && glob.regex.matches(path)))
            return !glob.negated;
    }
    return false;
}
/** A matcher for a service's globs; `matches(files)` is true when one file is taken by them. */
function compileGlobs(globs) {
    const compiled = globs.map(compileGlob);
    if (!compiled.some((glob) => !glob.negated))
        return () => false;
    const takes = (file) => {
        const path = file.charCodeAt(0) === 46 || file.charCodeAt(0) === 47 ? file.replace(/^\.?\/+/, '') : file;
        return isTaken(compiled, path);
    };
    return (files) => files.some(takes);
}


/***/ }),

/***/ 28705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H$: () => (/* binding */ mergeHistory),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   oX: () => (/* binding */ HistoryUnreadable),
/* harmony export */   ph: () => (/* binding */ serializeHistory),
/* harmony export */   xg: () => (/* binding */ historyEntry)
/* harmony export */ });
/* unused harmony export HISTORY_LIMIT */
const HISTORY_LIMIT = 400;
function historyEntry(report) {
    const { dora, flow } = report;
    return {
        date: report.window.until.slice(0, 10),
        until: report.window.until,
        days: report.window.days,
        source: report.source.deployments,
        deploymentsPerWeek: dora.deploymentFrequency.perWeek,
        leadTimeHours: dora.leadTime.medianHours,
        changeFailureRate: dora.changeFailureRate.rate,
        timeToRestoreHours: dora.timeToRestore.medianHours,
        reworkRate: dora.reworkRate.rate,
        cycleTimeHours: flow?.cycleTime.medianHours ?? null,
        throughputPerWeek: flow?.throughput.perWeek ?? null,
        flowEfficiency: flow?.efficiency ?? null,
        tiers: {
            deploymentFrequency: dora.deploymentFrequency.tier,
            leadTime: dora.leadTime.tier,
            changeFailureRate: dora.changeFailureRate.tier,
            timeToRestore: dora.timeToRestore.tier,
        },
    };
}
/** A history file that exists but cannot be read: a run must not publish over months of trend. */
class HistoryUnreadable extends Error {
    name = 'HistoryUnreadable';
}
/**
 * Reads a history file's text. No file is no history; a file that is not a history (truncated,
 * hand-edited into another shape) throws, since replacing it would erase every earlier run. Single
 * entries without a date are passed over: history-runs.ts checks every other field again.
 */
function parseHistory(text) {
    if (text === null)
        return [];
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new HistoryUnreadable(`it is not JSON (${error.message.split('\n')[0]})`);
    }
    const entries = Array.isArray(value) ? value : value?.entries;
    if (!Array.isArray(entries)) {
        throw new HistoryUnreadable('it has no "entries" list (expected {"schemaVersion": 1, "entries": [...]})');
    }
    return entries.filter((e) => typeof e?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.date));
}
function mergeHistory(entries, entry, limit = HISTORY_LIMIT) {
    const kept = entries.filter((e) => e.date !== entry.date);
    kept.push(entry);
    kept.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return kept.slice(-limit);
}
function serializeHistory(entries) {
    return `${JSON.stringify({ schemaVersion: 1, entries }, null, 1)}\n`;
}


/***/ }),

/***/ 77366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yo: () => (/* binding */ markdownSummary),
  yY: () => (/* binding */ servicesSection),
  QW: () => (/* binding */ summaryRows),
  ed: () => (/* binding */ textTable)
});

// UNUSED EXPORTS: markdownRow

// EXTERNAL MODULE: ./src/business/words.ts
var words = __webpack_require__(22771);
// EXTERNAL MODULE: ./src/report/markdown-text.ts
var markdown_text = __webpack_require__(47141);
// EXTERNAL MODULE: ./src/translate/format.ts
var format = __webpack_require__(56835);
;// CONCATENATED MODULE: ./src/report/services-table.ts


/** Longer names are cut: a table row is for reading at a glance, the report has the full name. */
const NAME_LIMIT = 80;
const SERVICE_HEADER = [
    '| Service | Deployments a week | Lead time (median) | Change failure rate | Time to restore (median) | Targets |',
    '| --- | --- | --- | --- | --- | --- |',
];
/** A name of at most NAME_LIMIT characters (code points, so no surrogate pair is split). */
function shortName(name) {
    const points = [...name];
    return points.length <= NAME_LIMIT ? name : `${points.slice(0, NAME_LIMIT - 1).join('')}…`;
}
/** "25 hours (worse)": the value with its N1 label when both windows have a figure. */
function withTrend(value, trend) {
    return trend?.label ? `${value} (${trend.label})` : value;
}
function standingText(service) {
    const { standing } = service;
    if (standing.length === 0)
        return 'none set';
    const met = standing.filter((s) => s.status === 'met').length;
    const noData = standing.filter((s) => s.status === 'no-data').length;
    return `met ${met} of ${standing.length}${noData ? ` (${noData} without data)` : ''}`;
}
/** The cells of one service's row, unescaped: name, the four keys, standing. */
function serviceCells(service) {
    const { dora, trends } = service;
    if (dora === null)
        return [service.name, format/* NO_DATA */.V5, format/* NO_DATA */.V5, format/* NO_DATA */.V5, format/* NO_DATA */.V5, standingText(service)];
    const t = trends ?? {};
    const { deploymentFrequency: df, leadTime, changeFailureRate: cfr, timeToRestore } = dora;
    return [
        service.name,
        withTrend((0,format/* formatNumber */.ZV)(df.perWeek), t.deploymentFrequency),
        withTrend((0,format/* formatDuration */.a3)(leadTime.medianHours), t.leadTime),
        withTrend(cfr.rate === null ? format/* NO_DATA */.V5 : `${(0,format/* formatPercent */.l9)(cfr.rate)} (${cfr.failed} of ${cfr.deployments})`, t.changeFailureRate),
        withTrend((0,format/* formatDuration */.a3)(timeToRestore.medianHours), t.timeToRestore),
        standingText(service),
    ];
}
function serviceRow(service) {
    const [name, ...rest] = serviceCells(service);
    return `| ${[shortName(name), ...rest].map(markdown_text/* markdownCell */.UZ).join(' | ')} |`;
}
/** The sentence under the table: what the brackets compare with. */
function trendNote(days) {
    return `In brackets: against the ${days} days before (N1; better, worse or same), when both windows have a figure.`;
}
/**
 * The table's lines, at most `maxRows` rows and `budget` characters; the services left out are
 * named by count in a last line, so a reader knows the table was cut.
 */
function servicesTable(services, options) {
    const lines = [...SERVICE_HEADER];
    const maxRows = options.maxRows ?? Infinity;
    let used = lines.join('\n').length;
    let shown = 0;
    for (const service of services) {
        const row = serviceRow(service);
        if (shown >= maxRows || used + row.length + 1 > (options.budget ?? Infinity))
            break;
        lines.push(row);
        used += row.length + 1;
        shown++;
    }
    const left = services.length - shown;
    if (left > 0) {
        lines.push('', `… ${left} more service${left === 1 ? '' : 's'} (${shown} of ${services.length} shown): ${options.elsewhere}.`);
    }
    return lines;
}

// EXTERNAL MODULE: ./src/report/trust.ts
var trust = __webpack_require__(90044);
;// CONCATENATED MODULE: ./src/report/markdown-summary.ts
// summary.md: the figures as a Markdown table, fit for a terminal and an Actions job summary.





/** T2–T4 and a shallow clone: a withheld tier says why in a few words; no value and no reason, "–". */
const WITHHELD_CELL = {
    'too-few': 'too few to rate',
    'assumed-deployments': 'not rated: deployments assumed',
    'history-ends-before-window': 'not rated: history ends before the window',
    'shallow-history': 'not rated: shallow clone',
    'history-begins-in-window': 'not rated: history begins in the window',
};
function tierText(metric) {
    if (metric.tier)
        return metric.tier;
    return metric.tierWithheld ? WITHHELD_CELL[metric.tierWithheld] : '–';
}
/** N1: a comparison that cannot be made names the side without a value. */
function trendText(trend, format) {
    if (!trend)
        return '–';
    if (trend.current === null && trend.previous !== null)
        return 'no value in this window';
    if (trend.previous === null && trend.current !== null)
        return 'no value in the previous window';
    if (trend.label === null || trend.change === null)
        return '–';
    if (trend.label === 'same')
        return 'same';
    const sign = trend.change > 0 ? '+' : trend.change < 0 ? '−' : '±';
    return `${trend.label} (${sign}${format(Math.abs(trend.change))})`;
}
const hours = (h) => (0,format/* formatDuration */.a3)(h);
/** A change of a weekly rate in the largest unit it shows in: +0.02/week prints as +1/year, not +0/week. */
const perWeek = (weekly) => (0,format/* formatNumber */.ZV)(weekly) !== '0'
    ? `${(0,format/* formatNumber */.ZV)(weekly)}/week`
    : (0,format/* formatNumber */.ZV)((weekly * 365.25) / 84) !== '0'
        ? `${(0,format/* formatNumber */.ZV)((weekly * 365.25) / 84)}/month`
        : `${(0,format/* formatNumber */.ZV)((weekly * 365.25) / 7)}/year`;
const percentPoints = (share) => `${(0,format/* formatNumber */.ZV)(share * 100)} pts`;
function summaryRows(report) {
    const { dora, flow, trends } = report;
    // N1: a previous window before the history is compared with nothing, and the cell says why.
    const noPrevious = report.previous.beforeHistory
        ? `history begins ${(0,format/* formatDate */.Yq)(report.dataQuality.historyBegins)}`
        : null;
    const compare = (trend, format) => noPrevious ?? trendText(trend, format);
    const rows = [
        {
            metric: 'Deployment frequency',
            rule: 'D4',
            value: (0,format/* formatDeployRate */.jO)(dora.deploymentFrequency.perDay, dora.deploymentFrequency.count),
            tier: tierText(dora.deploymentFrequency),
            trend: compare(trends.deploymentFrequency, perWeek),
            sample: (0,format/* plural */.LS)(dora.deploymentFrequency.count, 'deployment'),
        },
        {
            metric: 'Lead time for changes',
            rule: 'L4',
            value: (0,format/* formatDuration */.a3)(dora.leadTime.medianHours),
            tier: tierText(dora.leadTime),
            trend: compare(trends.leadTime, hours),
            sample: `${(0,format/* plural */.LS)(dora.leadTime.changes, 'change')}; p90 ${(0,format/* formatDuration */.a3)(dora.leadTime.p90Hours)}`,
        },
        {
            metric: 'Change failure rate',
            rule: 'C3',
            value: (0,format/* formatPercent */.l9)(dora.changeFailureRate.rate),
            tier: tierText(dora.changeFailureRate),
            trend: compare(trends.changeFailureRate, percentPoints),
            sample: `${(0,format/* formatNumber */.ZV)(dora.changeFailureRate.failed)} of ${(0,format/* plural */.LS)(dora.changeFailureRate.deployments, 'deployment')}`,
        },
        {
            metric: 'Time to restore',
            rule: 'R1',
            value: (0,format/* formatDuration */.a3)(dora.timeToRestore.medianHours),
            tier: tierText(dora.timeToRestore),
            trend: compare(trends.timeToRestore, hours),
            sample: `${dora.timeToRestore.restored} restored, ${dora.timeToRestore.unrestored} open`,
        },
        {
            metric: 'Deployment rework rate',
            rule: 'C4',
            value: (0,format/* formatPercent */.l9)(dora.reworkRate.rate),
            tier: '–',
            trend: compare(trends.reworkRate, percentPoints),
            sample: `${(0,format/* formatNumber */.ZV)(dora.reworkRate.rework)} of ${(0,format/* plural */.LS)(dora.reworkRate.deployments, 'deployment')}`,
        },
    ];
    if (flow) {
        rows.push({
            metric: 'Cycle time',
            rule: 'F2',
            value: (0,format/* formatDuration */.a3)(flow.cycleTime.medianHours),
            tier: '–',
            trend: compare(trends.cycleTime, hours),
            sample: (0,format/* plural */.LS)(flow.throughput.merged, 'pull request'),
        }, {
            metric: 'Throughput',
            rule: 'F1',
            value: `${(0,format/* formatNumber */.ZV)(flow.throughput.perWeek)} pull requests a week`,
            tier: '–',
            trend: compare(trends.throughput, perWeek),
            sample: `${flow.throughput.merged} merged`,
        }, {
            metric: 'Flow efficiency',
            rule: 'F4',
            value: (0,format/* formatPercent */.l9)(flow.efficiency),
            tier: '–',
            trend: compare(trends.flowEfficiency, percentPoints),
            sample: 'reviewed and shipped pull requests',
        });
    }
    return rows;
}
/** T2–T4, D2: the report's trust line, when a tier is withheld or the deployments are assumed. */
function trustLines(report, shape) {
    const line = (0,trust/* buildTrustLine */.h)(report, { autoNote: false });
    return line === null ? [] : shape(line);
}
/** One table row; every cell through the one escaper (markdown-text.ts), ours as well as hostile ones. */
function markdownRow(cells) {
    return `| ${cells.map(markdown_text/* markdownCell */.UZ).join(' | ')} |`;
}
/** A job summary holds 1 MiB; the services' table keeps well inside it whatever the configuration. */
const SUMMARY_SERVICES_BUDGET = 200_000;
/** The services' table, only when a configuration declares services. */
function servicesSection(report, limits = { budget: SUMMARY_SERVICES_BUDGET }) {
    const services = report.context?.services;
    if (!services?.length)
        return [];
    return [
        '',
        `**Services** (declared in ${(0,markdown_text/* markdownCell */.UZ)(report.context?.configFile ?? 'the configuration')})`,
        '',
        ...servicesTable(services, { ...limits, elsewhere: 'every service is in the full report' }),
        '',
        trendNote(report.window.days),
    ];
}
function markdownSummary(report) {
    const { repository, window, source, benchmarks } = report;
    const lines = [
        `## DORA and flow metrics: ${(0,markdown_text/* markdownCell */.UZ)(`${repository.owner}/${repository.name}`)}`,
        '',
        `${(0,format/* formatWindow */.A4)(window.since, window.until)} (${window.days} days) · deployments from ${(0,markdown_text/* markdownCode */.D9)(source.deployments)} · tiers from ${(0,markdown_text/* markdownCell */.UZ)(benchmarks.name)}`,
        '',
        ...trustLines(report, (line) => [`> ${(0,markdown_text/* markdownCell */.UZ)(line)}`, '']),
        '| Metric | Value | Tier | Against the previous window | Sample |',
        '| --- | --- | --- | --- | --- |',
        ...summaryRows(report).map((row) => markdownRow([`${row.metric} (${row.rule})`, row.value, row.tier, row.trend, row.sample])),
    ];
    if (report.flow === null)
        lines.push('', 'Flow metrics need pull requests; this history has commits only.');
    lines.push(...servicesSection(report));
    // the strongest relation with the business's own numbers, or none.
    const business = (0,words/* businessLine */.d)(report.business, markdown_text/* markdownCell */.UZ);
    if (business)
        lines.push('', business);
    const notes = report.dataQuality.notes;
    if (notes.length)
        lines.push('', '**What was left out**', '', ...notes.map((note) => `- ${(0,markdown_text/* markdownCell */.UZ)(note)}`));
    return `${lines.join('\n')}\n`;
}
/** The same rows as aligned plain text for a terminal. */
function textTable(report) {
    const rows = summaryRows(report);
    const header = ['Metric', 'Value', 'Tier', 'vs previous', 'Sample'];
    const table = [header, ...rows.map((r) => [`${r.metric} (${r.rule})`, r.value, r.tier, r.trend, r.sample])];
    const widths = header.map((_, col) => Math.max(...table.map((row) => row[col].length)));
    const lines = table.map((row) => row
        .map((text, col) => text.padEnd(widths[col]))
        .join('  ')
        .trimEnd());
    lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
    const { window, source } = report;
    return [
        `${report.repository.owner}/${report.repository.name}: ${(0,format/* formatWindow */.A4)(window.since, window.until)}, deployments from ${source.deployments} (${source.reason})`,
        ...trustLines(report, (line) => [line]),
        ...lines,
        ...(report.flow === null ? ['Flow metrics need pull requests; this history has commits only.'] : []),
        ...report.dataQuality.notes.map((note) => `· ${note}`),
    ].join('\n');
}


/***/ }),

/***/ 47141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   UZ: () => (/* binding */ markdownCell),
/* harmony export */   iQ: () => (/* binding */ markdownLink)
/* harmony export */ });
// The one way the product puts text into Markdown (summary.md, the job summary, the pull request
// comment): every table cell, list item and inline name goes through markdownCell, a code span
// through markdownCode, a link through markdownLink. Names, titles, labels, environment names and
// addresses come from GitHub and users' files: hostile text, which must render as itself.
/** U+2060 WORD JOINER: invisible, and breaks the words GitHub turns into links after rendering. */
const JOINER = '\u2060';
/**
 * Text made inert inside a Markdown table cell or a line of prose:
 * - line and paragraph breaks (and tabs) become spaces: a row is one line;
 * - the punctuation that starts emphasis, code, a link, an image, HTML, an entity, strikethrough,
 *   math or a heading is backslash-escaped (`\ | * _ \` [ ] < > & ~ $ #`), pipes included, which
 *   would end the cell;
 * - what GFM or GitHub would turn into a link is broken: `@name` (a mention, which notifies) and
 *   `a@b.c` by a word joiner after `@`; `#12` and `GH-12` (a reference) by one before the number;
 *   `https://` by escaping the colon; `www.` by escaping the dot;
 * - a list or block marker at the start (`-`, `+`, `1.`, `1)`, `=`) is escaped, so that a list
 *   item stays one item.
 */
function markdownCell(text) {
    return text
        .replace(/[\r\n\t\v\f\u0085\u2028\u2029]+/g, ' ')
        .trim()
        .replace(/[\\|*_`[\]<>&~$#]/g, (c) => `\\${c}`)
        .replace(/@/g, `@${JOINER}`)
        .replace(/(#|\bGH-)(?=\d)/gi, `$1${JOINER}`)
        .replace(/:(?=\/)/g, '\\:')
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/^([-+](?=\s|$)|=|\d+(?=[.)](?:\s|$)))/, (marker) => /^\d/.test(marker) ? `${marker}\\` : `\\${marker}`);
}
/**
 * Text shown as inline code (a deployment source such as `tags:^v\d+$`): inside a code span no
 * escape works, so the fence is one backtick longer than the longest run of backticks in the text,
 * padded with a space when the text starts or ends with a backtick. Not for a table cell (a pipe
 * would end the cell there).
 */
function markdownCode(text) {
    const flat = text.replace(/[\r\n\t\v\f\u0085\u2028\u2029]+/g, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat.trim() === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/**
 * A link to an http(s) address; the label escaped as a cell. An address that could end the link
 * early or start HTML (spaces, parentheses, angle brackets, quotes, backslashes, pipes) has those
 * characters percent-encoded; anything that is not an http(s) address gives the label alone.
 */
function markdownLink(label, url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return markdownCell(label);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return markdownCell(label);
    const safe = parsed.href.replace(/[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${markdownCell(label)}](${safe})`;
}


/***/ }),

/***/ 90044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ describeSource),
/* harmony export */   h: () => (/* binding */ buildTrustLine)
/* harmony export */ });
/* harmony import */ var _metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50923);
/* harmony import */ var _metrics_stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54522);
/* harmony import */ var _translate_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56835);



const RATED = [
    {
        key: 'deploymentFrequency',
        name: 'deployment frequency',
        sample: (d) => (0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(d.deploymentFrequency.count, 'deployment'),
    },
    {
        key: 'leadTime',
        name: 'lead time',
        sample: (d) => `${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(d.leadTime.changes, 'shipped change')}; a tier needs 5`,
    },
    {
        key: 'changeFailureRate',
        name: 'change failure rate',
        sample: (d) => `${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(d.changeFailureRate.deployments, 'deployment')}; a tier needs 10`,
    },
    {
        key: 'timeToRestore',
        name: 'time to restore',
        sample: (d) => `${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(d.timeToRestore.restored, 'restored failure')}; a tier needs 3`,
    },
];
function withheldBy(d, reason) {
    return RATED.filter(({ key }) => d[key].tierWithheld === reason).map(({ key }) => key);
}
/** "environment:production" → "GitHub deployments to production", as a reader says it. */
function describeSource(source) {
    const [kind, ...rest] = source.split(':');
    const arg = rest.join(':');
    switch (kind) {
        case 'environment':
            return `GitHub deployments to ${arg || 'production'}`;
        case 'releases':
            return 'GitHub releases';
        case 'tags':
            if (arg === _metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .PACKAGE_TAG_PATTERN */ .rr)
                return 'package release tags (name@1.2.3, name-v1.2.3)';
            if (arg === _metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TAG_PATTERN */ .o7)
                return 'version tags (v1.2.3)';
            return `tags matching ${arg}`;
        case 'workflow':
            return `successful runs of the workflow ${arg}`;
        case 'merges':
            return 'merges into the default branch';
        default:
            return source;
    }
}
/** The source as --source takes it, unless it is too long to read in a sentence (the package pattern). */
function sourceInParentheses(source) {
    const named = source === `tags:${_metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .PACKAGE_TAG_PATTERN */ .rr}` || source === `tags:${_metrics_sources_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TAG_PATTERN */ .o7}`;
    return named || source.length > 40 ? '' : ` (${source})`;
}
/** The day after `time`'s UTC date, as --until takes it: "2026-10-05". */
function dayAfter(time) {
    const date = new Date(time);
    date.setUTCHours(0, 0, 0, 0);
    date.setUTCDate(date.getUTCDate() + 1);
    return date.toISOString().slice(0, 10);
}
/** D2/T3: the --source to try instead of merges, from what auto saw. */
function suggestedSource(report) {
    const top = report.source.packages?.[0];
    if (top)
        return `--source '${top.source}', the tags of ${top.name}, the most released package`;
    const tagged = report.source.tried.find((t) => t.source.startsWith('tags:') && (t.tags ?? 0) > 0);
    if (tagged)
        return `--source '${tagged.source}', whose ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(tagged.tags ?? 0, 'tag')} this history holds`;
    return `--source 'tags:^v\\d+', --source environment:NAME or --source workflow:deploy.yml`;
}
/**
 * The sentences that apply, in order of weight: T4, T3, shallow, T2, auto. null: nothing to say.
 * `autoNote: false` leaves out the note on a source auto found (summary.md and the terminal say
 * the source on their first line already).
 */
function buildTrustLine(report, options = {}) {
    const d = report.dora;
    const sentences = [];
    const ends = report.dataQuality.historyEnds;
    if (withheldBy(d, 'history-ends-before-window').length > 0) {
        const date = ends ? (0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(ends) : 'no recorded date';
        const until = ends ? ` --until ${dayAfter(ends)}` : ' an earlier --until';
        sentences.push(`The history ends on ${date}, before this window begins, so these figures earn no tier: pass${until} or fetch the newer history.`);
    }
    if (report.source.assumed) {
        sentences.push(`Deployments are assumed: nothing in this history says when code reached production, so these figures describe merging, not releasing, and earn no tier. Name the real source with --source (for example ${suggestedSource(report)}).`);
    }
    if (report.dataQuality.shallowHistory) {
        sentences.push('This clone is shallow, so lead times are cut and earn no tier: fetch the full history (git fetch --unshallow --tags).');
    }
    if (report.previous.beforeHistory === true)
        sentences.push(youngHistory(report));
    const few = RATED.filter(({ key }) => d[key].tierWithheld === 'too-few');
    if (few.length > 0) {
        const names = few.map(({ name, sample }) => `${name} (${sample(d)})`);
        sentences.push(`Too few to rate: ${joinWords(names)} ${few.length === 1 ? 'earns' : 'earn'} no tier; a longer window (--days) gives a larger sample.`);
    }
    if ((options.autoNote ?? true) && report.source.requested === 'auto' && !report.source.assumed) {
        sentences.push(`Deployments are the ${describeSource(report.source.deployments)} that auto chose${sourceInParentheses(report.source.deployments)}; if production is released another way, name it with --source.`);
    }
    return sentences.length ? sentences.join(' ') : null;
}
/** N1's open case: a history that begins after the previous window, maybe inside this one. */
function youngHistory(report) {
    const begins = report.dataQuality.historyBegins;
    const into = Math.floor((Date.parse(begins) - Date.parse(report.window.since)) / _metrics_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO);
    const rates = into > 0 && begins < report.window.until
        ? `, ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(into, 'day')} into this window, so its rates (deployments and merges a week) count the days before it${report.dora.deploymentFrequency.tierWithheld === 'history-begins-in-window' ? ' and deployment frequency earns no tier' : ''}`
        : '';
    return `The history begins on ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(begins)}${rates}: nothing is compared with the previous ${report.previous.window.days} days.`;
}
function joinWords(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}


/***/ }),

/***/ 33189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ authorsOf),
/* harmony export */   Fr: () => (/* binding */ currencyOf),
/* harmony export */   I_: () => (/* binding */ industryOf),
/* harmony export */   PC: () => (/* binding */ labelsOf),
/* harmony export */   a5: () => (/* binding */ moneyOf),
/* harmony export */   n8: () => (/* binding */ wholeDays),
/* harmony export */   nR: () => (/* binding */ timeOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55285);
/* harmony import */ var _metrics_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97488);
/* harmony import */ var _metrics_authors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53185);
/* harmony import */ var _metrics_industry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60511);
// The run's configuration: one typed, readonly Config built once, from the command line's flags
// (cli-flags.ts) or the Action's inputs (action/inputs.ts), and the parsers of the values both take.





function wholeDays(value, input = 'days') {
    if (value === undefined)
        return _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.days;
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 3650) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${input}: ${JSON.stringify(value)} is not a whole number of days from 1 to 3650 (for example 90)`);
    }
    return Number(value);
}
/** A time a user wrote; one without an offset is UTC (metrics/time.ts utcTimeOf), as the README says. */
function timeOf(flag, value) {
    if (value === undefined)
        return undefined;
    const ms = (0,_metrics_time_js__WEBPACK_IMPORTED_MODULE_4__/* .utcTimeOf */ .r5)(value);
    if (!Number.isFinite(ms)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${flag}: ${JSON.stringify(value)} is not an ISO 8601 time (for example 2026-03-01T00:00:00Z; a time without an offset is UTC)`);
    }
    return new Date(ms);
}
function labelsOf(value, input = 'incident-labels') {
    if (value === undefined)
        return [..._defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.incidentLabels];
    const labels = value
        .split(',')
        .map((label) => label.trim())
        .filter(Boolean);
    if (labels.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${input}: ${JSON.stringify(value)} names no label (expected a comma-separated list, for example incident,outage)`);
    }
    return labels;
}
/** L5: `a,b` or one login a line; `bots` stands for every [bot] login. Undefined when not given. */
function authorsOf(value, input = 'exclude-authors') {
    if (value === undefined)
        return undefined;
    try {
        return (0,_metrics_authors_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAuthorList */ .jg)(value);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${input}: ${error.message}`);
    }
}
/** P4: one of the dora-2025 industry keys. */
function industryOf(value, input = 'industry') {
    if (value === undefined)
        return undefined;
    const key = value.trim();
    if (!(0,_metrics_industry_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndustryKey */ .a7)(key))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${input}: ${(0,_metrics_industry_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownIndustry */ .hR)(value)}`);
    return key;
}
function moneyOf(value, input = 'downtime-cost-per-hour') {
    if (value === undefined || value.trim() === '')
        return undefined;
    const amount = Number(value);
    if (!Number.isFinite(amount) || amount < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${input}: ${JSON.stringify(value)} is not an amount of money of 0 or more (for example 5000)`);
    }
    return amount;
}
function currencyOf(value, input = 'currency') {
    if (value === undefined || value.trim() === '')
        return _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.currency;
    const code = value.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${input}: ${JSON.stringify(value)} is not a three-letter currency code (for example USD or EUR)`);
    }
    return code;
}


/***/ }),

/***/ 56835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ formatWindow),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   V5: () => (/* binding */ NO_DATA),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   jO: () => (/* binding */ formatDeployRate),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   lJ: () => (/* binding */ durationUnit),
/* harmony export */   r6: () => (/* binding */ formatDateTime),
/* harmony export */   up: () => (/* binding */ formatMoney),
/* harmony export */   zz: () => (/* binding */ formatOneIn)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

// Plain-words formatting shared by the translation, the view model and the Handlebars helpers.
// Pure: no clock, no locale from the environment (every format names its locale and UTC).
const NO_DATA = 'no data';
function trimmed(value, digits) {
    const fixed = value.toFixed(digits);
    return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
/** One decimal below 10, whole numbers above: "2.3", "19", "1,204". */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return NO_DATA;
    if (Math.abs(value) < 10)
        return trimmed(value, 1);
    return Math.round(value).toLocaleString('en-US');
}
/** The noun agrees with the number as printed: 1.04 prints "1", so "1 day", not "1 days". */
function plural(count, singular, pluralForm = `${singular}s`) {
    const shown = formatNumber(count);
    return `${shown} ${shown === '1' ? singular : pluralForm}`;
}
/** S2: durations are hours; say them in the largest unit that keeps the number readable. */
function formatDuration(hours) {
    if (hours === null || hours === undefined || !Number.isFinite(hours))
        return NO_DATA;
    const h = Math.max(0, hours);
    if (h * 60 < 1)
        return 'under a minute';
    // 59.97 minutes rounds to 60: say "1 hour", not "60 minutes"
    if (Math.round(h * 60) < 60)
        return plural(Math.round(h * 60), 'minute');
    if (h < 48)
        return plural(h < 10 ? Math.round(h * 10) / 10 : Math.round(h), 'hour');
    const days = h / 24;
    if (days < 14)
        return plural(Math.round(days * 10) / 10, 'day');
    const weeks = days / 7;
    if (weeks < 9)
        return plural(Math.round(weeks * 10) / 10, 'week');
    return plural(Math.round((days / 30.44) * 10) / 10, 'month');
}
/** The unit formatDuration says `hours` in: a sentence's words must agree with it. */
function durationUnit(hours) {
    const h = Math.max(0, hours);
    if (Math.round(h * 60) < 60)
        return 'minutes';
    if (h < 48)
        return 'hours';
    if (h / 24 < 14)
        return 'days';
    if (h / 24 / 7 < 9)
        return 'weeks';
    return 'months';
}
/**
 * A share 0..1 as a percentage: one decimal below 10 %, whole above. A share that is neither 0 nor
 * 1 never reads "0%" or "100%": "under 0.1%", "over 99%".
 */
function formatPercent(share) {
    if (share === null || share === undefined || !Number.isFinite(share))
        return NO_DATA;
    const pct = share * 100;
    if (pct > 0 && pct < 0.05)
        return 'under 0.1%';
    if (pct >= 99.5 && pct < 100)
        return 'over 99%';
    return `${Math.abs(pct) < 10 ? trimmed(pct, 1) : Math.round(pct)}%`;
}
/** D4: "2.3 deploys a week", "4 deploys a day", "1 deploy every 3 weeks". */
function formatDeployRate(perDay, count) {
    if (count === 0)
        return 'no deployments';
    const perWeek = perDay * 7;
    if (perDay >= 1)
        return `${plural(perDay, 'deploy')} a day`;
    if (perWeek >= 1)
        return `${plural(perWeek, 'deploy')} a week`;
    const everyWeeks = 1 / perWeek;
    if (everyWeeks < 9)
        return `1 deploy every ${plural(Math.round(everyWeeks * 10) / 10, 'week')}`;
    return `1 deploy every ${plural(Math.round((everyWeeks * 7) / 30.44), 'month')}`;
}
/**
 * "about 1 in 8" for a rate, so a reader can picture it; above two in three, "about 7 in 10",
 * "nearly all" or "all" (never "1 in 1" for a rate below 1).
 */
function formatOneIn(rate) {
    if (!(rate > 0))
        return null;
    if (rate >= 1)
        return 'all';
    if (Math.round(1 / rate) > 1)
        return `about 1 in ${formatNumber(Math.round(1 / rate))}`;
    const tenths = Math.round(rate * 10);
    return tenths >= 10 ? 'nearly all' : `about ${tenths} in 10`;
}
/** ISO 4217 code; Intl rejects unknown codes, which is the user's mistake to name. */
function formatMoney(amount, currency) {
    let formatter;
    try {
        formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`currency: "${currency}" is not a currency code (expected ISO 4217, for example USD or EUR)`);
    }
    return formatter.format(Math.round(amount));
}
// Made on first use: building an Intl formatter loads locale data, which costs a run that prints
// only JSON some 15 ms of start-up.
let formats = null;
function utcFormats() {
    formats ??= {
        date: new Intl.DateTimeFormat('en-GB', {
            timeZone: 'UTC',
            day: 'numeric',
            month: 'short',
            year: 'numeric',
        }),
        time: new Intl.DateTimeFormat('en-GB', {
            timeZone: 'UTC',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
        }),
    };
    return formats;
}
function toDate(value) {
    if (value === null || value === undefined)
        return null;
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
}
/** "3 Jul 2026" (UTC, W1). */
function formatDate(value) {
    const date = toDate(value);
    return date ? utcFormats().date.format(date) : NO_DATA;
}
/** "3 Jul 2026, 14:05 UTC". */
function formatDateTime(value) {
    const date = toDate(value);
    return date ? `${utcFormats().date.format(date)}, ${utcFormats().time.format(date)} UTC` : NO_DATA;
}
/** The window [since, until) as the reader sees it: the last day shown is the day before `until` at midnight. */
function formatWindow(since, until) {
    const end = toDate(until);
    const lastDay = end && end.getUTCHours() + end.getUTCMinutes() + end.getUTCSeconds() === 0
        ? new Date(end.getTime() - 1)
        : end;
    return `${formatDate(since)} – ${formatDate(lastDay)}`;
}


/***/ })

};
