export const id = 882;
export const ids = [882];
export const modules = {

/***/ 71404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ sectionId),
/* harmony export */   Mr: () => (/* binding */ CSV_FOLDER),
/* harmony export */   TJ: () => (/* binding */ sectionUrl),
/* harmony export */   Uc: () => (/* binding */ METHODOLOGY_PAGE),
/* harmony export */   yW: () => (/* binding */ tableOfContents)
/* harmony export */ });
// The page's stable anchors: every section and every metric card has an id that the table of
// contents, the pull request comment and the job summary link to (report URL + "#" + id). Changing
// one breaks links already posted in pull requests, so they live here, named once.
const sectionId = {
    glance: 'at-a-glance',
    dora: 'dora',
    metric: (key) => `metric-${key}`,
    history: 'history',
    flow: 'flow',
    flowCycle: 'flow-cycle',
    flowThroughput: 'flow-throughput',
    flowEfficiency: 'flow-efficiency',
    flowMix: 'flow-mix',
    impact: 'impact',
    business: 'business',
    context: 'context-business',
    insights: 'context-insights',
    health: 'context-health',
    records: 'drilldown',
    quality: 'data-quality',
    about: 'about',
};
/** The table of contents: the sections this report has, in page order, and the methodology's page. */
function tableOfContents(has) {
    const entries = [
        [true, sectionId.dora, 'DORA keys'],
        [true, sectionId.flow, 'Flow'],
        [true, sectionId.impact, 'Business impact'],
        [has.business, sectionId.business, 'Business measures'],
        [has.context && has.declared, sectionId.context, 'Services and peaks'],
        [has.context, sectionId.insights, 'Bottlenecks'],
        [has.context, sectionId.health, 'Engineering health'],
        [true, sectionId.records, 'Records'],
        [true, sectionId.quality, 'Data quality'],
    ];
    return [
        ...entries.filter(([shown]) => shown).map(([, id, text]) => ({ href: `#${id}`, text })),
        { href: METHODOLOGY_PAGE, text: 'Methodology' },
    ];
}
/** Every table of the page as a CSV file, in this folder beside index.html (csv.ts). */
const CSV_FOLDER = 'csv';
/** The methodology's own page, beside index.html. */
const METHODOLOGY_PAGE = 'methodology.html';
/** `https://…/report/#metric-leadTime`: a link to one section of the published report. */
function sectionUrl(reportUrl, id) {
    return `${reportUrl.replace(/#.*$/, '')}#${id}`;
}


/***/ }),

/***/ 16057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ createHandlebars)
});

// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(88508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/translate/format.ts
var format = __webpack_require__(56835);
// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(55285);
;// CONCATENATED MODULE: ./src/report/safe-json.ts
// JSON for a <script type="application/json"> element. `<`, `>` and `&` become \u escapes so that
// `</script>` and `<!--` in GitHub text cannot end or change the element; U+2028 and U+2029 too,
// because older JavaScript parsers treat them as line ends.
const ESCAPES = {
    '<': '\\u003c',
    '>': '\\u003e',
    '&': '\\u0026',
    '\u2028': '\\u2028',
    '\u2029': '\\u2029',
};
function jsonForScriptElement(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c]);
}

;// CONCATENATED MODULE: ./src/report/helpers.ts
// The Handlebars helpers, all in one place, on a private instance (never the global one):
// durations, rates, money, dates, and the JSON data element. Each formats through translate/format.ts
// so that a custom template (--template-dir) words figures the way the built-in one does.




const asNumber = (value) => typeof value === 'number' && Number.isFinite(value) ? value : null;
const asTime = (value) => typeof value === 'string' || value instanceof Date ? value : null;
function createHandlebars() {
    const hbs = lib_default().create();
    // Helpers return plain strings, so Handlebars escapes them like any other value.
    hbs.registerHelper('duration', (hours) => (0,format/* formatDuration */.a3)(asNumber(hours)));
    hbs.registerHelper('percent', (share) => (0,format/* formatPercent */.l9)(asNumber(share)));
    hbs.registerHelper('number', (value) => {
        const n = asNumber(value);
        return n === null ? '' : (0,format/* formatNumber */.ZV)(n);
    });
    hbs.registerHelper('deployRate', (perDay, count) => (0,format/* formatDeployRate */.jO)(asNumber(perDay) ?? 0, asNumber(count) ?? 0));
    hbs.registerHelper('money', (amount, currency) => {
        const n = asNumber(amount);
        return n === null ? '' : (0,format/* formatMoney */.up)(n, typeof currency === 'string' ? currency : defaults/* DEFAULTS */.z.currency);
    });
    hbs.registerHelper('date', (value) => (0,format/* formatDate */.Yq)(asTime(value)));
    hbs.registerHelper('dateTime', (value) => (0,format/* formatDateTime */.r6)(asTime(value)));
    hbs.registerHelper('eq', (a, b) => a === b);
    // The first rule a methodology entry cites ("D1–D4" → D1), on the definitions page beside the report.
    hbs.registerHelper('ruleHref', (rules) => {
        const first = /\b([A-Z]\d+)\b/.exec(typeof rules === 'string' ? rules : '');
        return first ? `definitions.html#rule-${first[1]}` : 'definitions.html';
    });
    // The one SafeString: JSON whose <, >, &, U+2028 and U+2029 are \u escapes (safe-json.ts).
    hbs.registerHelper('jsonScript', (value) => new hbs.SafeString(jsonForScriptElement(value)));
    return hbs;
}


/***/ }),

/***/ 4278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ customTemplateDir),
/* harmony export */   XM: () => (/* binding */ defaultTemplateDir),
/* harmony export */   lp: () => (/* binding */ chartJsPath),
/* harmony export */   v3: () => (/* binding */ templateFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
// Where the templates and Chart.js are, relative to the running code (STYLE.md habit 13): in the
// bundle, dist/templates and dist/vendor beside dist/cli.js; from source, <repo>/templates and
// <repo>/node_modules/chart.js. Never process.cwd(), which is the user's workspace in an Action.




// Built from segments at run time so that the bundler's asset relocation leaves them alone.
const segments = {
    templates: ['templates'],
    chart: ['chart.js', 'dist', 'chart.umd.min.js'],
};
function here() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
}
function firstExisting(candidates, what) {
    const found = candidates.find((candidate) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate));
    if (!found)
        throw new Error(`report: cannot find ${what}; looked in ${candidates.join(', ')}`);
    return found;
}
function defaultTemplateDir() {
    const dir = here();
    // dist/lib/ (the bundle both entries share), dist/, src/report/ (tests and development)
    const candidates = [
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ...segments.templates),
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '..', ...segments.templates),
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '..', '..', ...segments.templates),
    ];
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(firstExisting(candidates.map((d) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, 'layout.hbs')), 'the templates folder (layout.hbs)'));
}
/**
 * A user's template folder (`--template-dir`, the `template-dir` input): a copy of templates/ that
 * must at least have layout.hbs, overriding the built-in files one by one. Undefined: the folder
 * the user gave (resolved), or null for none; it throws the one error for a folder that is not one.
 */
function customTemplateDir(templateDir) {
    if (templateDir === undefined)
        return null;
    const custom = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(templateDir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(custom, 'layout.hbs'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`template-dir: "${templateDir}" has no layout.hbs (expected a copy of the templates folder)`);
    }
    return custom;
}
/** The path of a template file (relative to templates/): the user's copy when it has one. */
function templateFile(custom, file) {
    return custom !== null && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(custom, file))
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(custom, file)
        : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(defaultTemplateDir(), file);
}
function chartJsPath() {
    const dir = here();
    const file = segments.chart[segments.chart.length - 1];
    return firstExisting([
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'vendor', file),
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '..', 'vendor', file),
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '..', '..', 'node_modules', ...segments.chart),
    ], 'chart.umd.min.js');
}


/***/ }),

/***/ 63882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderReport: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: cssString, renderMethodologyHtml, renderReportHtml

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/helpers.ts + 1 modules
var helpers = __webpack_require__(16057);
// EXTERNAL MODULE: ./src/report/paths.ts
var paths = __webpack_require__(4278);
// EXTERNAL MODULE: ./src/report/anchors.ts
var report_anchors = __webpack_require__(71404);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var sync = __webpack_require__(96789);
;// CONCATENATED MODULE: ./src/report/csv.ts
// Every table of the report as a CSV file in csv/ beside index.html (RFC 4180: CRLF between
// records, fields quoted when they hold a comma, a quote or a line break). Everything in them came
// from GitHub or a user's files, so a cell that a spreadsheet would run as a formula (one starting
// with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe: the sheet
// shows it as text. A plain number ("-3", "12.5") is left as it is.



const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
/** A cell as a spreadsheet must read it: text that cannot start a formula. */
function neutralise(cell) {
    const text = cell === null ? '' : String(cell);
    return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
/** The file's text: a byte-order mark (so that Excel reads UTF-8), the header, the records. */
function csvText(headers, rows) {
    return (0,sync/* stringify */.A)([headers, ...rows].map((row) => row.map(neutralise)), { bom: true, record_delimiter: 'windows' });
}
/** "Deployments per week" → "deployments-per-week", unique among `taken`. */
function csvFileName(title, taken) {
    const slug = title
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60)
        .replace(/-+$/, '') || 'table';
    let name = slug;
    for (let n = 2; taken.has(name); n++)
        name = `${slug}-${n}`;
    taken.add(name);
    return `${report_anchors/* CSV_FOLDER */.Mr}/${name}.csv`;
}

// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(55285);
// EXTERNAL MODULE: ./src/translate/format.ts
var format = __webpack_require__(56835);
;// CONCATENATED MODULE: ./src/translate/tiers.ts

const TIER_WORDS = {
    elite: { word: 'Elite', icon: '★★★★' },
    high: { word: 'High', icon: '★★★☆' },
    medium: { word: 'Medium', icon: '★★☆☆' },
    low: { word: 'Low', icon: '★☆☆☆' },
};
/** "dora-2023" → "DORA 2023". */
function benchmarkTitle(name, year) {
    return /^dora-\d{4}$/.test(name) ? `DORA ${year}` : `${name} (${year})`;
}
/** T3, T4 and a shallow clone: why a tier is withheld whatever the sample. */
const WITHHELD = {
    'history-ends-before-window': 'the history ends before this window starts',
    'assumed-deployments': 'the deployments are assumed from merges',
    'shallow-history': 'the clone is shallow, so lead times are cut',
    'history-begins-in-window': 'the history begins inside this window, so the rate counts days before it',
};
/** `withheld`: the engine's tierWithheld (a boolean: T2's tooFewToRate alone). */
function describeTier(tier, withheld, table, minimum) {
    if (tier) {
        const { word, icon } = TIER_WORDS[tier];
        return {
            key: tier,
            word,
            icon,
            detail: `in the ${table} table`,
            text: `${word} in the ${table} table`,
            rated: true,
        };
    }
    if (typeof withheld === 'string' && withheld !== 'too-few') {
        const detail = WITHHELD[withheld];
        return {
            key: 'unrated',
            word: 'Not rated',
            icon: '–',
            detail,
            text: `Not rated: ${detail}`,
            rated: false,
        };
    }
    if (withheld) {
        // T2: the value is still shown, only the tier is withheld.
        const detail = minimum ? `a tier needs at least ${minimum}` : 'the sample is too small for a tier';
        return {
            key: 'unrated',
            word: 'Too few to rate',
            icon: '–',
            detail,
            text: `Too few to rate: ${detail}`,
            rated: false,
        };
    }
    const detail = 'no value in this window';
    return { key: 'none', word: 'Not rated', icon: '–', detail, text: `Not rated: ${detail}`, rated: false };
}
/** N1: the engine's label decides better/worse; the arrow only says which way the number moved. */
function describeTrend(label, change, previousText, days, has, 
/** beforeHistory(report): why there is nothing to compare with */
noPrevious = null) {
    const period = `the previous ${days} days`;
    if (noPrevious !== null)
        return { label: 'none', arrow: '', text: noPrevious };
    if (label === null || change === null) {
        return { label: 'none', arrow: '', text: noComparison(period, previousText, has) };
    }
    const arrow = change > 0 ? '↑' : change < 0 ? '↓' : '=';
    const words = {
        better: `Better than ${period}`,
        worse: `Worse than ${period}`,
        same: `Same as ${period}`,
        changed: `Changed since ${period}`,
    };
    return { label, arrow, text: `${words[label]} (was ${previousText})` };
}
/**
 * N1 in the case the engine marks `previous.beforeHistory`: the previous window ends before the
 * history begins, so there is nothing to compare with (the trust line says so at length). Null otherwise.
 */
function beforeHistory(report) {
    if (report.previous.beforeHistory !== true)
        return null;
    return `No comparison: ${historyBegins(report)}`;
}
/** "the history begins on 6 Nov 2026" (dataQuality.historyBegins). */
function historyBegins(report) {
    return `the history begins on ${(0,format/* formatDate */.Yq)(report.dataQuality.historyBegins)}`;
}
/** N1 without a label: names the window that really has no value. */
function noComparison(period, previousText, has) {
    if (!has.current && !has.previous)
        return `No comparison: neither this window nor ${period} has a value`;
    if (!has.current)
        return `No comparison: this window has no value (${period} had ${previousText})`;
    if (!has.previous)
        return `No comparison: ${period} have no value (${previousText})`;
    return `No comparison with ${period} (was ${previousText})`;
}
/** N1 as the engine labelled it (report.trends[key]); computed here only when the engine has no such key. */
function trendFrom(trends, key, current, previous, direction) {
    return trends[key] ?? labelChange(current, previous, direction);
}
/** N1 fallback when the engine's trends lack a key. */
function labelChange(current, previous, direction) {
    if (current === null || previous === null)
        return { change: null, label: null };
    const change = current - previous;
    if (change === 0)
        return { change, label: 'same' };
    if (direction === 'none')
        return { change, label: 'changed' };
    const up = change > 0;
    return { change, label: (direction === 'higher') === up ? 'better' : 'worse' };
}

;// CONCATENATED MODULE: ./src/translate/downtime.ts



function windowDowntime(dora, costPerHour) {
    const restore = dora.timeToRestore;
    const hours = restore.downtimeHours;
    return {
        hours,
        events: restore.downtimeEvents,
        unrestored: restore.openEvents.length,
        open: restore.openEvents,
        openHours: restore.openDowntimeHours,
        openShare: hours > 0 ? restore.openDowntimeHours / hours : null,
        cost: hours * costPerHour,
    };
}
function validateCostPerHour(value) {
    if (!Number.isFinite(value) || value < 0) {
        throw new errors/* UserError */.y(`downtime-cost-per-hour: ${String(value)} is not a cost (expected a number of currency units, 0 or more, for example 5000)`);
    }
}
function computeDowntimeCost(report, costPerHour, currency) {
    validateCostPerHour(costPerHour);
    const current = windowDowntime(report.dora, costPerHour);
    const previous = windowDowntime(report.previous.dora, costPerHour);
    const change = current.cost - previous.cost;
    const caveats = [
        `Counts every failure event (incidents and reverted deployments) as a full outage at ${(0,format/* formatMoney */.up)(costPerHour, currency)} an hour, overlapping events once; partial outages cost less, so this is an upper bound.`,
    ];
    const open = describeOpenDowntime(current);
    // R2: the report names the events still open, since they count to the end of the window.
    if (open)
        caveats.push(`${open}.`);
    return {
        current,
        previous,
        change,
        costText: (0,format/* formatMoney */.up)(current.cost, currency),
        hoursText: `${(0,format/* formatDuration */.a3)(current.hours)} of disruption over ${(0,format/* plural */.LS)(current.events, 'failure event')}`,
        changeText: beforeHistory(report) ?? describeCostChange(current, previous, currency, report.window.days),
        caveats,
        openText: open,
    };
}
/** Hours with one decimal, whatever their size, so that a part reads against its whole: "142.9". */
function hoursFigure(hours) {
    if (hours > 0 && hours < 0.05)
        return 'under 0.1';
    return Number(hours.toFixed(1)).toLocaleString('en-US');
}
/** "incident #7" → "incident"; a mix, or an id of another shape, is a "failure event". */
function kindOf(open) {
    const kinds = new Set(open.map((event) => /^(incident|revert)\b/.exec(event.id)?.[1] ?? 'failure event'));
    return kinds.size === 1 ? [...kinds][0] : 'failure event';
}
/**
 * R2: the events still open and their share of the downtime, e.g. "1 incident still open
 * (incident #7) counts 82.6 of the 142.9 hours (58%) to the end of the window". null: none open.
 */
function describeOpenDowntime(window) {
    if (window.open.length === 0)
        return null;
    const n = window.open.length;
    const names = window.open.map((event) => event.id).join(', ');
    const share = window.openShare === null ? '' : ` (${(0,format/* formatPercent */.l9)(window.openShare)})`;
    return `${(0,format/* plural */.LS)(n, kindOf(window.open))} still open (${names}) ${n === 1 ? 'counts' : 'count'} ${hoursFigure(window.openHours)} of the ${hoursFigure(window.hours)} hours${share} to the end of the window`;
}
function describeCostChange(current, previous, currency, days) {
    const was = (0,format/* formatMoney */.up)(previous.cost, currency);
    if (current.cost === previous.cost)
        return `The same as the previous ${days} days (${was}).`;
    const diff = (0,format/* formatMoney */.up)(Math.abs(current.cost - previous.cost), currency);
    const relative = previous.cost > 0 ? ` (${(0,format/* formatPercent */.l9)(Math.abs(current.cost - previous.cost) / previous.cost)})` : '';
    return current.cost < previous.cost
        ? `Better: ${diff} less${relative} than the previous ${days} days (${was}).`
        : `Worse: ${diff} more${relative} than the previous ${days} days (${was}).`;
}

;// CONCATENATED MODULE: ./src/translate/meanings-dora.ts

