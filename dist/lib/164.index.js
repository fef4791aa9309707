export const id = 164;
export const ids = [164];
export const modules = {

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

/***/ 49182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ BLENDED_NOTE),
/* harmony export */   OO: () => (/* binding */ leadText),
/* harmony export */   U_: () => (/* binding */ newMembersLine),
/* harmony export */   Vx: () => (/* binding */ KEY_NAMES),
/* harmony export */   X1: () => (/* binding */ missingLine),
/* harmony export */   hx: () => (/* binding */ assumedLine),
/* harmony export */   is: () => (/* binding */ deliveryLines),
/* harmony export */   nf: () => (/* binding */ tierTotal),
/* harmony export */   uV: () => (/* binding */ TIER_ORDER)
/* harmony export */ });
/* unused harmony exports pooledValue, trendWords */
/* harmony import */ var _translate_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56835);

const KEY_NAMES = {
    deploymentFrequency: 'Deployment frequency',
    leadTime: 'Lead time for changes',
    changeFailureRate: 'Change failure rate',
    timeToRestore: 'Time to restore',
};
const TIER_ORDER = ['elite', 'high', 'medium', 'low', 'unrated'];
const BLENDED_NOTE = 'every deployment, change and failure of the repositories pooled into one figure. DORA describes one application at a time, so a blended figure earns no tier (O4); the tiers below count repositories instead.';
/** A pooled key's value in words, with its sample. */
function pooledValue(key, dora) {
    switch (key) {
        case 'deploymentFrequency': {
            const { perDay, count } = dora.deploymentFrequency;
            return { value: (0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDeployRate */ .jO)(perDay, count), sample: (0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count, 'deployment') };
        }
        case 'leadTime':
            return {
                value: (0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(dora.leadTime.medianHours),
                sample: dora.leadTime.changes === 0
                    ? 'no change shipped'
                    : `median of ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(dora.leadTime.changes, 'change')}`,
            };
        case 'changeFailureRate':
            return {
                value: (0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(dora.changeFailureRate.rate),
                sample: `${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(dora.changeFailureRate.failed)} of ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(dora.changeFailureRate.deployments, 'deployment')} failed`,
            };
        case 'timeToRestore':
            return {
                value: (0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(dora.timeToRestore.medianHours),
                sample: `${dora.timeToRestore.restored === 0
                    ? 'no failure restored'
                    : `median of ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(dora.timeToRestore.restored, 'restored failure')}`}${dora.timeToRestore.unrestored ? `, ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(dora.timeToRestore.unrestored)} still open` : ''}`,
            };
    }
}
/** "better than", "worse than", "the same as", or nothing to compare. */
function trendWords(trend) {
    if (!trend || trend.label === null)
        return 'no comparison';
    return trend.label === 'same' ? 'the same' : trend.label;
}
function deliveryLines(group) {
    return Object.keys(KEY_NAMES).map((key) => {
        const now = pooledValue(key, group.dora);
        const before = pooledValue(key, group.previous.dora);
        const trend = group.trends[key];
        return {
            key,
            name: KEY_NAMES[key],
            value: now.value,
            sample: now.sample,
            previous: `${before.value} (${before.sample})`,
            trend: trendWords(trend),
            label: trend?.label ?? null,
        };
    });
}
/** "2 of 40 expected repositories have no figures: a/b, a/c" — never a silent partial roll-up. */
function missingLine(report) {
    const { count, missing } = report.expected;
    if (missing.length === 0)
        return null;
    return `${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(missing.length)} of ${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count, 'expected repository', 'expected repositories')} ${missing.length === 1 ? 'has' : 'have'} no figures: ${missing.join(', ')}`;
}
function assumedLine(group) {
    if (group.assumedMembers === 0)
        return null;
    return `${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(group.assumedMembers, 'repository', 'repositories')} with assumed deployments ${group.assumedMembers === 1 ? 'is' : 'are'} left out of the DORA figures and downtime (O3).`;
}
/**
 * O2 compares the pooled figures of the two windows as they are; a repository whose history begins
 * inside this window adds to this window's figures and to none of the previous one's.
 */
function newMembersLine(group) {
    if (group.newMembers === 0)
        return null;
    const one = group.newMembers === 1;
    return `${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(group.newMembers, 'repository', 'repositories')} ${one ? 'has' : 'have'} a history that begins inside this window: the previous window's blended figures do not include ${one ? 'it' : 'them'}, so the comparison counts ${one ? 'its' : 'their'} arrival as change.`;
}
function tierTotal(counts) {
    return TIER_ORDER.reduce((sum, tier) => sum + counts[tier], 0);
}
function leadValue(key, value) {
    if (key === 'changeFailureRate')
        return (0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(value);
    if (key === 'deploymentFrequency')
        return `${(0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value)} a week`;
    return (0,_translate_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(value);
}
/** A place to look first, in one sentence with what to do. */
function leadText(lead) {
    const names = lead.repositories.join(', ');
    switch (lead.kind) {
        case 'worsened':
            return `${names}: ${KEY_NAMES[lead.key].toLowerCase()} worsened most, from ${leadValue(lead.key, lead.previous)} to ${leadValue(lead.key, lead.current)}, on a sample large enough to rate in both windows.`;
        case 'assumed':
            return `${names}: deployments are assumed from merges (T3), so ${lead.repositories.length === 1 ? 'its' : 'their'} DORA figures are left out; name the real source (environment, releases or tags) in each repository's run.`;
        case 'history':
            return `${names}: the history ends before the window (T4); check the clone is fresh and that every run got the same --until.`;
    }
}


/***/ }),

/***/ 83164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollupMain: () => (/* binding */ rollupMain),
  W: () => (/* binding */ runRollup)
});

