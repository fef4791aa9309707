export const id = 946;
export const ids = [946];
export const modules = {

/***/ 6946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderReport: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: InvalidOptionError, TemplateDirError

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(8508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/translate/format.ts
var format = __webpack_require__(6835);
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
        return n === null ? '' : (0,format/* formatMoney */.up)(n, typeof currency === 'string' ? currency : 'USD');
    });
    hbs.registerHelper('date', (value) => (0,format/* formatDate */.Yq)(asTime(value)));
    hbs.registerHelper('dateTime', (value) => (0,format/* formatDateTime */.r6)(asTime(value)));
    hbs.registerHelper('eq', (a, b) => a === b);
    // The one SafeString: JSON whose <, >, &, U+2028 and U+2029 are \u escapes (safe-json.ts).
    hbs.registerHelper('jsonScript', (value) => new hbs.SafeString(jsonForScriptElement(value)));
    return hbs;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/report/paths.ts
// Where the templates and Chart.js are, relative to the running code (STYLE.md habit 13): in the
// bundle, dist/templates and dist/vendor beside dist/cli.js; from source, <repo>/templates and
// <repo>/node_modules/chart.js. Never process.cwd(), which is the user's workspace in an Action.



// Built from segments at run time so that the bundler's asset relocation leaves them alone.
const segments = {
    templates: ['templates'],
    chart: ['chart.js', 'dist', 'chart.umd.min.js'],
};
function here() {
    return (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
}
function firstExisting(candidates, what) {
    const found = candidates.find((candidate) => (0,external_node_fs_.existsSync)(candidate));
    if (!found)
        throw new Error(`report: cannot find ${what}; looked in ${candidates.join(', ')}`);
    return found;
}
function defaultTemplateDir() {
    const dir = here();
    // dist/ (the Action), dist/cli/ (the command line), src/report/ (tests and development)
    const candidates = [
        (0,external_node_path_.join)(dir, ...segments.templates),
        (0,external_node_path_.join)(dir, '..', ...segments.templates),
        (0,external_node_path_.join)(dir, '..', '..', ...segments.templates),
    ];
    return (0,external_node_path_.dirname)(firstExisting(candidates.map((d) => (0,external_node_path_.join)(d, 'layout.hbs')), 'the templates folder (layout.hbs)'));
}
function chartJsPath() {
    const dir = here();
    const file = segments.chart[segments.chart.length - 1];
    return firstExisting([
        (0,external_node_path_.join)(dir, 'vendor', file),
        (0,external_node_path_.join)(dir, '..', 'vendor', file),
        (0,external_node_path_.join)(dir, '..', '..', 'node_modules', ...segments.chart),
    ], 'chart.umd.min.js');
}

;// CONCATENATED MODULE: ./src/translate/downtime.ts

const HOUR_MS = 3_600_000;
function inWindow(time, window) {
    const t = Date.parse(time);
    return t >= Date.parse(window.since) && t < Date.parse(window.until);
}
function eventHours(event, until) {
    if (event.restoreHours !== null)
        return Math.max(0, event.restoreHours);
    return Math.max(0, (until - Date.parse(event.start)) / HOUR_MS);
}
function windowDowntime(failures, window, until, costPerHour) {
    const end = Date.parse(until);
    let hours = 0;
    let events = 0;
    let unrestored = 0;
    for (const event of failures) {
        if (!inWindow(event.start, window))
            continue;
        events += 1;
        if (event.restoreHours === null)
            unrestored += 1;
        hours += eventHours(event, end);
    }
    return { hours, events, unrestored, cost: hours * costPerHour };
}
function validateCostPerHour(value) {
    if (!Number.isFinite(value) || value < 0) {
        throw new format/* InvalidOptionError */.xy(`downtime-cost-per-hour: ${String(value)} is not a cost (expected a number of currency units, 0 or more, for example 5000)`);
    }
}
function computeDowntimeCost(report, costPerHour, currency) {
    validateCostPerHour(costPerHour);
    const failures = report.records.failures;
    const current = windowDowntime(failures, report.window, report.window.until, costPerHour);
    let previous = windowDowntime(failures, report.previous.window, report.window.until, costPerHour);
    // The records may hold only the current window's events; then the previous cost is unknown, not 0.
    if (previous.events !== report.previous.dora.timeToRestore.events)
        previous = null;
    const change = previous ? current.cost - previous.cost : null;
    const caveats = [
        `Counts every failure event (incidents and reverted deployments) as a full outage at ${(0,format/* formatMoney */.up)(costPerHour, currency)} an hour; partial outages cost less, so this is an upper bound.`,
    ];
    if (current.unrestored > 0) {
        caveats.push(`${(0,format/* plural */.LS)(current.unrestored, 'event was', 'events were')} still open at the end of the window and counted up to then.`);
    }
    return {
        current,
        previous,
        change,
        costText: (0,format/* formatMoney */.up)(current.cost, currency),
        hoursText: `${(0,format/* formatDuration */.a3)(current.hours)} of disruption over ${(0,format/* plural */.LS)(current.events, 'failure event')}`,
        changeText: describeCostChange(current, previous, currency, report.window.days),
        caveats,
    };
}
function describeCostChange(current, previous, currency, days) {
    if (!previous)
        return `No comparison: the failure events of the previous ${days} days are not in the data.`;
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
            business: 'The company can answer a competitor, a regulation or a customer request the same day, and run many small experiments.',
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
    return {
        measures,
        customers: 'Customers wait weeks between improvements, and a fix may sit finished until the next release.',
        business: 'Finished work piles up into large releases: value arrives late, each release carries more risk, and the market moves meanwhile.',
        soWhat: 'Ask what makes a release expensive here; smaller, more frequent releases are usually both faster and safer.',
    };
}
function leadTimeMeaning(m) {
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
            customers: `A typical change reaches customers within ${typical}: a reported problem can be fixed the same day.`,
            business: 'Ideas are tested against real customers quickly, and little money is tied up in unfinished work.',
            soWhat: 'The team learns from customers daily; the limit is now how well it chooses what to build.',
        };
    }
    if (h < 168) {
        return {
            measures,
            customers: `A typical change takes ${typical} to reach customers: requests are answered within the week.`,
            business: 'Feedback arrives in days; campaigns and customer commitments can rely on changes landing within a week.',
            soWhat: 'The flow section shows which step holds changes longest; that is where days can be won.',
        };
    }
    return {
        measures,
        customers: `A typical change takes ${typical} to reach customers: a reported problem or a promised feature waits weeks.`,
        business: 'Paid-for work sits unfinished for weeks, feedback comes late, and competitors who ship faster learn faster.',
        soWhat: 'Look at the flow section for the slowest step (often waiting for review or for a release) and fix that first.',
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
            customers: `${share} caused a problem: customers see disruption now and then.`,
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
            customers: `Service is typically back within ${typical}: most customers barely notice a failure.`,
            business: 'Failures cost little, so the team can take reasonable risks and move fast.',
            soWhat: 'This fast recovery is what makes frequent releases safe; keep the practices that enable it.',
        };
    }
    if (h < 24) {
        return {
            measures,
            customers: `A failure typically lasts ${typical}: customers feel it within a working day.`,
            business: 'Each hour of disruption can cost revenue and goodwill; see the business impact section.',
            soWhat: 'Faster detection and one-click rollback are the usual ways to bring this under an hour.',
        };
    }
    return {
        measures,
        customers: `A failure typically lasts ${typical}: customers live with a broken experience for days.`,
        business: 'Long outages cost revenue directly and push customers towards alternatives.',
        soWhat: 'Recovery speed deserves investment before new features: monitoring, on-call and rollback.',
    };
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
function describeTier(tier, tooFewToRate, table, minimum) {
    if (tier) {
        const { word, icon } = TIER_WORDS[tier];
        return { key: tier, word, icon, detail: `in the ${table} table`, text: `${word} in the ${table} table` };
    }
    if (tooFewToRate) {
        // T2: the value is still shown, only the tier is withheld.
        const detail = minimum ? `a tier needs at least ${minimum}` : 'the sample is too small for a tier';
        return { key: 'unrated', word: 'Too few to rate', icon: '–', detail, text: `Too few to rate: ${detail}` };
    }
    const detail = 'no value in this window';
    return { key: 'none', word: 'Not rated', icon: '–', detail, text: `Not rated: ${detail}` };
}
/** N1: the engine's label decides better/worse; the arrow only says which way the number moved. */
function describeTrend(label, change, previousText, days) {
    const period = `the previous ${days} days`;
    if (label === null || change === null) {
        return { label: 'none', arrow: '', text: `No comparison: ${period} have no value (${previousText})` };
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
function valueAndSample(key, d, days) {
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
                : `${(0,format/* formatDuration */.a3)(m.medianHours)} from first commit to production`;
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
            return describeTier(d.deploymentFrequency.tier, false, table);
        case 'leadTime':
            return describeTier(d.leadTime.tier, d.leadTime.tooFewToRate, table, '5 shipped changes');
        case 'changeFailureRate':
            return describeTier(d.changeFailureRate.tier, d.changeFailureRate.tooFewToRate, table, '10 deployments');
        case 'timeToRestore':
            return describeTier(d.timeToRestore.tier, false, table);
        case 'reworkRate':
            return null; // DORA publishes no tiers for rework rate
    }
}
const MEANINGS = {
    deploymentFrequency: (d) => deploymentFrequencyMeaning(d.deploymentFrequency),
    leadTime: (d) => leadTimeMeaning(d.leadTime),
    changeFailureRate: (d) => changeFailureMeaning(d.changeFailureRate),
    timeToRestore: (d) => timeToRestoreMeaning(d.timeToRestore),
    reworkRate: (d) => reworkMeaning(d.reworkRate),
};
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
            ...valueAndSample(key, report.dora, days),
            tier: tierOf(key, report.dora, table),
            trend: describeTrend(trend.label, trend.change, spec.words(report.previous.dora), report.previous.window.days),
            meaning: MEANINGS[key](report.dora),
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
            : `${(0,format/* formatDuration */.a3)(cycle.medianHours)} from first commit to merge`,
        cycleSpread: cycle.p75Hours === null
            ? null
            : `1 in 4 pull requests took over ${(0,format/* formatDuration */.a3)(cycle.p75Hours)}, 1 in 10 over ${(0,format/* formatDuration */.a3)(cycle.p90Hours)}.`,
        cycleTrend: describeTrend(cycleChange.label, cycleChange.change, (0,format/* formatDuration */.a3)(before?.cycleTime.medianHours), days),
        bottleneck: findBottleneck(cycle),
        throughput: describeThroughput(flow, report.window.days),
        throughputTrend: describeTrend(mergedChange.label, mergedChange.change, before ? `${(0,format/* formatNumber */.ZV)(before.throughput.perWeek)} a week` : 'no data', days),
        efficiency: describeEfficiency(flow.efficiency),
        efficiencyText: flow.efficiency === null
            ? 'No pull request in the window was both reviewed and shipped, so efficiency cannot be measured.'
            : `${(0,format/* formatPercent */.l9)(flow.efficiency)} hands-on`,
        portfolio: describePortfolio(flow.distribution),
        batchSize: describeBatchSize(flow.batchSize.medianLines) ?? 'No merged pull request reported its size.',
    };
}

