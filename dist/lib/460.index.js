export const id = 460;
export const ids = [460];
export const modules = {

/***/ 61460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ createGitHubClient)
});

// UNUSED EXPORTS: resolveApiUrls

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./src/sources/github/errors.ts
var github_errors = __webpack_require__(22497);
// EXTERNAL MODULE: ./src/sources/github/network.ts
var network = __webpack_require__(43706);
;// CONCATENATED MODULE: ./src/sources/github/scheduler.ts
// The job scheduler handed to @octokit/plugin-throttling through its `Bottleneck` option.
// Bottleneck yields to the event loop (setTimeout 0) at each step of every job, which costs about
// 10 ms a request: more than half of what the simulator needs to answer a page of 100 pull
// requests. The collector sends one request at a time, so it needs no concurrency limiter; what
// it keeps from the plugin is its reading of rate limits (retry-after, x-ratelimit-reset,
// RATE_LIMITED) and its retries. This class does what the plugin asks of Bottleneck — run a job,
// and when a `failed` listener returns a number, wait that many milliseconds and run it again —
// with no added latency.
/** Bottleneck.Events: puts `on` on a target; `trigger` resolves to the first listener's answer. */
class Events {
    listeners = new Map();
    constructor(target) {
        target.on = (name, listener) => {
            this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
        };
    }
    /**
     * As Bottleneck's: a listener that throws answers nothing (the plugin's `failed` listener reads
     * `error.response.headers`, and an error of the network has no response: plugin-retry retries it).
     */
    async trigger(name, ...args) {
        for (const listener of this.listeners.get(name) ?? []) {
            let answer;
            try {
                answer = await listener(...args);
            }
            catch {
                continue;
            }
            if (answer !== undefined && answer !== null)
                return answer;
        }
        return undefined;
    }
}
/** A limiter that runs each job at once (the plugin's groups: global, write, search, ...). */
const immediate = {
    schedule: (...args) => {
        const [task, ...rest] = typeof args[0] === 'function' ? args : args.slice(1);
        return Promise.resolve().then(() => task(...rest));
    },
};
class Group {
    key() {
        return immediate;
    }
}
class SequentialScheduler {
    static Events = Events;
    static Group = Group;
    events;
    constructor() {
        this.events = new Events(this);
    }
    /** Bottleneck's schedule([options], task, ...args), with its retry-on-`failed` contract. */
    async schedule(...args) {
        const [task, ...rest] = (typeof args[0] === 'function' ? args : args.slice(1));
        for (let retryCount = 0;; retryCount++) {
            try {
                return await task(...rest);
            }
            catch (error) {
                const wait = await this.events.trigger('failed', error, { args: rest, retryCount });
                if (typeof wait !== 'number')
                    throw error;
                await new Promise((resolve) => setTimeout(resolve, wait));
            }
        }
    }
}
/** Throttle options that route every group of the plugin through the sequential scheduler. */
const sequentialGroups = {
    Bottleneck: SequentialScheduler,
    global: new Group(),
    auth: new Group(),
    write: new Group(),
    search: new Group(),
    notifications: new Group(),
};

;// CONCATENATED MODULE: ./src/sources/github/client.ts
// The one Octokit of a run (STYLE 5): throttling and retry plugins, the API roots, and counts of
// requests made and rate-limit points spent. The token stays inside Octokit's auth; nothing here
// logs it or puts it in a message.