// UNUSED EXPORTS: ROLLUP_HELP, findInputFiles, parseRollupFlags, readMembers

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(55285);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/publish/report-folder.ts
var report_folder = __webpack_require__(76530);
// EXTERNAL MODULE: ./src/publish/json-text.ts
var json_text = __webpack_require__(49061);
// EXTERNAL MODULE: ./src/metrics/trends.ts
var trends = __webpack_require__(21117);
// EXTERNAL MODULE: ./src/metrics/categories.ts
var categories = __webpack_require__(23261);
// EXTERNAL MODULE: ./src/metrics/stats.ts
var stats = __webpack_require__(54522);
;// CONCATENATED MODULE: ./src/rollup/pool.ts
// O2, O3, O5: a group's pooled figures from its members' samples — every median over the union of
// the members' records (each change, event or pull request once), never a median of medians.


/** The union of the members' arrays in one new array (unsorted), dropped after use. */
function union(arrays) {
    let length = 0;
    for (const array of arrays)
        length += array.length;
    const out = new Float64Array(length);
    let at = 0;
    for (const array of arrays) {
        out.set(array, at);
        at += array.length;
    }
    return out;
}
/**
 * Moves the k-th smallest value of values[from..to] to index k, smaller ones before it and larger
 * ones after (Hoare's selection, median-of-three pivot): an order statistic in linear time, where
 * sorting a union of millions of values would cost most of a roll-up's time.
 */
function pool_select(values, k, from, to) {
    let left = from;
    let right = to;
    while (right > left) {
        const middle = (left + right) >>> 1;
        const a = values[left];
        const b = values[middle];
        const c = values[right];
        const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
        let i = left;
        let j = right;
        while (i <= j) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i <= j) {
                const swap = values[i];
                values[i] = values[j];
                values[j] = swap;
                i++;
                j--;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            return;
    }
}
/** Moves the smallest value of values[from..to] to `from`. */
function bringSmallest(values, from, to) {
    let at = from;
    for (let i = from + 1; i <= to; i++)
        if (values[i] < values[at])
            at = i;
    const swap = values[from];
    values[from] = values[at];
    values[at] = swap;
}
/**
 * S1's percentiles (linear interpolation between closest ranks) of the values, highest p first so
 * that each selection narrows the next: values[0..k] hold the k+1 smallest after selecting k.
 * Reorders `values`; the same figures as sorting, exactly.
 */
function percentiles(values, ps) {
    const n = values.length;
    if (n === 0)
        return ps.map(() => null);
    const order = ps.map((p, i) => ({ p, i })).sort((x, y) => y.p - x.p);
    const out = new Array(ps.length);
    let bound = n - 1;
    for (const { p, i } of order) {
        const rank = p * (n - 1);
        const low = Math.floor(rank);
        pool_select(values, low, 0, bound);
        const lower = values[low];
        let upper = lower;
        if (rank !== low) {
            // The next rank's value is the smallest above `low`, brought next to it, so that
            // values[0..low + 1] hold the low + 2 smallest for the next (lower) percentile.
            bringSmallest(values, low + 1, bound);
            upper = values[low + 1];
        }
        out[i] = lower + (upper - lower) * (rank - low);
        bound = Math.min(low + 1, n - 1);
    }
    return out;
}
function pooledSpread(arrays) {
    const [median, p75, p90] = percentiles(union(arrays), [0.5, 0.75, 0.9]);
    return { median, p75, p90 };
}
function pooledMedian(arrays) {
    return percentiles(union(arrays), [0.5])[0];
}
/** O2 with O3: the DORA keys and downtime over the members whose deployments are not assumed. */
function poolDora(windows, days) {
    const deployments = (0,stats/* sum */.cz)(windows.map((w) => w.deployments));
    const failed = (0,stats/* sum */.cz)(windows.map((w) => w.failed));
    const rework = (0,stats/* sum */.cz)(windows.map((w) => w.rework));
    const lead = pooledSpread(windows.map((w) => w.leadHours));
    const restore = pooledSpread(windows.map((w) => w.restoreHours));
    return {
        deploymentFrequency: {
            count: deployments,
            perDay: deployments / days,
            perWeek: (deployments / days) * 7,
        },
        leadTime: {
            changes: (0,stats/* sum */.cz)(windows.map((w) => w.leadHours.length)),
            medianHours: lead.median,
            p75Hours: lead.p75,
            p90Hours: lead.p90,
        },
        changeFailureRate: { deployments, failed, rate: deployments === 0 ? null : failed / deployments },
        timeToRestore: {
            events: (0,stats/* sum */.cz)(windows.map((w) => w.events)),
            restored: (0,stats/* sum */.cz)(windows.map((w) => w.restored)),
            unrestored: (0,stats/* sum */.cz)(windows.map((w) => w.unrestored)),
            medianHours: restore.median,
            p75Hours: restore.p75,
            p90Hours: restore.p90,
            // O2: service-hours; outages of different repositories are not merged.
            downtimeHours: (0,stats/* sum */.cz)(windows.map((w) => w.downtimeHours)),
        },
        reworkRate: { deployments, rework, rate: deployments === 0 ? null : rework / deployments },
    };
}
/**
 * O2's flow over the members whose flow is not null; O3: the deploy phase and efficiency only
 * over the members whose deployments are not assumed. null when no member has flow.
 */