/** "within 5 hours", "in under a minute" (never "within under a minute"). */
function within(hours) {
    return hours * 60 < 1 ? 'in under a minute' : `within ${(0,format/* formatDuration */.a3)(hours)}`;
}
/** "weeks" or "months", as the figure is said: words must not contradict it. */
function longSpan(hours) {
    return (0,format/* durationUnit */.lJ)(hours) === 'months' ? 'months' : 'weeks';
}
function deploymentFrequencyMeaning(m) {
    const measures = 'How often finished work reaches the people who use the product: each deployment is a moment customers can get something new or fixed.';
    if (m.count === 0) {
        return {
            measures,
            customers: 'Customers received nothing new or fixed from this repository in the window.',
            business: 'Work may be finished but it earns nothing while it waits to be released.',
            soWhat: 'Find out whether releases are blocked, or whether the deployment source is the wrong one (see the header).',
        };
    }
    if (m.perDay >= 1) {
        return {
            measures,
            customers: 'Improvements and fixes reach customers within a day of being ready.',
            business: 'The company can answer a competitor, a regulation or a customer request within a day, and run many small experiments.',
            soWhat: 'Keep releases small and routine; this speed is a competitive asset worth protecting.',
        };
    }
    if (m.perDay * 7 >= 1) {
        return {
            measures,
            customers: 'Customers see improvements every week; an urgent fix usually waits days, not weeks.',
            business: 'The business can react to the market within a week, and each release stays small enough to be low risk.',
            soWhat: 'Moving from weekly to daily releases would shorten every feedback loop with customers.',
        };
    }
    const gap = longSpan(24 / m.perDay);
    return {
        measures,
        customers: `Customers wait ${gap} between improvements, and a fix may sit finished until the next release.`,
        business: 'Finished work piles up into large releases: value arrives late, each release carries more risk, and the market moves meanwhile.',
        soWhat: 'Ask what makes a release expensive here; smaller, more frequent releases are usually both faster and safer.',
    };
}
/**
 * `hasFlow`: the report has a flow section with pull request phases to point to; a commits-only
 * history has none, so the advice names the steps instead of an empty section.
 */
function leadTimeMeaning(m, hasFlow = true) {
    const measures = 'How long a change takes from its first line of code to running in production: the delay between an idea being worked on and customers benefiting from it.';
    const h = m.medianHours;
    if (h === null) {
        return {
            measures,
            customers: 'No change reached production in the window, so there is nothing to time.',
            business: 'Without shipped changes, engineering effort is not yet turning into customer value.',
            soWhat: 'Check the data-quality section: changes may be waiting for a release.',
        };
    }
    const typical = (0,format/* formatDuration */.a3)(h);
    if (h < 24) {
        return {
            measures,
            customers: `A typical change reaches customers ${within(h)}: a reported problem can be fixed the same day.`,
            business: 'Ideas are tested against real customers quickly, and little money is tied up in unfinished work.',
            soWhat: 'The team learns from customers daily; the limit is now how well it chooses what to build.',
        };
    }
    if (h < 168) {
        return {
            measures,
            customers: `A typical change takes ${typical} to reach customers: requests are answered within the week.`,
            business: `Feedback arrives ${h < 48 ? 'within a day or two' : 'in days'}; campaigns and customer commitments can rely on changes landing within a week.`,
            soWhat: hasFlow
                ? 'The flow section shows which step holds changes longest; that is where days can be won.'
                : 'Find the step that holds changes longest (coding, review or the wait for a release); pull request histories (--repo) measure each step.',
        };
    }
    const span = h < 24 * 14 ? 'more than a week' : longSpan(h);
    return {
        measures,
        customers: `A typical change takes ${typical} to reach customers: a reported problem or a promised feature waits ${span}.`,
        business: `Paid-for work sits unfinished for ${span}, feedback comes late, and competitors who ship faster learn faster.`,
        soWhat: hasFlow
            ? 'Look at the flow section for the slowest step (often waiting for review or for a release) and fix that first.'
            : 'Find the slowest step (often waiting for review or for a release) and fix that first; pull request histories (--repo) measure each step.',
    };
}
function changeFailureMeaning(m) {
    const measures = 'The share of deployments that caused a problem needing a fix: an incident or the change being reverted.';
    const rate = m.rate;
    if (rate === null) {
        return {
            measures,
            customers: 'No deployments in the window, so no failures could happen.',
            business: 'There is nothing to judge until the team deploys.',
            soWhat: 'Come back when there are deployments in the window.',
        };
    }
    const oneIn = (0,format/* formatOneIn */.zz)(rate);
    if (rate === 0) {
        return {
            measures,
            customers: 'No deployment in the window caused a recorded problem for customers.',
            business: 'Engineering time went to planned work rather than repairs.',
            soWhat: m.tooFewToRate
                ? 'With so few deployments this is encouraging but not yet proof.'
                : 'Quality holds at this pace; the team can afford to release more often.',
        };
    }
    const share = `${(0,format/* formatPercent */.l9)(rate)} (${oneIn} deployments)`;
    if (rate <= 0.15) {
        return {
            measures,
            customers: `${share} caused a problem: customers see disruption ${rate < 0.05 ? 'rarely' : 'now and then'}.`,
            business: 'Most releases deliver as planned; some time is lost to repairs.',
            soWhat: 'Keep an eye on the trend: rising failures usually come before slower, more cautious releases.',
        };
    }
    return {
        measures,
        customers: `${share} caused a problem: customers notice breakages regularly.`,
        business: 'A large part of engineering time goes to firefighting instead of new value, releases become unpredictable, and trust suffers.',
        soWhat: 'Invest in automated tests and smaller releases; each failure avoided gives time back to planned work.',
    };
}
function timeToRestoreMeaning(m) {
    const measures = 'How long it takes, once something breaks in production, until customers are back to normal (incidents closed, bad changes reverted).';
    const h = m.medianHours;
    if (m.events === 0) {
        return {
            measures,
            customers: 'No failure events were recorded in the window.',
            business: 'No downtime to pay for; recovery speed stays untested.',
            soWhat: 'Make sure incidents are recorded as labelled issues, or this number stays silent.',
        };
    }
    if (h === null) {
        return {
            measures,
            customers: 'Failures happened but none was restored within the window: customers may still be affected.',
            business: 'Open problems cost money every hour they stay open.',
            soWhat: 'Check the failure table below for the events still open.',
        };
    }
    const typical = (0,format/* formatDuration */.a3)(h);
    if (h < 1) {
        return {
            measures,
            customers: `Service is typically back ${within(h)}: most customers barely notice a failure.`,
            business: 'Failures cost little, so the team can take reasonable risks and move fast.',
            soWhat: 'This fast recovery is what makes frequent releases safe; keep the practices that enable it.',
        };
    }
    if (h < 24) {
        return {
            measures,
            customers: `A failure typically lasts ${typical}: customers feel it ${h <= 8 ? 'within a working day' : 'for most of a day'}.`,
            business: 'Each hour of disruption can cost revenue and goodwill; see the business impact section.',
            soWhat: 'Faster detection and one-click rollback are the usual ways to bring this under an hour.',
        };
    }
    return {
        measures,
        customers: `A failure typically lasts ${typical}: customers live with a broken experience for ${brokenFor(h)}.`,
        business: 'Long outages cost revenue directly and push customers towards alternatives.',
        soWhat: 'Recovery speed deserves investment before new features: monitoring, on-call and rollback.',
    };
}
/** How long customers live with a failure, in the unit its figure is said in. */
function brokenFor(hours) {
    const unit = (0,format/* durationUnit */.lJ)(hours);
    return unit === 'hours' ? 'more than a day' : unit;
}
function reworkMeaning(m) {
    const measures = 'The share of deployments made only to fix problems customers ran into (reverts and defect fixes), rather than to deliver planned work.';
    const rate = m.rate;
    if (rate === null) {
        return {
            measures,
            customers: 'No deployments in the window.',
            business: 'Nothing to judge yet.',
            soWhat: 'Come back when there are deployments in the window.',
        };
    }
    if (rate === 0) {
        return {
            measures,
            customers: 'No deployment was an unplanned fix: customers receive planned improvements.',
            business: 'All release effort goes to the roadmap.',
            soWhat: 'Quality is not holding delivery back.',
        };
    }
    if (rate <= 0.1) {
        return {
            measures,
            customers: `Only ${(0,format/* formatPercent */.l9)(rate)} of deployments were unplanned fixes: customers mostly receive planned improvements.`,
            business: 'Almost all release effort goes to the roadmap.',
            soWhat: 'Quality is not holding delivery back.',
        };
    }
    return {
        measures,
        customers: `${(0,format/* formatPercent */.l9)(rate)} of deployments were unplanned fixes: customers often receive repairs rather than improvements.`,
        business: 'Unplanned work displaces planned work and makes roadmap dates less reliable.',
        soWhat: 'Reducing failures upstream (tests, review, smaller changes) frees this capacity for new value.',
    };
}

;// CONCATENATED MODULE: ./src/translate/dora.ts



const SPECS = {
    deploymentFrequency: {
        name: 'Deployment frequency',
        rules: 'D1–D4',
        direction: 'higher',
        figure: (d) => d.deploymentFrequency.perWeek,
        words: (d) => (0,format/* formatDeployRate */.jO)(d.deploymentFrequency.perDay, d.deploymentFrequency.count),
    },
    leadTime: {
        name: 'Lead time for changes',
        rules: 'L1–L4',
        direction: 'lower',
        figure: (d) => d.leadTime.medianHours,
        words: (d) => (0,format/* formatDuration */.a3)(d.leadTime.medianHours),
    },
    changeFailureRate: {
        name: 'Change failure rate',
        rules: 'C1–C3',
        direction: 'lower',
        figure: (d) => d.changeFailureRate.rate,
        words: (d) => (0,format/* formatPercent */.l9)(d.changeFailureRate.rate),
    },
    timeToRestore: {
        name: 'Time to restore service',
        rules: 'R1',
        direction: 'lower',
        figure: (d) => d.timeToRestore.medianHours,
        words: (d) => (0,format/* formatDuration */.a3)(d.timeToRestore.medianHours),
    },
    reworkRate: {
        name: 'Deployment rework rate',
        rules: 'C4',
        direction: 'lower',
        figure: (d) => d.reworkRate.rate,
        words: (d) => (0,format/* formatPercent */.l9)(d.reworkRate.rate),
    },
};
const DORA_KEYS = Object.keys(SPECS);
/** N1: the engine's trend (keyed by the metric's name), else computed from `previous`. */
function trendOf(report, key, spec) {
    return trendFrom(report.trends, key, spec.figure(report.dora), spec.figure(report.previous.dora), spec.direction);
}
/** T3: with assumed deployments a lead time ends at the merge, and says so. */
function leadTimeEnd(assumed) {
    return assumed ? 'merge (deployments assumed)' : 'production';
}
function valueAndSample(key, d, days, assumed) {
    const span = (p75, p90) => p75 === null
        ? null
        : `Slower cases: 1 in 4 took over ${(0,format/* formatDuration */.a3)(p75)}, 1 in 10 over ${(0,format/* formatDuration */.a3)(p90)} (p75, p90).`;
    switch (key) {
        case 'deploymentFrequency': {
            const m = d.deploymentFrequency;
            return {
                value: (0,format/* formatDeployRate */.jO)(m.perDay, m.count),
                sample: `${(0,format/* plural */.LS)(m.count, 'deployment')} in ${days} days`,
                spread: null,
            };
        }
        case 'leadTime': {
            const m = d.leadTime;
            const value = m.medianHours === null
                ? 'no shipped changes'
                : `${(0,format/* formatDuration */.a3)(m.medianHours)} from first commit to ${leadTimeEnd(assumed)}`;
            return {
                value,
                sample: `median of ${(0,format/* plural */.LS)(m.changes, 'change')} shipped in the window`,
                spread: span(m.p75Hours, m.p90Hours),
            };
        }
        case 'changeFailureRate': {
            const m = d.changeFailureRate;
            const value = m.rate === null ? 'no deployments' : `${(0,format/* formatPercent */.l9)(m.rate)} of deployments caused a failure`;
            const oneIn = m.rate ? `, ${(0,format/* formatOneIn */.zz)(m.rate)}` : '';
            return {
                value,
                sample: `${(0,format/* formatNumber */.ZV)(m.failed)} of ${(0,format/* plural */.LS)(m.deployments, 'deployment')} failed${oneIn}`,
                spread: null,
            };
        }
        case 'timeToRestore': {
            const m = d.timeToRestore;
            const value = m.medianHours === null
                ? m.events
                    ? 'nothing restored yet'
                    : 'no failures'
                : `${(0,format/* formatDuration */.a3)(m.medianHours)} to restore service`;
            const open = m.unrestored ? `, ${(0,format/* formatNumber */.ZV)(m.unrestored)} still open` : '';
            return {
                value,
                sample: `median of ${(0,format/* plural */.LS)(m.restored, 'restored failure event')} (${(0,format/* formatNumber */.ZV)(m.events)} in the window${open})`,
                spread: span(m.p75Hours, m.p90Hours),
            };
        }
        case 'reworkRate': {
            const m = d.reworkRate;
            const value = m.rate === null ? 'no deployments' : `${(0,format/* formatPercent */.l9)(m.rate)} of deployments were unplanned fixes`;
            return {
                value,
                sample: `${(0,format/* formatNumber */.ZV)(m.rework)} of ${(0,format/* plural */.LS)(m.deployments, 'deployment')}`,
                spread: null,
            };
        }
    }
}
function tierOf(key, d, table) {
    switch (key) {
        case 'deploymentFrequency':
            return describeTier(d.deploymentFrequency.tier, d.deploymentFrequency.tierWithheld, table);
        case 'leadTime':
            return describeTier(d.leadTime.tier, d.leadTime.tierWithheld, table, '5 shipped changes');
        case 'changeFailureRate':
            return describeTier(d.changeFailureRate.tier, d.changeFailureRate.tierWithheld, table, '10 deployments');
        case 'timeToRestore':
            return describeTier(d.timeToRestore.tier, d.timeToRestore.tierWithheld, table, '3 restored failure events');
        case 'reworkRate':
            return null; // DORA publishes no tiers for rework rate
    }
}
const MEANINGS = {
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
function assumedMeaning(meaning) {
    return {
        measures: meaning.measures,
        customers: 'Not known from this history: the deployments are assumed from merges, and nothing records when merged code reached customers.',
        business: 'These figures describe how often and how fast work is merged, not what customers receive.',
        soWhat: 'Name the real deployment source (--source) to learn what customers feel.',
    };
}
function translateDora(report) {
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
            trend: describeTrend(trend.label, trend.change, spec.words(report.previous.dora), report.previous.window.days, {
                current: spec.figure(report.dora) !== null,
                previous: spec.figure(report.previous.dora) !== null,
            }, beforeHistory(report)),
            meaning: report.source.assumed
                ? assumedMeaning(MEANINGS[key](report.dora, report.flow !== null))
                : MEANINGS[key](report.dora, report.flow !== null),
        };
    });
}

;// CONCATENATED MODULE: ./src/translate/meanings-flow.ts

const PHASE_NAMES = {
    coding: 'Coding',
    pickup: 'Waiting for review',
    review: 'Review',
    deploy: 'Waiting for deployment',
};
const PHASE_ADVICE = {
    coding: 'Changes take longest before anyone else sees them: smaller pull requests, opened earlier, usually shorten this.',
    pickup: 'Finished work waits for a reviewer to pick it up: agreeing on review turnaround, or sharing review duty, usually shortens this.',
    review: 'Reviews take long once started: smaller changes and clearer descriptions usually shorten the back-and-forth.',
    deploy: 'Merged work waits to be released: releasing more often, or automatically after merge, usually shortens this.',
};
/** F2: the phase with the largest median is named as the bottleneck; null when no phase has a value. */
function findBottleneck(cycle) {
    const phases = [
        ['coding', cycle.codingHours],
        ['pickup', cycle.pickupHours],
        ['review', cycle.reviewHours],
        ['deploy', cycle.deployHours],
    ];
    let best = null;
    for (const [phase, hours] of phases) {
        if (hours !== null && (best === null || hours > best[1]))
            best = [phase, hours];
    }
    if (!best || best[1] <= 0)
        return null;
    const [phase, hours] = best;
    return {
        phase,
        name: PHASE_NAMES[phase],
        hours,
        text: `${PHASE_NAMES[phase]} is the bottleneck (median ${(0,format/* formatDuration */.a3)(hours)}). ${PHASE_ADVICE[phase]}`,
        advice: PHASE_ADVICE[phase],
    };
}
const EFFICIENCY_TARGET = 0.25;
const EFFICIENCY_WORLD_CLASS = 0.4;
/** F4 against the seed's value-stream targets: above 25 % is the target, above 40 % world class. */
function describeEfficiency(efficiency) {
    if (efficiency === null)
        return null;
    const pct = (0,format/* formatPercent */.l9)(efficiency);
    const intro = `${pct} of the elapsed time of a change is hands-on work; the rest is waiting.`;
    if (efficiency > EFFICIENCY_WORLD_CLASS) {
        return { value: efficiency, band: 'world-class', text: `${intro} That is world class (above 40%).` };
    }
    if (efficiency > EFFICIENCY_TARGET) {
        return {
            value: efficiency,
            band: 'target',
            text: `${intro} That meets the 25% target; world class is above 40%.`,
        };
    }
    return {
        value: efficiency,
        band: 'below-target',
        text: `${intro} That is below the 25% target: work spends most of its life queued, which delays value without adding any.`,
    };
}
/**
 * F5 against the seed's portfolio (70 % core value, 20 % efficiency/platform, 10 % innovation).
 * The categories do not map one to one: features are core value, debt is efficiency work, and
 * defects and risk are upkeep the portfolio does not budget for; innovation cannot be seen in labels.
 */
function describePortfolio(distribution) {
    if (!distribution)
        return [];
    const upkeep = distribution.defect + distribution.risk;
    const compare = (share, guide) => Math.abs(share - guide) <= 0.05
        ? 'close to the guide'
        : share > guide
            ? 'above the guide'
            : 'below the guide';
    return [
        {
            name: 'Features (core value)',
            share: (0,format/* formatPercent */.l9)(distribution.feature),
            guide: '70%',
            text: `New capability customers pay for: ${compare(distribution.feature, 0.7)}.`,
        },
        {
            name: 'Debt and platform (efficiency)',
            share: (0,format/* formatPercent */.l9)(distribution.debt),
            guide: '20%',
            text: `Work that lowers future cost: ${compare(distribution.debt, 0.2)}.`,
        },
        {
            name: 'Defects and risk (upkeep)',
            share: (0,format/* formatPercent */.l9)(upkeep),
            guide: 'not budgeted',
            text: upkeep > 0.2
                ? 'A large share goes to repairs and security: it comes out of the time for features.'
                : 'Repairs and security take a modest share.',
        },
        {
            name: 'Unclassified',
            share: (0,format/* formatPercent */.l9)(distribution.unclassified),
            guide: '—',
            text: distribution.unclassified > 0.3
                ? 'Many pull requests carry no category label or conventional title; the mix above is uncertain.'
                : 'Pull requests with no recognised label or title type.',
        },
    ];
}
/** F6: smaller batches are reviewed faster and fail less; the wording stays qualitative. */
function describeBatchSize(medianLines) {
    if (medianLines === null)
        return null;
    const size = `A typical pull request changes ${(0,format/* formatNumber */.ZV)(medianLines)} lines.`;
    if (medianLines <= 200)
        return `${size} Small batches like this are quick to review and cheap to undo.`;
    if (medianLines <= 500)
        return `${size} Medium-sized: reviews take longer and problems hide more easily.`;
    return `${size} Large batches are slow to review, riskier to release and harder to undo.`;
}
function describeThroughput(flow, days) {
    return `${(0,format/* formatNumber */.ZV)(flow.throughput.merged)} pull requests merged in ${days} days (${(0,format/* formatNumber */.ZV)(flow.throughput.perWeek)} a week); ${(0,format/* formatNumber */.ZV)(flow.load.open)} open at the end of the window.`;
}