;// CONCATENATED MODULE: ./src/translate/value-score.ts
const VALUE_SCORE_FORMULA = '(1 ÷ lead time in hours) × deployments per day × (1 − change failure rate) × (1 ÷ time to restore in hours) × customer satisfaction';
function inputsOf(dora) {
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
    if (restore === null)
        missing.push('time to restore (no restored failure in the window)');
    else if (restore <= 0)
        missing.push('time to restore (zero hours divides by zero)');
    if (missing.length)
        return { score: null, missing };
    return { score: (1 / lead) * perDay * (1 - cfr) * (1 / restore), missing };
}
/** Customer satisfaction is not in the data: it is left at 1, and the report says so. */
function computeValueScore(current, previous) {
    const now = inputsOf(current);
    const before = inputsOf(previous);
    const caveats = [
        'Customer satisfaction is not in repository data, so it is left out (taken as 1).',
        'It explodes as time to restore or lead time nears zero: a single failure fixed in minutes can multiply it many times. Read it as a direction, not a size.',
        'It multiplies its inputs, so one weak input drags the whole score; it has no unit and cannot be compared between teams.',
    ];
    const restore = current.timeToRestore.medianHours;
    if (restore !== null && restore > 0 && restore < 1) {
        caveats.unshift('Time to restore is under an hour in this window, so the score is dominated by it: treat the number with extra caution.');
    }
    const text = (score) => (score === null ? 'not available' : formatScore(score));
    return {
        value: now.score,
        previous: before.score,
        valueText: text(now.score),
        previousText: text(before.score),
        trendText: describeScoreChange(now.score, before.score),
        missing: now.missing,
        caveats,
    };
}
/** Scores span many orders of magnitude: three significant digits. */
function formatScore(score) {
    if (score === 0)
        return '0';
    if (score >= 1e-4 && score < 1e6)
        return String(Number(score.toPrecision(3)));
    return score.toExponential(2);
}
function describeScoreChange(now, before) {
    if (now === null || before === null || before === 0)
        return '';
    if (now === before)
        return 'The same as the previous window.';
    const ratio = now > before ? now / before : before / now;
    const times = `${String(Number(ratio.toPrecision(2)))} times`;
    return now > before
        ? `Better: ${times} the previous window's score.`
        : `Worse: 1/${times.replace(' times', '')} of the previous window's score.`;
}