function poolFlow(flows, days) {
    if (flows.length === 0)
        return null;
    const all = flows.map((f) => f.flow);
    const deployed = flows.filter((f) => !f.assumed).map((f) => f.flow);
    const merged = (0,stats/* sum */.cz)(all.map((f) => f.merged));
    const cycle = pooledSpread(all.map((f) => f.cycleHours));
    const counts = (0,categories/* emptyDistribution */.kR)();
    for (const f of all) {
        for (const key of Object.keys(counts))
            counts[key] += f.categories[key];
    }
    const elapsed = (0,stats/* sum */.cz)(deployed.map((f) => f.elapsedHours));
    const distribution = merged === 0 ? null : (0,categories/* distributionShares */.lD)(counts, merged);
    return {
        throughput: { merged, perWeek: (merged / days) * 7 },
        cycleTime: {
            medianHours: cycle.median,
            p75Hours: cycle.p75,
            p90Hours: cycle.p90,
            codingHours: pooledMedian(all.map((f) => f.codingHours)),
            pickupHours: pooledMedian(all.map((f) => f.pickupHours)),
            reviewHours: pooledMedian(all.map((f) => f.reviewHours)),
            deployHours: pooledMedian(deployed.map((f) => f.deployHours)),
        },
        load: { open: (0,stats/* sum */.cz)(all.map((f) => f.open)) },
        efficiency: elapsed === 0 ? null : (0,stats/* sum */.cz)(deployed.map((f) => f.handsOnHours)) / elapsed,
        distribution,
        distributionCounts: counts,
        batchSize: { medianLines: pooledMedian(all.map((f) => f.lines)) },
    };
}
/**
 * O5: per week, Σ deployments and failed deployments (members whose deployments are not assumed,
 * O3), Σ merged pull requests (members with flow), and the lead-time median over the union of the
 * changes their deployments shipped that week.
 */
function poolWeekly(members, until) {
    const weeks = members[0]?.weekly.map((w) => w.weekStart) ?? [];
    const end = Date.parse(until);
    const deployed = members.filter((m) => !m.source.assumed);
    const withFlow = members.filter((m) => m.current.flow !== null);
    return weeks.map((weekStart, i) => {
        const from = Date.parse(weekStart);
        const to = Math.min(from + 7 * 86_400_000, end);
        const leads = deployed.map((m) => {
            const picked = [];
            for (let j = 0; j < m.leadShippedAt.length; j++) {
                if (m.leadShippedAt[j] >= from && m.leadShippedAt[j] < to)
                    picked.push(m.current.leadHours[j]);
            }
            return Float64Array.from(picked);
        });
        return {
            weekStart,
            deployments: (0,stats/* sum */.cz)(deployed.map((m) => m.weekly[i]?.deployments ?? 0)),
            failedDeployments: (0,stats/* sum */.cz)(deployed.map((m) => m.weekly[i]?.failedDeployments ?? 0)),
            mergedPullRequests: withFlow.length === 0 ? null : (0,stats/* sum */.cz)(withFlow.map((m) => m.weekly[i]?.mergedPullRequests ?? 0)),
            leadTimeMedianHours: pooledMedian(leads),
        };
    });
}

// EXTERNAL MODULE: ./src/rollup/types.ts
var types = __webpack_require__(92147);
;// CONCATENATED MODULE: ./src/rollup/leads.ts

const PLACES = 3;
const VALUE = {
    deploymentFrequency: (d) => d.deploymentFrequency.perWeek,
    leadTime: (d) => d.leadTime.medianHours,
    changeFailureRate: (d) => d.changeFailureRate.rate,
    timeToRestore: (d) => d.timeToRestore.medianHours,
};
/** T2's samples, in both windows: a change on fewer would be noise. Deployments: 10, as C3's. */
function enoughSample(key, d) {
    switch (key) {
        case 'deploymentFrequency':
        case 'changeFailureRate':
            return d.deploymentFrequency.count >= 10;
        case 'leadTime':
            return d.leadTime.changes >= 5;
        case 'timeToRestore':
            return d.timeToRestore.restored >= 3;
    }
}
/**
 * How much worse, as a share of the previous value (deployment frequency: fewer is worse; the
 * others: more is worse). A change failure rate from 0 counts its rise in points.
 */
function worsening(key, current, previous) {
    const change = key === 'deploymentFrequency' ? previous - current : current - previous;
    if (change <= 0)
        return 0;
    return previous === 0 ? change : change / previous;
}
function worstOf(member) {
    let worst = null;
    for (const key of types/* DORA_KEYS */.g) {
        const current = VALUE[key](member.dora);
        const previous = VALUE[key](member.previousDora);
        if (current === null || previous === null)
            continue;
        if (!enoughSample(key, member.dora) || !enoughSample(key, member.previousDora))
            continue;
        const by = worsening(key, current, previous);
        if (by > 0 && (worst === null || by > worst.by))
            worst = { member, key, by, current, previous };
    }
    return worst;
}
function placesToLook(members) {
    const stale = members.filter((m) => m.dora.deploymentFrequency.tierWithheld === 'history-ends-before-window');
    const assumed = members.filter((m) => m.source.assumed && !stale.includes(m));
    const trusted = members.filter((m) => !m.source.assumed && !stale.includes(m));
    const worse = trusted
        .map(worstOf)
        .filter((w) => w !== null)
        .sort((a, b) => b.by - a.by || a.member.repository.localeCompare(b.member.repository))
        .map((w) => ({
        kind: 'worsened',
        repositories: [w.member.repository],
        key: w.key,
        current: w.current,
        previous: w.previous,
    }));
    const trust = [
        ...(stale.length ? [{ kind: 'history', repositories: stale.map((m) => m.repository) }] : []),
        ...(assumed.length ? [{ kind: 'assumed', repositories: assumed.map((m) => m.repository) }] : []),
    ].map((lead) => ({ ...lead, key: null, current: null, previous: null }));
    // The worst worsening first, then what cannot be trusted, then the next worsenings.
    return [...worse.slice(0, 1), ...trust, ...worse.slice(1)].slice(0, PLACES);
}

;// CONCATENATED MODULE: ./src/rollup/compute.ts
// Many members → the organisation's and each team's pooled figures (O2–O5), the tier counts (O4)
// and the places to look first. Pure: members in, rollup.json out.




