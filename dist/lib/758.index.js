export const id = 758;
export const ids = [758];
export const modules = {

/***/ 38758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseContextConfig: () => (/* binding */ parseContextConfig)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/repo-config/check.ts
// Small checks for the configuration file: each names the path inside the file and what was
// expected, as in `services[1].paths[0]: 42 is not a glob string (expected …)`.
/** A wrong entry; config.ts adds the file name and the line before the user sees it. */
class InvalidEntry extends Error {
    path;
    problem;
    constructor(path, problem) {
        super(`${formatPath(path)}: ${problem}`);
        this.path = path;
        this.problem = problem;
    }
}
function formatPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? key : /^[A-Za-z_][\w-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    }
    return out || '(the file)';
}
/** A value as the user wrote it, short enough for one line. */
function shown(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function mapping(value, path, expected) {
    if (!isMapping(value))
        throw new InvalidEntry(path, `${shown(value)} is not a mapping (expected ${expected})`);
    return value;
}
/** Refuses keys the file format does not know: a typo must not pass silently. */
function onlyKeys(value, path, known) {
    for (const key of Object.keys(value)) {
        if (!known.includes(key)) {
            throw new InvalidEntry([...path, key], `unknown key (expected ${known.join(', ')})`);
        }
    }
}
function list(value, path, expected) {
    if (!Array.isArray(value))
        throw new InvalidEntry(path, `${shown(value)} is not a list (expected ${expected})`);
    return value;
}
/** A list of strings; one string alone is taken as a list of one. */
function strings(value, path, what, example) {
    const items = typeof value === 'string' ? [value] : list(value, path, `a list of ${what}s such as [${example}]`);
    return items.map((item, i) => check_text(item, typeof value === 'string' ? path : [...path, i], what, example));
}
function check_text(value, path, what, example) {
    if (typeof value !== 'string' || value.trim() === '') {
        throw new InvalidEntry(path, `${shown(value)} is not a ${what} (expected a text such as ${example})`);
    }
    return value.trim();
}
function numberIn(value, path, range, expected) {
    const ok = typeof value === 'number' &&
        Number.isFinite(value) &&
        (range.minExclusive ? value > range.min : value >= range.min) &&
        (range.max === undefined || value <= range.max) &&
        (!range.whole || Number.isInteger(value));
    if (!ok)
        throw new InvalidEntry(path, `${shown(value)} is not ${expected}`);
    return value;
}

// EXTERNAL MODULE: ./src/metrics/industry.ts
var industry = __webpack_require__(60511);
;// CONCATENATED MODULE: ./src/business/config.ts
// B2: the configuration file's `business` key (.github/dora.yml):
//   business:
//     file: metrics/business.csv      # or --business FILE / the business-metrics input
//     period: week                    # week (default) or month
//     measures:
//       signups: { better: higher, unit: sign-ups }
//       revenue: { kind: revenue, unit: EUR }
//       csat: { kind: satisfaction, range: [1, 5] }

const PATH = ['business'];
function parseBusinessConfig(value) {
    const entry = mapping(value, PATH, 'file, period and measures');
    onlyKeys(entry, PATH, ['file', 'period', 'measures']);
    const file = entry.file === undefined ? null : check_text(entry.file, [...PATH, 'file'], 'path', '"metrics/business.csv"');
    const period = entry.period === undefined ? 'week' : periodOf(entry.period, [...PATH, 'period']);
    const measures = entry.measures === undefined
        ? []
        : Object.entries(mapping(entry.measures, [...PATH, 'measures'], 'one entry per measure, such as signups: { better: higher }')).map(([name, spec]) => measureOf(name, spec ?? {}, [...PATH, 'measures', name]));
    return { file, period, measures };
}
function oneOf(value, path, allowed) {
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    throw new InvalidEntry(path, `${shown(value)} is not one of ${allowed.join(', ')}`);
}
function periodOf(value, path) {
    return oneOf(value, path, ['week', 'month']);
}
function measureOf(name, value, path) {
    const entry = mapping(value, path, 'better, unit, kind and range');
    onlyKeys(entry, path, ['better', 'unit', 'kind', 'range']);
    const kind = entry.kind === undefined
        ? 'other'
        : oneOf(entry.kind, [...path, 'kind'], ['revenue', 'satisfaction', 'other']);
    const range = entry.range === undefined ? null : rangeOf(entry.range, [...path, 'range']);
    if (range !== null && kind !== 'satisfaction')
        throw new InvalidEntry([...path, 'range'], 'a range for a measure that is not of kind satisfaction (expected kind: satisfaction, or no range)');
    if (range === null && kind === 'satisfaction')
        throw new InvalidEntry(path, `satisfaction measure ${shown(name)} has no range (expected range: [min, max], such as [1, 5])`);
    return {
        name,
        better: entry.better === undefined
            ? 'higher'
            : oneOf(entry.better, [...path, 'better'], ['higher', 'lower']),
        unit: entry.unit === undefined ? null : check_text(entry.unit, [...path, 'unit'], 'unit', '"EUR" or "sign-ups"'),
        kind,
        range,
    };
}
function rangeOf(value, path) {
    if (!Array.isArray(value) || value.length !== 2)
        throw new InvalidEntry(path, `${shown(value)} is not [min, max] (expected two numbers such as [1, 5])`);
    const low = numberIn(value[0], [...path, 0], { min: -Infinity }, "a number (the scale's lowest value)");
    const high = numberIn(value[1], [...path, 1], { min: low, minExclusive: true }, `a number above ${low} (the scale's highest value)`);
    return [low, high];
}

// EXTERNAL MODULE: ./src/metrics/sources.ts
var sources = __webpack_require__(50923);
// EXTERNAL MODULE: ./src/metrics/time.ts
var time = __webpack_require__(97488);
// EXTERNAL MODULE: ./src/metrics/authors.ts
var authors = __webpack_require__(53185);
// EXTERNAL MODULE: ./src/metrics/window.ts
var metrics_window = __webpack_require__(62573);
// EXTERNAL MODULE: ./src/repo-config/glob.ts
var repo_config_glob = __webpack_require__(60431);
// EXTERNAL MODULE: ./src/metrics/stats.ts
var stats = __webpack_require__(54522);
;// CONCATENATED MODULE: ./src/repo-config/parse.ts
// The shape of `.github/dora.yml`: services, impact weights, business peaks and CI workflows.
// Plain data in (what the YAML parser gave), checked data out; InvalidEntry names what is wrong.










const MAX_WEIGHT = 100;
const ROOT_KEYS = ['services', 'impact', 'calendar', 'ci', 'industry', 'business', 'excludeAuthors'];
function parseContextData(data) {
    // An empty file is a valid (empty) configuration.
    const root = data === null || data === undefined ? {} : mapping(data, [], `keys ${ROOT_KEYS.join(', ')}`);
    onlyKeys(root, [], ROOT_KEYS);
    return {
        services: root.services === undefined ? [] : parseServices(root.services),
        impact: root.impact === undefined ? null : parseImpact(root.impact),
        peaks: root.calendar === undefined ? [] : parseCalendar(root.calendar),
        ciWorkflows: root.ci === undefined ? [] : parseCi(root.ci),
        ...(root.industry === undefined ? {} : { industry: parseIndustry(root.industry) }),
        ...(root.business === undefined ? {} : { business: parseBusinessConfig(root.business) }),
        ...(root.excludeAuthors === undefined ? {} : { excludeAuthors: parseAuthors(root.excludeAuthors) }),
    };
}
/** L5: a list of logins, `bots` for every [bot] login (quoted in YAML, since `[` starts a list). */
function parseAuthors(value) {
    const path = ['excludeAuthors'];
    const entries = strings(value, path, 'login', '"dependabot[bot]" or bots');
    entries.forEach((entry, i) => {
        if (!(0,authors/* isAuthorEntry */.uX)(entry))
            throw new InvalidEntry([...path, i], (0,authors/* authorProblem */.Ni)(entry));
    });
    return entries.map((entry) => entry.trim());
}
/** P4: one of the dora-2025 industry keys. */
function parseIndustry(value) {
    const key = check_text(value, ['industry'], 'industry key', '"financial_services"');
    if (!(0,industry/* isIndustryKey */.a7)(key))
        throw new InvalidEntry(['industry'], (0,industry/* unknownIndustry */.hR)(key));
    return key;
}
function parseServices(value) {
    const items = list(value, ['services'], 'a list of services, each with a name');
    const seen = new Set();
    return items.map((item, i) => {
        const service = parseService(item, ['services', i]);
        const key = service.name.toLowerCase();
        if (seen.has(key))
            throw new InvalidEntry(['services', i, 'name'], `${shown(service.name)} names a second service of that name (expected each name once)`);
        seen.add(key);
        return service;
    });
}
function parseService(value, path) {
    const entry = mapping(value, path, 'a service with a name and paths, labels or environments');
    onlyKeys(entry, path, ['name', 'paths', 'labels', 'environments', 'targets']);
    const name = check_text(entry.name, [...path, 'name'], 'service name', '"checkout-api"');
    const paths = entry.paths === undefined ? [] : parsePaths(entry.paths, [...path, 'paths']);
    const labels = entry.labels === undefined ? [] : strings(entry.labels, [...path, 'labels'], 'label', '"team:payments"');
    const environments = entry.environments === undefined
        ? null
        : parseEnvironments(entry.environments, [...path, 'environments']);
    if (paths.length === 0 && labels.length === 0 && environments === null) {
        throw new InvalidEntry(path, `service ${shown(name)} selects nothing (expected paths, labels or environments)`);
    }
    const targets = entry.targets === undefined ? {} : parseTargets(entry.targets, [...path, 'targets']);
    return { name, paths, labels: labels.map((l) => l.toLowerCase()), environments, targets };
}
/** A service's path globs (glob.ts): each must compile, and one at least must select. */
function parsePaths(value, path) {
    const globs = strings(value, path, 'glob string', '"src/api/**"');
    globs.forEach((glob, i) => {
        try {
            (0,repo_config_glob/* compileGlob */.SO)(glob);
        }
        catch (error) {
            if (!(error instanceof repo_config_glob/* GlobRefused */.Rq))
                throw error;
            throw new InvalidEntry([...path, i], `${shown(glob)} is not a glob we can match: ${error.message}`);
        }
    });
    if (globs.length > 0 && globs.every((glob) => glob.startsWith('!'))) {
        throw new InvalidEntry(path, 'every glob starts with !, so no path is selected (expected a glob that selects first, for example ["src/**", "!src/docs/**"])');
    }
    return globs;
}
function parseEnvironments(value, path) {
    const name = check_text(value, path, 'environment name or /pattern/', '"production" or "/^api-prod/"');
    try {
        (0,sources/* environmentSource */.nC)(name);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.y)
            throw new InvalidEntry(path, error.message.replace(/^source: /, ''));
        throw error;
    }
    return name;
}
function parseTargets(value, path) {
    const entry = mapping(value, path, 'targets such as deploymentsPerWeek: 5');
    onlyKeys(entry, path, ['deploymentsPerWeek', 'leadTimeHours', 'changeFailureRate', 'timeToRestoreHours']);
    const targets = {};
    const positive = (key, expected) => {
        if (entry[key] !== undefined)
            targets[key] = numberIn(entry[key], [...path, key], { min: 0, minExclusive: true }, expected);
    };
    positive('deploymentsPerWeek', 'a number of deployments a week above 0 (for example 5)');
    positive('leadTimeHours', 'a number of hours above 0 (for example 24)');
    positive('timeToRestoreHours', 'a number of hours above 0 (for example 1)');
    if (entry.changeFailureRate !== undefined) {
        targets.changeFailureRate = numberIn(entry.changeFailureRate, [...path, 'changeFailureRate'], { min: 0, max: 1 }, 'a share from 0 to 1 (for example 0.15 for 15%)');
    }
    return targets;
}
function parseImpact(value) {
    const entry = mapping(value, ['impact'], 'labels and a default weight');
    onlyKeys(entry, ['impact'], ['labels', 'default']);
    const weight = (v, path) => numberIn(v, path, { min: 0, max: MAX_WEIGHT, whole: true }, `a whole-number weight from 0 to ${MAX_WEIGHT} (for example 3)`);
    const labelMap = mapping(entry.labels ?? {}, ['impact', 'labels'], 'label: weight pairs such as "impact:high": 3');
    const labels = Object.entries(labelMap).map(([label, v]) => ({
        label: label.toLowerCase(),
        weight: weight(v, ['impact', 'labels', label]),
    }));
    if (labels.length === 0)
        throw new InvalidEntry(['impact', 'labels'], 'no label is given a weight (expected pairs such as "impact:high": 3)');
    const defaultWeight = entry.default === undefined ? 1 : weight(entry.default, ['impact', 'default']);
    return { labels, defaultWeight };
}
function parseCalendar(value) {
    const entry = mapping(value, ['calendar'], 'peaks: a list of named periods');
    onlyKeys(entry, ['calendar'], ['peaks']);
    const items = list(entry.peaks ?? [], ['calendar', 'peaks'], 'a list of peaks with name, start and end');
    return items.map((item, i) => parsePeak(item, ['calendar', 'peaks', i]));
}
function parsePeak(value, path) {
    const entry = mapping(value, path, 'a peak with name, start and end');
    onlyKeys(entry, path, ['name', 'start', 'end']);
    const name = check_text(entry.name, [...path, 'name'], 'peak name', '"Black Friday"');
    const start = timeOf(entry.start, [...path, 'start'], false);
    const end = timeOf(entry.end, [...path, 'end'], true);
    if (end <= start)
        throw new InvalidEntry([...path, 'end'], `${shown(entry.end)} is not after start ${shown(entry.start)} (expected an end date on or after the start date)`);
    return { name, start: (0,metrics_window/* isoTime */.Ly)(start), end: (0,metrics_window/* isoTime */.Ly)(end) };
}
/**
 * A date (YYYY-MM-DD, UTC; an end date counts whole, so the peak runs to its midnight) or an ISO
 * time; a time without an offset is UTC (utcTimeOf), never the machine's time zone.
 */