const ThrottledOctokit = dist_src/* Octokit */.E.plugin(plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* retry */.L);
/** github.com: https://api.github.com → /graphql; GHES: https://host/api/v3 → https://host/api/graphql. */
function resolveApiUrls(apiUrl, graphqlUrl, env = process.env) {
    const rest = (apiUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const explicit = graphqlUrl || env.GITHUB_GRAPHQL_URL;
    if (explicit)
        return { apiUrl: rest, graphqlUrl: explicit.replace(/\/+$/, '') };
    const derived = /\/api\/v3$/.test(rest) ? rest.replace(/\/api\/v3$/, '/api/graphql') : `${rest}/graphql`;
    return { apiUrl: rest, graphqlUrl: derived };
}
function createGitHubClient(options) {
    const { apiUrl, graphqlUrl } = resolveApiUrls(options.apiUrl, options.graphqlUrl, options.env);
    const log = options.log ?? (() => undefined);
    // Each from the options, else DORA_REQUEST_TIMEOUT, DORA_RETRY_DELAY, DORA_RATE_LIMIT_WAIT.
    const settings = (0,network/* networkSettings */.eg)(options, options.env ?? process.env);
    const maxWait = settings.maxWaitSeconds;
    const stats = { requests: 0, points: 0 };
    const fetch = (0,network/* guardedFetch */.x2)({
        timeoutSeconds: settings.timeoutSeconds,
        graphqlUrl,
        onRequest: () => (stats.requests += 1),
    });
    const octokit = new ThrottledOctokit({
        auth: options.token,
        baseUrl: apiUrl,
        userAgent: 'dora-flow-action',
        request: { fetch },
        // 5xx answers and faults of the network: retried after 1, 4 and 9 times the delay.
        retry: { retries: network/* RETRIES */.Zs, retryAfterBaseValue: settings.retryDelaySeconds * 1000 },
        log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
        throttle: {
            // The plugin's scheduler without Bottleneck's latency; it also drops the plugin's one-second
            // spacing of GraphQL queries (reads): real writes are spaced by spaceWrites below.
            ...sequentialGroups,
            onRateLimit: (retryAfter, _o, _k, retryCount) => {
                if (retryCount >= 2 || retryAfter > maxWait)
                    return false;
                log(`github: rate limit reached; waiting until ${(0,github_errors/* liftsAt */.Qz)(Date.now() + retryAfter * 1000)}`);
                return true;
            },
            onSecondaryRateLimit: (retryAfter, _o, _k, retryCount) => {
                if (retryCount >= 3 || retryAfter > maxWait)
                    return false;
                log(`github: secondary rate limit; waiting until ${(0,github_errors/* liftsAt */.Qz)(Date.now() + retryAfter * 1000)}`);
                return true;
            },
        },
    });
    spaceWrites(octokit, graphqlUrl);
    async function graphql(query, variables, area) {
        for (let attempt = 0;; attempt++) {
            let response;
            try {
                response = await octokit.request({ method: 'POST', url: graphqlUrl, query, variables });
            }
            catch (error) {
                throw (0,github_errors/* toGitHubError */.Lg)(error, area, options.repo, options.tokenFrom, maxWait);
            }
            const body = response.data;
            if (body.errors?.some((e) => RATE_LIMIT_TYPES.has(e.type ?? ''))) {
                // Reached for RATE_LIMIT, which the throttling plugin does not know, and for RATE_LIMITED
                // where it does not see the endpoint as GraphQL (GHES's /api/graphql).
                const wait = graphqlWait(response.headers);
                if (attempt >= 2 || wait.seconds > maxWait)
                    throw (0,github_errors/* rateLimitError */.m4)(wait.reset, 'GraphQL', maxWait);
                log(`github: GraphQL rate limit reached; waiting until ${(0,github_errors/* liftsAt */.Qz)(Date.now() + wait.seconds * 1000)}`);
                await new Promise((resolve) => setTimeout(resolve, wait.seconds * 1000));
                continue;
            }
            if (body.errors?.length)
                throw graphqlError(body.errors, area, options.repo);
            stats.points += body.data?.rateLimit?.cost ?? 1;
            return body.data;
        }
    }
    async function rest(route, params, area) {
        try {
            const response = await octokit.request(route, params);
            stats.points += 1;
            return { data: response.data, headers: response.headers };
        }
        catch (error) {
            throw (0,github_errors/* toGitHubError */.Lg)(error, area, options.repo, options.tokenFrom, maxWait);
        }
    }
    return { octokit, apiUrl, graphqlUrl, repo: options.repo, stats, graphql, rest };
}
/** GitHub's two spellings of a GraphQL rate-limit error. */
const RATE_LIMIT_TYPES = new Set(['RATE_LIMITED', 'RATE_LIMIT']);
/**
 * How long a GraphQL rate limit asks to wait: retry-after when GitHub sends it, else until
 * x-ratelimit-reset (and a second), else a minute, as GitHub's documentation asks.
 */
function graphqlWait(headers) {
    const retryAfter = Number(headers['retry-after']);
    const reset = Number(headers['x-ratelimit-reset']) || undefined;
    if (retryAfter > 0)
        return { seconds: Math.ceil(retryAfter), reset: Math.ceil(Date.now() / 1000 + retryAfter) };
    if (reset)
        return { seconds: Math.max(1, Math.ceil(reset - Date.now() / 1000) + 1), reset };
    return { seconds: 60, reset: Math.ceil(Date.now() / 1000) + 60 };
}
function graphqlError(errors, area, repo) {
    const first = errors[0];
    const message = (first.message ?? 'unknown error').split('\n')[0].slice(0, 200);
    if (first.type === 'NOT_FOUND' && first.path?.[0] === 'repository') {
        return new github_errors/* GitHubError */.y_(`${repo}: repository not found, or the token cannot see it (${message})`, 404);
    }
    if (first.type === 'FORBIDDEN') {
        return new github_errors/* GitHubError */.y_(`no access to ${area.what} in ${repo} (${message}); the token needs "${area.permission}"`, 403);
    }
    return new github_errors/* GitHubError */.y_(`GitHub refused the query for ${area.what} in ${repo}: ${message}`);
}
/** GitHub asks for at least a second between mutating REST requests; reads are not spaced. */
function spaceWrites(octokit, graphqlUrl) {
    let next = 0;
    octokit.hook.wrap('request', async (request, options) => {
        const method = (options.method ?? 'GET').toUpperCase();
        const write = method !== 'GET' && method !== 'HEAD' && options.url !== graphqlUrl;
        if (write) {
            const wait = next - Date.now();
            next = Math.max(next, Date.now()) + 1000;
            if (wait > 0)
                await new Promise((resolve) => setTimeout(resolve, wait));
        }
        return request(options);
    });
}


/***/ }),