;// CONCATENATED MODULE: ./src/translate/flow.ts



const COMMITS_ONLY_REASON = 'This history has no pull requests (it was read from commits only), so the waits between coding, review and release cannot be seen: cycle time, flow load, flow efficiency, the work mix and batch size are left empty rather than shown as zero. Lead time here starts at each commit, and for squash-merged work that is the merge itself, so it covers only the wait for deployment (L4).';
/** F2: the deploy phase follows cycle time, beside it and not part of it. */
function waiting(deployHours) {
    return deployHours === null ? '' : `, then ${(0,format/* formatDuration */.a3)(deployHours)} waiting for deployment`;
}
function translateFlow(report) {
    const flow = report.flow;
    if (!flow)
        return null;
    const before = report.previous.flow;
    const days = report.previous.window.days;
    const cycle = flow.cycleTime;
    const cycleChange = trendFrom(report.trends, 'cycleTime', cycle.medianHours, before?.cycleTime.medianHours ?? null, 'lower');
    const mergedChange = trendFrom(report.trends, 'throughput', flow.throughput.perWeek, before?.throughput.perWeek ?? null, 'higher');
    return {
        cycleTime: cycle.medianHours === null
            ? 'no merged pull requests'
            : `${(0,format/* formatDuration */.a3)(cycle.medianHours)} from first commit to merge${waiting(cycle.deployHours)}`,
        cycleSpread: cycle.p75Hours === null
            ? null
            : `1 in 4 pull requests took over ${(0,format/* formatDuration */.a3)(cycle.p75Hours)}, 1 in 10 over ${(0,format/* formatDuration */.a3)(cycle.p90Hours)}.`,
        cycleTrend: describeTrend(cycleChange.label, cycleChange.change, (0,format/* formatDuration */.a3)(before?.cycleTime.medianHours), days, { current: cycle.medianHours !== null, previous: (before?.cycleTime.medianHours ?? null) !== null }, beforeHistory(report)),
        bottleneck: findBottleneck(cycle),
        throughput: describeThroughput(flow, report.window.days),
        throughputTrend: describeTrend(mergedChange.label, mergedChange.change, before ? `${(0,format/* formatNumber */.ZV)(before.throughput.perWeek)} a week` : 'no data', days, { current: true, previous: before !== null }, beforeHistory(report)),
        efficiency: describeEfficiency(flow.efficiency),
        efficiencyText: flow.efficiency === null
            ? 'No pull request in the window was both reviewed and shipped, so efficiency cannot be measured.'
            : `${(0,format/* formatPercent */.l9)(flow.efficiency)} hands-on`,
        portfolio: describePortfolio(flow.distribution),
        batchSize: describeBatchSize(flow.batchSize.medianLines) ?? 'No merged pull request reported its size.',
    };
}

// EXTERNAL MODULE: ./src/metrics/value-score.ts
var value_score = __webpack_require__(91399);
;// CONCATENATED MODULE: ./src/translate/value-score.ts


const VALUE_SCORE_FORMULA = '(1 ÷ lead time in hours) × deployments per day × (1 − change failure rate) × (1 ÷ time to restore in hours) × customer satisfaction';
const NO_MEASURE = { measure: null, current: 1, previous: 1 };
function inputsOf(dora, satisfaction, measure) {
    const lead = dora.leadTime.medianHours;
    const perDay = dora.deploymentFrequency.count > 0 ? dora.deploymentFrequency.perDay : null;
    const cfr = dora.changeFailureRate.rate;
    const restore = dora.timeToRestore.medianHours;
    const missing = [];
    if (lead === null)
        missing.push('lead time');
    else if (lead <= 0)
        missing.push('lead time (zero hours divides by zero)');
    if (perDay === null)
        missing.push('deployment frequency');
    if (cfr === null)
        missing.push('change failure rate');
    else if (cfr === 1)
        missing.push('change failure rate (every deployment failed: 1 − 100 % is zero)');
    if (restore === null)
        missing.push('time to restore (no restored failure in the window)');
    else if (restore <= 0)
        missing.push('time to restore (zero hours divides by zero)');
    if (!satisfaction)
        missing.push(`satisfaction (no value of ${measure ?? 'the measure'} in the window)`);
    // B7: null when an input is null or 0, or the change failure rate is 1.
    return { score: missing.length ? null : (0,value_score/* valueScoreOf */.d)(dora, satisfaction), missing };
}
/** The inputs of one window in words: "lead time 19 hours, 1.5 deploys a week, …". */
function describeInputs(dora, satisfaction, measure) {
    const parts = [
        `lead time ${(0,format/* formatDuration */.a3)(dora.leadTime.medianHours)}`,
        (0,format/* formatDeployRate */.jO)(dora.deploymentFrequency.perDay, dora.deploymentFrequency.count),
        `change failure rate ${(0,format/* formatPercent */.l9)(dora.changeFailureRate.rate)}`,
        `time to restore ${(0,format/* formatDuration */.a3)(dora.timeToRestore.medianHours)}`,
    ];
    if (measure !== null)
        parts.push(`satisfaction ${(0,format/* formatPercent */.l9)(satisfaction)} (${measure})`);
    return parts.join(', ');
}
/** A ratio in two significant digits: "1.7", "0.45", "12". */
function formatRatio(ratio) {
    return String(Number(ratio.toPrecision(2)));
}
function computeValueScore(current, previous, options = {}) {
    const satisfaction = options.satisfaction ?? NO_MEASURE;
    const period = `the previous ${options.days ?? 90} days`;
    const now = inputsOf(current, satisfaction.current, satisfaction.measure);
    const before = inputsOf(previous, satisfaction.previous, satisfaction.measure);
    const ratio = now.score === null || before.score === null ? null : now.score / before.score;
    const caveats = [
        satisfaction.measure === null
            ? 'Customer satisfaction is not in repository data, so it is left out (taken as 1).'
            : `Satisfaction is the mean of ${satisfaction.measure} over each window, brought to 0–100 % by its range.`,
        'It explodes as time to restore or lead time nears zero: a single failure fixed in minutes can multiply it many times. Read it as a direction, not a size.',
        'It multiplies its inputs, so one weak input drags the whole score; it has no unit and cannot be compared between teams.',
    ];
    const restore = current.timeToRestore.medianHours;
    if (ratio !== null && restore !== null && restore > 0 && restore < 1) {
        caveats.unshift('Time to restore is under an hour in this window, so the score is dominated by it: treat the change with extra caution.');
    }
    return {
        value: now.score,
        previous: before.score,
        ratio,
        ratioText: ratio === null ? '' : `${formatRatio(ratio)}× ${period}`,
        trendText: describeRatio(ratio, period),
        inputs: ratio === null
            ? []
            : [
                `This window: ${describeInputs(current, satisfaction.current, satisfaction.measure)}.`,
                `${period.charAt(0).toUpperCase()}${period.slice(1)}: ${describeInputs(previous, satisfaction.previous, satisfaction.measure)}.`,
            ],
        missing: now.missing,
        previousMissing: before.missing,
        caveats,
    };
}
function describeRatio(ratio, period) {
    if (ratio === null)
        return '';
    if (ratio === 1)
        return `The same as ${period}.`;
    return ratio > 1
        ? `Better: the score is ${formatRatio(ratio)} times that of ${period}.`
        : `Worse: the score is ${formatRatio(ratio)} times that of ${period}.`;
}

;// CONCATENATED MODULE: ./src/translate/index.ts
// translate/: the business meaning of every figure in a MetricsReport. Pure: plain data in, plain
// data out, no clock and no I/O (STYLE.md habit 4).





function translateReport(report, options = {}) {
    const { downtimeCostPerHour, currency = defaults/* DEFAULTS */.z.currency } = options;
    return {
        dora: translateDora(report),
        flow: translateFlow(report),
        downtime: downtimeCostPerHour === undefined ? null : computeDowntimeCost(report, downtimeCostPerHour, currency),
        valueScore: computeValueScore(report.dora, report.previous.dora, {
            satisfaction: report.valueScore.satisfaction,
            days: report.previous.window.days,
        }),
    };
}






// EXTERNAL MODULE: ./src/business/compute.ts + 1 modules
var compute = __webpack_require__(66662);
// EXTERNAL MODULE: ./src/business/words.ts
var words = __webpack_require__(22771);
;// CONCATENATED MODULE: ./src/report/business-view.ts



