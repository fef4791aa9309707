export const id = 947;
export const ids = [947];
export const modules = {

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

/***/ 71947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderRollupReport: () => (/* binding */ renderRollupReport)
});

// UNUSED EXPORTS: renderRollupHtml

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/report/helpers.ts + 1 modules
var helpers = __webpack_require__(16057);
// EXTERNAL MODULE: ./src/report/paths.ts
var paths = __webpack_require__(4278);
// EXTERNAL MODULE: ./src/rollup/types.ts
var types = __webpack_require__(92147);
// EXTERNAL MODULE: ./src/translate/format.ts
var format = __webpack_require__(56835);
// EXTERNAL MODULE: ./src/report/rollup-words.ts
var rollup_words = __webpack_require__(49182);
;// CONCATENATED MODULE: ./src/report/rollup-view.ts



function tierBars(tiers) {
    return types/* DORA_KEYS */.g.map((key) => {
        const counts = tiers[key];
        const total = (0,rollup_words/* tierTotal */.nf)(counts) || 1;
        let x = 0;
        const segments = [];
        for (const tier of rollup_words/* TIER_ORDER */.uV) {
            const count = counts[tier];
            if (count === 0)
                continue;
            const width = (count / total) * 100;
            segments.push({ tier, count, x, width, label: `${tier}: ${count}` });
            x += width;
        }
        return {
            key,
            name: rollup_words/* KEY_NAMES */.Vx[key],
            segments,
            text: rollup_words/* TIER_ORDER */.uV.filter((tier) => counts[tier] > 0)
                .map((tier) => `${counts[tier]} ${tier}`)
                .join(', '),
        };
    });
}
function safeHref(url) {
    return url !== null && /^https?:\/\//i.test(url) ? url : null;
}
const NUMBER = {
    deploymentFrequency: (m) => m.dora.deploymentFrequency.perWeek,
    leadTime: (m) => m.dora.leadTime.medianHours,
    changeFailureRate: (m) => m.dora.changeFailureRate.rate,
    timeToRestore: (m) => m.dora.timeToRestore.medianHours,
};
function memberValue(key, m) {
    const d = m.dora;
    switch (key) {
        case 'deploymentFrequency':
            return (0,format/* formatDeployRate */.jO)(d.deploymentFrequency.perDay, d.deploymentFrequency.count);
        case 'leadTime':
            return (0,format/* formatDuration */.a3)(d.leadTime.medianHours);
        case 'changeFailureRate':
            return (0,format/* formatPercent */.l9)(d.changeFailureRate.rate);
        case 'timeToRestore':
            return (0,format/* formatDuration */.a3)(d.timeToRestore.medianHours);
    }
}
function memberRow(m) {
    const cells = types/* DORA_KEYS */.g.map((key) => {
        const number = NUMBER[key](m);
        const tier = m.dora[key].tier;
        const trend = m.trends[key]?.label ?? null;
        return {
            value: memberValue(key, m),
            sort: number === null ? '' : String(number),
            tier: tier ?? (m.dora[key].tierWithheld === 'too-few' ? 'too few to rate' : 'unrated'),
            tierClass: tier ?? 'unrated',
            trend: trend ?? '',
            trendClass: trend ?? 'none',
        };
    });
    return {
        repository: m.repository,
        href: safeHref(m.reportUrl) ?? safeHref(m.url),
        hrefIsReport: safeHref(m.reportUrl) !== null,
        assumed: m.source.assumed,
        cells,
    };
}
function groupView(group, id) {
    return {
        id,
        name: group.name,
        members: (0,format/* plural */.LS)(group.members.length, 'repository', 'repositories'),
        memberNames: group.members.join(', '),
        delivery: (0,rollup_words/* deliveryLines */.is)(group),
        assumed: (0,rollup_words/* assumedLine */.hx)(group),
        newMembers: (0,rollup_words/* newMembersLine */.U_)(group),
        tierBars: tierBars(group.tiers),
    };
}
function buildRollupView(report, generatedAt, history = []) {
    const [organisation, ...teams] = report.groups;
    return {
        title: `Delivery across ${(0,format/* plural */.LS)(organisation.members.length, 'repository', 'repositories')}`,
        tool: `${report.tool.name} ${report.tool.version}`,
        window: (0,format/* formatWindow */.A4)(report.window.since, report.window.until),
        previousWindow: (0,format/* formatWindow */.A4)(report.previousWindow.since, report.previousWindow.until),
        days: report.window.days,
        benchmark: report.benchmarks.name,
        generatedAt: (0,format/* formatDateTime */.r6)(generatedAt),
        missing: (0,rollup_words/* missingLine */.X1)(report),
        blendedNote: rollup_words/* BLENDED_NOTE */.AO,
        organisation: groupView(organisation, 'organisation'),
        leads: report.leads.map(rollup_words/* leadText */.OO),
        teams: teams.map((team, i) => groupView(team, `team-${i + 1}`)),
        keys: types/* DORA_KEYS */.g.map((key) => ({ key, name: rollup_words/* KEY_NAMES */.Vx[key] })),
        members: report.members.map(memberRow),
        // The days of the Pages branch's history.json, drawn from two on.
        hasHistory: history.length >= 2,
        historyDays: history.length,
        charts: {
            history: history.length >= 2
                ? {
                    labels: history.map((e) => e.date),
                    deploymentsPerWeek: history.map((e) => e.deploymentsPerWeek),
                    leadTime: history.map((e) => e.leadTimeMedianHours),
                }
                : null,
            weekly: {
                labels: organisation.weekly.map((w) => w.weekStart.slice(0, 10)),
                deployments: organisation.weekly.map((w) => w.deployments),
                failed: organisation.weekly.map((w) => w.failedDeployments),
                leadTime: organisation.weekly.map((w) => w.leadTimeMedianHours),
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/report/rollup-render.ts
// Renders the organisation report into a folder the caller stages (publish/report-folder.ts
// replaces the output folder whole): index.html from templates/rollup.hbs, the shared stylesheet
// and definitions page, the roll-up's own script and stylesheet, and the offline Chart.js. A user's
// --template-dir overrides these files one by one, as it does the repository report's.





const ASSETS = ['report.css', 'rollup.css', 'rollup.js'];
function renderRollupHtml(report, generatedAt, history = [], templateDir) {
    return renderHtml(report, generatedAt, history, customTemplateDir(templateDir));
}
/** `custom`: customTemplateDir's answer, checked once by the caller. */
function renderHtml(report, generatedAt, history, custom) {
    const hbs = (0,helpers/* createHandlebars */.V)();
    hbs.registerPartial('rollup-tiers', (0,external_node_fs_.readFileSync)((0,paths/* templateFile */.v3)(custom, 'partials/rollup-tiers.hbs'), 'utf8'));
    const template = hbs.compile((0,external_node_fs_.readFileSync)((0,paths/* templateFile */.v3)(custom, 'rollup.hbs'), 'utf8'), {
        preventIndent: true,
    });
    return template(buildRollupView(report, generatedAt, history));
}
/** `templateDir`: the user's copy of templates/ (`--template-dir`), read file by file over the built-in one. */
function renderRollupReport(report, outDir, generatedAt, history = [], templateDir) {
    const custom = (0,paths/* customTemplateDir */.BF)(templateDir);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(outDir, 'assets'), { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(outDir, 'index.html'), renderHtml(report, generatedAt, history, custom));
    for (const file of ASSETS)
        (0,external_node_fs_.copyFileSync)((0,paths/* templateFile */.v3)(custom, file), (0,external_node_path_.join)(outDir, 'assets', file));
    (0,external_node_fs_.copyFileSync)((0,paths/* chartJsPath */.lp)(), (0,external_node_path_.join)(outDir, 'assets', 'chart.umd.min.js'));
    (0,external_node_fs_.copyFileSync)((0,paths/* templateFile */.v3)(custom, 'definitions.html'), (0,external_node_path_.join)(outDir, 'definitions.html'));
}


/***/ })

};