function timeOf(value, path, isEnd) {
    const raw = value instanceof Date ? value.toISOString() : value;
    const expected = 'a date such as 2026-11-27 or a time such as 2026-11-27T00:00:00Z';
    const ms = typeof raw === 'string' ? (0,time/* utcTimeOf */.r5)(raw) : NaN;
    if (!Number.isFinite(ms))
        throw new InvalidEntry(path, `${shown(value)} is not a date (expected ${expected})`);
    const dateOnly = /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(raw);
    return dateOnly && isEnd ? ms + stats/* DAY_MS */.sO : ms;
}
function parseCi(value) {
    const entry = mapping(value, ['ci'], 'workflows: a list of workflow files or names');
    onlyKeys(entry, ['ci'], ['workflows']);
    return strings(entry.workflows ?? [], ['ci', 'workflows'], 'workflow file or name', '"ci.yml"');
}

;// CONCATENATED MODULE: ./src/repo-config/yaml.ts
// The YAML side of reading `.github/dora.yml`: parses the text, checks it, and turns a mistake into
// one line naming the file, the line and the path inside the file (see config.ts).




/** Parses and checks the text of a configuration file; `file` names it in messages. */
function parseContextConfig(source, file) {
    const where = file ?? 'config';
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const line = lines.linePos(error.pos[0]).line;
        throw new errors/* UserError */.y(`${where} line ${line}: ${firstLine(error.message)} (expected YAML)`);
    }
    try {
        return { file, ...parseContextData(doc.toJS({ maxAliasCount: 100 })) };
    }
    catch (error) {
        if (!(error instanceof InvalidEntry))
            throw error;
        const line = lineOf(doc, lines, error.path);
        throw new errors/* UserError */.y(`${where}${line === null ? '' : ` line ${line}`}: ${error.message}`);
    }
}
function lineOf(doc, lines, path) {
    // The entry itself, else the nearest enclosing one that exists (a missing key has no line).
    for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true);
        if (node && typeof node === 'object' && node.range)
            return lines.linePos(node.range[0]).line;
    }
    return null;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}


/***/ })

};