const ORGANISATION = 'organisation';
/** O4: per DORA key, how many members sit in each tier and how many have none. */
function tierCounts(doras) {
    const out = {};
    for (const key of types/* DORA_KEYS */.g) {
        const counts = { elite: 0, high: 0, medium: 0, low: 0, unrated: 0 };
        for (const dora of doras)
            counts[dora[key].tier ?? 'unrated'] += 1;
        out[key] = counts;
    }
    return out;
}
function period(members, which, days) {
    // O3: assumed deployments take no part in the figures that use deployments.
    const deployed = members.filter((m) => !m.source.assumed).map((m) => m[which]);
    const flows = members
        .filter((m) => m[which].flow !== null)
        .map((m) => ({ flow: m[which].flow, assumed: m.source.assumed }));
    return { dora: poolDora(deployed, days), flow: poolFlow(flows, days) };
}
function computeGroup(name, members, window) {
    const current = period(members, 'current', window.days);
    const previous = period(members, 'previous', window.days);
    // N1 on the pooled figures: the trend rules read only the keys pooled figures have.
    const asPeriod = (p) => p;
    return {
        name,
        members: members.map((m) => m.repository),
        assumedMembers: members.filter((m) => m.source.assumed).length,
        newMembers: members.filter((m) => m.newHistory).length,
        ...current,
        tiers: tierCounts(members.map((m) => m.dora)),
        previous: { ...previous, tiers: tierCounts(members.map((m) => m.previousDora)) },
        trends: (0,trends/* computeTrends */.I)(asPeriod(current), asPeriod(previous)),
        weekly: poolWeekly(members, window.until),
    };
}
function computeRollup(members, config, meta) {
    const byName = new Map(members.map((m) => [m.repository.toLowerCase(), m]));
    const teams = config.teams.map((team) => computeGroup(team.name, team.members.map((name) => byName.get(name.toLowerCase())).filter((m) => m !== undefined), meta.window));
    return {
        schemaVersion: 1,
        tool: { name: 'dora-flow-action', version: meta.version },
        window: meta.window,
        previousWindow: meta.previousWindow,
        benchmarks: { name: meta.benchmarks },
        members: members.map((m) => ({
            repository: m.repository,
            url: m.url,
            reportUrl: m.reportUrl,
            source: m.source,
            dora: m.dora,
            trends: m.trends,
            historyEnds: m.historyEnds,
        })),
        expected: {
            count: config.expected.length,
            missing: config.expected.filter((name) => !byName.has(name.toLowerCase())),
        },
        groups: [computeGroup(ORGANISATION, members, meta.window), ...teams],
        leads: placesToLook(members),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/rollup/config.ts
// The roll-up's configuration file: `teams: { NAME: [owner/repo, …] }` and `expected: [owner/repo, …]`
// (O2). Pure: text in, checked configuration out; a mistake is one line naming the file and key.



const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
function repositories(value, where) {
    if (!Array.isArray(value))
        throw new errors/* UserError */.y(`${where}: expected a list of owner/repo`);
    const seen = new Set();
    return value.map((entry, i) => {
        if (typeof entry !== 'string' || !REPOSITORY.test(entry)) {
            throw new errors/* UserError */.y(`${where}[${i}]: ${JSON.stringify(entry)} is not owner/repo (for example acme/shop)`);
        }
        if (seen.has(entry.toLowerCase()))
            throw new errors/* UserError */.y(`${where}[${i}]: ${entry} is listed twice`);
        seen.add(entry.toLowerCase());
        return entry;
    });
}
function parseRollupConfig(text, file) {
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        throw new errors/* UserError */.y(`${file}: ${doc.errors[0].message.split('\n')[0]} (expected YAML)`);
    }
    const data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new errors/* UserError */.y(`${file}: expected a mapping with teams: and expected:`);
    }
    const entries = data;
    const unknown = Object.keys(entries).find((key) => key !== 'teams' && key !== 'expected');
    if (unknown !== undefined) {
        throw new errors/* UserError */.y(`${file}: ${JSON.stringify(unknown)} is not a roll-up setting (expected teams: or expected:)`);
    }
    const teams = entries.teams ?? {};
    if (typeof teams !== 'object' || teams === null || Array.isArray(teams)) {
        throw new errors/* UserError */.y(`${file}: teams: expected a mapping of team names to lists of owner/repo`);
    }
    return {
        teams: Object.entries(teams).map(([name, members]) => {
            if (name.trim() === '' || name.toLowerCase() === ORGANISATION) {
                throw new errors/* UserError */.y(`${file}: teams: ${JSON.stringify(name)} is not a team name (expected a name other than "${ORGANISATION}")`);
            }
            return { name, members: repositories(members, `${file}: teams.${name}`) };
        }),
        expected: entries.expected === undefined ? [] : repositories(entries.expected, `${file}: expected`),
    };
}
/**
 * A team that names a repository with no metrics.json is a mistake, unless that repository is
 * `expected` (then it is a known missing member, named on the first screen).
 */
function checkTeams(config, members, file) {
    const read = new Set(members.map((m) => m.repository.toLowerCase()));
    const expected = new Set(config.expected.map((name) => name.toLowerCase()));
    for (const team of config.teams) {
        const absent = team.members.find((name) => !read.has(name.toLowerCase()) && !expected.has(name.toLowerCase()));
        if (absent !== undefined) {
            throw new errors/* UserError */.y(`${file}: teams.${team.name} names ${absent}, which no metrics.json among the inputs is for (expected a repository that was read, or one listed under expected:)`);
        }
    }
}

;// CONCATENATED MODULE: ./src/rollup/member.ts
// O1: one metrics.json → one member, checked and reduced to what O2 pools. Pure: the document is
// already parsed; the caller drops it once the member is made, so a roll-up holds one at a time.