;// CONCATENATED MODULE: ./src/translate/index.ts




const DEFAULT_CURRENCY = 'USD';
function translateReport(report, options = {}) {
    const { downtimeCostPerHour, currency = DEFAULT_CURRENCY } = options;
    return {
        dora: translateDora(report),
        flow: translateFlow(report),
        downtime: downtimeCostPerHour === undefined ? null : computeDowntimeCost(report, downtimeCostPerHour, currency),
        valueScore: computeValueScore(report.dora, report.previous.dora),
    };
}






;// CONCATENATED MODULE: ./src/report/charts.ts

const DAY_MS = 86_400_000;
function weeksOf(report) {
    const until = Date.parse(report.window.until);
    return report.weekly.map((w) => {
        const start = Date.parse(w.weekStart);
        return {
            label: (0,format/* formatDate */.Yq)(w.weekStart).replace(/ \d{4}$/, ''),
            start,
            end: Math.min(start + 7 * DAY_MS, until),
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

;// CONCATENATED MODULE: ./src/report/data-quality.ts

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
    },
    {
        label: 'Changes shipped by the first deployment',
        value: (q) => q.changesShippedByFirstDeployment,
        explanation: 'Nothing bounds how long they waited, so they have no lead time (L4).',
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
    },
    {
        label: 'Reverts in the history',
        value: (q) => q.revertsInWorld,
        explanation: 'Changes that undo an earlier change (C2).',
    },
    {
        label: 'Reverts without a target',
        value: (q) => q.revertsWithoutTarget,
        explanation: 'The reverted change could not be found, so they fail no deployment (C2).',
    },
    {
        label: 'Pull requests merged without review',
        value: (q) => q.pullRequestsMergedWithoutReview,
        explanation: 'No review by someone other than the author before merging: they have no pickup or review phase (F2).',
    },
    {
        label: 'Pull requests into other branches',
        value: (q) => q.pullRequestsIntoOtherBranches,
        explanation: 'Not merged into the default branch, so not changes (L1).',
    },
    {
        label: 'Squash-merged history without pull requests',
        value: (q) => q.squashMergedCommitsOnly,
        explanation: 'Each commit is its own merge, so lead time covers only the wait for deployment (L4).',
    },
    {
        label: 'Shallow history',
        value: (q) => q.shallowHistory,
        explanation: 'The clone does not reach the start of the window: early changes may be missing.',
    },
];
/** Counts that are normal when zero are shown anyway; a non-zero count of something left out is flagged. */
const FLAG_WHEN_SET = new Set([
    'Deployments off the default branch',
    'Changes not yet shipped',
    'Changes shipped by the first deployment',
    'Incidents without a deployment',
    'Reverts without a target',
    'Pull requests merged without review',
    'Squash-merged history without pull requests',
    'Shallow history',
]);
function buildQualityItems(quality) {
    return ITEMS.filter((item) => quality.worldKind === 'pull-requests' || !item.label.startsWith('Pull requests')).map((item) => {
        const value = item.value(quality);
        const set = typeof value === 'boolean' ? value : value > 0;
        return {
            label: item.label,
            value: typeof value === 'boolean' ? (value ? 'Yes' : 'No') : (0,format/* formatNumber */.ZV)(value),
            explanation: item.explanation,
            attention: FLAG_WHEN_SET.has(item.label) && set,
        };
    });
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


const DEPLOYMENT_ROWS = 50;
const CHANGES_PER_DEPLOYMENT = 8;
const FAILURE_ROWS = 50;
const SLOWEST_ROWS = 20;
function drilldown_inWindow(time, window) {
    if (time === null)
        return false;
    const t = Date.parse(time);
    return t >= Date.parse(window.since) && t < Date.parse(window.until);
}
function capped(rows, total, what) {
    const hidden = total - rows.length;
    return {
        rows,
        total,
        hiddenText: hidden > 0
            ? `Showing ${(0,format/* formatNumber */.ZV)(rows.length)} of ${(0,format/* formatNumber */.ZV)(total)} ${what}; ${(0,format/* plural */.LS)(hidden, 'more is', 'more are')} in metrics.json.`
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
    const inside = report.records.deployments.filter((d) => drilldown_inWindow(d.time, report.window));
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
    return capped(rows, inside.length, 'deployments in the window, newest first');
}
function buildFailureTable(report, links, deploymentLabels) {
    const inside = report.records.failures.filter((f) => drilldown_inWindow(f.start, report.window));
    const newest = [...inside].sort((a, b) => Date.parse(b.start) - Date.parse(a.start)).slice(0, FAILURE_ROWS);
    const rows = newest.map((f) => {
        const number = numberFromId(f.id);
        const fallback = f.kind === 'incident' ? links.issue(number) : links.pull(number);
        return {
            event: { text: f.id, href: links.checked(f.url) ?? fallback },
            title: f.title,
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
    return capped(rows, inside.length, 'failure events, newest first');
}
function buildSlowestTable(report, links, deploymentLabels) {
    const timed = report.records.changes.filter((c) => c.leadTimeHours !== null && drilldown_inWindow(c.shippedAt, report.window));
    const slowest = [...timed]
        .sort((a, b) => b.leadTimeHours - a.leadTimeHours)
        .slice(0, SLOWEST_ROWS);
    const rows = slowest.map((c) => ({
        change: changeLink(c, c.id, links),
        title: c.title,
        author: c.author ?? 'unknown',
        leadTime: (0,format/* formatDuration */.a3)(c.leadTimeHours),
        shippedAt: (0,format/* formatDateTime */.r6)(c.shippedAt),
        shippedBy: c.shippedBy ? (deploymentLabels.get(c.shippedBy) ?? c.shippedBy) : '',
    }));
    return capped(rows, timed.length, 'shipped changes, slowest first');
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
            definition: `Pull request histories only. Throughput counts pull requests merged (F1). Cycle time runs from the first commit to merge, split into coding (until the pull request opens), waiting for review, review (until merge) and waiting for deployment (F2); each phase is a median, and the largest is named the bottleneck. Flow load counts open, non-draft pull requests (F3). Flow efficiency is hands-on time (coding and review) over all elapsed time (F4), compared with a target of ${(0,format/* formatPercent */.l9)(EFFICIENCY_TARGET)} and world class at ${(0,format/* formatPercent */.l9)(EFFICIENCY_WORLD_CLASS)}. The work mix sorts pull requests by label, else by their conventional-commit title, into risk, defect, debt and feature (F5), compared with a 70/20/10 investment guide. Batch size is the median of lines added plus deleted (F6).`,
        },
        {
            anchor: 'method-business',
            name: 'Business impact',
            rules: 'R1',
            definition: `Downtime cost is the sum of restore times of failure events starting in the window (events still open count up to the window's end) times the cost per hour you supply. The value-delivery score is ${VALUE_SCORE_FORMULA}; it is shown only when every input exists.`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/report/summary.ts

function buildSummary(report, t) {
    const d = report.dora;
    const lines = [];
    const rate = (0,format/* formatDeployRate */.jO)(d.deploymentFrequency.perDay, d.deploymentFrequency.count);
    const lead = d.leadTime.medianHours === null
        ? 'no change was shipped with a measurable lead time'
        : `a typical change took ${(0,format/* formatDuration */.a3)(d.leadTime.medianHours)} from first commit to production`;
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
    if (t.downtime)
        lines.push(`Estimated cost of failures in the window: ${t.downtime.costText}.`);
    const labels = t.dora.map((m) => m.trend.label);
    const better = labels.filter((l) => l === 'better').length;
    const worse = labels.filter((l) => l === 'worse').length;
    if (better + worse > 0) {
        lines.push(`Against the previous ${report.previous.window.days} days: better on ${(0,format/* plural */.LS)(better, 'measure')}, worse on ${(0,format/* plural */.LS)(worse, 'measure')}.`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/view-model.ts












function buildFlowView(report, t, charts) {
    const flow = report.flow;
    const words = t.flow;
    if (!flow || !words)
        return null;
    const phases = buildPhasesChart(flow, report.previous.flow);
    const throughput = buildThroughputChart(report);
    const distribution = buildDistributionChart(flow, report.previous.flow);
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
    };
}
function buildViewModel(report, options = {}) {
    const t = translateReport(report, options);
    const links = repositoryLinks(report);
    const charts = {};
    const metrics = t.dora.map((m) => {
        const chart = buildDoraChart(m.key, report);
        charts[chart.view.id] = chart.spec;
        return { ...m, chart: chart.view };
    });
    const byId = new Map();
    for (const c of report.records.changes)
        byId.set(c.id, c);
    for (const c of report.records.unshippedChanges)
        byId.set(c.id, c);
    const deploymentLabels = new Map(report.records.deployments.map((d) => [d.key, d.label]));
    const fullName = `${report.repository.owner}/${report.repository.name}`;
    const flow = buildFlowView(report, t, charts);
    const score = t.valueScore;
    return {
        title: `Delivery report: ${fullName}`,
        repository: { text: fullName, href: links.home },
        defaultBranch: report.repository.defaultBranch,
        window: (0,format/* formatWindow */.A4)(report.window.since, report.window.until),
        days: report.window.days,
        previousWindow: (0,format/* formatWindow */.A4)(report.previous.window.since, report.previous.window.until),
        source: report.source.deployments,
        // D2: with `auto` the reason already says how the source was chosen
        sourceRequested: ['auto', report.source.deployments].includes(report.source.requested)
            ? null
            : report.source.requested,
        sourceReason: report.source.reason,
        benchmark: `${benchmarkTitle(report.benchmarks.name, report.benchmarks.year)} (${report.benchmarks.name})`,
        generatedAt: options.generatedAt ? (0,format/* formatDateTime */.r6)(options.generatedAt) : 'not recorded',
        tool: `${report.tool.name} ${report.tool.version}`,
        summary: buildSummary(report, t),
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
            shown: score.value !== null,
            value: score.valueText,
            previous: score.previousText,
            trend: score.trendText,
            formula: VALUE_SCORE_FORMULA,
            missing: score.missing.length ? `Not shown: it needs ${score.missing.join(', ')}.` : '',
            caveats: score.caveats,
        },
        deployments: buildDeploymentTable(report, links, byId),
        failures: buildFailureTable(report, links, deploymentLabels),
        slowest: buildSlowestTable(report, links, deploymentLabels),
        quality: buildQualityItems(report.dataQuality),
        qualityNotes: report.dataQuality.notes,
        methodology: buildMethodology(report),
        charts,
    };
}

;// CONCATENATED MODULE: ./src/report/render.ts
// Renders the static site: index.html and assets/ (the CSS, the page's own script, Chart.js) in
// outDir. Built in a temporary folder beside outDir first, then moved in by rename, so a failure
// leaves outDir as it was. Other files in outDir (metrics.json, summary.md) are left alone.





class TemplateDirError extends Error {
    name = 'TemplateDirError';
}
const ASSET_FILES = ['report.css', 'report.js'];
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
    const builtIn = defaultTemplateDir();
    const custom = templateDir === undefined ? null : (0,external_node_path_.resolve)(templateDir);
    if (custom !== null && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(custom, 'layout.hbs'))) {
        throw new TemplateDirError(`template-dir: "${templateDir}" has no layout.hbs (expected a copy of the templates folder)`);
    }
    const dirs = custom === null ? [builtIn] : [builtIn, custom];
    const partials = new Map();
    const assets = new Map();
    for (const dir of dirs) {
        readPartials(dir, partials);
        for (const file of ASSET_FILES)
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, file)))
                assets.set(file, (0,external_node_path_.join)(dir, file));
    }
    return { layout: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(custom ?? builtIn, 'layout.hbs'), 'utf8'), partials, assets };
}
function renderHtml(report, options, templates) {
    const view = buildViewModel(report, options);
    const hbs = createHandlebars();
    for (const [name, text] of templates.partials)
        hbs.registerPartial(name, text);
    const layout = hbs.compile(templates.layout, { preventIndent: true });
    return layout(view);
}
/** Moves the built files into outDir: assets first, index.html last (each by rename). */
function moveInto(tmp, outDir) {
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const oldAssets = (0,external_node_path_.join)(outDir, 'assets');
    const trash = `${tmp}-old-assets`;
    if ((0,external_node_fs_.existsSync)(oldAssets))
        (0,external_node_fs_.renameSync)(oldAssets, trash);
    (0,external_node_fs_.renameSync)((0,external_node_path_.join)(tmp, 'assets'), oldAssets);
    (0,external_node_fs_.renameSync)((0,external_node_path_.join)(tmp, 'index.html'), (0,external_node_path_.join)(outDir, 'index.html'));
    (0,external_node_fs_.rmSync)(trash, { recursive: true, force: true });
}
async function renderReport(report, options) {
    const outDir = (0,external_node_path_.resolve)(options.outDir);
    if ((0,external_node_fs_.existsSync)(outDir) && !(0,external_node_fs_.statSync)(outDir).isDirectory()) {
        throw new TemplateDirError(`out: "${options.outDir}" is a file (expected a folder for the report)`);
    }
    const templates = loadTemplates(options.templateDir);
    const html = renderHtml(report, options, templates);
    const parent = (0,external_node_path_.dirname)(outDir);
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    const tmp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(parent, `.${(0,external_node_path_.basename)(outDir)}.tmp-`));
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(tmp, 'assets'));
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tmp, 'index.html'), html);
        for (const [file, from] of templates.assets)
            (0,external_node_fs_.copyFileSync)(from, (0,external_node_path_.join)(tmp, 'assets', file));
        (0,external_node_fs_.copyFileSync)(chartJsPath(), (0,external_node_path_.join)(tmp, 'assets', 'chart.umd.min.js'));
        moveInto(tmp, outDir);
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
    }
    return { indexPath: (0,external_node_path_.join)(outDir, 'index.html') };
}



/***/ })

};