/***/ 22497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   Qz: () => (/* binding */ liftsAt),
/* harmony export */   RG: () => (/* binding */ gitHubMessage),
/* harmony export */   iL: () => (/* binding */ networkFaultOf),
/* harmony export */   m4: () => (/* binding */ rateLimitError),
/* harmony export */   un: () => (/* binding */ secondaryLimitError),
/* harmony export */   x6: () => (/* binding */ networkError),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _network_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43706);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26221);
// One-line messages for what can go wrong talking to GitHub. A message names what was being read,
// what GitHub said and what to do; it never holds the token.



/** A failure talking to GitHub that the user can act on (a token, a permission, a limit, the network). */
class GitHubError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    status;
    name = 'GitHubError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** An absolute time and how far away it is: "2026-10-30T13:00:00Z (in 60 minutes)". */
function liftsAt(atMs) {
    const seconds = Math.max(0, Math.ceil((atMs - Date.now()) / 1000));
    const away = seconds < 120 ? (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(seconds, 'second') : (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(Math.ceil(seconds / 60), 'minute');
    return `${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .n)(atMs)} (in ${away})`;
}
/** ", past the 300 s a run waits (DORA_RATE_LIMIT_WAIT)" when the wait is longer than the budget. */
function pastBudget(atMs, budget) {
    const wait = (atMs - Date.now()) / 1000;
    return budget !== undefined && wait > budget
        ? `, past the ${budget} s a run waits (DORA_RATE_LIMIT_WAIT)`
        : '';
}
function rateLimitError(resetSeconds, resource, 
/** the longest wait the run allows, when known */
budget) {
    const at = (resetSeconds ?? 0) * 1000;
    const reset = resetSeconds ? `; it resets at ${liftsAt(at)}${pastBudget(at, budget)}` : '';
    return new GitHubError(`GitHub's ${resource} rate limit is exhausted${reset}: run again after the reset`, 403);
}
/**
 * The secondary rate limit, with the time GitHub's retry-after names (an hour is an hour, not "a
 * few minutes"); without one, GitHub's documentation asks for at least a minute.
 */
function secondaryLimitError(retryAfter, stopped, budget) {
    const seconds = Number(retryAfter);
    const at = Date.now() + seconds * 1000;
    const lifts = Number.isFinite(seconds) && seconds > 0
        ? `it lifts at ${liftsAt(at)}${pastBudget(at, budget)}: run again after that`
        : 'GitHub gave no time: wait at least a minute and run again';
    return new GitHubError(`GitHub's secondary rate limit stopped ${stopped}; ${lifts}`, 403);
}
/** GitHub's own message, cut to one line and to a length a log can hold. */
function gitHubMessage(error) {
    const data = error.response?.data;
    const text = typeof data?.message === 'string' ? data.message : (error.message ?? '');
    const line = text.split('\n')[0].trim();
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
/** The network fault behind an error Octokit threw, if one is. */
function networkFaultOf(error) {
    if (error instanceof _network_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkFault */ .H6)
        return error;
    const cause = error?.cause;
    return cause instanceof _network_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkFault */ .H6 ? cause : null;
}
const API_ADDRESS = '--api-url or GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server)';
/** What happened to the request, starting with the host: "api.github.com refused the connection". */
function faultSentence(fault) {
    const { host } = fault;
    const code = /^E[A-Z_]+$/.test(fault.detail) ? ` (${fault.detail})` : '';
    const quoted = fault.detail.startsWith('"') ? `: ${fault.detail}` : '';
    switch (fault.kind) {
        case 'refused':
            return `${host} refused the connection${code}`;
        case 'unreachable':
            return `${host} could not be reached${code}`;
        case 'reset':
            return `${host} closed the connection before answering${code}`;
        case 'timeout':
            return `${host} did not answer within ${fault.timeoutSeconds} s`;
        case 'cut-short':
            return `the answer from ${host} was cut short${code}${quoted}`;
        case 'empty':
            return `${host} sent an empty answer`;
        case 'html':
            return `${host} sent an HTML page instead of the API's JSON${quoted}`;
        case 'not-json':
            return `${host} sent an answer that is not JSON${quoted}`;
        case 'no-data':
            return `${host} answered a GraphQL query with neither data nor errors${quoted}`;
    }
}
/** What the user can check for each kind of fault. */
function faultCheck(fault) {
    const { host } = fault;
    switch (fault.kind) {
        case 'refused':
        case 'unreachable':
        case 'html':
        case 'not-json':
            return `check the API address in ${API_ADDRESS} and that ${host} can be reached from here`;
        case 'timeout':
            return `check the network and any proxy between here and ${host}, or allow more time with DORA_REQUEST_TIMEOUT (seconds)`;
        case 'no-data':
            return 'GitHub may be having trouble (https://www.githubstatus.com): run again later';
        default:
            return `check the network and any proxy between here and ${host}, then run again`;
    }
}
/** One line for a request the network failed on every attempt: host, what failed, what to check. */
function networkError(fault, doing, leftAs = '') {
    const left = leftAs ? `; ${leftAs}` : '';
    return new GitHubError(`${faultSentence(fault)} while ${doing}, on all ${_network_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRIES */ .Zs + 1} attempts${left}; ${faultCheck(fault)}`);
}
/** Turns whatever Octokit threw into a GitHubError (a GitHubError passes through). */
function toGitHubError(error, area, repo, 
/** where the token came from, as the user set it */
tokenFrom = '--token or GITHUB_TOKEN', 
/** the longest wait for a rate limit the run allows (DORA_RATE_LIMIT_WAIT), when known */
budget) {
    if (error instanceof GitHubError)
        return error;
    const fault = networkFaultOf(error);
    if (fault)
        return networkError(fault, `reading ${area.what} in ${repo}`);
    const e = (error ?? {});
    const headers = e.response?.headers ?? {};
    const said = gitHubMessage(e);
    const status = e.status;
    if (status === 401) {
        return new GitHubError(`GitHub rejected the token (401 ${said || 'Bad credentials'}); expected a valid token in ${tokenFrom}`, 401);
    }
    const rateLimited = headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(said);
    if (rateLimited && !/secondary/i.test(said)) {
        return rateLimitError(Number(headers['x-ratelimit-reset']) || undefined, headers['x-ratelimit-resource'] ?? 'API', budget);
    }
    if (/secondary rate/i.test(said)) {
        return secondaryLimitError(headers['retry-after'], `the reading of ${area.what} in ${repo}`, budget);
    }
    if (status === 403) {
        return new GitHubError(`no access to ${area.what} in ${repo} (403 ${said}); the token needs "${area.permission}"`, 403);
    }
    if (status === 404) {
        return new GitHubError(`${repo}: ${area.what} not found (404); check OWNER/NAME and that the token has "${area.permission}"`, 404);
    }
    if (status && status >= 500) {
        return new GitHubError(`GitHub answered ${status} while reading ${area.what} in ${repo}, even after retries; try again later`, status);
    }
    const cause = e.cause?.code ?? e.code ?? e.cause?.message ?? said;
    return new GitHubError(`reading ${area.what} in ${repo} failed: ${cause || 'unknown error'}`, status);
}


/***/ }),

/***/ 43706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ NetworkFault),
/* harmony export */   Zs: () => (/* binding */ RETRIES),
/* harmony export */   eg: () => (/* binding */ networkSettings),
/* harmony export */   x2: () => (/* binding */ guardedFetch)
/* harmony export */ });
/* unused harmony export NETWORK_DEFAULTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// The fetch every request to GitHub goes through. It bounds each request, answer included, by a
// stated time, reads the whole answer before Octokit sees it, and turns what the network or a proxy
// can do to an answer (a reset, a refused connection, a hang, a body cut short, empty, an HTML page,
// a GraphQL answer with neither data nor errors) into a NetworkFault. Octokit wraps a fault in a
// RequestError of status 500 without a response, which plugin-retry retries as it does a 502;
// errors.ts names what is left after the retries.

/** A request that got no usable answer; `host` is the API's host, never a token or a query. */
class NetworkFault extends Error {
    kind;
    host;
    detail;
    timeoutSeconds;
    name = 'NetworkFault';
    constructor(kind, host, 
    /** the system's code or a short quote of what came back, for the message */
    detail, timeoutSeconds) {
        super(`${host}: ${kind}${detail ? ` (${detail})` : ''}`);
        this.kind = kind;
        this.host = host;
        this.detail = detail;
        this.timeoutSeconds = timeoutSeconds;
    }
}
const NO_BODY = new Set([101, 204, 205, 304]);
/** The system's code of a failed connection (undici puts it on the error's cause). */
function codeOf(error) {
    const e = error;
    const code = e?.cause?.code ?? e?.cause?.cause?.code ?? e?.code;
    return typeof code === 'string' ? code : '';
}
function connectionFault(error, host, timeoutSeconds, reading) {
    const code = codeOf(error);
    if (/^(ECONNREFUSED)$/.test(code))
        return new NetworkFault('refused', host, code, timeoutSeconds);
    if (/^(ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ENETDOWN)$/.test(code)) {
        return new NetworkFault('unreachable', host, code, timeoutSeconds);
    }
    if (/TIMEOUT/.test(code))
        return new NetworkFault('timeout', host, code, timeoutSeconds);
    const detail = code || (error?.message ?? '').slice(0, 60);
    return new NetworkFault(reading ? 'cut-short' : 'reset', host, detail, timeoutSeconds);
}
/** A quote of an answer that is not what the API sends, cut to one short line. */
function quote(text) {
    // Printable ASCII only: no control or direction-changing characters from a stranger's page.
    const line = text
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/[^\x20-\x7e]/g, '?');
    return JSON.stringify(line.length > 40 ? `${line.slice(0, 37)}...` : line);
}
/** Null when a successful answer is the API's JSON; else what is wrong with it. */
function badBody(text, graphql, host, timeoutSeconds) {
    if (!text.trim())
        return new NetworkFault('empty', host, '', timeoutSeconds);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        const kind = /^\s*</.test(text) ? 'html' : /^\s*[[{]/.test(text) ? 'cut-short' : 'not-json';
        return new NetworkFault(kind, host, quote(text), timeoutSeconds);
    }
    if (!graphql)
        return null;
    // GitHub answers a query with `data`, or with `errors` saying why there is none.
    const body = parsed;
    const hasData = typeof body?.data === 'object' && body.data !== null;
    const hasErrors = Array.isArray(body?.errors) && body.errors.length > 0;
    return hasData || hasErrors ? null : new NetworkFault('no-data', host, quote(text), timeoutSeconds);
}
/** fetch, bounded in time, that only hands on a whole answer the API could have sent. */
function guardedFetch(options) {
    const { timeoutSeconds } = options;
    return async (input, init) => {
        options.onRequest?.();
        const url = new URL(input instanceof Request ? input.url : String(input));
        const host = url.host;
        const timer = AbortSignal.timeout(Math.max(1, Math.round(timeoutSeconds * 1000)));
        const signal = init?.signal ? AbortSignal.any([init.signal, timer]) : timer;
        let reading = false;
        let response;
        let bytes;
        try {
            response = await fetch(input, { ...init, signal });
            reading = true;
            bytes = await response.arrayBuffer();
        }
        catch (error) {
            if (init?.signal?.aborted)
                throw error;
            if (timer.aborted)
                throw new NetworkFault('timeout', host, '', timeoutSeconds);
            throw connectionFault(error, host, timeoutSeconds, reading);
        }
        const method = (init?.method ?? 'GET').toUpperCase();
        if (response.ok && method !== 'HEAD' && !NO_BODY.has(response.status)) {
            const graphql = url.href.replace(/\/+$/, '') === options.graphqlUrl;
            const fault = badBody(new TextDecoder().decode(bytes), graphql, host, timeoutSeconds);
            if (fault)
                throw fault;
        }
        const whole = new Response(NO_BODY.has(response.status) ? null : bytes, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
        Object.defineProperty(whole, 'url', { value: response.url });
        return whole;
    };
}
const NETWORK_DEFAULTS = {
    timeoutSeconds: 60,
    retryDelaySeconds: 1,
    maxWaitSeconds: 300,
};
/** Retries of a request that failed for a transient cause (a 5xx, the network). */
const RETRIES = 3;
const VARIABLES = {
    timeoutSeconds: 'DORA_REQUEST_TIMEOUT',
    retryDelaySeconds: 'DORA_RETRY_DELAY',
    maxWaitSeconds: 'DORA_RATE_LIMIT_WAIT',
};
/** Each setting from the options, else its environment variable, else its default. */
function networkSettings(given, env) {
    const settings = { ...NETWORK_DEFAULTS };
    for (const key of Object.keys(VARIABLES)) {
        const raw = env[VARIABLES[key]]?.trim();
        const value = given[key] ?? (raw ? Number(raw) : undefined);
        if (value === undefined)
            continue;
        if (!Number.isFinite(value) || value < 0 || (key === 'timeoutSeconds' && value === 0)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${VARIABLES[key]}: ${JSON.stringify(raw ?? String(value))} is not a number of seconds (for example ${NETWORK_DEFAULTS[key]})`);
        }
        settings[key] = value;
    }
    return settings;
}


/***/ }),

/***/ 26221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   ms: () => (/* binding */ ms),
/* harmony export */   n: () => (/* binding */ isoSeconds)
/* harmony export */ });
// Times and words for the collector's messages and queries (no imports: errors.ts and common.ts both use them).
/** An ISO time cut to whole seconds, as GitHub writes them and its search qualifiers read them. */
function isoSeconds(time) {
    return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function ms(time) {
    return time ? Date.parse(time) : NaN;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}


/***/ })

};