const TOOL = 'dora-flow-action';
function refuse(file, message) {
    return new errors/* UserError */.y(`${file}: ${message}`);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A metrics.json this tool wrote: its tool, repository, window and figures are there. */
function checkShape(doc, file) {
    const expected = 'expected the metrics.json that dora-report or the Action wrote';
    if (!isObject(doc))
        throw refuse(file, `is not a metrics.json (${expected})`);
    const tool = isObject(doc.tool) ? doc.tool.name : undefined;
    const repository = doc.repository;
    const window = doc.window;
    if (tool !== TOOL ||
        !isObject(repository) ||
        typeof repository.owner !== 'string' ||
        typeof repository.name !== 'string' ||
        !isObject(window) ||
        !isObject(doc.dora) ||
        !isObject(doc.previous) ||
        !isObject(doc.benchmarks) ||
        !isObject(doc.source)) {
        throw refuse(file, `is not a metrics.json (${expected})`);
    }
    const records = doc.records;
    if (!isObject(records) || !isObject(records.previous)) {
        const version = isObject(doc.tool) ? String(doc.tool.version) : 'an older version';
        throw refuse(file, `has no records for the previous window (written by ${version}); re-run the metrics of ${repository.owner}/${repository.name} with this version, which writes both windows' records (O1)`);
    }
}
function windowKeyOf(doc) {
    return {
        since: doc.window.since,
        until: doc.window.until,
        days: doc.window.days,
        benchmarks: doc.benchmarks.name,
    };
}
/** O1: every document shares the window and the tier table of the first one read. */
function checkSameWindow(first, key, file) {
    const differs = ['since', 'until', 'days'].find((name) => first.key[name] !== key[name]);
    if (differs !== undefined) {
        throw refuse(file, `its window ${key.since} – ${key.until} (${key.days} days) differs from ${first.file}'s ${first.key.since} – ${first.key.until} (${first.key.days} days); expected one window for every member: pass the same --until (the plan job's start, to the minute) and --days to every member run (O1)`);
    }
    if (first.key.benchmarks !== key.benchmarks) {
        throw refuse(file, `its tier table ${key.benchmarks} differs from ${first.file}'s ${first.key.benchmarks}; expected one benchmarks table for every member (O1)`);
    }
}
/** The non-null values, in one pass into a typed array (no intermediate list). */
function numbers(items, pick) {
    const out = new Float64Array(items.length);
    let n = 0;
    for (const item of items) {
        const value = pick(item);
        if (value !== null)
            out[n++] = value;
    }
    return n === out.length ? out : out.subarray(0, n);
}
function emptyCounts() {
    return { feature: 0, defect: 0, debt: 0, risk: 0, unclassified: 0 };
}
/**
 * The pull requests' phases (each where a pull request has it, F2), F4's sums and F5's counts.
 * One buffer per member and window, cut into the six phases: a roll-up of a thousand members
 * holds a few thousand buffers, not tens of thousands.
 */
function flowOf(flow, prs) {
    let pickups = 0;
    let reviews = 0;
    let deploys = 0;
    let lines = 0;
    let handsOnHours = 0;
    let elapsedHours = 0;
    const categories = emptyCounts();
    for (const pr of prs) {
        categories[pr.category] += 1;
        if (pr.pickupHours !== null)
            pickups++;
        if (pr.reviewHours !== null)
            reviews++;
        if (pr.deployHours !== null)
            deploys++;
        if (pr.lines !== null)
            lines++;
        // F4: reviewed and shipped pull requests only.
        if (pr.pickupHours !== null && pr.reviewHours !== null && pr.deployHours !== null) {
            handsOnHours += pr.codingHours + pr.reviewHours;
            elapsedHours += pr.codingHours + pr.pickupHours + pr.reviewHours + pr.deployHours;
        }
    }
    const n = prs.length;
    const buffer = new Float64Array(2 * n + pickups + reviews + deploys + lines);
    let at = 0;
    const cut = (length) => buffer.subarray(at, (at += length));
    const cycleHours = cut(n);
    const codingHours = cut(n);
    const pickupHours = cut(pickups);
    const reviewHours = cut(reviews);
    const deployHours = cut(deploys);
    const lineCounts = cut(lines);
    let p = 0;
    let r = 0;
    let d = 0;
    let l = 0;
    for (let i = 0; i < n; i++) {
        const pr = prs[i];
        cycleHours[i] = pr.cycleHours;
        codingHours[i] = pr.codingHours;
        if (pr.pickupHours !== null)
            pickupHours[p++] = pr.pickupHours;
        if (pr.reviewHours !== null)
            reviewHours[r++] = pr.reviewHours;
        if (pr.deployHours !== null)
            deployHours[d++] = pr.deployHours;
        if (pr.lines !== null)
            lineCounts[l++] = pr.lines;
    }
    return {
        merged: flow.throughput.merged,
        open: flow.load.open,
        cycleHours,
        codingHours,
        pickupHours,
        reviewHours,
        deployHours,
        lines: lineCounts,
        handsOnHours,
        elapsedHours,
        categories,
    };
}
function windowOf(file, which, dora, flow, changes, failures, prs) {
    if (!Array.isArray(changes) || !Array.isArray(failures) || (flow !== null && !Array.isArray(prs))) {
        throw refuse(file, `has no records of its ${which} window; re-run its metrics with this version (O1)`);
    }
    const leadHours = numbers(changes, (change) => change.leadTimeHours);
    const restoreHours = numbers(failures, (event) => (event.window === which ? event.restoreHours : null));
    // O1: the records must be those behind the figures, or the pooled figures would not be O2's.
    const mismatch = leadHours.length !== dora.leadTime.changes
        ? `${leadHours.length} lead times for ${dora.leadTime.changes} changes`
        : restoreHours.length !== dora.timeToRestore.restored
            ? `${restoreHours.length} restore times for ${dora.timeToRestore.restored} restored events`
            : flow !== null && prs.length !== flow.throughput.merged
                ? `${prs.length} pull requests for ${flow.throughput.merged} merged`
                : null;
    if (mismatch !== null) {
        throw refuse(file, `its ${which} window's records do not match its figures (${mismatch}); expected the metrics.json as dora-report wrote it: re-run its metrics`);
    }
    return {
        deployments: dora.deploymentFrequency.count,
        failed: dora.changeFailureRate.failed,
        rework: dora.reworkRate.rework,
        events: dora.timeToRestore.events,
        restored: dora.timeToRestore.restored,
        unrestored: dora.timeToRestore.unrestored,
        downtimeHours: dora.timeToRestore.downtimeHours,
        leadHours,
        restoreHours,
        flow: flow === null ? null : flowOf(flow, prs),
    };
}
/** O1: a checked member, with only what O2 and the report need; throws UserError naming `file`. */
function memberOf(doc, file) {
    checkShape(doc, file);
    try {
        return readMember(doc, file);
    }
    catch (error) {
        // A document shaped like metrics.json at the top but not below (a hand-edited file).
        if (!(error instanceof TypeError))
            throw error;
        throw refuse(file, `is not a complete metrics.json (${error.message}); expected the metrics.json that dora-report or the Action wrote`);
    }
}
function readMember(doc, file) {
    const { records } = doc;
    const current = windowOf(file, 'current', doc.dora, doc.flow, records.changes, records.failures, records.pullRequests);
    const previous = windowOf(file, 'previous', doc.previous.dora, doc.previous.flow, records.previous.changes, records.failures, records.previous.pullRequests);
    // O5: when each change of the lead-time sample shipped, in the sample's order.
    const leadShippedAt = numbers(records.changes, (change) => change.leadTimeHours === null ? null : Date.parse(change.shippedAt));
    const member = {
        repository: `${doc.repository.owner}/${doc.repository.name}`,
        file,
        url: doc.repository.url ?? null,
        reportUrl: typeof doc.reportUrl === 'string' ? doc.reportUrl : null,
        source: { deployments: String(doc.source.deployments), assumed: doc.source.assumed === true },
        dora: doc.dora,
        previousDora: doc.previous.dora,
        trends: doc.trends ?? {},
        historyEnds: doc.dataQuality?.historyEnds ?? null,
        newHistory: doc.previous.beforeHistory === true,
        current,
        previous,
        weekly: (doc.weekly ?? []).map((week) => ({
            weekStart: week.weekStart,
            deployments: week.deployments,
            failedDeployments: week.failedDeployments,
            mergedPullRequests: week.mergedPullRequests,
        })),
        leadShippedAt,
    };
    return { member, key: windowKeyOf(doc) };
}

// EXTERNAL MODULE: ./src/rollup/history.ts
var rollup_history = __webpack_require__(35494);
// EXTERNAL MODULE: ./src/report/paths.ts
var paths = __webpack_require__(4278);
// EXTERNAL MODULE: ./src/translate/format.ts
var format = __webpack_require__(56835);
// EXTERNAL MODULE: ./src/report/markdown-text.ts
var markdown_text = __webpack_require__(47141);
// EXTERNAL MODULE: ./src/report/rollup-words.ts
var rollup_words = __webpack_require__(49182);
;// CONCATENATED MODULE: ./src/report/rollup-summary.ts




function tierCell(tier) {
    return tier ?? '–';
}
function rollupSummary(report) {
    const [organisation, ...teams] = report.groups;
    const out = [
        `# Delivery across ${organisation.members.length} repositories`,
        '',
        `${(0,format/* formatWindow */.A4)(report.window.since, report.window.until)} (${report.window.days} days), compared with ${(0,format/* formatWindow */.A4)(report.previousWindow.since, report.previousWindow.until)}.`,
        '',
    ];
    const missing = (0,rollup_words/* missingLine */.X1)(report);
    if (missing)
        out.push(`**${(0,markdown_text/* markdownCell */.UZ)(missing)}**`, '');
    out.push('## Blended delivery of the organisation', '', '| Key | This window | Previous window | Trend |', '| --- | --- | --- | --- |');
    for (const line of (0,rollup_words/* deliveryLines */.is)(organisation)) {
        out.push(`| ${line.name} | ${line.value} (${line.sample}) | ${line.previous} | ${line.trend} |`);
    }
    out.push('', '_Blended figures pool every member; they earn no tier (O4)._');
    const assumed = (0,rollup_words/* assumedLine */.hx)(organisation);
    if (assumed)
        out.push('', assumed);
    const arrived = (0,rollup_words/* newMembersLine */.U_)(organisation);
    if (arrived)
        out.push('', arrived);
    out.push('', '## Repositories in each tier', '', `| Key | ${rollup_words/* TIER_ORDER */.uV.join(' | ')} |`, `| --- |${' --- |'.repeat(rollup_words/* TIER_ORDER */.uV.length)}`);
    for (const key of types/* DORA_KEYS */.g) {
        out.push(`| ${rollup_words/* KEY_NAMES */.Vx[key]} | ${rollup_words/* TIER_ORDER */.uV.map((tier) => organisation.tiers[key][tier]).join(' | ')} |`);
    }
    if (report.leads.length) {
        out.push('', '## Where to look first', '');
        report.leads.forEach((lead, i) => out.push(`${i + 1}. ${(0,markdown_text/* markdownCell */.UZ)((0,rollup_words/* leadText */.OO)(lead))}`));
    }
    if (teams.length) {
        out.push('', '## Teams', '', '| Team | Repositories | Deployments | Lead time | Change failure rate | Time to restore |', '| --- | --- | --- | --- | --- | --- |');
        for (const team of teams) {
            const d = team.dora;
            out.push(`| ${(0,markdown_text/* markdownCell */.UZ)(team.name)} | ${team.members.length} | ${(0,format/* formatDeployRate */.jO)(d.deploymentFrequency.perDay, d.deploymentFrequency.count)} | ${(0,format/* formatDuration */.a3)(d.leadTime.medianHours)} | ${(0,format/* formatPercent */.l9)(d.changeFailureRate.rate)} | ${(0,format/* formatDuration */.a3)(d.timeToRestore.medianHours)} |`);
        }
    }
    out.push('', '## Repositories', '', '| Repository | Deployments | Lead time | Change failure rate | Time to restore |', '| --- | --- | --- | --- | --- |');
    for (const member of report.members) {
        const d = member.dora;
        const name = (0,markdown_text/* markdownCell */.UZ)(member.repository) + (member.source.assumed ? ' (assumed deployments)' : '');
        out.push(`| ${name} | ${(0,format/* formatDeployRate */.jO)(d.deploymentFrequency.perDay, d.deploymentFrequency.count)} (${tierCell(d.deploymentFrequency.tier)}) | ${(0,format/* formatDuration */.a3)(d.leadTime.medianHours)} (${tierCell(d.leadTime.tier)}) | ${(0,format/* formatPercent */.l9)(d.changeFailureRate.rate)} (${tierCell(d.changeFailureRate.tier)}) | ${(0,format/* formatDuration */.a3)(d.timeToRestore.medianHours)} (${tierCell(d.timeToRestore.tier)}) |`);
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/rollup-command.ts
// `dora-report rollup`: many metrics.json → rollup.json, summary.md and the organisation's report
// (O1–O5). Reads the inputs one document at a time and keeps only what O2 pools; everything is
// checked before anything is written, and the output folder is replaced whole or not at all.














const ROLLUP_HELP = `dora-report rollup: one report for many repositories (rules O1–O5)

Usage: dora-report rollup INPUT… [options]

INPUT is a metrics.json, a folder (searched for metrics.json, recursively) or a glob
("artifacts/**/metrics.json"). Every member must share one window: run each with the same
--until (the plan job's start, to the minute) and --days.

Options:
  --config FILE   teams and expected repositories (YAML):
                    teams: { NAME: [owner/repo, …] }
                    expected: [owner/repo, …]
  --out DIR       where rollup.json, summary.md and the report go (default ./dora-rollup)
  --template-dir DIR
                  render the report with your own copy of templates/ (rollup.hbs, rollup.css, …)
  --json          print rollup.json to stdout and nothing else
  --help
`;
const OPTIONS = {
    config: { type: 'string' },
    out: { type: 'string' },
    'template-dir': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
function parseRollupFlags(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
    }
    catch (error) {
        throw new errors/* UserError */.y(`rollup: ${error.message.split('\n')[0]} (see dora-report rollup --help)`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { help: true, inputs: [], config: null, outDir: '', outExplicit: false, json: false };
    if (positionals.length === 0) {
        throw new errors/* UserError */.y('rollup: no input (expected metrics.json files, folders that hold them, or a glob)');
    }
    const out = values.out;
    if (out !== undefined && !out.trim())
        throw new errors/* UserError */.y('--out: an empty value (expected a folder)');
    const templateDir = values['template-dir'];
    if (templateDir !== undefined && !templateDir.trim()) {
        throw new errors/* UserError */.y('--template-dir: an empty value (expected a copy of the templates folder)');
    }
    return {
        help: false,
        inputs: positionals,
        config: values.config ?? null,
        outDir: out ?? 'dora-rollup',
        outExplicit: out !== undefined,
        json: !!values.json,
        ...(templateDir === undefined ? {} : { templateDir }),
    };
}
const GLOB = /[*?[\]{}]/;
/** Each input → the metrics.json files it names, in a stable order; none found is a mistake. */
function findInputFiles(inputs) {
    const files = new Map();
    for (const input of inputs) {
        let found;
        if ((0,external_node_fs_.existsSync)(input) && (0,external_node_fs_.statSync)(input).isDirectory()) {
            found = (0,dist/* globSync */.AZ)('**/metrics.json', { cwd: input, absolute: true, dot: false }).sort();
            if (found.length === 0) {
                throw new errors/* UserError */.y(`${input}: the folder holds no metrics.json (expected the metrics.json of each member's run)`);
            }
        }
        else if ((0,external_node_fs_.existsSync)(input)) {
            found = [(0,external_node_path_.resolve)(input)];
        }
        else if (GLOB.test(input)) {
            found = (0,dist/* globSync */.AZ)(input, { absolute: true, onlyFiles: true }).sort();
            if (found.length === 0)
                throw new errors/* UserError */.y(`${input}: the pattern matches no file (expected metrics.json files)`);
        }
        else {
            throw new errors/* UserError */.y(`${input}: no such file or folder (expected a metrics.json, a folder or a glob)`);
        }
        for (const file of found)
            files.set((0,external_node_path_.resolve)(file), file);
    }
    return [...files.keys()].map((file) => (0,external_node_path_.relative)(process.cwd(), file) || file);
}
function parseFile(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.y(`${file}: cannot be read (${error.code ?? 'error'}); expected a metrics.json`);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.y(`${file}: is not JSON (expected a metrics.json that dora-report or the Action wrote)`);
    }
}
/** O1: one document at a time — parsed, checked, reduced to a member, and let go. */
function readMembers(files, log) {
    const members = [];
    const seen = new Map();
    let first = null;
    for (const file of files) {
        const doc = parseFile(file);
        const { member, key } = memberOf(doc, file);
        if (first === null) {
            // W1: the previous window ends where this one starts, with the same length.
            const since = Date.parse(key.since);
            const previous = {
                since: new Date(since - key.days * 86_400_000).toISOString().replace('.000Z', 'Z'),
                until: key.since,
                days: key.days,
            };
            first = { key, file, previous };
        }
        else
            checkSameWindow(first, key, file);
        const already = seen.get(member.repository.toLowerCase());
        if (already !== undefined) {
            throw new errors/* UserError */.y(`${file}: repeats ${member.repository}, already read from ${already} (expected each repository once)`);
        }
        seen.set(member.repository.toLowerCase(), file);
        members.push(member);
        log.debug(`Read ${file}: ${member.repository}`);
    }
    if (first === null)
        throw new errors/* UserError */.y('rollup: no metrics.json among the inputs');
    return {
        members,
        window: { since: first.key.since, until: first.key.until, days: first.key.days },
        previousWindow: first.previous,
        benchmarks: first.key.benchmarks,
    };
}
function loadConfig(file) {
    if (file === null)
        return { teams: [], expected: [] };
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.y(`--config ${file}: cannot be read (${error.code ?? 'error'}); expected a YAML file`);
    }
    return parseRollupConfig(text, file);
}
/** `history`: the organisation report's earlier days (the Pages branch's history.json), or null. */
async function runRollup(flags, log, history = null) {
    const writes = !flags.json || flags.outExplicit;
    if (writes)
        (0,report_folder/* checkOutputFolder */.Qk)(flags.outDir, '--out');
    // A template folder that is not one is named before anything is read.
    if (writes)
        (0,paths/* customTemplateDir */.BF)(flags.templateDir);
    const config = loadConfig(flags.config);
    const files = findInputFiles(flags.inputs);
    log.info(`Reading ${files.length} metrics.json`);
    const read = readMembers(files, log);
    if (flags.config !== null)
        checkTeams(config, read.members, flags.config);
    const report = computeRollup(read.members, config, {
        window: read.window,
        previousWindow: read.previousWindow,
        benchmarks: read.benchmarks,
        version: defaults/* VERSION */.x,
    });
    const summary = rollupSummary(report);
    if (!writes)
        return { report, summary, outDir: null };
    // Loaded on demand: Handlebars and the templates cost start-up time that --json never needs.
    const { renderRollupReport } = await Promise.all(/* import() */[__webpack_require__.e(508), __webpack_require__.e(947)]).then(__webpack_require__.bind(__webpack_require__, 71947));
    const outDir = await (0,report_folder/* replaceFolder */.xn)(flags.outDir, async (staging) => {
        (0,json_text/* writeJsonFile */.An)((0,external_node_path_.join)(staging, 'rollup.json'), report);
        (0,report_folder/* writeText */.x3)(staging, 'summary.md', summary);
        const days = history && (0,rollup_history/* mergeRollupHistory */.R7)(history, (0,rollup_history/* rollupHistoryEntry */.lr)(report));
        if (days)
            (0,report_folder/* writeText */.x3)(staging, rollup_history/* ROLLUP_HISTORY */.Ql, (0,rollup_history/* serializeRollupHistory */.nb)(days));
        renderRollupReport(report, staging, new Date(), days ?? [], flags.templateDir);
    }, '--out');
    return { report, summary, outDir };
}
/** The command line's `rollup`: stdout is rollup.json with --json, else the summary. */
async function rollupMain(argv, log) {
    const flags = parseRollupFlags(argv);
    if (flags.help) {
        process.stdout.write(ROLLUP_HELP);
        return 0;
    }
    const result = await runRollup(flags, log);
    if (flags.json)
        await (0,json_text/* writeJsonLine */.cp)(process.stdout, result.report);
    else {
        process.stdout.write(result.summary);
        if (result.outDir)
            process.stdout.write(`\nReport written to ${result.outDir}\n`);
    }
    return 0;
}


/***/ }),

/***/ 35494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kp: () => (/* binding */ parseRollupHistory),
/* harmony export */   Ql: () => (/* binding */ ROLLUP_HISTORY),
/* harmony export */   R7: () => (/* binding */ mergeRollupHistory),
/* harmony export */   lr: () => (/* binding */ rollupHistoryEntry),
/* harmony export */   nb: () => (/* binding */ serializeRollupHistory)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// The organisation report's own history.json: one entry a day of the organisation's blended
// figures (O2), as a repository's report keeps one of its own. Pure.

const ROLLUP_HISTORY = 'history.json';
function rollupHistoryEntry(report) {
    const { dora, members } = report.groups[0];
    return {
        date: report.window.until.slice(0, 10),
        until: report.window.until,
        members: members.length,
        deploymentsPerWeek: dora.deploymentFrequency.perWeek,
        leadTimeMedianHours: dora.leadTime.medianHours,
        changeFailureRate: dora.changeFailureRate.rate,
        timeToRestoreMedianHours: dora.timeToRestore.medianHours,
    };
}
/** The entries of a history.json's text ([] without one); `file` names it in the refusal. */
function parseRollupHistory(text, file, reset) {
    if (text === null)
        return [];
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        parsed = null;
    }
    const valid = Array.isArray(parsed) &&
        parsed.every((e) => typeof e === 'object' && e !== null && typeof e.date === 'string');
    if (valid)
        return parsed;
    if (reset)
        return [];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${file} on the Pages branch is not the roll-up's history (expected a list of daily entries); set reset-history: true to start a new one`);
}
/** The entries with this run's replacing any of the same day, oldest first. */
function mergeRollupHistory(entries, entry) {
    return [...entries.filter((e) => e.date !== entry.date), entry].sort((a, b) => a.date.localeCompare(b.date));
}
function serializeRollupHistory(entries) {
    return `${JSON.stringify(entries, null, 2)}\n`;
}


/***/ }),

/***/ 92147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ DORA_KEYS)
/* harmony export */ });
const DORA_KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'];


/***/ })

};