function periodLabel(iso, period) {
    const date = (0,format/* formatDate */.Yq)(iso);
    return period === 'month' ? date.replace(/^1 /, '') : date;
}
const value = (v) => (v === null ? format/* NO_DATA */.V5 : (0,words/* formatMeasure */.os)(v));
function deliveryValue(c, v) {
    if (v === null)
        return format/* NO_DATA */.V5;
    if (c.delivery === 'changeFailureRate')
        return `${(0,format/* formatNumber */.ZV)(v * 100)}%`;
    if (c.delivery.endsWith('Hours'))
        return (0,format/* formatDuration */.a3)(v);
    return (0,format/* formatNumber */.ZV)(v);
}
function findingView(business, c, k, charts) {
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
                label: `${(0,words/* periodWord */.EH)(business.period)}`.replace(/^./, (l) => l.toUpperCase()),
                data: points.map((pt) => pt.y),
                colour: k % 2 === 0 ? 0 : 3,
            },
        ],
        stacked: false,
        horizontal: false,
        xTitle: words/* SERIES_WORDS */.el[c.delivery].axis,
        yTitle: c.lag === 0 ? c.measure : `${c.measure}, ${(0,format/* plural */.LS)(c.lag, business.period)} later`,
        percent: false,
    };
    const drawn = points.length < c.pairs
        ? ` (${(0,format/* formatNumber */.ZV)(c.pairs - points.length)} more pairs use rows after the span: metrics.json has them)`
        : '';
    const later = c.lag === 0 ? c.measure : `${c.measure} ${(0,format/* plural */.LS)(c.lag, business.period)} later`;
    return {
        sentence: (0,words/* findingSentence */.dj)(c, business.period),
        chart: {
            id,
            title: `${words/* SERIES_WORDS */.el[c.delivery].axis} against ${later}, one dot per ${business.period}`,
            description: `Scatter chart of ${(0,format/* plural */.LS)(points.length, business.period)}${drawn}; the trend of each side was removed before ρ (${(0,words/* formatRho */.Ro)(c.rho)}) was computed, not from the chart. The table below has each ${business.period}.`,
            table: {
                caption: `${words/* SERIES_WORDS */.el[c.delivery].axis} and ${later}`,
                headers: [
                    `${(0,words/* periodWord */.EH)(business.period, 1)} starting`.replace(/^./, (l) => l.toUpperCase()),
                    words/* SERIES_WORDS */.el[c.delivery].axis,
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
function failed(s) {
    return (s.failedDeployments ?? 0) > 0 || (s.downtimeHours ?? 0) > 0;
}
function measureChart(business, name, j, charts) {
    const labels = business.series.map((s) => periodLabel(s.periodStart, business.period));
    const data = business.series.map((s) => s.measures[name] ?? null);
    const marked = business.series.flatMap((s, i) => (failed(s) ? [i] : []));
    const id = `chart-business-measure-${j + 1}`;
    const per = (0,words/* periodWord */.EH)(business.period);
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
        description: `Line chart of ${name} over ${(0,format/* plural */.LS)(labels.length, business.period)} (${(0,format/* formatNumber */.ZV)(known)} with a value); shaded ${per} had a failed deployment or downtime. The table below has the figures.`,
        table: {
            caption: `${name} and failures per ${business.period}`,
            headers: [
                `${(0,words/* periodWord */.EH)(business.period, 1)} starting`.replace(/^./, (l) => l.toUpperCase()),
                name,
                'Failed deployments',
                'Downtime',
            ],
            rows: business.series.map((s, i) => [
                labels[i],
                value(data[i]),
                s.failedDeployments === null ? format/* NO_DATA */.V5 : (0,format/* formatNumber */.ZV)(s.failedDeployments),
                s.downtimeHours === null ? format/* NO_DATA */.V5 : s.downtimeHours === 0 ? 'none' : (0,format/* formatDuration */.a3)(s.downtimeHours),
            ]),
        },
    };
}
function downtimeWords(business) {
    const per = (0,words/* periodWord */.EH)(business.period);
    return business.downtimeComparison.map((d) => {
        if (d.meanWith === null || d.meanWithout === null) {
            return `${d.measure}: too few ${per} to compare (${(0,format/* formatNumber */.ZV)(d.periodsWith)} with downtime and ${(0,format/* formatNumber */.ZV)(d.periodsWithout)} without; ${compute/* MIN_PERIODS_FOR_MEAN */.yN} of each are needed).`;
        }
        const better = business.measures.find((m) => m.name === d.measure)?.better ?? 'higher';
        const worse = d.meanWith !== d.meanWithout && d.meanWith < d.meanWithout === (better === 'higher');
        const direction = worse ? ` Worse in ${per} with downtime (${better} is better).` : '';
        return `${d.measure}: ${(0,words/* formatMeasure */.os)(d.meanWith)} on average in the ${(0,format/* plural */.LS)(d.periodsWith, business.period)} with downtime, against ${(0,words/* formatMeasure */.os)(d.meanWithout)} in the ${(0,format/* formatNumber */.ZV)(d.periodsWithout)} without.${direction}`;
    });
}
function amountText(amount, unit) {
    if (unit !== null && /^[A-Z]{3}$/.test(unit)) {
        try {
            return (0,format/* formatMoney */.up)(amount, unit);
        }
        catch {
            // not a currency after all: the number and the unit as written
        }
    }
    return `${(0,words/* formatMeasure */.os)(amount)}${unit ? ` ${unit}` : ''}`;
}
function revenueWords(report, business, options) {
    if (business.revenueDuringFailures.length === 0)
        return [];
    const since = Date.parse(report.window.since);
    const current = business.series.filter((s) => Date.parse(s.periodStart) >= since);
    const hours = current.reduce((total, s) => total + (s.downtimeHours ?? 0), 0);
    const per = (0,words/* periodWord */.EH)(business.period);
    const lines = business.revenueDuringFailures.map((r) => {
        const unit = business.measures.find((m) => m.name === r.measure)?.unit ?? null;
        return `${r.measure}: ${amountText(r.amount, unit)} flowed while a failure was open in the current window's ${(0,format/* plural */.LS)(current.length, business.period)} (each ${business.period}'s figure spread evenly over its hours, times the hours of downtime).`;
    });
    lines.push(`That is an upper bound on what was at stake, not a loss: much of it still came in, or came back later.`);
    if (options.downtimeCostPerHour !== undefined) {
        const currency = options.currency ?? 'USD';
        lines.push(`Beside it, the stated cost of downtime: ${(0,format/* formatDuration */.a3)(hours)} of downtime in those ${per} at ${(0,format/* formatMoney */.up)(options.downtimeCostPerHour, currency)} an hour is ${(0,format/* formatMoney */.up)(hours * options.downtimeCostPerHour, currency)}.`);
    }
    else {
        lines.push(`No cost per hour of downtime is stated (--downtime-cost-per-hour) to set beside it.`);
    }
    return lines;
}
/** null when the report has no business measures. */
function buildBusinessView(report, charts, options = {}) {
    const business = report.business;
    if (!business)
        return null;
    const per = (0,words/* periodWord */.EH)(business.period);
    const names = business.measures.map((m) => m.name);
    return {
        lede: `${(0,format/* plural */.LS)(names.length, 'business measure')} (${names.join(', ')}) set against delivery ${business.period} by ${business.period}, over the ${(0,format/* plural */.LS)(business.series.length, business.period)} of this window and the one before.`,
        tooLittle: (0,words/* tooLittleLine */.Zl)(business),
        findings: (0,words/* findingsOf */.WX)(business).map((c, k) => findingView(business, c, k, charts)),
        nothingElse: (0,words/* nothingElseLine */.F8)(business),
        measures: names.map((name, j) => measureChart(business, name, j, charts)),
        downtime: downtimeWords(business),
        revenue: revenueWords(report, business, options),
        method: `Each delivery series and each measure is first freed of its straight-line trend over the ${per}, so that two things that merely grew together are not taken for related. ` +
            `Spearman's ρ then compares their ranks, with the measure taken in the same ${business.period} or one or two ${per} later; p comes from Student's t, and Benjamini–Hochberg's q allows for the many comparisons. ` +
            `A relation is reported when q is at most 0.1 and |ρ| at least 0.4, over at least 12 ${per}.`,
    };
}

// EXTERNAL MODULE: ./src/metrics/stats.ts
var stats = __webpack_require__(54522);
;// CONCATENATED MODULE: ./src/report/charts.ts
// Chart specs (read by templates/report.js) and their table alternatives, from the weekly series
// (W3) and, where the engine has no weekly figure, from the records of the same weeks.


function weeksOf(report) {
    const until = Date.parse(report.window.until);
    return report.weekly.map((w) => {
        const start = Date.parse(w.weekStart);
        return {
            label: (0,format/* formatDate */.Yq)(w.weekStart).replace(/ \d{4}$/, ''),
            start,
            end: Math.min(start + 7 * stats/* DAY_MS */.sO, until),
        };
    });
}
function median(values) {
    if (!values.length)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (sorted.length - 1) / 2; // S1: linear interpolation
    const low = Math.floor(rank);
    return sorted[low] + (sorted[Math.ceil(rank)] - sorted[low]) * (rank - low);
}
function weeklyTable(caption, weeks, columns) {
    return {
        caption,
        headers: ['Week starting', ...columns.map(([name]) => name)],
        rows: weeks.map((w, i) => [w.label, ...columns.map(([, cell]) => cell(i))]),
    };
}
const count = (v) => (v === null ? format/* NO_DATA */.V5 : (0,format/* formatNumber */.ZV)(v));
function restoreByWeek(report, weeks) {
    return weeks.map((w) => {
        const hours = report.records.failures
            .filter((f) => f.restoreHours !== null && Date.parse(f.start) >= w.start && Date.parse(f.start) < w.end)
            .map((f) => f.restoreHours);
        return median(hours);
    });
}
function reworkByWeek(report, weeks) {
    const rework = weeks.map(() => 0);
    const planned = weeks.map(() => 0);
    for (const d of report.records.deployments) {
        const t = Date.parse(d.time);
        const i = weeks.findIndex((w) => t >= w.start && t < w.end);
        if (i >= 0)
            (d.rework ? rework : planned)[i] += 1;
    }
    return { rework, planned };
}
const hours1 = (v) => (v === null ? null : Math.round(v * 10) / 10);
const DORA_CHARTS = {
    deploymentFrequency: (report, weeks) => {
        const data = report.weekly.map((w) => w.deployments);
        return {
            kind: 'bar',
            stacked: false,
            yTitle: 'Deployments',
            title: 'Deployments per week',
            datasets: [{ label: 'Deployments', data, colour: 0 }],
            description: `Bar chart of deployments per week over ${weeks.length} weeks; the table below has the figures.`,
            columns: [['Deployments', (i) => count(data[i])]],
        };
    },
    leadTime: (report) => {
        const weekly = report.weekly;
        return {
            kind: 'line',
            stacked: false,
            yTitle: 'Hours',
            title: 'Median lead time per week',
            datasets: [
                {
                    label: 'Median lead time (hours)',
                    data: weekly.map((w) => hours1(w.leadTimeMedianHours)),
                    colour: 1,
                },
            ],
            description: 'Line chart of the weekly median lead time in hours; weeks with no shipped change are gaps.',
            columns: [['Median lead time', (i) => (0,format/* formatDuration */.a3)(weekly[i].leadTimeMedianHours)]],
        };
    },
    changeFailureRate: (report) => {
        const weekly = report.weekly;
        const failed = weekly.map((w) => w.failedDeployments);
        return {
            kind: 'bar',
            stacked: true,
            yTitle: 'Deployments',
            title: 'Failed and healthy deployments per week',
            datasets: [
                { label: 'Failed', data: failed, colour: 3 },
                {
                    label: 'Did not fail',
                    data: weekly.map((w) => Math.max(0, w.deployments - w.failedDeployments)),
                    colour: 0,
                },
            ],
            description: 'Stacked bar chart of failed and healthy deployments per week.',
            columns: [
                ['Failed', (i) => count(failed[i])],
                ['Deployments', (i) => count(weekly[i].deployments)],
            ],
        };
    },
    timeToRestore: (report, weeks) => {
        const data = restoreByWeek(report, weeks);
        return {
            kind: 'bar',
            stacked: false,
            yTitle: 'Hours',
            title: 'Median time to restore per week',
            datasets: [{ label: 'Median restore time (hours)', data: data.map(hours1), colour: 2 }],
            description: 'Bar chart of the median restore time of failure events starting each week; empty weeks had none restored.',
            columns: [['Median restore time', (i) => (0,format/* formatDuration */.a3)(data[i])]],
        };
    },
    reworkRate: (report, weeks) => {
        const { rework, planned } = reworkByWeek(report, weeks);
        return {
            kind: 'bar',
            stacked: true,
            yTitle: 'Deployments',
            title: 'Rework deployments per week',
            datasets: [
                { label: 'Unplanned fixes', data: rework, colour: 3 },
                { label: 'Planned', data: planned, colour: 0 },
            ],
            description: 'Stacked bar chart of unplanned-fix deployments and planned deployments per week.',
            columns: [
                ['Unplanned fixes', (i) => count(rework[i])],
                ['Planned', (i) => count(planned[i])],
            ],
        };
    },
};
function buildDoraChart(key, report) {
    const weeks = weeksOf(report);
    const parts = DORA_CHARTS[key](report, weeks);
    const labels = weeks.map((w) => w.label);
    return {
        spec: {
            kind: parts.kind,
            labels,
            datasets: parts.datasets,
            stacked: parts.stacked,
            horizontal: false,
            yTitle: parts.yTitle,
        },
        view: {
            id: `chart-${key}`,
            title: parts.title,
            description: parts.description,
            table: weeklyTable(parts.title, weeks, parts.columns),
        },
    };
}

;// CONCATENATED MODULE: ./src/report/charts-flow.ts



const PHASES = ['coding', 'pickup', 'review', 'deploy'];
const PHASE_FIELD = {
    coding: 'codingHours',
    pickup: 'pickupHours',
    review: 'reviewHours',
    deploy: 'deployHours',
};
function buildPhasesChart(flow, previous) {
    const rows = PHASES.map((p) => [
        PHASE_NAMES[p],
        (0,format/* formatDuration */.a3)(flow.cycleTime[PHASE_FIELD[p]]),
        (0,format/* formatDuration */.a3)(previous?.cycleTime[PHASE_FIELD[p]]),
    ]);
    return {
        spec: {
            kind: 'bar',
            stacked: true,
            horizontal: true,
            yTitle: 'Hours (median of each phase)',
            labels: ['This window', 'Previous window'],
            datasets: PHASES.map((p, i) => ({
                label: PHASE_NAMES[p],
                data: [hours1(flow.cycleTime[PHASE_FIELD[p]]), hours1(previous?.cycleTime[PHASE_FIELD[p]] ?? null)],
                colour: 4 + i,
            })),
        },
        view: {
            id: 'chart-phases',
            title: 'Where a pull request spends its time',
            description: 'Stacked bar chart of the median hours in each phase, this window and the previous one.',
            table: {
                caption: 'Median hours per phase',
                headers: ['Phase', 'This window', 'Previous window'],
                rows,
            },
        },
    };
}
function buildThroughputChart(report) {
    const weeks = weeksOf(report);
    const merged = report.weekly.map((w) => w.mergedPullRequests);
    const load = report.weekly.map((w) => w.load);
    return {
        spec: {
            kind: 'bar',
            stacked: false,
            horizontal: false,
            yTitle: 'Merged pull requests',
            rightTitle: 'Open pull requests',
            labels: weeks.map((w) => w.label),
            datasets: [
                { label: 'Merged', data: merged, colour: 0 },
                { label: 'Open at week end (flow load)', data: load, line: true, right: true, colour: 1 },
            ],
        },
        view: {
            id: 'chart-throughput',
            title: 'Throughput and flow load per week',
            description: 'Bars show pull requests merged each week; the line shows how many were open at the end of each week.',
            table: weeklyTable('Throughput and flow load per week', weeks, [
                ['Merged', (i) => count(merged[i])],
                ['Open at week end', (i) => count(load[i])],
            ]),
        },
    };
}
const CATEGORIES = [
    ['feature', 'Features'],
    ['debt', 'Debt and upkeep'],
    ['defect', 'Defects'],
    ['risk', 'Risk and security'],
    ['unclassified', 'Unclassified'],
];
function buildDistributionChart(flow, previous) {
    const now = flow.distribution;
    if (!now)
        return null;
    const before = previous?.distribution ?? null;
    return {
        spec: {
            kind: 'bar',
            stacked: false,
            horizontal: false,
            yTitle: 'Share of merged pull requests',
            percent: true,
            labels: CATEGORIES.map(([, name]) => name),
            datasets: [
                { label: 'This window', data: CATEGORIES.map(([k]) => now[k]), colour: 0 },
                { label: 'Previous window', data: CATEGORIES.map(([k]) => (before ? before[k] : null)), colour: 8 },
            ],
        },
        view: {
            id: 'chart-distribution',
            title: 'Work mix: what the merged pull requests were for',
            description: 'Grouped bar chart of the share of merged pull requests per category, this window and the previous one.',
            table: {
                caption: 'Share of merged pull requests per category',
                headers: ['Category', 'Pull requests', 'This window', 'Previous window'],
                rows: CATEGORIES.map(([k, name]) => [
                    name,
                    (0,format/* formatNumber */.ZV)(flow.distributionCounts[k]),
                    (0,format/* formatPercent */.l9)(now[k]),
                    before ? (0,format/* formatPercent */.l9)(before[k]) : format/* NO_DATA */.V5,
                ]),
            },
        },
    };
}

// EXTERNAL MODULE: ./src/context/insights.ts
var insights = __webpack_require__(77218);
;// CONCATENATED MODULE: ./src/report/context-business.ts


/** `plainP90Hours`: the report's own L4 p90, over the same changes. */
function buildImpactView(impact, plainP90Hours) {
    const weights = impact.weights.map((w) => `${w.label} ×${(0,format/* formatNumber */.ZV)(w.weight)}`).join(', ');
    const lead = impact.leadTime;
    const rate = impact.changeFailureRate;
    return {
        weights: `Weights: ${weights}; anything else ×${(0,format/* formatNumber */.ZV)(impact.defaultWeight)}.`,
        rule: 'A change weighs as much as its heaviest weighted label. A deployment weighs as much as the heaviest change it ships or incident charged to it. ' +
            'Weighted lead time counts each change as many times as its weight; weighted change failure rate is the weight of failed deployments over the weight of all.',
        leadTime: `Weighted median lead time ${(0,format/* formatDuration */.a3)(lead.weightedMedianHours)} against ${(0,format/* formatDuration */.a3)(lead.medianHours)} unweighted (${(0,format/* formatNumber */.ZV)(lead.changes)} changes).`,
        failureRate: `Weighted change failure rate ${(0,format/* formatPercent */.l9)(rate.weightedRate)} against ${(0,format/* formatPercent */.l9)(rate.rate)} unweighted (${(0,format/* formatNumber */.ZV)(rate.deployments)} deployments).`,
        table: {
            caption: 'Plain and impact-weighted figures',
            headers: ['Measure', 'Unweighted', 'Weighted by impact'],
            rows: [
                ['Lead time (median)', (0,format/* formatDuration */.a3)(lead.medianHours), (0,format/* formatDuration */.a3)(lead.weightedMedianHours)],
                ['Lead time (90th percentile)', (0,format/* formatDuration */.a3)(plainP90Hours), (0,format/* formatDuration */.a3)(lead.weightedP90Hours)],
                [
                    'Change failure rate',
                    (0,format/* formatPercent */.l9)(rate.rate),
                    `${(0,format/* formatPercent */.l9)(rate.weightedRate)} (${(0,format/* formatNumber */.ZV)(rate.failedWeight)} of ${(0,format/* formatNumber */.ZV)(rate.totalWeight)} weight)`,
                ],
            ],
        },
    };
}
function perWeek(split) {
    return split.deploymentsPerWeek === null ? format/* NO_DATA */.V5 : `${(0,format/* formatNumber */.ZV)(split.deploymentsPerWeek)} a week`;
}
function buildCalendarView(calendar) {
    const { inside, outside } = calendar;
    return {
        peaks: calendar.peaks.map((p) => `${p.name}: ${(0,format/* formatDate */.Yq)(p.start)} to ${(0,format/* formatDate */.Yq)(new Date(Date.parse(p.end) - 1))} (${(0,format/* formatNumber */.ZV)(p.daysInWindow)} days in the window)`),
        marking: calendar.peakWeeks.length
            ? 'Weeks that overlap a peak are shaded in the weekly charts, and marked in their tables.'
            : 'No peak falls in this window.',
        table: {
            caption: 'Inside and outside the peaks',
            headers: ['Measure', 'Inside peaks', 'Outside peaks'],
            rows: [
                ['Days of the window', (0,format/* formatNumber */.ZV)(inside.days), (0,format/* formatNumber */.ZV)(outside.days)],
                [
                    'Deployments',
                    `${(0,format/* formatNumber */.ZV)(inside.deployments)} (${perWeek(inside)})`,
                    `${(0,format/* formatNumber */.ZV)(outside.deployments)} (${perWeek(outside)})`,
                ],
                [
                    'Change failure rate',
                    (0,format/* formatPercent */.l9)(inside.changeFailureRate),
                    (0,format/* formatPercent */.l9)(outside.changeFailureRate),
                ],
                [
                    'Lead time (median)',
                    (0,format/* formatDuration */.a3)(inside.leadTimeMedianHours),
                    (0,format/* formatDuration */.a3)(outside.leadTimeMedianHours),
                ],
                [
                    'Time to restore (median)',
                    (0,format/* formatDuration */.a3)(inside.timeToRestoreMedianHours),
                    (0,format/* formatDuration */.a3)(outside.timeToRestoreMedianHours),
                ],
            ],
        },
    };
}
/**
 * Shades the peak weeks on every chart drawn over the report's weeks (W3), and names the peak in
 * the first column of its table; a chart over other labels is left alone.
 */
function markPeakWeeks(report, calendar, charts, views) {
    if (!calendar || calendar.peakWeeks.length === 0)
        return;
    const labels = weeksOf(report).map((w) => w.label);
    const peaks = new Map(calendar.peakWeeks.map((p) => [p.weekStart, p.peaks.join(', ')]));
    const names = report.weekly.map((w) => peaks.get(w.weekStart) ?? null);
    const indexes = names.flatMap((name, i) => (name === null ? [] : [i]));
    const label = `Peak: ${[...new Set(calendar.peakWeeks.flatMap((p) => p.peaks))].join(', ')}`;
    for (const view of views) {
        const spec = charts[view.id];
        if (!spec || spec.labels.length !== labels.length || spec.labels.some((l, i) => l !== labels[i]))
            continue;
        spec.highlight = { indexes, label };
        view.description = `${view.description} Shaded weeks are business peaks.`;
        view.table.rows = view.table.rows.map((row, i) => names[i] === null ? row : [`${row[0]} (peak: ${names[i]})`, ...row.slice(1)]);
    }
}

;// CONCATENATED MODULE: ./src/report/context-health.ts


const minutes = (hours) => (hours === null ? null : Math.round(hours * 600) / 10);
function buildHealthView(report, health, charts) {
    const { ci, reviews, bots } = health;
    const which = ci.workflowsSelected.length ? `of ${ci.workflowsSelected.join(', ')}` : 'of every workflow';
    return {
        ciValue: ci.count === 0 ? 'No runs' : (0,format/* formatDuration */.a3)(ci.medianHours),
        ci: ci.count === 0
            ? `No finished workflow run ${which} started in the window.`
            : `The median run ${which}, over ${(0,format/* plural */.LS)(ci.count, 'run')} that started in the window.`,
        ciSpread: ci.count === 0 ? '' : `One run in ten takes longer than ${(0,format/* formatDuration */.a3)(ci.p90Hours)}.`,
        ciTable: ci.byWorkflow.length === 0
            ? null
            : {
                caption: 'Run time by workflow',
                headers: ['Workflow', 'Runs', 'Median', '90th percentile'],
                rows: ci.byWorkflow.map((w) => [
                    w.workflow,
                    (0,format/* formatNumber */.ZV)(w.count),
                    (0,format/* formatDuration */.a3)(w.medianHours),
                    (0,format/* formatDuration */.a3)(w.p90Hours),
                ]),
            },
        ciChart: ci.count === 0 ? null : ciChart(report, health, charts),
        reviewValue: reviews === null || reviews.reviewed === 0
            ? 'No reviews'
            : (0,format/* formatDuration */.a3)(reviews.firstReview.medianHours),
        reviews: reviews === null
            ? 'This history has no pull requests, so reviews cannot be seen.'
            : `From opening a pull request to the first review by someone else (median; ${(0,format/* formatNumber */.ZV)(reviews.reviewed)} of ${(0,format/* formatNumber */.ZV)(reviews.pullRequests)} pull requests merged in the window were reviewed).`,
        reviewSpread: reviews === null || reviews.reviewed === 0
            ? ''
            : `One in ten waits longer than ${(0,format/* formatDuration */.a3)(reviews.firstReview.p90Hours)}; from the first review to the merge takes ${(0,format/* formatDuration */.a3)(reviews.reviewToMerge.medianHours)} (median).`,
        botValue: (0,format/* formatPercent */.l9)(bots.share),
        bots: bots.changes === 0
            ? 'No change was merged in the window.'
            : `of the changes merged in the window were made by bots (${(0,format/* formatNumber */.ZV)(bots.byBots)} of ${(0,format/* formatNumber */.ZV)(bots.changes)}).`,
        // Each name isolated on its own: a right-to-left name must not reorder its count.
        botAuthors: bots.authors.map((a) => ({ author: a.author, changes: (0,format/* formatNumber */.ZV)(a.changes) })),
    };
}
function ciChart(report, health, charts) {
    const weeks = weeksOf(report);
    const weekly = health.ci.weekly;
    const id = 'chart-context-ci';
    charts[id] = {
        kind: 'line',
        labels: weeks.map((w) => w.label),
        datasets: [
            { label: 'Median (minutes)', data: weekly.map((w) => minutes(w.medianHours)), colour: 0 },
            { label: '90th percentile (minutes)', data: weekly.map((w) => minutes(w.p90Hours)), colour: 3 },
        ],
        stacked: false,
        horizontal: false,
        yTitle: 'Minutes',
    };
    const title = 'Workflow run time per week';
    return {
        id,
        title,
        description: 'Line chart of the median and 90th percentile run time per week; weeks without runs are gaps.',
        table: weeklyTable(title, weeks, [
            ['Runs', (i) => (0,format/* formatNumber */.ZV)(weekly[i].count)],
            ['Median', (i) => (0,format/* formatDuration */.a3)(weekly[i].medianHours)],
            ['90th percentile', (i) => (0,format/* formatDuration */.a3)(weekly[i].p90Hours)],
        ]),
    };
}

;// CONCATENATED MODULE: ./src/translate/correlation.ts

/** Conventional bands for a rank correlation's size (Cohen's: 0.1 small, 0.3 medium, 0.5 large). */
function strengthOf(rho) {
    const size = Math.abs(rho);
    if (size < 0.1)
        return 'no';
    if (size < 0.3)
        return 'a weak';
    if (size < 0.5)
        return 'a moderate';
    return 'a strong';
}
function formatRho(rho) {
    return `ρ = ${rho.toFixed(2).replace('-', '−')}`;
}
function describeCorrelation(c, words) {
    const sample = (0,format/* plural */.LS)(c.n, words.unit);
    if (c.spearman === null) {
        return c.n < 3
            ? `Only ${sample}: too few to compute a correlation.`
            : `No correlation can be computed over ${sample}: one of the two measures does not vary.`;
    }
    const rho = formatRho(c.spearman);
    if (!c.enough) {
        return `With only ${sample} the coefficient (${rho}) means nothing yet: it takes at least ${(0,format/* formatNumber */.ZV)(c.minimumSample)} to read one.`;
    }
    const strength = strengthOf(c.spearman);
    if (strength === 'no')
        return `No relation to speak of (Spearman's ${rho} over ${sample}).`;
    const tendency = c.spearman > 0 ? words.positive : words.negative;
    return `${capitalize(strength)} relation (Spearman's ${rho} over ${sample}): ${tendency}. Moving together is not causing: look for the reason before acting on it.`;
}
function capitalize(text) {
    return text[0].toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/report/context-insights.ts





/** Past this many points the page would grow for little: the most recent are drawn, all are counted. */
const MAX_SCATTER_POINTS = 1500;
function buildBottleneckView(bottleneck) {
    if (bottleneck === null || bottleneck.largest === null)
        return null;
    const table = {
        caption: 'The phases from first commit to production: median, and the hours in all',
        headers: ['Phase', 'Median', 'Hours in all', 'Share'],
        rows: bottleneck.phases.map((p) => [
            PHASE_NAMES[p.phase],
            (0,format/* formatDuration */.a3)(p.medianHours),
            (0,format/* formatNumber */.ZV)(p.totalHours),
            (0,format/* formatPercent */.l9)(p.share),
        ]),
    };
    const largest = bottleneck.phases.find((p) => p.phase === bottleneck.largest);
    // F2: the bottleneck is the largest phase median; its share of the hours is told beside it.
    const share = bottleneck.largestShare === null
        ? ''
        : ` It held ${(0,format/* formatPercent */.l9)(bottleneck.largestShare)} of the hours that ${(0,format/* plural */.LS)(bottleneck.pullRequests, 'pull request')} reviewed and shipped in the window spent between their first commit and production.`;
    const text = `${PHASE_NAMES[bottleneck.largest]} is the slowest phase: a median of ${(0,format/* formatDuration */.a3)(largest.medianHours)}, the largest of the four.` +
        `${share} Shortening it moves delivery the most.`;
    return { text, table };
}
const context_insights_median = (values) => {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (sorted.length - 1) / 2; // S1
    return sorted[Math.floor(rank)] + (sorted[Math.ceil(rank)] - sorted[Math.floor(rank)]) * (rank % 1);
};
const BANDS = [
    ['Up to 10 lines', 0, 10],
    ['11 to 50', 11, 50],
    ['51 to 200', 51, 200],
    ['201 to 1,000', 201, 1000],
    ['Over 1,000', 1001, Infinity],
];
function batchSizeView(report, context, charts) {
    const pairs = (0,insights/* batchSizePairs */.XO)(report);
    // Logarithmic axes: sizes and times span several orders of magnitude; zeros cannot be drawn there.
    const drawn = pairs.filter(([lines, hours]) => lines > 0 && hours > 0).slice(-MAX_SCATTER_POINTS);
    const id = 'chart-context-batch';
    charts[id] = {
        kind: 'scatter',
        labels: [],
        x: drawn.map((p) => p[0]),
        datasets: [{ label: 'Pull requests', data: drawn.map((p) => Math.round(p[1] * 10) / 10), colour: 0 }],
        stacked: false,
        horizontal: false,
        xTitle: 'Lines changed (log scale)',
        yTitle: 'Cycle time in hours (log scale)',
        logX: true,
        logY: true,
    };
    const left = pairs.length - drawn.length;
    return {
        id: 'context-batch',
        title: 'Batch size against cycle time',
        reading: describeCorrelation(context.correlations.batchSizeVsCycleTime, {
            unit: 'pull request',
            positive: 'bigger pull requests tend to take longer from first commit to merge',
            negative: 'bigger pull requests tend to merge sooner',
        }),
        chart: {
            id,
            title: 'Batch size against cycle time, one dot per pull request',
            description: `Scatter chart of lines changed against cycle time for ${(0,format/* plural */.LS)(drawn.length, 'pull request')} merged in the window${left > 0 ? ` (${(0,format/* formatNumber */.ZV)(left)} more are counted but not drawn)` : ''}; the table below groups them by size.`,
            table: {
                caption: 'Cycle time by batch size',
                headers: ['Lines changed', 'Pull requests', 'Median cycle time'],
                rows: BANDS.map(([label, low, high]) => {
                    const hours = pairs.filter(([lines]) => lines >= low && lines <= high).map((p) => p[1]);
                    return [label, (0,format/* formatNumber */.ZV)(hours.length), hours.length ? (0,format/* formatDuration */.a3)(context_insights_median(hours)) : format/* NO_DATA */.V5];
                }),
            },
        },
    };
}
function frequencyView(report, context, charts) {
    const pairs = (0,insights/* frequencyPairs */.gC)(report);
    const id = 'chart-context-frequency';
    charts[id] = {
        kind: 'scatter',
        labels: [],
        x: pairs.map((p) => p[0]),
        datasets: [{ label: 'Weeks', data: pairs.map((p) => p[1]), colour: 3 }],
        stacked: false,
        horizontal: false,
        xTitle: 'Deployments in the week',
        yTitle: 'Change failure rate of the week',
        percent: true,
    };
    const weeks = weeksOf(report);
    return {
        id: 'context-frequency',
        title: 'Deployment frequency against change failure rate',
        reading: describeCorrelation(context.correlations.deploymentsVsFailureRate, {
            unit: 'week',
            positive: 'weeks with more deployments tend to have a higher share of failed ones',
            negative: 'weeks with more deployments tend to have a lower share of failed ones, as the DORA research finds',
        }),
        chart: {
            id,
            title: 'Deployments against change failure rate, one dot per week',
            description: `Scatter chart of deployments against the change failure rate for ${(0,format/* plural */.LS)(pairs.length, 'week')} with at least one deployment; the table below has each week.`,
            table: {
                caption: 'Deployments and failures by week',
                headers: ['Week starting', 'Deployments', 'Failed', 'Change failure rate'],
                rows: report.weekly
                    .map((w, i) => ({ w, label: weeks[i].label }))
                    .filter(({ w }) => w.deployments > 0)
                    .map(({ w, label }) => [
                    label,
                    (0,format/* formatNumber */.ZV)(w.deployments),
                    (0,format/* formatNumber */.ZV)(w.failedDeployments),
                    (0,format/* formatPercent */.l9)(w.failedDeployments / w.deployments),
                ]),
            },
        },
    };
}
function buildCorrelationViews(report, context, charts) {
    const views = [frequencyView(report, context, charts)];
    if (report.flow !== null)
        views.unshift(batchSizeView(report, context, charts));
    return views;
}

;// CONCATENATED MODULE: ./src/report/context-services.ts

const TARGET_NAMES = {
    deploymentsPerWeek: 'Deployment frequency',
    leadTimeHours: 'Lead time (median)',
    changeFailureRate: 'Change failure rate',
    timeToRestoreHours: 'Time to restore (median)',
};
function formatTarget(metric, value) {
    if (value === null)
        return format/* NO_DATA */.V5;
    switch (metric) {
        case 'deploymentsPerWeek':
            return `${(0,format/* formatNumber */.ZV)(value)} a week`;
        case 'changeFailureRate':
            return (0,format/* formatPercent */.l9)(value);
        default:
            return (0,format/* formatDuration */.a3)(value);
    }
}
function standingView(s) {
    const atLeast = s.metric === 'deploymentsPerWeek' ? 'at least' : 'at most';
    return {
        metric: TARGET_NAMES[s.metric],
        value: formatTarget(s.metric, s.actual),
        target: `${atLeast} ${formatTarget(s.metric, s.target)}`,
        status: s.status === 'met' ? 'Met' : s.status === 'missed' ? 'Missed' : 'No data',
        statusClass: s.status === 'met' ? 'trend-better' : s.status === 'missed' ? 'trend-worse' : 'trend-none',
    };
}
/** The four keys in words, as the DORA cards word them. */
function doraCells(dora) {
    if (dora === null)
        return [format/* NO_DATA */.V5, format/* NO_DATA */.V5, format/* NO_DATA */.V5, format/* NO_DATA */.V5];
    return [
        (0,format/* formatDeployRate */.jO)(dora.deploymentFrequency.perDay, dora.deploymentFrequency.count),
        (0,format/* formatDuration */.a3)(dora.leadTime.medianHours),
        dora.changeFailureRate.rate === null
            ? format/* NO_DATA */.V5
            : `${(0,format/* formatPercent */.l9)(dora.changeFailureRate.rate)} (${dora.changeFailureRate.failed} of ${dora.changeFailureRate.deployments})`,
        (0,format/* formatDuration */.a3)(dora.timeToRestore.medianHours),
    ];
}
const DORA_HEADERS = ['Deployment frequency', 'Lead time', 'Change failure rate', 'Time to restore'];
function selectorText(service) {
    const parts = [];
    if (service.selector.paths.length)
        parts.push(`files matching ${service.selector.paths.join(', ')}`);
    if (service.selector.labels.length)
        parts.push(`labels ${service.selector.labels.join(', ')}`);
    const changes = parts.length ? `Pull requests with ${parts.join(' or with ')}` : 'Every change';
    const environments = service.selector.environments
        ? `, deployed to environments matching ${service.selector.environments}`
        : '';
    return `${changes}${environments}: ${(0,format/* formatNumber */.ZV)(service.changesInHistory)} in the history.`;
}
function verdictOf(standing) {
    if (standing.length === 0)
        return 'No targets set.';
    const met = standing.filter((s) => s.status === 'met').length;
    return `Meets ${met} of ${standing.length} target${standing.length === 1 ? '' : 's'}.`;
}
/** The keys of service.trends (N1) for the rows of figureRows, in order. */
const TREND_KEYS = [
    'deploymentFrequency',
    'leadTime',
    'changeFailureRate',
    'timeToRestore',
    'throughput',
    'cycleTime',
];
function flowCells(flow) {
    return flow ? [(0,format/* formatNumber */.ZV)(flow.throughput.merged), (0,format/* formatDuration */.a3)(flow.cycleTime.medianHours)] : [];
}
/** Each figure, and its N1 label with the previous window's value ("worse (was 12 hours)"). */
function figureRows(service) {
    const now = [...doraCells(service.dora), ...flowCells(service.flow)];
    const before = [...doraCells(service.previous?.dora ?? null), ...flowCells(service.previous?.flow ?? null)];
    const headers = [...DORA_HEADERS, 'Pull requests merged', 'Cycle time (median)'];
    return now.map((value, k) => {
        const label = service.trends?.[TREND_KEYS[k]]?.label;
        return [headers[k], value, label ? `${label} (was ${before[k]})` : 'no comparison'];
    });
}
function buildServiceViews(services) {
    return services.map((service, i) => ({
        id: `service-${i + 1}`,
        name: service.name,
        selector: selectorText(service),
        deployments: `Counted as its deployments: ${service.deployments}.`,
        verdict: verdictOf(service.standing),
        figures: {
            caption: `${service.name}: the DORA keys in the window`,
            headers: ['Measure', 'Value', 'Against the previous window'],
            rows: figureRows(service),
        },
        standing: service.standing.map(standingView),
        notes: service.notes,
    }));
}
function buildServicesOverview(services) {
    return {
        caption: 'Services side by side',
        headers: ['Service', ...DORA_HEADERS, 'Targets'],
        rows: services.map((s) => [s.name, ...doraCells(s.dora), verdictOf(s.standing)]),
    };
}
function buildStreamsView(streams, source) {
    return {
        text: `The source ${source} finds ${streams.length} production environment${streams.length === 1 ? '' : 's'}. ` +
            'The figures above take them together: every successful deployment to any of them is a deployment, and a change ' +
            'counts as shipped by the first of them that contains it. Here each is measured alone, incidents falling on its own latest deployment.',
        table: {
            caption: 'Each production environment alone',
            headers: ['Environment', ...DORA_HEADERS],
            rows: streams.map((s) => [s.environment, ...doraCells(s.dora)]),
        },
    };
}

;// CONCATENATED MODULE: ./src/report/context-view.ts





function contextOf(report) {
    const context = report.context;
    return context && typeof context === 'object' ? context : null;
}
/**
 * `weeklyCharts`: the page's charts drawn over the report's weeks, so that peak weeks are shaded
 * on them too.
 */
function buildContextView(report, charts, weeklyCharts) {
    const context = contextOf(report);
    if (context === null)
        return null;
    const health = buildHealthView(report, context.health, charts);
    markPeakWeeks(report, context.calendar, charts, [
        ...weeklyCharts,
        ...(health.ciChart ? [health.ciChart] : []),
    ]);
    return {
        configuration: context.configFile
            ? `Services, weights and peaks come from ${context.configFile}.`
            : 'Add a .github/dora.yml (or pass --config) to see each service against its own targets, figures weighted by customer impact, and your business peaks.',
        declared: !context.configFile ||
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
const CONTEXT_METHODS = [
    {
        anchor: 'method-context-services',
        name: 'Services',
        rules: 'D1, L1–L4, C1–C3, R1 per service',
        definition: "A service is a part of the repository named in the configuration file. Its changes are the pull requests whose changed files match its path globs (* and ? within a folder, ** across folders, [abc] and {a,b}, from the repository root; a bare folder name takes everything under it, and a glob that starts with ! takes paths out again) or that carry one of its labels. Its deployments are those to its environments when it names them; otherwise the repository's deployments that shipped at least one of its changes. Its incidents are those carrying one of its labels, or every incident when it names none. The same rules then give every figure; lead times of its first deployment stay counted when an earlier deployment of the repository bounds them.",
    },
    {
        anchor: 'method-context-streams',
        name: 'Several production environments',
        rules: 'D1, D3, L3',
        definition: "With the source environment:/REGEX/, every environment the expression finds is production. The repository's figures take them together: every successful deployment to any of them is a deployment, in time order, and a change is shipped by the first of them that contains it. Each environment is also measured alone as a stream of its own.",
    },
    {
        anchor: 'method-context-impact',
        name: 'Customer-impact weighting',
        rules: 'L4, C3 weighted',
        definition: 'Labels map to whole-number weights. A change weighs as much as its heaviest weighted label (the default weight without one); a deployment as much as the heaviest of the changes it ships and the incidents charged to it. The weighted median lead time counts each change as many times as its weight; the weighted change failure rate is the weight of failed deployments divided by the weight of all deployments in the window.',
    },
    {
        anchor: 'method-context-calendar',
        name: 'Business calendar',
        rules: 'W2 with peaks',
        definition: 'Peaks are named periods; a date-only end counts the whole day. A deployment, a failure and a lead time belong to the peaks when the deployment time, the failure start or the shipping deployment time falls in one. Deployment frequency inside is deployments inside divided by the days of peak in the window, times 7.',
    },
    {
        anchor: 'method-context-insights',
        name: 'Bottleneck and correlations',
        rules: 'F2, F6, W3',
        definition: `The bottleneck is the phase with the largest median among coding, waiting for review, review and waiting for deployment (F2; cycle time ends at the merge, and waiting for deployment follows it); beside it, each phase's share of the hours, summed over the pull requests merged in the window that were reviewed and shipped. Correlations are Spearman's rank coefficient (ties share their average rank): batch size against cycle time per pull request, and deployments against change failure rate per week with at least one deployment. Under ${insights/* MINIMUM_SAMPLE */.Wv} pairs the coefficient is shown but read as meaning nothing.`,
    },
    {
        anchor: 'method-context-health',
        name: 'Engineering health',
        rules: 'W2, F2, L1',
        definition: 'CI time is the duration of workflow runs that started in the window and finished with success, failure or a time-out (updated time minus start time); cancelled and skipped runs are left out. Review turnaround is the time from opening a pull request to the first review by someone else, and from there to the merge. Bot changes are those whose author ends in [bot].',
    },
];

// EXTERNAL MODULE: ./src/metrics/quality.ts
var quality = __webpack_require__(66968);
;// CONCATENATED MODULE: ./src/report/data-quality.ts
// The data-quality section: what was counted and what was left out, so no number is a mystery.


const ITEMS = [
    {
        label: 'Deployments in the whole history',
        value: (q) => q.deploymentsInWorld,
        explanation: 'Every deployment the source found (D1), before the window is applied.',
    },
    {
        label: 'Deployments off the default branch',
        value: (q) => q.deploymentsOffDefaultBranch,
        explanation: 'Counted as deployments but ship no change, for example backport releases (L3).',
        flagWhenSet: true,
    },
    {
        label: 'Changes merged in the window',
        value: (q) => q.changesInWindow,
        explanation: 'Pull requests merged into the default branch, or commits in a history without pull requests (L1).',
    },
    {
        label: 'Changes not yet shipped',
        value: (q) => q.unshippedChanges,
        explanation: 'Merged but no deployment contains them yet: they have no lead time until they ship (L3).',
        flagWhenSet: true,
    },
    {
        label: 'Changes shipped by the first deployment',
        value: (q) => q.changesShippedByFirstDeployment,
        explanation: 'Nothing bounds how long they waited, so they have no lead time (L4).',
        flagWhenSet: true,
    },
    {
        label: 'Incidents starting in the window',
        value: (q) => q.incidentsInWindow,
        explanation: 'Issues carrying an incident label (C1).',
    },
    {
        label: 'Incidents without a deployment',
        value: (q) => q.unattributedIncidents,
        explanation: 'No deployment happened before they started; they count for time to restore but fail no deployment (C1).',
        flagWhenSet: true,
    },
    {
        label: 'Reverts merged in the window',
        value: (q) => q.revertsInWindow,
        explanation: 'Changes that undo an earlier change (C2).',
    },
    {
        label: 'Reverts without a target',
        value: (q) => q.revertsWithoutTarget,
        explanation: 'The reverted change could not be found, so they fail no deployment (C2).',
        flagWhenSet: true,
    },
    {
        label: 'Pull requests merged without review',
        value: (q) => q.pullRequestsMergedWithoutReview,
        explanation: 'No review by someone other than the author before merging: they have no pickup or review phase (F2).',
        flagWhenSet: true,
        pullRequestsOnly: true,
    },
    {
        label: 'Pull requests into other branches',
        value: (q) => q.pullRequestsIntoOtherBranches,
        explanation: 'Not merged into the default branch, so not changes (L1).',
        pullRequestsOnly: true,
    },
    {
        label: 'Negative durations counted as 0',
        value: (q) => (0,quality/* clampedTotal */.B)(q.clampedDurations),
        explanation: 'An end before its start (a pull request created after its merge, an incident closed before it opened): counted as 0, as every negative duration is.',
        flagWhenSet: true,
    },
    {
        label: 'Squash-merged history without pull requests',
        value: (q) => q.squashMergedCommitsOnly,
        explanation: 'Each commit is its own merge, so lead time covers only the wait for deployment (L4).',
        flagWhenSet: true,
    },
    {
        label: 'Shallow history',
        value: (q) => q.shallowHistory,
        explanation: 'The clone does not reach the start of the window: early changes may be missing.',
        flagWhenSet: true,
    },
];
function buildQualityItems(quality) {
    return ITEMS.filter((item) => quality.worldKind === 'pull-requests' || !item.pullRequestsOnly).map((item) => {
        const value = item.value(quality);
        const set = typeof value === 'boolean' ? value : value > 0;
        return {
            label: item.label,
            value: typeof value === 'boolean' ? (value ? 'Yes' : 'No') : (0,format/* formatNumber */.ZV)(value),
            explanation: item.explanation,
            attention: (item.flagWhenSet ?? false) && set,
        };
    });
}

;// CONCATENATED MODULE: ./src/translate/history.ts


const deployWords = (perWeek) => (0,format/* formatDeployRate */.jO)(perWeek / 7, perWeek > 0 ? 1 : 0);
const HISTORY_METRICS = {
    deploymentFrequency: {
        key: 'deploymentFrequency',
        name: 'Deployment frequency',
        direction: 'higher',
        words: deployWords,
    },
    leadTime: { key: 'leadTime', name: 'Lead time', direction: 'lower', words: format/* formatDuration */.a3 },
    changeFailureRate: {
        key: 'changeFailureRate',
        name: 'Change failure rate',
        direction: 'lower',
        words: format/* formatPercent */.l9,
    },
    timeToRestore: { key: 'timeToRestore', name: 'Time to restore', direction: 'lower', words: format/* formatDuration */.a3 },
    reworkRate: { key: 'reworkRate', name: 'Rework rate', direction: 'lower', words: format/* formatPercent */.l9 },
    cycleTime: { key: 'cycleTime', name: 'Cycle time', direction: 'lower', words: format/* formatDuration */.a3 },
};
function valued(points) {
    return points.filter((p) => p.value !== null);
}
/** "; it ranged from 12 hours to 4.2 days" when the extremes are not the two ends already named. */
function rangeClause(values, metric) {
    if (values.length < 3)
        return '';
    let low = values[0].value;
    let high = low;
    for (const v of values) {
        if (v.value < low)
            low = v.value;
        if (v.value > high)
            high = v.value;
    }
    const ends = [values[0].value, values[values.length - 1].value];
    if (ends.includes(low) && ends.includes(high))
        return '';
    return `; it ranged from ${metric.words(low)} to ${metric.words(high)}`;
}
/**
 * The move from the first run with a value to the last one. The judgement (better/worse) is the
 * N1 label of last − first by the metric's direction; the arrow only says which way the number went.
 */
function describeHistoryMove(metric, points) {
    const values = valued(points);
    const lowerName = metric.name.toLowerCase();
    if (values.length === 0) {
        return { label: 'none', arrow: '', text: `No run had a value for ${lowerName}.` };
    }
    const first = values[0];
    const last = values[values.length - 1];
    if (values.length === 1) {
        const text = `${metric.name} has a value in one run only: ${metric.words(first.value)} on ${(0,format/* formatDate */.Yq)(first.date)}.`;
        return { label: 'none', arrow: '', text };
    }
    const lastIsLatest = last.date === points[points.length - 1].date;
    const when = lastIsLatest
        ? `since ${(0,format/* formatDate */.Yq)(first.date)}`
        : `between ${(0,format/* formatDate */.Yq)(first.date)} and ${(0,format/* formatDate */.Yq)(last.date)}`;
    const range = rangeClause(values, metric);
    const from = metric.words(first.value);
    const to = metric.words(last.value);
    const { change, label } = labelChange(last.value, first.value, metric.direction);
    if (change === 0 || from === to) {
        const about = change === 0 ? '' : 'about ';
        return { label: 'same', arrow: '=', text: `${metric.name} stayed at ${about}${to} ${when}${range}.` };
    }
    const rose = (change ?? 0) > 0;
    return {
        label: label ?? 'none',
        arrow: rose ? '↑' : '↓',
        text: `${metric.name} ${rose ? 'rose' : 'fell'} from ${from} to ${to} ${when} (${label})${range}.`,
    };
}
const TIERS = ['elite', 'high', 'medium', 'low'];
/** A tier as history.json recorded it, which is file text: only the four known tiers are named (T1). */
function historyTierWord(value) {
    const tier = typeof value === 'string' && TIERS.includes(value) ? value : null;
    return tier ? describeTier(tier, false, '').word : 'not rated';
}

;// CONCATENATED MODULE: ./src/report/history-runs.ts


const SOURCE_MAX = 120;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
function amount(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}
function share(value) {
    const n = amount(value);
    return n !== null && n <= 1 ? n : null;
}
/** Cut by code points, so a cut never splits an emoji into a lone surrogate. */
function shortText(value) {
    if (typeof value !== 'string' || value === '')
        return 'not recorded';
    const chars = Array.from(value);
    return chars.length > SOURCE_MAX ? `${chars.slice(0, SOURCE_MAX).join('')}…` : value;
}
/** The day number of a real calendar date, or null ("2026-02-31" is not one). */
function dayOf(date) {
    if (typeof date !== 'string' || !DATE.test(date))
        return null;
    const ms = Date.parse(`${date}T00:00:00Z`);
    if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== date)
        return null;
    return ms / stats/* DAY_MS */.sO;
}
function toRun(entry, day) {
    const e = entry;
    const tiers = (typeof e.tiers === 'object' && e.tiers !== null ? e.tiers : {});
    const windowDays = amount(e.days);
    return {
        date: entry.date,
        day,
        windowDays: windowDays !== null && windowDays >= 1 ? Math.round(windowDays) : null,
        source: shortText(e.source),
        values: {
            deploymentsPerWeek: amount(e.deploymentsPerWeek),
            leadTimeHours: amount(e.leadTimeHours),
            changeFailureRate: share(e.changeFailureRate),
            timeToRestoreHours: amount(e.timeToRestoreHours),
            reworkRate: share(e.reworkRate),
            cycleTimeHours: amount(e.cycleTimeHours),
        },
        tiers: {
            deploymentFrequency: tiers.deploymentFrequency,
            leadTime: tiers.leadTime,
            changeFailureRate: tiers.changeFailureRate,
            timeToRestore: tiers.timeToRestore,
        },
    };
}
/** Entries with a real date, oldest first, one per date (the later entry in the file wins). */
function cleanHistory(entries) {
    const byDate = new Map();
    for (const entry of entries ?? []) {
        const day = dayOf(entry?.date);
        if (day !== null)
            byDate.set(entry.date, toRun(entry, day));
    }
    return [...byDate.values()].sort((a, b) => a.day - b.day);
}
function windowNote(runs) {
    const lengths = runs.map((r) => r.windowDays).filter((d) => d !== null);
    const shortest = Math.min(...lengths);
    const longest = Math.max(...lengths);
    const window = !lengths.length
        ? 'the days before its date'
        : shortest === longest
            ? `the ${(0,format/* plural */.LS)(longest, 'day')} before its date`
            : `between ${(0,format/* plural */.LS)(shortest, 'day')} and ${(0,format/* plural */.LS)(longest, 'day')} before its date (the window length changed)`;
    return `Each run measured ${window}, so neighbouring points share most of their data: the lines show slow drifts rather than single weeks (W1).`;
}
const SHOWN_CHANGES = 3;
/** D2: a new deployment source counts different events, so the figures either side do not compare. */
function sourceNote(runs) {
    const changes = [];
    for (let i = 1; i < runs.length; i++) {
        const [before, after] = [runs[i - 1], runs[i]];
        if (before.source !== after.source)
            changes.push(`on ${(0,format/* formatDate */.Yq)(after.date)} from “${before.source}” to “${after.source}”`);
    }
    if (!changes.length)
        return `Every run found its deployments through “${runs[0].source}”.`;
    const shown = changes.slice(-SHOWN_CHANGES);
    const earlier = changes.length - shown.length;
    const more = earlier ? `, after ${(0,format/* plural */.LS)(earlier, 'earlier change')}` : '';
    return `The deployment source changed ${shown.join('; ')}${more}: figures either side of a change count different events and do not compare (D2).`;
}
/** GitHub stops scheduled workflows after 60 days without repository activity, so runs can pause. */
function gapNote(runs) {
    let widest = 0;
    let at = 1;
    for (let i = 1; i < runs.length; i++) {
        const gap = runs[i].day - runs[i - 1].day;
        if (gap > widest)
            [widest, at] = [gap, i];
    }
    if (widest <= 7)
        return null;
    return `No run between ${(0,format/* formatDate */.Yq)(runs[at - 1].date)} and ${(0,format/* formatDate */.Yq)(runs[at].date)} (${(0,format/* plural */.LS)(widest, 'day')}): the lines join straight across that time.`;
}
function historyNotes(runs) {
    const gap = gapNote(runs);
    return [windowNote(runs), sourceNote(runs), ...(gap ? [gap] : [])];
}

;// CONCATENATED MODULE: ./src/report/history.ts
// The long-term trend section from history.json: one line chart per DORA key (and cycle time when
// the runs have it) over the runs' dates, each with a table and a plain-words reading. history.json
// lives on the Pages branch, where anyone with push access can edit it, so history-runs.ts checks
// every field again, and all text reaches the page through Handlebars escaping or the safe JSON element.



const SERIES = [
    {
        key: 'deploymentFrequency',
        field: 'deploymentsPerWeek',
        tier: 'deploymentFrequency',
        anchor: 'method-deploymentFrequency',
        rules: 'D1–D4',
        colour: 0,
        title: 'Deployments per week, run by run',
        column: 'Deployments per week',
        kind: 'perWeek',
    },
    {
        key: 'leadTime',
        field: 'leadTimeHours',
        tier: 'leadTime',
        anchor: 'method-leadTime',
        rules: 'L1–L4',
        colour: 1,
        title: 'Median lead time, run by run',
        column: 'Median lead time',
        kind: 'duration',
    },
    {
        key: 'changeFailureRate',
        field: 'changeFailureRate',
        tier: 'changeFailureRate',
        anchor: 'method-changeFailureRate',
        rules: 'C1–C3',
        colour: 3,
        title: 'Change failure rate, run by run',
        column: 'Change failure rate',
        kind: 'share',
    },
    {
        key: 'timeToRestore',
        field: 'timeToRestoreHours',
        tier: 'timeToRestore',
        anchor: 'method-timeToRestore',
        rules: 'R1',
        colour: 2,
        title: 'Median time to restore, run by run',
        column: 'Median time to restore',
        kind: 'duration',
    },
    {
        key: 'reworkRate',
        field: 'reworkRate',
        anchor: 'method-reworkRate',
        rules: 'C4',
        colour: 6,
        title: 'Rework rate, run by run',
        column: 'Rework rate',
        kind: 'share',
    },
    {
        key: 'cycleTime',
        field: 'cycleTimeHours',
        anchor: 'method-flow',
        rules: 'F2',
        colour: 4,
        title: 'Median cycle time, run by run',
        column: 'Median cycle time',
        kind: 'duration',
    },
];
/** Rounded to `digits` decimals: the page needs no more, and 400 runs of long floats add up. */
const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;
/** Durations in days once any run passes three days, so the axis reads "4" rather than "96". */
function scaled(series, values) {
    const map = (f) => values.map((v) => (v === null ? null : f(v)));
    if (series.kind === 'share')
        return { data: map((v) => round(v, 3)), yTitle: 'Share of deployments' };
    if (series.kind === 'perWeek')
        return { data: map((v) => round(v, 2)), yTitle: 'Deploys per week' };
    const inDays = values.some((v) => v !== null && v >= 72);
    return { data: map((v) => round(inDays ? v / 24 : v, 2)), yTitle: inDays ? 'Days' : 'Hours' };
}
function cellText(series, value) {
    if (value === null)
        return format/* NO_DATA */.V5;
    return series.kind === 'perWeek' ? (0,format/* formatNumber */.ZV)(value) : HISTORY_METRICS[series.key].words(value);
}
function historyTable(series, runs) {
    const tier = series.tier;
    return {
        caption: series.title,
        headers: ['Run date', series.column, ...(tier ? ['Tier'] : [])],
        rows: runs.map((run) => [
            (0,format/* formatDate */.Yq)(run.date),
            cellText(series, run.values[series.field]),
            ...(tier ? [historyTierWord(run.tiers[tier])] : []),
        ]),
    };
}
function buildSeries(series, runs, charts) {
    const words = HISTORY_METRICS[series.key];
    const points = runs.map((run) => ({ date: run.date, value: run.values[series.field] }));
    const values = points.map((p) => p.value);
    const counted = values.filter((v) => v !== null).length;
    const view = {
        key: series.key,
        name: words.name,
        reading: describeHistoryMove(words, points),
        chart: null,
        anchor: series.anchor,
        rules: series.rules,
    };
    // A chart of one point (or none) says nothing the reading does not.
    if (counted < 2)
        return view;
    const id = `history-${series.key}`;
    const { data, yTitle } = scaled(series, values);
    charts[id] = {
        kind: 'line',
        labels: [],
        x: runs.map((run) => run.day),
        datasets: [{ label: series.column, data, colour: series.colour }],
        stacked: false,
        horizontal: false,
        yTitle,
        ...(series.kind === 'share' ? { percent: true } : {}),
    };
    const span = `${(0,format/* formatDate */.Yq)(runs[0].date)} to ${(0,format/* formatDate */.Yq)(runs[runs.length - 1].date)}`;
    const gaps = counted < runs.length ? `; ${(0,format/* plural */.LS)(runs.length - counted, 'run')} without a value are gaps` : '';
    view.chart = {
        id,
        title: series.title,
        description: `Line chart of ${series.column.toLowerCase()} in ${(0,format/* plural */.LS)(counted, 'run')} from ${span}${gaps}; the table below has the figures.`,
        table: historyTable(series, runs),
    };
    return view;
}
function waitingText(runs) {
    const soFar = runs === 0 ? 'none yet' : 'one so far';
    return `Each key's monthly line appears from the Action's second daily run (history.json on the Pages branch: ${soFar}).`;
}
/** The section from runs already checked and sorted by cleanHistory; adds its chart specs to `charts`. */
function buildHistoryView(runs, charts) {
    if (runs.length < 2) {
        return { shown: false, waiting: waitingText(runs.length), runs: '', notes: [], metrics: [] };
    }
    const hasCycleTime = runs.some((r) => r.values.cycleTimeHours !== null);
    const wanted = SERIES.filter((s) => s.key !== 'cycleTime' || hasCycleTime);
    const first = (0,format/* formatDate */.Yq)(runs[0].date);
    const last = (0,format/* formatDate */.Yq)(runs[runs.length - 1].date);
    const spanDays = runs[runs.length - 1].day - runs[0].day;
    const span = spanDays < 14 ? (0,format/* plural */.LS)(spanDays, 'day') : (0,format/* formatDuration */.a3)(spanDays * 24);
    return {
        shown: true,
        waiting: '',
        runs: `Drawn from ${(0,format/* plural */.LS)(runs.length, 'run')} of the Action between ${first} and ${last} (${span}).`,
        notes: historyNotes(runs),
        metrics: wanted.map((s) => buildSeries(s, runs, charts)),
    };
}

// EXTERNAL MODULE: ./src/metrics/benchmarks/dora-2025.ts
var dora_2025 = __webpack_require__(28478);
// EXTERNAL MODULE: ./src/metrics/industry.ts
var metrics_industry = __webpack_require__(60511);
;// CONCATENATED MODULE: ./src/report/industry-view.ts
// "Where we stand in our industry" (P1–P4, docs/benchmarks.md): each DORA card's position
// among the 2025 DORA respondents of the chosen industry, with a strip (the industry's mean ± 1
// standard deviation and our score on the 0–10 scale, as inline SVG: no script, no style
// attribute, a text fallback beside it), the "At a glance" line and the methodology entry that
// quotes the survey's questions. Pure: metrics.json in, final text out.



const EDITION_TITLE = 'DORA 2025';
const ANCHOR = 'method-industry';
const RULES = 'P1–P4';
const ICONS = {
    'well-ahead': '▲▲',
    ahead: '▲',
    level: '=',
    behind: '▼',
    'well-behind': '▼▼',
};
/**
 * The survey's questions (DORA's Quick Check, 2025 edition), in our words and faithful to its
 * wording; respondents answered them about their primary application or service.
 */
const SURVEY_QUESTIONS = {
    deploymentFrequency: {
        metric: 'Deployment frequency',
        question: 'For the primary application or service you work on, how often does your organization deploy code to production or release it to end users?',
    },
    leadTime: {
        metric: 'Lead time for changes',
        question: 'For the primary application or service you work on, what is your lead time for changes (that is, how long does it take to go from code committed to code successfully running in production)?',
    },
    changeFailureRate: {
        metric: 'Change failure rate',
        question: 'Approximately what percentage of changes to production or releases to users degrade the service (an impairment or an outage, say) and then need remediation (a hotfix, rollback, fix forward or patch)?',
    },
    timeToRestore: {
        metric: 'Time to restore service',
        question: 'For the primary application or service you work on, how long does it generally take to restore service after a change to production or a release to users degrades it (an impairment or an outage) and needs remediation (a hotfix, rollback, fix forward or patch)?',
    },
    reworkRate: {
        metric: 'Deployment rework rate',
        question: 'Approximately what percentage of deployments in the last six months were not planned, but made to fix a user-facing bug in the application?',
    },
};
/** "in Financial Services", "across all industries" */
function respondentsOf(industry) {
    return industry.key === 'all' ? 'across all industries' : `in ${industry.name}`;
}
function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** One decimal, as the survey's figures are given. */
function score(value) {
    return (0,format/* formatNumber */.ZV)(value);
}
const svgX = (scoreValue) => Math.round(Math.min(10, Math.max(0, scoreValue)) * 1000) / 100;
function stripOf(name, m, industry) {
    if (m.score === null || m.industryMean === null || m.industryStd === null)
        return null;
    const low = svgX(m.industryMean - m.industryStd);
    const high = svgX(m.industryMean + m.industryStd);
    const who = industry.key === 'all' ? 'Respondents across all industries' : `${industry.name} respondents`;
    return {
        id: `strip-${name}`,
        bandX: low,
        bandWidth: Math.round((high - low) * 100) / 100,
        meanX: svgX(m.industryMean),
        scoreX: svgX(m.score),
        text: `On a scale from 0 to 10 (10 best): this repository ${score(m.score)}; ${who} ${score(m.industryMean)} on average, most between ${score(Math.max(0, m.industryMean - m.industryStd))} and ${score(Math.min(10, m.industryMean + m.industryStd))} (mean ± 1 standard deviation).`,
    };
}
/** Why P2 gave no score, in the order its rule lists the reasons. */
function whyNone(name, report) {
    const d = report.dora;
    const withheld = (0,metrics_industry/* withheldTiers */.JP)(d);
    const value = {
        deploymentFrequency: d.deploymentFrequency.perDay,
        leadTime: d.leadTime.medianHours,
        changeFailureRate: d.changeFailureRate.rate,
        timeToRestore: d.timeToRestore.medianHours,
        reworkRate: d.reworkRate.rate,
    };
    if (value[name] === null)
        return 'no value in this window';
    if (withheld.window)
        return 'the tiers of this window are withheld, and so is its position';
    if (name === 'reworkRate' && d.reworkRate.deployments < metrics_industry/* MIN_DEPLOYMENTS_FOR_REWORK_SCORE */.W)
        return `a position needs at least ${(0,format/* plural */.LS)(metrics_industry/* MIN_DEPLOYMENTS_FOR_REWORK_SCORE */.W, 'deployment')}`;
    return 'too few to rate: a position needs what a tier needs';
}
function buildPositions(report) {
    const industry = report.industry;
    const lead = report.benchmarks.badge === 'industry';
    const where = respondentsOf(industry);
    const view = (name) => {
        const m = industry.metrics[name];
        const common = { lead, anchor: ANCHOR, rules: RULES };
        if (m.position === null || m.score === null || m.industryMean === null || m.industryStd === null) {
            return {
                ...common,
                key: 'none',
                icon: '–',
                text: 'No industry position',
                detail: whyNone(name, report),
                strip: null,
            };
        }
        return {
            ...common,
            key: m.position,
            icon: ICONS[m.position],
            text: `${capitalised(metrics_industry/* POSITION_WORDS */.IT[m.position])} most respondents ${where}`,
            detail: `score ${score(m.score)} of 10 against their ${score(m.industryMean)} ± ${score(m.industryStd)} (${EDITION_TITLE})`,
            strip: stripOf(name, m, industry),
        };
    };
    return {
        deploymentFrequency: view('deploymentFrequency'),
        leadTime: view('leadTime'),
        changeFailureRate: view('changeFailureRate'),
        timeToRestore: view('timeToRestore'),
        reworkRate: view('reworkRate'),
    };
}
/** "At a glance": how many of the five metrics are ahead of the industry. */
function industryGlance(report) {
    const positions = Object.values(report.industry.metrics).map((m) => m.position);
    const count = (...words) => positions.filter((p) => p !== null && words.includes(p)).length;
    const ahead = count('ahead', 'well-ahead');
    const rest = [
        count('level') ? `level on ${count('level')}` : '',
        count('behind', 'well-behind') ? `behind on ${count('behind', 'well-behind')}` : '',
        positions.includes(null) ? `${positions.filter((p) => p === null).length} without a position` : '',
    ].filter(Boolean);
    return `Against the ${EDITION_TITLE} survey's respondents ${respondentsOf(report.industry)}: ahead on ${ahead} of the ${positions.length} metrics${rest.length ? ` (${rest.join(', ')})` : ''}.`;
}
/** The header's benchmark fact: with dora-2025, the industry the positions compare with first. */
function benchmarkFact(report, tierTable) {
    if (report.benchmarks.badge !== 'industry')
        return tierTable;
    return `Position among ${EDITION_TITLE} respondents ${respondentsOf(report.industry)} (dora-2025); tiers from ${tierTable}`;
}
function industryMethod(report) {
    const industry = report.industry;
    const lead = report.benchmarks.badge === 'industry'
        ? ' With benchmarks dora-2025 the position leads each card; the tiers beside it still come from dora-2023.'
        : '';
    return {
        anchor: ANCHOR,
        name: 'Where we stand in our industry',
        rules: RULES,
        definition: `The respondents of DORA's 2025 survey answered questions about the primary application or service they work on, choosing a band (less than an hour, less than a day, …) or a percentage; the figures on this page are measured from this repository's records, not answered from memory, so a position places a measurement among self-reported answers: read it as a rough guide. Each figure becomes the band its answer would have been (P1) and a score from 0 to 10, 10 best: (band − 1) × 2, or 10 × (1 − rate) for change failure and rework rates (P2). The score is compared with the mean and standard deviation of the ${industry.name} respondents (industry: ${industry.key}): z = (score − mean) ÷ standard deviation; z of 1 or more is well ahead of most respondents, 0.25 or more ahead, within ±0.25 level, above −1 behind, else well behind (P3). A figure without a tier (too few to rate, assumed deployments, a window the history does not reach) and a rework rate from fewer than ${metrics_industry/* MIN_DEPLOYMENTS_FOR_REWORK_SCORE */.W} deployments get no position.${lead} Source: DORA's Quick Check, ${dora_2025/* DORA_2025_SOURCE */.pT.repository.replace('https://github.com/', '')} ${dora_2025/* DORA_2025_SOURCE */.pT.path} at commit ${dora_2025/* DORA_2025_SOURCE */.pT.commit.slice(0, 7)}. The survey's questions, in our words:`,
        questions: Object.values(SURVEY_QUESTIONS),
    };
}

;// CONCATENATED MODULE: ./src/report/links.ts
function parseRepositoryUrl(url, owner, name) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password)
        return null;
    const expected = `/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`.toLowerCase();
    if (parsed.pathname.replace(/\/+$/, '').toLowerCase() !== expected)
        return null;
    return parsed;
}
function repositoryLinks(report) {
    const { owner, name, url } = report.repository;
    const base = url === null ? null : parseRepositoryUrl(url, owner, name);
    const prefix = base ? `${base.origin}/${encodeURIComponent(owner)}/${encodeURIComponent(name)}` : null;
    const under = (path) => (prefix ? `${prefix}/${path}` : null);
    const checked = (candidate) => {
        if (!base || !candidate)
            return null;
        try {
            const parsed = new URL(candidate);
            const inside = parsed.pathname.toLowerCase().startsWith(`${new URL(prefix).pathname.toLowerCase()}/`);
            if (parsed.protocol !== 'https:' ||
                parsed.host !== base.host ||
                parsed.username ||
                parsed.password ||
                !inside) {
                return null;
            }
            return parsed.href;
        }
        catch {
            return null;
        }
    };
    return {
        home: prefix,
        pull: (n) => (n !== null && Number.isSafeInteger(n) && n > 0 ? under(`pull/${n}`) : null),
        commit: (sha) => (sha && /^[0-9a-f]{4,64}$/i.test(sha) ? under(`commit/${sha.toLowerCase()}`) : null),
        issue: (n) => (n !== null && Number.isSafeInteger(n) && n > 0 ? under(`issues/${n}`) : null),
        checked,
    };
}
/** "#12" → 12; anything else → null. */
function numberFromId(id) {
    const match = /#(\d{1,12})$/.exec(id);
    return match ? Number(match[1]) : null;
}

;// CONCATENATED MODULE: ./src/report/drilldown.ts


const DEPLOYMENT_ROWS = 25;
const CHANGES_PER_DEPLOYMENT = 8;
const FAILURE_ROWS = 25;
const SLOWEST_ROWS = 20;
const PULL_REQUEST_ROWS = 20;
/** Longest title the page shows whole; metrics.json keeps every title whole. */
const TITLE_CHARACTERS = 300;
/** A title cut to TITLE_CHARACTERS with an ellipsis, never inside a surrogate pair. */
function pageTitle(title) {
    if (title.length <= TITLE_CHARACTERS)
        return title;
    let end = TITLE_CHARACTERS - 1;
    const last = title.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${title.slice(0, end)}…`;
}
function inWindow(time, window) {
    if (time === null)
        return false;
    const t = Date.parse(time);
    return t >= Date.parse(window.since) && t < Date.parse(window.until);
}
function capped(rows, total, what, noun) {
    const hidden = total - rows.length;
    return {
        rows,
        total,
        countText: (0,format/* plural */.LS)(total, noun),
        hiddenText: hidden > 0
            ? `Showing ${(0,format/* formatNumber */.ZV)(rows.length)} of ${(0,format/* formatNumber */.ZV)(total)} ${what}; ${(0,format/* plural */.LS)(hidden, 'more is', 'more are')} in the CSV file and metrics.json.`
            : null,
    };
}
function changeLink(change, id, links) {
    if (!change)
        return { text: id, href: null };
    const text = change.kind === 'pull-request'
        ? `#${change.number ?? numberFromId(id) ?? ''}`
        : (change.sha ?? id).slice(0, 7);
    const href = links.checked(change.url) ??
        (change.kind === 'pull-request' ? links.pull(change.number) : links.commit(change.sha));
    return { text, href };
}
function deploymentLink(d, links) {
    const names = [d.label, ...d.aliases.filter((a) => a !== d.label)];
    return { text: names.join(', '), href: links.checked(d.url) ?? links.commit(d.sha) };
}
function buildDeploymentTable(report, links, byId) {
    const inside = report.records.deployments.filter((d) => inWindow(d.time, report.window));
    const newest = [...inside]
        .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
        .slice(0, DEPLOYMENT_ROWS);
    const rows = newest.map((d) => {
        const shown = d.changes.slice(0, CHANGES_PER_DEPLOYMENT);
        const hidden = d.changes.length - shown.length;
        const statusKey = d.failed ? 'failed' : d.rework ? 'rework' : 'ok';
        const status = { failed: '✖ Failed', rework: '↺ Unplanned fix', ok: '✔ Healthy' }[statusKey];
        const reasons = [...d.failureReasons];
        if (!d.onDefaultBranch)
            reasons.push('off the default branch: ships no change (L3)');
        if (d.firstOfWorld)
            reasons.push('first deployment in the history: its changes have no lead time (L4)');
        return {
            deployment: deploymentLink(d, links),
            time: (0,format/* formatDateTime */.r6)(d.time),
            changes: shown.map((id) => changeLink(byId.get(id), id, links)),
            moreChanges: hidden > 0 ? `and ${(0,format/* formatNumber */.ZV)(hidden)} more` : null,
            status,
            statusKey,
            reasons: reasons.join('; '),
        };
    });
    return capped(rows, inside.length, 'deployments in the window, newest first', 'deployment');
}
function buildFailureTable(report, links, deploymentLabels) {
    const inside = report.records.failures.filter((f) => inWindow(f.start, report.window));
    const newest = [...inside].sort((a, b) => Date.parse(b.start) - Date.parse(a.start)).slice(0, FAILURE_ROWS);
    const rows = newest.map((f) => {
        const number = numberFromId(f.id);
        const fallback = f.kind === 'incident' ? links.issue(number) : links.pull(number);
        return {
            event: { text: f.id, href: links.checked(f.url) ?? fallback },
            title: pageTitle(f.title),
            kind: f.kind === 'incident' ? 'Incident' : 'Reverted change',
            start: (0,format/* formatDateTime */.r6)(f.start),
            restored: f.restoredAt ? (0,format/* formatDateTime */.r6)(f.restoredAt) : '⚠ Not restored',
            restoreTime: f.restoreHours === null ? 'still open' : (0,format/* formatDuration */.a3)(f.restoreHours),
            deployment: f.deployment
                ? (deploymentLabels.get(f.deployment) ?? f.deployment)
                : 'none (unattributed, C1)',
            open: f.restoredAt === null,
        };
    });
    return capped(rows, inside.length, 'failure events, newest first', 'failure event');
}
function buildSlowestTable(report, links, deploymentLabels) {
    const timed = report.records.changes.filter((c) => c.leadTimeHours !== null && inWindow(c.shippedAt, report.window));
    const slowest = [...timed]
        .sort((a, b) => b.leadTimeHours - a.leadTimeHours)
        .slice(0, SLOWEST_ROWS);
    const rows = slowest.map((c) => ({
        change: changeLink(c, c.id, links),
        title: pageTitle(c.title),
        author: c.author ?? 'unknown',
        leadTime: (0,format/* formatDuration */.a3)(c.leadTimeHours),
        shippedAt: (0,format/* formatDateTime */.r6)(c.shippedAt),
        shippedBy: c.shippedBy ? (deploymentLabels.get(c.shippedBy) ?? c.shippedBy) : '',
    }));
    return capped(rows, timed.length, 'shipped changes, slowest first', 'shipped change');
}
/** F2: pull requests merged in the window, the longest cycle first, with the wait in each phase. */
function buildPullRequestTable(report, links) {
    const merged = report.records.pullRequests.filter((p) => inWindow(p.mergedAt, report.window));
    const longest = [...merged].sort((a, b) => b.cycleHours - a.cycleHours).slice(0, PULL_REQUEST_ROWS);
    const rows = longest.map((p) => ({
        pullRequest: { text: `#${p.number}`, href: links.checked(p.url) ?? links.pull(p.number) },
        title: pageTitle(p.title),
        cycle: (0,format/* formatDuration */.a3)(p.cycleHours),
        coding: (0,format/* formatDuration */.a3)(p.codingHours),
        pickup: (0,format/* formatDuration */.a3)(p.pickupHours),
        review: (0,format/* formatDuration */.a3)(p.reviewHours),
        deploy: (0,format/* formatDuration */.a3)(p.deployHours),
        lines: p.lines === null ? 'unknown' : (0,format/* formatNumber */.ZV)(p.lines),
    }));
    return capped(rows, merged.length, 'merged pull requests, longest cycle first', 'merged pull request');
}

;// CONCATENATED MODULE: ./src/report/methodology.ts



function buildMethodology(report) {
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
            definition: 'A change is a pull request merged into the default branch (or a commit, when there are no pull requests). It starts at its earliest commit and ends when the first deployment that contains it goes out. The figure is the median over changes shipped in the window, with the 75th and 90th percentiles; changes shipped by the very first deployment are left out. A tier needs at least 5 changes (T2).',
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
            definition: 'Each incident and each revert that failed a deployment is a failure event. An incident is restored when its issue closes; a revert when the deployment shipping the revert goes out. The figure is the median restore time of events starting in the window; events still open are counted separately.',
        },
        {
            anchor: 'method-reworkRate',
            name: 'Deployment rework rate',
            rules: 'C4',
            definition: 'The share of deployments in the window that shipped only reverts or defect fixes: unplanned deployments to repair something users ran into. A release mixing fixes with features is planned work. DORA publishes no tiers for it.',
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
            definition: 'Every figure is also computed for the previous window. Better or worse follows each metric’s direction: more deployments and throughput and higher efficiency are better; shorter times, fewer failures, smaller load and smaller batches are better.',
        },
        {
            anchor: 'method-flow',
            name: 'Flow metrics',
            rules: 'F1–F6',
            definition: `Pull request histories only. Throughput counts pull requests merged (F1). Cycle time runs from the first commit to merge, split into coding (until the pull request opens), waiting for review and review (until merge); waiting for deployment comes after the merge and is shown beside cycle time, not in it (F2). Each of the four phases is a median, and the largest is named the bottleneck. Flow load counts open, non-draft pull requests (F3). Flow efficiency is hands-on time (coding and review) over all elapsed time (F4), compared with a target of ${(0,format/* formatPercent */.l9)(EFFICIENCY_TARGET)} and world class at ${(0,format/* formatPercent */.l9)(EFFICIENCY_WORLD_CLASS)}. The work mix sorts pull requests by label, else by their conventional-commit title, into risk, defect, debt and feature (F5), compared with a 70/20/10 investment guide. Batch size is the median of lines added plus deleted (F6).`,
        },
        {
            anchor: 'method-business',
            name: 'Business impact',
            rules: 'R1',
            definition: `Downtime cost is the sum of restore times of failure events starting in the window (events still open count up to the window's end) times the cost per hour you supply. The value-delivery score is ${VALUE_SCORE_FORMULA}; it is shown only when every input exists.`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/report/at-a-glance.ts


function buildSummary(report, t) {
    const d = report.dora;
    const lines = [];
    const rate = (0,format/* formatDeployRate */.jO)(d.deploymentFrequency.perDay, d.deploymentFrequency.count);
    const lead = d.leadTime.medianHours === null
        ? 'no change was shipped with a measurable lead time'
        : `a typical change took ${(0,format/* formatDuration */.a3)(d.leadTime.medianHours)} from first commit to ${leadTimeEnd(report.source.assumed === true)}`;
    lines.push(`Delivery speed: ${rate} over ${report.window.days} days; ${lead}.`);
    const cfr = d.changeFailureRate.rate;
    const failures = cfr === null
        ? 'no deployments to judge quality by'
        : cfr === 0
            ? 'no deployment caused a recorded failure'
            : `${(0,format/* formatOneIn */.zz)(cfr)} deployments caused a failure`;
    const restore = d.timeToRestore.medianHours === null
        ? ''
        : `; service was typically restored in ${(0,format/* formatDuration */.a3)(d.timeToRestore.medianHours)}`;
    lines.push(`Stability: ${failures}${restore}.`);
    const bottleneck = t.flow?.bottleneck;
    if (bottleneck)
        lines.push(`Biggest delay: ${bottleneck.name.toLowerCase()} (median ${(0,format/* formatDuration */.a3)(bottleneck.hours)}).`);
    return [...lines, ...buildGlanceNotes(report, t)];
}
/** The sentences the first screen's key tiles do not already say: money lost, better or worse. */
function buildGlanceNotes(report, t) {
    const lines = [];
    if (t.downtime) {
        const open = t.downtime.openText ? `; ${t.downtime.openText}` : '';
        lines.push(`Estimated cost of failures in the window: ${t.downtime.costText}${open}.`);
    }
    const labels = t.dora.map((m) => m.trend.label);
    const better = labels.filter((l) => l === 'better').length;
    const worse = labels.filter((l) => l === 'worse').length;
    if (better + worse > 0) {
        lines.push(`Against the previous ${report.previous.window.days} days: better on ${(0,format/* plural */.LS)(better, 'measure')}, worse on ${(0,format/* plural */.LS)(worse, 'measure')}.`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/story.ts


/** The four keys the DORA research rates; rework rate (C4) has no tier and stays on its card. */
const FOUR = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'];
function buildStory(t) {
    const keys = t.dora
        .filter((m) => FOUR.includes(m.key))
        .map((m) => ({
        key: m.key,
        name: m.name,
        headline: m.value,
        trend: m.trend,
        tier: m.tier,
        href: `#${report_anchors/* sectionId */.F2.metric(m.key)}`,
    }));
    const found = t.flow?.bottleneck ?? null;
    const bottleneck = found
        ? `median ${(0,format/* formatDuration */.a3)(found.hours)}. ${found.advice}`
        : t.flow
            ? 'no single phase of cycle time stands out.'
            : 'none can be named: this history has no pull requests, so the waits between coding, review and release cannot be seen.';
    return {
        keys,
        bottleneckLabel: found ? 'Bottleneck' : 'Where work waits',
        bottleneckName: found?.name ?? null,
        bottleneck,
        bottleneckHref: t.flow ? `#${report_anchors/* sectionId */.F2.flowCycle}` : `#${report_anchors/* sectionId */.F2.flow}`,
    };
}

;// CONCATENATED MODULE: ./src/report/downloads.ts

function isTable(value) {
    const v = value;
    return typeof v.caption === 'string' && Array.isArray(v.headers) && Array.isArray(v.rows);
}
/** Gives each TableView reachable from `view` a `download` file, once, in page order. */
function attachTableDownloads(view, taken, into) {
    const seen = new WeakSet();
    const visit = (value) => {
        if (value === null || typeof value !== 'object' || seen.has(value))
            return;
        seen.add(value);
        if (isTable(value)) {
            value.download = csvFileName(value.caption, taken);
            into.push({ file: value.download, headers: value.headers, rows: value.rows });
            return;
        }
        for (const child of Array.isArray(value) ? value : Object.values(value))
            visit(child);
    };
    visit(view);
}
function downloads_inWindow(time, window) {
    if (time === null)
        return false;
    const t = Date.parse(time);
    return t >= Date.parse(window.since) && t < Date.parse(window.until);
}
/** D1–D4, C1–C4: every deployment in the window with everything it shipped. */
function deploymentRecords(report, taken) {
    const rows = report.records.deployments
        .filter((d) => downloads_inWindow(d.time, report.window))
        .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
        .map((d) => [
        d.label,
        d.time,
        d.sha,
        d.changes.length,
        d.changes.join(' '),
        d.failed ? 'failed' : d.rework ? 'unplanned fix' : 'healthy',
        d.failureReasons.join('; '),
        d.onDefaultBranch ? 'yes' : 'no',
        d.url,
    ]);
    return {
        file: csvFileName('deployments', taken),
        headers: [
            'Deployment',
            'Time (UTC)',
            'Commit',
            'Changes',
            'Change ids',
            'Outcome',
            'Why it failed',
            'On the default branch',
            'Address',
        ],
        rows,
    };
}
/** R1: every failure event starting in the window. */
function failureRecords(report, taken) {
    const rows = report.records.failures
        .filter((f) => downloads_inWindow(f.start, report.window))
        .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
        .map((f) => [f.id, f.kind, f.title, f.start, f.restoredAt, f.restoreHours, f.deployment, f.url]);
    return {
        file: csvFileName('failures', taken),
        headers: [
            'Event',
            'Kind',
            'Title',
            'Started (UTC)',
            'Restored (UTC)',
            'Hours to restore',
            'Deployment',
            'Address',
        ],
        rows,
    };
}
/** F2: every pull request merged in the window, with its phases in hours. */
function pullRequestRecords(report, taken) {
    const rows = report.records.pullRequests
        .filter((p) => downloads_inWindow(p.mergedAt, report.window))
        .sort((a, b) => b.cycleHours - a.cycleHours)
        .map((p) => [
        `#${p.number}`,
        p.title,
        p.mergedAt,
        p.cycleHours,
        p.codingHours,
        p.pickupHours,
        p.reviewHours,
        p.deployHours,
        p.lines,
        p.category,
        p.url,
    ]);
    return {
        file: csvFileName('pull requests', taken),
        headers: [
            'Pull request',
            'Title',
            'Merged (UTC)',
            'Cycle time (hours)',
            'Coding (hours)',
            'Waiting for review (hours)',
            'Review (hours)',
            'Waiting for deployment (hours)',
            'Lines changed',
            'Kind of work',
            'Address',
        ],
        rows,
    };
}
/** L1–L4: every change shipped in the window, and those merged in it but not shipped yet. */
function changeRecords(report, taken) {
    const changes = [...report.records.changes, ...report.records.unshippedChanges].filter((c) => downloads_inWindow(c.shippedAt, report.window) || (c.shippedAt === null && downloads_inWindow(c.mergedAt, report.window)));
    const rows = changes
        .sort((a, b) => (b.leadTimeHours ?? -1) - (a.leadTimeHours ?? -1))
        .map((c) => [
        c.id,
        c.kind,
        c.title,
        c.author,
        c.start,
        c.mergedAt,
        c.shippedAt,
        c.shippedBy,
        c.leadTimeHours,
        c.category,
        c.isRevert ? 'yes' : 'no',
        c.url,
    ]);
    return {
        file: csvFileName('changes', taken),
        headers: [
            'Change',
            'Kind',
            'Title',
            'Author',
            'First commit (UTC)',
            'Merged (UTC)',
            'Shipped (UTC)',
            'Shipped by',
            'Lead time (hours)',
            'Kind of work',
            'Revert',
            'Address',
        ],
        rows,
    };
}

// EXTERNAL MODULE: ./src/report/trust.ts
var trust = __webpack_require__(90044);
;// CONCATENATED MODULE: ./src/report/view-model.ts






















function buildFlowView(report, t, charts) {
    const flow = report.flow;
    const words = t.flow;
    if (!flow || !words)
        return null;
    // N1: a previous window before the history has nothing to set beside this one's bars.
    const before = report.previous.beforeHistory ? null : report.previous.flow;
    const phases = buildPhasesChart(flow, before);
    const throughput = buildThroughputChart(report);
    const distribution = buildDistributionChart(flow, before);
    for (const chart of [phases, throughput, distribution])
        if (chart)
            charts[chart.view.id] = chart.spec;
    return {
        cycleTime: words.cycleTime,
        cycleSpread: words.cycleSpread,
        cycleTrend: words.cycleTrend,
        bottleneck: words.bottleneck?.text ?? null,
        bottleneckName: words.bottleneck?.name ?? null,
        throughput: words.throughput,
        throughputTrend: words.throughputTrend,
        efficiencyValue: flow.efficiency,
        efficiencyPercent: words.efficiencyText,
        efficiencyText: words.efficiency?.text ?? words.efficiencyText,
        efficiencyBand: words.efficiency?.band ?? null,
        portfolio: words.portfolio,
        batchSize: words.batchSize,
        phasesChart: phases.view,
        throughputChart: throughput.view,
        distributionChart: distribution?.view ?? null,
        cycleMonthly: null,
    };
}
/** B7: why there is no ratio, naming the window that lacks an input. */
function valueScoreMissing(score, days) {
    const sides = [
        score.missing.length ? `${score.missing.join(', ')} in this window` : '',
        score.previousMissing.length ? `${score.previousMissing.join(', ')} in the previous ${days} days` : '',
    ].filter(Boolean);
    return sides.length ? `Not shown: it needs ${sides.join(', and ')}.` : '';
}
function buildViewModel(report, options = {}) {
    const t = translateReport(report, options);
    const links = repositoryLinks(report);
    const charts = {};
    const positions = buildPositions(report);
    const metrics = t.dora.map((m) => {
        const chart = buildDoraChart(m.key, report);
        charts[chart.view.id] = chart.spec;
        return { ...m, chart: chart.view, position: positions[m.key], monthly: null };
    });
    // with benchmarks dora-2025 the industry position leads, here as on the cards
    const glance = industryGlance(report);
    const leadsWithPosition = report.benchmarks.badge === 'industry';
    const byId = new Map();
    for (const c of report.records.changes)
        byId.set(c.id, c);
    for (const c of report.records.unshippedChanges)
        byId.set(c.id, c);
    const deploymentLabels = new Map(report.records.deployments.map((d) => [d.key, d.label]));
    const fullName = `${report.repository.owner}/${report.repository.name}`;
    const flow = buildFlowView(report, t, charts);
    const weeklyCharts = [...metrics.map((m) => m.chart), ...(flow ? [flow.throughputChart] : [])];
    const context = buildContextView(report, charts, weeklyCharts);
    const history = buildHistoryView(cleanHistory(options.history), charts);
    // each key's card shows its own line over months
    const monthly = (key) => history.metrics.find((m) => m.key === key) ?? null;
    for (const card of metrics)
        card.monthly = monthly(card.key);
    if (flow)
        flow.cycleMonthly = monthly('cycleTime');
    const score = t.valueScore;
    const quality = buildQualityItems(report.dataQuality);
    const business = buildBusinessView(report, charts, options);
    // B4: how relations are tested, on the methodology's page with the other definitions
    const businessMethod = business
        ? [
            {
                anchor: 'method-business-relations',
                name: 'Delivery and the business',
                rules: 'B1–B7',
                definition: business.method,
            },
        ]
        : [];
    const previousWindow = (0,format/* formatWindow */.A4)(report.previous.window.since, report.previous.window.until);
    const view = {
        title: `Delivery report: ${fullName}`,
        repository: { text: fullName, href: links.home },
        defaultBranch: report.repository.defaultBranch,
        window: (0,format/* formatWindow */.A4)(report.window.since, report.window.until),
        days: report.window.days,
        previousWindow,
        comparison: report.previous.beforeHistory ? historyBegins(report) : `compared with ${previousWindow}`,
        source: report.source.deployments,
        sourceLabel: sourceLabel(report.source.deployments),
        // D2: with `auto` the reason already says how the source was chosen
        sourceRequested: ['auto', report.source.deployments].includes(report.source.requested)
            ? null
            : report.source.requested,
        sourceReason: report.source.reason,
        benchmark: benchmarkFact(report, `${benchmarkTitle(report.benchmarks.name, report.benchmarks.year)} (${report.benchmarks.name})`),
        generatedAt: options.generatedAt ? (0,format/* formatDateTime */.r6)(options.generatedAt) : 'not recorded',
        tool: `${report.tool.name} ${report.tool.version}`,
        trust: (0,trust/* buildTrustLine */.h)(report),
        summary: leadsWithPosition ? [glance, ...buildSummary(report, t)] : [...buildSummary(report, t), glance],
        story: buildStory(t),
        toc: (0,report_anchors/* tableOfContents */.yW)({
            flow: flow !== null,
            business: business != null,
            context: context !== null,
            declared: context?.declared ?? false,
        }),
        glanceNotes: leadsWithPosition
            ? [glance, ...buildGlanceNotes(report, t)]
            : [...buildGlanceNotes(report, t), glance],
        metrics,
        flow,
        flowMissingReason: report.flow ? null : COMMITS_ONLY_REASON,
        downtime: t.downtime
            ? {
                cost: t.downtime.costText,
                hours: t.downtime.hoursText,
                change: t.downtime.changeText,
                caveats: t.downtime.caveats,
            }
            : null,
        downtimeHint: t.downtime
            ? null
            : 'Give a cost per hour of downtime (--downtime-cost-per-hour and --currency) to see what failures cost in money.',
        valueScore: {
            shown: score.ratio !== null,
            value: score.ratioText,
            trend: score.trendText,
            inputs: score.inputs,
            formula: VALUE_SCORE_FORMULA,
            missing: valueScoreMissing(score, report.previous.window.days),
            caveats: score.caveats,
        },
        deployments: buildDeploymentTable(report, links, byId),
        failures: buildFailureTable(report, links, deploymentLabels),
        slowest: buildSlowestTable(report, links, deploymentLabels),
        pullRequests: report.flow ? buildPullRequestTable(report, links) : null,
        quality,
        qualityCountText: `${quality.filter((q) => q.attention).length} of ${quality.length} need attention`,
        qualityNotes: report.dataQuality.notes,
        methodology: [
            ...buildMethodology(report),
            industryMethod(report),
            ...(context?.methods ?? []),
            ...businessMethod,
        ],
        history,
        context,
        business,
        charts,
        downloads: [],
    };
    addDownloads(view, report);
    return view;
}
/**
 * Every table as a CSV file (csv.ts): the drill-downs with every record in the window, the tables
 * written out in the templates, then each TableView found in the view.
 */
function addDownloads(view, report) {
    const taken = new Set();
    const records = [deploymentRecords, failureRecords, changeRecords].map((build) => build(report, taken));
    [view.deployments.download, view.failures.download, view.slowest.download] = records.map((r) => r.file);
    const quality = {
        file: csvFileName('data quality', taken),
        headers: ['Item', 'Count', 'What it means'],
        rows: view.quality.map((q) => [q.label, q.value, q.explanation]),
    };
    view.qualityDownload = quality.file;
    view.downloads.push(...records, quality);
    if (view.pullRequests) {
        const pulls = pullRequestRecords(report, taken);
        view.pullRequests.download = pulls.file;
        view.downloads.push(pulls);
    }
    if (view.flow?.portfolio.length) {
        const mix = {
            file: csvFileName('work mix against the investment guide', taken),
            headers: ['Kind of work', 'Share', 'Guide', 'Reading'],
            rows: view.flow.portfolio.map((p) => [p.name, p.share, p.guide, p.text]),
        };
        view.flow.portfolioDownload = mix.file;
        view.downloads.push(mix);
    }
    for (const service of view.context?.services ?? []) {
        if (!service.standing.length)
            continue;
        const standing = {
            file: csvFileName(`targets of ${service.id}`, taken),
            headers: ['Measure', 'Value', 'Target', 'Standing'],
            rows: service.standing.map((s) => [s.metric, s.value, s.target, s.status]),
        };
        service.standingDownload = standing.file;
        view.downloads.push(standing);
    }
    attachTableDownloads(view, taken, view.downloads);
}
/** D1/D2: a source in the trust line's words, cut short so that a long pattern does not fill the first screen. */
function sourceLabel(source) {
    const words = (0,trust/* describeSource */.B)(source);
    return words.length > 48 ? `${words.slice(0, 47)}…` : words;
}

;// CONCATENATED MODULE: ./src/report/render.ts
// Renders the static site in outDir: index.html, methodology.html (each figure's definition, one
// click from its card), definitions.html and assets/ (the CSS, the page's own script, Chart.js). Built in a temporary folder beside outDir first, then moved in by rename, so a failure
// leaves outDir as it was. Other files in outDir (metrics.json, summary.md) are left alone.








const ASSET_FILES = ['report.css', 'report.js'];
/** docs/metrics.md and docs/benchmarks.md as a page (npm run docs), beside index.html. */
const DEFINITIONS = 'definitions.html';
/** The methodology's page: its own layout, overridable like layout.hbs. */
const METHODOLOGY_LAYOUT = 'methodology.hbs';
function readPartials(dir, into) {
    const partialDir = (0,external_node_path_.join)(dir, 'partials');
    if (!(0,external_node_fs_.existsSync)(partialDir))
        return;
    for (const file of (0,external_node_fs_.readdirSync)(partialDir)) {
        if (file.endsWith('.hbs'))
            into.set(file.slice(0, -4), (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(partialDir, file), 'utf8'));
    }
}
/** A user's template dir overrides the built-in files one by one; it must at least have layout.hbs. */
function loadTemplates(templateDir) {
    const custom = (0,paths/* customTemplateDir */.BF)(templateDir);
    const partials = new Map();
    readPartials((0,paths/* defaultTemplateDir */.XM)(), partials);
    if (custom !== null)
        readPartials(custom, partials);
    return {
        layout: (0,external_node_fs_.readFileSync)((0,paths/* templateFile */.v3)(custom, 'layout.hbs'), 'utf8'),
        methodologyLayout: (0,external_node_fs_.readFileSync)((0,paths/* templateFile */.v3)(custom, METHODOLOGY_LAYOUT), 'utf8'),
        partials,
        assets: new Map(ASSET_FILES.map((file) => [file, (0,paths/* templateFile */.v3)(custom, file)])),
        definitions: (0,paths/* templateFile */.v3)(custom, DEFINITIONS),
    };
}
/** The files the view model fills: path in the folder → text (the pages, and csv/ of every table). */
function renderPages(report, options, templates) {
    const view = buildViewModel(report, options);
    const files = new Map(view.downloads.map((d) => [d.file, csvText(d.headers, d.rows)]));
    const hbs = (0,helpers/* createHandlebars */.V)();
    for (const [name, text] of templates.partials)
        hbs.registerPartial(name, text);
    const page = (layout) => hbs.compile(layout, { preventIndent: true })(view);
    return new Map([
        ...files,
        [PRINT_FOOTER, printFooterCss(`${view.repository.text} · ${view.window}`)],
        ['index.html', page(templates.layout)],
        [report_anchors/* METHODOLOGY_PAGE */.Uc, page(templates.methodologyLayout)],
    ]);
}
/** index.html as a string, from the built-in templates or templateDir; writes nothing. */
function renderReportHtml(report, options = {}) {
    return renderPages(report, { ...options, outDir: '' }, loadTemplates(options.templateDir)).get('index.html');
}
/** methodology.html as a string; writes nothing. */
function renderMethodologyHtml(report, options = {}) {
    return renderPages(report, { ...options, outDir: '' }, loadTemplates(options.templateDir)).get(METHODOLOGY_PAGE);
}
/** The printed page's footer: the report's name and window on every page, beside its number. */
const PRINT_FOOTER = 'assets/print-footer.css';
/** Text as a CSS string: everything but plain letters and digits escaped (names are hostile text). */
function cssString(text) {
    const escaped = [...text]
        .map((ch) => (/[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0).toString(16)} `))
        .join('');
    return `"${escaped}"`;
}
function printFooterCss(text) {
    return `/* Written for this report: CSS cannot read the page, and the CSP allows no inline style. */
@page {
  @bottom-left {
    content: ${cssString(text)};
    font: 8pt system-ui, sans-serif;
    color: #444;
  }
}
`;
}
/** Folders the report owns whole: an earlier report's copy is replaced, not merged. */
const FOLDERS = ['assets', report_anchors/* CSV_FOLDER */.Mr];
/** Moves the built files into outDir: folders and pages first, index.html last (each by rename). */
function moveInto(tmp, outDir) {
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const trash = [];
    for (const folder of FOLDERS) {
        const old = (0,external_node_path_.join)(outDir, folder);
        if ((0,external_node_fs_.existsSync)(old)) {
            trash.push(`${tmp}-old-${folder}`);
            (0,external_node_fs_.renameSync)(old, trash[trash.length - 1]);
        }
    }
    const entries = (0,external_node_fs_.readdirSync)(tmp).filter((entry) => entry !== 'index.html');
    for (const entry of [...entries, 'index.html'])
        (0,external_node_fs_.renameSync)((0,external_node_path_.join)(tmp, entry), (0,external_node_path_.join)(outDir, entry));
    for (const folder of trash)
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
}
async function renderReport(report, options) {
    const outDir = (0,external_node_path_.resolve)(options.outDir);
    if ((0,external_node_fs_.existsSync)(outDir) && !(0,external_node_fs_.statSync)(outDir).isDirectory()) {
        throw new errors/* UserError */.y(`out: "${options.outDir}" is a file (expected a folder for the report)`);
    }
    const templates = loadTemplates(options.templateDir);
    const pages = renderPages(report, options, templates);
    const parent = (0,external_node_path_.dirname)(outDir);
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    const tmp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, `.${(0,external_node_path_.basename)(outDir)}.tmp-`));
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(tmp, 'assets'));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(tmp, report_anchors/* CSV_FOLDER */.Mr));
        for (const [file, text] of pages)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tmp, file), text);
        for (const [file, from] of templates.assets)
            (0,external_node_fs_.copyFileSync)(from, (0,external_node_path_.join)(tmp, 'assets', file));
        (0,external_node_fs_.copyFileSync)((0,paths/* chartJsPath */.lp)(), (0,external_node_path_.join)(tmp, 'assets', 'chart.umd.min.js'));
        (0,external_node_fs_.copyFileSync)(templates.definitions, (0,external_node_path_.join)(tmp, DEFINITIONS));
        moveInto(tmp, outDir);
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    }
    return { indexPath: (0,external_node_path_.join)(outDir, 'index.html') };
}


/***/ })

};
