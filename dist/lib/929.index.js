export const id = 929;
export const ids = [929];
export const modules = {

/***/ 22929:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81729);
/* harmony import */ var _action_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5956);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
// The Action's entry: inputs → configuration → the pipeline; the only setFailed (STYLE.md habit 1).




try {
    const config = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readActionConfig */ .P)();
    if (config.rollup) {
        // Loaded on demand: a member run never needs the roll-up.
        const { runRollupAction } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(423)]).then(__webpack_require__.bind(__webpack_require__, 41423));
        await runRollupAction(config);
    }
    else if (config.repositories.length > 0) {
        const { runBatch } = await __webpack_require__.e(/* import() */ 826).then(__webpack_require__.bind(__webpack_require__, 90826));
        await runBatch(config);
    }
    else
        await (0,_action_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)(config);
}
catch (error) {
    const message = error?.message ?? String(error);
    // A user's mistake is its one line; anything else is a bug, whose stack goes to the debug log.
    if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserError */ .i)(error))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error?.stack ?? message);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message.split('\n')[0]);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ readActionConfig),
/* harmony export */   j: () => (/* binding */ TOKEN_INPUT)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55285);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(83916);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96421);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _run_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33189);
/* harmony import */ var _metrics_sources_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50923);
/* harmony import */ var _metrics_tiers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83084);
/* harmony import */ var _publish_pages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69911);
// The Action's inputs, read once into one typed configuration (STYLE.md habit 2). Only this
// module calls core.getInput.









const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** The repository input, else the workflow's own; `own` is false when another is collected. */
function repositoryOf(given, env) {
    if (given && !REPOSITORY.test(given)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`repository: ${JSON.stringify(given)} is not OWNER/NAME (for example octocat/hello-world)`);
    }
    const [owner, repo] = (given || env.GITHUB_REPOSITORY || '').split('/');
    if (!owner || !repo)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('GITHUB_REPOSITORY is not set (expected OWNER/NAME; run this inside GitHub Actions)');
    const own = !given || given.toLowerCase() === (env.GITHUB_REPOSITORY ?? '').toLowerCase();
    return { owner, repo, own };
}
function oneOf(input, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${input}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
}
/** A folder on the Pages branch for the site: relative, inside the branch, clear of git and the cache. */
function pagesPathOf(given) {
    const path = given.replace(/\/+$/, '');
    const refuse = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`pages-path: ${JSON.stringify(given)} ${why} (expected a folder such as metrics)`);
    if (path.startsWith('/') || /^[a-z]:/i.test(path))
        throw refuse('is absolute; it names a folder of the branch');
    if (!path)
        return '';
    for (const part of path.split('/')) {
        if (part === '..')
            throw refuse('leaves the branch');
        if (part === '' || part === '.')
            throw refuse('has an empty folder name');
        if (part.toLowerCase() === '.git')
            throw refuse('is inside .git, which git keeps for itself');
        if (part === _publish_pages_js__WEBPACK_IMPORTED_MODULE_7__/* .CACHE_FOLDER */ ._r)
            throw refuse(`is inside ${_publish_pages_js__WEBPACK_IMPORTED_MODULE_7__/* .CACHE_FOLDER */ ._r}, where the collection cache lives`);
    }
    return path;
}
/** How the Action names where its token comes from. */
const TOKEN_INPUT = 'the github-token input';
function booleanOf(input, value) {
    return oneOf(input, value.toLowerCase(), ['true', 'false']) === 'true';
}
/** git's rules for a branch name, enough to refuse a typo before anything is collected. */
function branchName(value) {
    const bad = /[\s~^:?*[\\]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/.test(value) || [...value].some((c) => c < ' ');
    if (bad) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`pages-branch: ${JSON.stringify(value)} is not a branch name (expected a name such as gh-pages)`);
    }
    return value;
}
/** The config-file input, else `.github/dora.yml` of the checked-out workspace when it exists. */
function contextFileOf(given, env) {
    const workspace = env.GITHUB_WORKSPACE || '.';
    if (given)
        return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace, given), explicit: true, input: 'config-file' };
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workspace, '.github', 'dora.yml'), explicit: false };
}
/** The repositories input: OWNER/NAME, one a line or comma-separated, each once. */
function repositoriesOf(given) {
    const names = given
        .split(/[\n,]/)
        .map((name) => name.trim())
        .filter((name) => name !== '');
    const seen = new Set();
    for (const name of names) {
        if (!REPOSITORY.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`repositories: ${JSON.stringify(name)} is not OWNER/NAME (for example octocat/hello-world)`);
        }
        if (seen.has(name.toLowerCase()))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`repositories: ${name} is listed twice`);
        seen.add(name.toLowerCase());
    }
    return names;
}
function readActionConfig(env = process.env) {
    const input = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name).trim();
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('github-token');
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('github-token: empty (expected a token; the default is ${{ github.token }})');
    const { owner, repo, own } = repositoryOf(input('repository'), env);
    const source = input('deployment-source') || _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.source;
    (0,_metrics_sources_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSource */ .PJ)(source, 'deployment-source');
    const benchmarks = input('benchmarks') || _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .z.benchmarks;
    if (!_metrics_tiers_js__WEBPACK_IMPORTED_MODULE_6__/* .BENCHMARK_TABLES */ .Gq[benchmarks] && benchmarks !== _metrics_tiers_js__WEBPACK_IMPORTED_MODULE_6__/* .POSITION_BENCHMARKS */ .R$ && !benchmarks.endsWith('.json')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`benchmarks: ${JSON.stringify(benchmarks)} is not dora-2023, dora-2021, dora-2025 or a .json file`);
    }
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const runnerTemp = env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    const outDir = input('report-dir') || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(runnerTemp, 'dora-report');
    const pipeline = {
        input: {
            kind: 'github',
            repo: `${owner}/${repo}`,
            token,
            tokenFrom: TOKEN_INPUT,
            apiUrl: env.GITHUB_API_URL,
        },
        source,
        days: (0,_run_config_js__WEBPACK_IMPORTED_MODULE_4__/* .wholeDays */ .n8)(input('days') || undefined, 'days'),
        until: (0,_run_config_js__WEBPACK_IMPORTED_MODULE_4__/* .timeOf */ .nR)('until', input('until') || undefined),
        incidentLabels: (0,_run_config_js__WEBPACK_IMPORTED_MODULE_4__/* .labelsOf */ .PC)(input('incident-labels') || undefined, 'incident-labels'),
        benchmarks,
        // empty: the configuration file's `industry:`, else all (P4)
        industry: (0,_run_config_js__WEBPACK_IMPORTED_MODULE_4__/* .industryOf */ .I_)(input('industry') || undefined),
        outDir,
        outInput: 'report-dir',
        outExplicit: true,
        json: false,
        templateDir: input('template-dir') || undefined,
        downtimeCostPerHour: (0,_run_config_js__WEBPACK_IMPORTED_MODULE_4__/* .moneyOf */ .a5)(input('downtime-cost-per-hour'), 'downtime-cost-per-hour'),
        currency: (0,_run_config_js__WEBPACK_IMPORTED_MODULE_4__/* .currencyOf */ .Fr)(input('currency') || undefined, 'currency'),
        serverUrl,
        contextFile: contextFileOf(input('config-file'), env),
        business: input('business-metrics')
            ? {
                path: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(env.GITHUB_WORKSPACE || '.', input('business-metrics')),
                input: 'business-metrics',
            }
            : undefined,
    };
    const pagesPath = pagesPathOf(input('pages-path'));
    return {
        pipeline,
        owner,
        repo,
        token,
        publish: oneOf('publish', input('publish') || 'pages-branch', [
            'pages-branch',
            'artifact',
            'none',
        ]),
        pagesBranch: branchName(input('pages-branch') || 'gh-pages'),
        pagesPath,
        resetHistory: booleanOf('reset-history', input('reset-history') || 'false'),
        comment: oneOf('comment', input('comment') || 'auto', ['auto', 'always', 'never']),
        // The event is the workflow's own repository's: another repository's run comments on nothing.
        eventName: own ? (env.GITHUB_EVENT_NAME ?? '') : '',
        eventPath: env.GITHUB_EVENT_PATH,
        serverUrl,
        actor: env.GITHUB_ACTOR ?? '',
        runnerTemp,
        repositories: repositoriesOf(input('repositories')),
        rollup: input('rollup')
            ? {
                glob: input('rollup'),
                config: input('rollup-config')
                    ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(env.GITHUB_WORKSPACE || '.', input('rollup-config'))
                    : null,
            }
            : null,
    };
}


/***/ }),

/***/ 5956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lq: () => (/* binding */ PUBLIC_WARNING),
  v0: () => (/* binding */ actionLogger),
  Cs: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/metrics/reviews.ts
var reviews = __webpack_require__(32732);
// EXTERNAL MODULE: ./src/pipeline.ts + 27 modules
var pipeline = __webpack_require__(19290);
;// CONCATENATED MODULE: ./src/publish/comment.ts
const COMMENT_MARKER = '<!-- dora-flow-action:metrics -->';
/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/** The login of GITHUB_TOKEN, which cannot read GET /user. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * The token's own login. GitHub refuses GET /user to an installation token (403), which is then
 * the job token's bot. Any other failure is thrown: guessing the login there would duplicate the
 * comment of a personal token.
 */
async function ownLogin(octokit) {
    try {
        const user = await octokit.request('GET /user');
        return user.data.login;
    }
    catch (error) {
        const { status, message } = error;
        if (status === 403 && !/rate limit/i.test(message ?? ''))
            return ACTIONS_BOT;
        throw error;
    }
}
function fitComment(body) {
    const marked = `${COMMENT_MARKER}\n${body}`;
    if (marked.length <= COMMENT_LIMIT)
        return marked;
    const note = '\n\n… (cut to fit GitHub’s comment limit; the full report is linked above)';
    return marked.slice(0, COMMENT_LIMIT - note.length) + note;
}
async function findStickyComment(octokit, target, login) {
    for (let page = 1; page <= 30; page++) {
        const comments = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: target.owner,
            repo: target.repo,
            issue_number: target.number,
            per_page: 100,
            page,
        });
        const mine = comments.data.find((c) => c.user?.login === login && (c.body ?? '').startsWith(COMMENT_MARKER));
        if (mine)
            return Number(mine.id);
        if (comments.data.length < 100)
            return null;
    }
    return null;
}
async function upsertStickyComment(octokit, target, body) {
    const login = await ownLogin(octokit);
    const text = fitComment(body);
    const existing = await findStickyComment(octokit, target, login);
    if (existing !== null) {
        await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner: target.owner,
            repo: target.repo,
            comment_id: existing,
            body: text,
        });
        return { id: existing, created: false };
    }
    const created = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.number,
        body: text,
    });
    return { id: Number(created.data.id), created: true };
}

// EXTERNAL MODULE: ./src/publish/job-summary.ts
var job_summary = __webpack_require__(50817);
// EXTERNAL MODULE: ./src/publish/pages-site.ts
var pages_site = __webpack_require__(54731);
// EXTERNAL MODULE: ./src/publish/write-errors.ts
var write_errors = __webpack_require__(7734);
// EXTERNAL MODULE: ./src/business/words.ts
var words = __webpack_require__(22771);
// EXTERNAL MODULE: ./src/report/services-table.ts
var services_table = __webpack_require__(12365);
// EXTERNAL MODULE: ./src/report/markdown-summary.ts
var markdown_summary = __webpack_require__(76836);
// EXTERNAL MODULE: ./src/translate/format.ts
var format = __webpack_require__(56835);
;// CONCATENATED MODULE: ./src/report/pr-comment.ts
// The body of the pull request comment: the DORA keys and cycle time against the previous window,
// and the pull request itself in context. Pure: `now` is passed in.




const BARS = '▁▂▃▄▅▆▇█';
/** A small trend of a weekly series: one bar a week, a gap where the week has no value. */
function sparkline(values) {
    const known = values.filter((v) => v !== null);
    if (known.length < 2)
        return '';
    const low = Math.min(...known);
    const high = Math.max(...known);
    return values
        .map((v) => v === null ? ' ' : BARS[high === low ? 3 : Math.round(((v - low) / (high - low)) * (BARS.length - 1))])
        .join('');
}
/** A mark beside the trend's own words ("better (−3 hours)"), which already say which way. */
function arrow(trend) {
    return trend?.label === 'better' ? ' ✅' : trend?.label === 'worse' ? ' ⚠️' : '';
}
/** F2: where an open pull request stands, in the terms of the cycle-time phases. */
function phaseOf(pr) {
    if (pr.draft)
        return 'coding (draft)';
    return pr.reviewed ? 'review (reviewed, not merged)' : 'pickup (waiting for a first review)';
}
/**
 * A comment is read between reviews, so it shows the first services of the configuration
 * and leaves the rest to the report; the budget keeps it far below GitHub's 65,536 characters
 * (comment.ts) whatever the names.
 */
const COMMENT_SERVICES = { maxRows: 10, budget: 20_000 };
function pullRequestComment(report, pr, now, reportUrl) {
    const weekly = report.weekly;
    const sparks = {
        'Deployment frequency': sparkline(weekly.map((w) => w.deployments)),
        'Lead time for changes': sparkline(weekly.map((w) => w.leadTimeMedianHours)),
        'Change failure rate': sparkline(weekly.map((w) => (w.deployments ? w.failedDeployments / w.deployments : null))),
        'Cycle time': sparkline(weekly.map((w) => w.cycleTimeMedianHours)),
    };
    const keep = new Set([
        'Deployment frequency',
        'Lead time for changes',
        'Change failure rate',
        'Time to restore',
        'Cycle time',
    ]);
    const rows = (0,markdown_summary/* summaryRows */.QW)(report).filter((row) => keep.has(row.metric));
    const trendKey = {
        'Deployment frequency': 'deploymentFrequency',
        'Lead time for changes': 'leadTime',
        'Change failure rate': 'changeFailureRate',
        'Time to restore': 'timeToRestore',
        'Cycle time': 'cycleTime',
    };
    const ageHours = Math.max(0, now.getTime() - Date.parse(pr.createdAt)) / 3_600_000;
    const lines = pr.additions + pr.deletions;
    const medianLines = report.flow?.batchSize.medianLines ?? null;
    const medianCycle = report.flow?.cycleTime.medianHours ?? null;
    const out = [
        `### Delivery metrics for ${report.repository.owner}/${report.repository.name}`,
        '',
        `Last ${report.window.days} days against the ${report.window.days} before · deployments from \`${report.source.deployments}\` · tiers from ${report.benchmarks.name}`,
        '',
        '| Metric | Now | Tier | Against before | Weekly |',
        '| --- | --- | --- | --- | --- |',
        ...rows.map((row) => `| ${row.metric} | ${row.value} | ${row.tier} | ${row.trend}${arrow(report.trends[trendKey[row.metric]])} | ${sparks[row.metric] ?? ''} |`),
        ...(0,markdown_summary/* servicesSection */.yY)(report, COMMENT_SERVICES),
        ...[(0,words/* businessLine */.d)(report.business, services_table/* markdownCell */.UZ)].flatMap((line) => (line ? ['', line] : [])),
        '',
        `**This pull request (#${pr.number})**: open for ${(0,format/* formatDuration */.a3)(ageHours)}` +
            (medianCycle === null
                ? ''
                : ` (the median change takes ${(0,format/* formatDuration */.a3)(medianCycle)} from first commit to merge)`) +
            `; ${(0,format/* formatNumber */.ZV)(lines)} lines changed` +
            (medianLines === null ? '' : ` (median ${(0,format/* formatNumber */.ZV)(medianLines)})`) +
            `; now in ${phaseOf(pr)}.`,
    ];
    if (reportUrl)
        out.push('', `[Full report](${reportUrl})`);
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/sources/github/client.ts + 1 modules
var client = __webpack_require__(61460);
;// CONCATENATED MODULE: ./src/action/event.ts
// The pull request of the triggering event, read from the runner's event payload file.

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);
/** The payload is GitHub's, but still read defensively: a field of the wrong type counts as missing. */
function readPayload(eventPath) {
    try {
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        return typeof payload === 'object' && payload !== null ? payload : null;
    }
    catch {
        return null;
    }
}
const count = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
function pullRequestOf(eventName, eventPath, repository, now) {
    if (!PULL_REQUEST_EVENTS.has(eventName) || !eventPath)
        return null;
    const pr = readPayload(eventPath)?.pull_request;
    if (!pr || typeof pr.number !== 'number' || !Number.isInteger(pr.number))
        return null;
    const head = pr.head?.repo?.full_name;
    // A deleted fork leaves head.repo null: still not this repository.
    const fromFork = pr.head?.repo === null ||
        (typeof head === 'string' &&
            head.toLowerCase() !== `${repository.owner}/${repository.repo}`.toLowerCase());
    const createdAt = typeof pr.created_at === 'string' && Number.isFinite(Date.parse(pr.created_at))
        ? pr.created_at
        : now.toISOString();
    return {
        context: {
            number: pr.number,
            createdAt,
            additions: count(pr.additions),
            deletions: count(pr.deletions),
            draft: pr.draft === true,
            reviewed: eventName === 'pull_request_review',
        },
        fromFork,
        readOnlyToken: eventName !== 'pull_request_target' && (fromFork || repository.actor === 'dependabot[bot]'),
    };
}

// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
;// CONCATENATED MODULE: ./src/action/outputs.ts
// What every run leaves for the rest of the workflow: the step's outputs.


function setOutputs(outDir, report, reportUrl) {
    const { dora } = report;
    const text = (value) => (value === null ? '' : String(value));
    core/* setOutput */.uH('report-dir', outDir);
    core/* setOutput */.uH('metrics-json', (0,external_node_path_.join)(outDir, 'metrics.json'));
    core/* setOutput */.uH('report-url', reportUrl);
    core/* setOutput */.uH('deployment-frequency', text(dora.deploymentFrequency.perWeek));
    core/* setOutput */.uH('deployment-frequency-tier', text(dora.deploymentFrequency.tier));
    core/* setOutput */.uH('lead-time-hours', text(dora.leadTime.medianHours));
    core/* setOutput */.uH('lead-time-tier', text(dora.leadTime.tier));
    core/* setOutput */.uH('change-failure-rate', text(dora.changeFailureRate.rate));
    core/* setOutput */.uH('change-failure-rate-tier', text(dora.changeFailureRate.tier));
    core/* setOutput */.uH('time-to-restore-hours', text(dora.timeToRestore.medianHours));
    core/* setOutput */.uH('time-to-restore-tier', text(dora.timeToRestore.tier));
}

;// CONCATENATED MODULE: ./src/action/run.ts
// The Action's run: the shared pipeline with the Pages branch as its publisher (history and cache
// read before collecting, the site committed after rendering), then the outputs and the comment.














const PUBLIC_WARNING = 'GitHub Pages sites are public, even for a private repository: the published report shows pull request titles, authors and incident titles.';
function actionLogger() {
    return { info: (m) => core/* info */.pq(m), warn: (m) => core/* warning */.$e(m), debug: (m) => core/* debug */.Yz(m) };
}
async function runAction(config, now = config.pipeline.until ?? new Date()) {
    const repo = `${config.owner}/${config.repo}`;
    const octokit = (0,client/* createGitHubClient */.L)({
        token: config.token,
        tokenFrom: inputs/* TOKEN_INPUT */.j,
        apiUrl: apiUrlOf(config),
        repo,
    }).octokit;
    const event = pullRequestOf(config.eventName, config.eventPath, config, now);
    if (config.publish === 'pages-branch')
        core/* warning */.$e(PUBLIC_WARNING);
    const cacheDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(config.runnerTemp, 'dora-cache-'));
    let pages = { history: [], published: false, customDomain: null, snapshot: null };
    // A pull request's run publishes nothing: the branch shows the default branch's delivery.
    const publishing = config.publish === 'pages-branch' && event === null;
    const reportUrl = () => config.publish === 'pages-branch' && (publishing || pages.published)
        ? (0,pages_site/* pagesUrl */.Wm)(config, pages.customDomain)
        : '';
    const publisher = {
        async prepare() {
            if (config.publish === 'pages-branch') {
                pages = await core/* group */.Os(`Reading ${config.pagesBranch}`, () => (0,pages_site/* readPagesState */.M3)(octokit, config, cacheDir));
            }
            // Known once the Pages branch is read (a custom domain changes it); carried in metrics.json.
            return { history: pages.history, cacheDir, reportUrl: publishing ? reportUrl() : null };
        },
        async publish(result) {
            // Written first: the figures are worth having even if publishing fails.
            await (0,job_summary/* writeJobSummary */.j)(result.summary ?? '', reportUrl());
            if (!publishing)
                return;
            await core/* group */.Os(`Publishing to ${config.pagesBranch}`, () => (0,pages_site/* publishSite */.bK)(octokit, config, result.outDir, result.report, cacheDir, pages.snapshot));
        },
    };
    const result = await (0,pipeline/* runPipeline */.aI)({ ...config.pipeline, until: now }, actionLogger(), publisher);
    setOutputs(result.outDir, result.report, reportUrl());
    if (event && config.comment !== 'never') {
        event.context.reviewed ||= reviewedByOthers(result.world, event.context.number);
        await commentOn(octokit, config, event, result.report, now, reportUrl());
    }
}
function apiUrlOf(config) {
    return config.pipeline.input.kind === 'github' ? config.pipeline.input.apiUrl : undefined;
}
/** F2's first review, by someone other than the author. */
function reviewedByOthers(world, number) {
    const pr = (world.pullRequests ?? []).find((p) => p.number === number);
    return pr !== undefined && (0,reviews/* firstReviewAt */.W)(pr) !== null;
}
async function commentOn(octokit, config, event, report, now, reportUrl) {
    if (event.readOnlyToken && config.comment === 'auto') {
        core/* notice */.lm(`Pull request #${event.context.number} comes from ${event.fromFork ? 'a fork' : 'Dependabot'}, whose token can only read: the metrics are in the job summary, not in a comment.`);
        return;
    }
    const body = pullRequestComment(report, event.context, now, reportUrl || null);
    const area = {
        doing: `commenting on pull request #${event.context.number}`,
        permission: 'pull-requests: write',
        leftAs: 'the metrics are in the job summary',
    };
    const result = await (0,write_errors/* writing */.d)(area, `${config.owner}/${config.repo}`, () => upsertStickyComment(octokit, { owner: config.owner, repo: config.repo, number: event.context.number }, body));
    core/* info */.pq(`${result.created ? 'Created' : 'Updated'} comment ${result.id} on #${event.context.number}`);
}


/***/ }),

/***/ 50817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
// The job summary of the workflow run: the Markdown table, with the report's address.

/** The Markdown table, and the report's address when there is one. */
async function writeJobSummary(summary, reportUrl) {
    // Outside a runner (a local try of dist/index.js) there is no summary file to write to.
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(summary);
        return;
    }
    const link = reportUrl ? `\n[The full report](${reportUrl})\n` : '';
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(summary + link).write();
}


/***/ }),

/***/ 54731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M3: () => (/* binding */ readPagesState),
/* harmony export */   Wm: () => (/* binding */ pagesUrl),
/* harmony export */   Y2: () => (/* binding */ pagesTarget),
/* harmony export */   bK: () => (/* binding */ publishSite)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83916);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_history_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28705);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69911);
/* harmony import */ var _report_folder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76530);
/* harmony import */ var _write_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7734);
// The Pages branch as the Action uses it: history.json and the collection cache read before
// collecting, the site committed after rendering, and the address the site will be served at.








function pagesTarget(config) {
    return { owner: config.owner, repo: config.repo, branch: config.pagesBranch, folder: config.pagesPath };
}
/** Reads history.json and fills `cacheDir` with the cache folder of the branch. */
async function readPagesState(octokit, config, cacheDir) {
    const target = pagesTarget(config);
    const area = {
        doing: `reading the ${config.pagesBranch} branch`,
        permission: 'contents: read',
        leftAs: 'nothing was written',
    };
    const read = await (0,_write_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .writing */ .d)(area, `${config.owner}/${config.repo}`, async () => {
        const snapshot = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .openBranch */ .DH)(octokit, target);
        const text = (await (0,_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .readBranchFile */ .TQ)(octokit, target, snapshot, 'history.json'))?.toString('utf8');
        return { snapshot, text: text ?? null };
    });
    const history = historyOf(read.text, config);
    return (0,_write_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .writing */ .d)(area, `${config.owner}/${config.repo}`, async () => {
        const { snapshot } = read;
        const cache = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .readBranchFolder */ .Z2)(octokit, target, snapshot, _pages_js__WEBPACK_IMPORTED_MODULE_3__/* .CACHE_FOLDER */ ._r);
        for (const file of cache) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheDir, file.path)), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheDir, file.path), file.content);
        }
        const root = { ...target, folder: '' };
        const cname = (await (0,_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .readBranchFile */ .TQ)(octokit, root, snapshot, 'CNAME'))?.toString('utf8').trim() ?? '';
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(snapshot
            ? `${config.pagesBranch}: ${history.length} earlier runs in history.json, ${cache.length} cache files`
            : `${config.pagesBranch} does not exist yet: this run creates it`);
        return {
            history,
            published: snapshot !== null,
            customDomain: /^[a-z0-9.-]+$/i.test(cname) ? cname : null,
            snapshot,
        };
    });
}
/**
 * history.json as read from the branch. One that cannot be read stops the run, naming the file,
 * unless the reset-history input asks for a new history on purpose.
 */
function historyOf(text, config) {
    try {
        return (0,_report_history_file_js__WEBPACK_IMPORTED_MODULE_6__/* .parseHistory */ .i6)(text);
    }
    catch (error) {
        if (!(error instanceof _report_history_file_js__WEBPACK_IMPORTED_MODULE_6__/* .HistoryUnreadable */ .oX))
            throw error;
        const file = `${config.pagesPath ? `${config.pagesPath}/` : ''}history.json`;
        if (config.resetHistory) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${file} on the ${config.pagesBranch} branch cannot be read (${error.message}); reset-history is set, so this run starts a new history`);
            return [];
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`${file} on the ${config.pagesBranch} branch cannot be read: ${error.message}; nothing was written (restore the file from the branch's history, or set reset-history: true to start a new history)`);
    }
}
function filesUnder(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir).flatMap((name) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).isDirectory() ? filesUnder(path) : [path];
    });
}
function siteFiles(dir, prefix = '') {
    return filesUnder(dir).map((path) => ({
        path: `${prefix}${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/')}`,
        content: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path),
    }));
}
/** Commits the rendered site, the cache and the merged history.json to the Pages branch. */
async function publishSite(octokit, config, outDir, report, cacheDir, snapshot) {
    // history.json is merged again below; the folder's marker only matters on the runner.
    const site = siteFiles(outDir).filter((file) => file.path !== 'history.json' && file.path !== _report_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .MARKER */ .tl);
    const cache = siteFiles(cacheDir, `${_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .CACHE_FOLDER */ ._r}/`);
    const area = {
        doing: `publishing to the ${config.pagesBranch} branch`,
        permission: 'contents: write',
        leftAs: 'the branch was left as it was',
    };
    const result = await (0,_write_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .writing */ .d)(area, `${config.owner}/${config.repo}`, () => (0,_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .publishFiles */ .bg)(octokit, pagesTarget(config), `DORA report for ${report.window.until.slice(0, 10)}`, async (read) => {
        // Redone on every attempt: another run may have added its entry meanwhile.
        const latest = historyOf((await read('history.json'))?.toString('utf8') ?? null, config);
        const entries = (0,_report_history_file_js__WEBPACK_IMPORTED_MODULE_6__/* .mergeHistory */ .H$)(latest, (0,_report_history_file_js__WEBPACK_IMPORTED_MODULE_6__/* .historyEntry */ .xg)(report));
        return [...site, ...cache, { path: 'history.json', content: Buffer.from((0,_report_history_file_js__WEBPACK_IMPORTED_MODULE_6__/* .serializeHistory */ .ph)(entries)) }];
    }, { snapshot }));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Published commit ${result.commitSha} to ${config.pagesBranch} (${result.changed} files changed) after ${result.attempts} attempt(s)`);
    return result;
}
/**
 * Where GitHub Pages serves the site: a custom domain from CNAME, else OWNER.github.io/REPO (the
 * OWNER.github.io repository is served at the root). GitHub Enterprise Server's Pages addresses
 * depend on its configuration, so none is guessed there.
 */
function pagesUrl(config, customDomain) {
    const folder = config.pagesPath ? `${config.pagesPath}/` : '';
    if (customDomain)
        return `https://${customDomain}/${folder}`;
    if (config.serverUrl.replace(/\/+$/, '') !== 'https://github.com')
        return '';
    const host = `${config.owner.toLowerCase()}.github.io`;
    const base = config.repo.toLowerCase() === host ? '' : `${config.repo}/`;
    return `https://${host}/${base}${folder}`;
}


/***/ }),

/***/ 69911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ openBranch),
/* harmony export */   TQ: () => (/* binding */ readBranchFile),
/* harmony export */   Z2: () => (/* binding */ readBranchFolder),
/* harmony export */   _r: () => (/* binding */ CACHE_FOLDER),
/* harmony export */   bg: () => (/* binding */ publishFiles)
/* harmony export */ });
/* unused harmony export blobSha */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sources_github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22497);
// Publishes the site to a Pages branch through the Git Data API: no git executable, no checkout.
// The branch moves by one fast-forward commit; if someone else moved it meanwhile, the update is
// rejected and the whole step is redone on the new tip, so two racing runs lose nothing. Nothing
// is visible on the branch until that last request: a run that fails earlier leaves it as it was.


/** Beside the site, hidden from Pages: Jekyll leaves out dot folders. */
const CACHE_FOLDER = '.dora-cache';
/** git's object id of a file, so unchanged files need no upload. */
function blobSha(content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1')
        .update(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]))
        .digest('hex');
}
function joinPath(folder, path) {
    const clean = folder.replace(/^\/+|\/+$/g, '');
    return clean ? `${clean}/${path}` : path;
}
/** The branch as it is now, or null when it does not exist yet. */
async function openBranch(octokit, target) {
    const sha = await branchSha(octokit, target);
    if (!sha)
        return null;
    const commit = await octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
        owner: target.owner,
        repo: target.repo,
        commit_sha: sha,
    });
    const tree = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        owner: target.owner,
        repo: target.repo,
        tree_sha: commit.data.tree.sha,
        recursive: '1',
    });
    const files = new Map();
    for (const entry of tree.data.tree) {
        if (entry.type === 'blob' && entry.path && entry.sha)
            files.set(entry.path, entry.sha);
    }
    return { sha, tree: commit.data.tree.sha, files, truncated: tree.data.truncated };
}
/** Reads one file of the site folder, or null when the branch or the file is missing. */
async function readBranchFile(octokit, target, snapshot, path) {
    if (!snapshot)
        return null;
    const full = joinPath(target.folder, path);
    const sha = snapshot.files.get(full);
    if (sha)
        return readBlob(octokit, target, sha);
    return snapshot.truncated ? readFileAt(octokit, target, snapshot.tree, full) : null;
}
/** Reads every file under a folder of the site folder (the collection cache). */
async function readBranchFolder(octokit, target, snapshot, folder) {
    if (!snapshot)
        return [];
    const prefix = `${joinPath(target.folder, folder)}/`;
    const files = [];
    for (const [path, sha] of snapshot.files) {
        if (!path.startsWith(prefix))
            continue;
        files.push({ path: path.slice(prefix.length), content: await readBlob(octokit, target, sha) });
    }
    return files;
}
/**
 * Commits `files` under the target folder, keeping every other file of the branch (a CNAME, the
 * user's own pages). `prepare` runs on every attempt with a reader of the current tip, so a merge
 * (history.json) is redone on the newest tip.
 */
async function publishFiles(octokit, target, message, prepare, options = {}) {
    const maxAttempts = options.maxAttempts ?? 5;
    for (let attempt = 1;; attempt++) {
        // The first attempt may build on the tip read before collecting: if the branch moved since,
        // the fast-forward is refused and the next attempt reads it afresh.
        const tip = attempt === 1 && options.snapshot !== undefined ? options.snapshot : await openBranch(octokit, target);
        const files = await prepare((path) => readBranchFile(octokit, target, tip, path));
        const changed = files.filter((f) => tip?.files.get(joinPath(target.folder, f.path)) !== blobSha(f.content));
        if (tip && changed.length === 0)
            return { commitSha: tip.sha, attempts: attempt, changed: 0 };
        const tree = await createTree(octokit, target, changed, tip?.tree);
        const commit = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
            owner: target.owner,
            repo: target.repo,
            message,
            tree,
            parents: tip ? [tip.sha] : [],
        });
        if (await moveBranch(octokit, target, commit.data.sha, tip?.sha ?? null)) {
            return { commitSha: commit.data.sha, attempts: attempt, changed: changed.length };
        }
        if (attempt >= maxAttempts) {
            throw new _sources_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_(`pages-branch: ${target.branch} kept moving under ${maxAttempts} attempts to publish; try again later`);
        }
    }
}
/** Blobs by repository and sha: content-addressed, so a blob read once is never read again. */
const blobs = new Map();
async function readBlob(octokit, repo, sha) {
    const key = `${repo.owner}/${repo.repo}/${sha}`;
    const known = blobs.get(key);
    if (known)
        return known;
    const blob = await octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
        owner: repo.owner,
        repo: repo.repo,
        file_sha: sha,
    });
    const content = Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
    blobs.set(key, content);
    return content;
}
async function readFileAt(octokit, repo, treeSha, path) {
    let sha = treeSha;
    for (const part of path.split('/')) {
        const tree = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
            owner: repo.owner,
            repo: repo.repo,
            tree_sha: sha,
        });
        const entry = tree.data.tree.find((e) => e.path === part);
        if (!entry?.sha)
            return null;
        sha = entry.sha;
    }
    return readBlob(octokit, repo, sha);
}
function isUtf8(content) {
    return Buffer.from(content.toString('utf8'), 'utf8').equals(content);
}
/**
 * One tree over the base tree. Text goes inline (`content`), so a publish is three writes however
 * many files changed; GitHub asks for a second between writes. Other bytes need a blob each.
 */
async function createTree(octokit, target, files, baseTree) {
    const entries = [];
    for (const file of files) {
        const path = joinPath(target.folder, file.path);
        if (isUtf8(file.content)) {
            entries.push({
                path,
                mode: '100644',
                type: 'blob',
                content: file.content.toString('utf8'),
            });
            continue;
        }
        const blob = await octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
            owner: target.owner,
            repo: target.repo,
            content: file.content.toString('base64'),
            encoding: 'base64',
        });
        entries.push({ path, mode: '100644', type: 'blob', sha: blob.data.sha });
    }
    const tree = await octokit.request('POST /repos/{owner}/{repo}/git/trees', {
        owner: target.owner,
        repo: target.repo,
        tree: entries,
        ...(baseTree ? { base_tree: baseTree } : {}),
    });
    return tree.data.sha;
}
/** Where the branch points now, or null when it does not exist. */
async function branchSha(octokit, target) {
    try {
        const ref = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            owner: target.owner,
            repo: target.repo,
            ref: `heads/${target.branch}`,
        });
        return ref.data.object.sha;
    }
    catch (error) {
        if (error.status === 404)
            return null;
        throw error;
    }
}
/** Fast-forwards the branch from `from` (or creates it); false when someone else moved it first. */
async function moveBranch(octokit, target, sha, from) {
    try {
        if (from) {
            await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
                owner: target.owner,
                repo: target.repo,
                ref: `heads/${target.branch}`,
                sha,
                force: false,
            });
        }
        else {
            await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
                owner: target.owner,
                repo: target.repo,
                ref: `refs/heads/${target.branch}`,
                sha,
            });
        }
        return true;
    }
    catch (error) {
        // 422 "Update is not a fast forward" / "Reference already exists" means the branch moved; a
        // 422 on a branch that did not move (a protection rule) would never pass, so it is not retried.
        if (error.status !== 422)
            throw error;
        if ((await branchSha(octokit, target)) !== from)
            return false;
        throw new _sources_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubError */ .y_(`pages-branch: GitHub refused to move ${target.branch} (${messageOf(error)}); is the branch protected?`, 422);
    }
}
function messageOf(error) {
    const data = error.response?.data;
    const text = typeof data?.message === 'string' ? data.message : String(error.message);
    return text.split('\n')[0].slice(0, 160);
}


/***/ }),

/***/ 7734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ writing)
/* harmony export */ });
/* unused harmony export writeError */
/* harmony import */ var _sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22497);
// One-line messages for the Action's writes (the Pages branch, the pull request comment). A
// refused write names the `permissions:` entry the workflow lacks; the collector's reads name
// theirs in sources/github/errors.ts.

/** Turns whatever a write threw into a GitHubError that names the fix. */
function writeError(error, area, repo) {
    if (error instanceof _sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_)
        return error;
    const e = (error ?? {});
    const message = (0,_sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubMessage */ .RG)(e);
    const rateLimited = /rate limit/i.test(message) || e.response?.headers?.['x-ratelimit-remaining'] === '0';
    if (e.status === 401 || (rateLimited && !/secondary/i.test(message))) {
        // Writes are the Action's: its token comes from the github-token input.
        return (0,_sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubError */ .Lg)(error, { what: area.doing, permission: area.permission }, repo, 'the github-token input');
    }
    if (rateLimited) {
        return new _sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`GitHub's secondary rate limit stopped ${area.doing} in ${repo} after retries; ${area.leftAs}; wait a few minutes and run again`, 403);
    }
    // A fine-grained token without the permission is told 404 on a write, the job token 403.
    if (e.status === 403 || e.status === 404) {
        return new _sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${area.doing} in ${repo} was refused (${e.status} ${message}); the workflow needs "permissions: ${area.permission}"`, e.status);
    }
    if (e.status && e.status >= 500) {
        return new _sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`GitHub answered ${e.status} while ${area.doing} in ${repo}, even after retries; ${area.leftAs}; run again later`, e.status);
    }
    const cause = e.cause?.code ?? message;
    return new _sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${area.doing} in ${repo} failed: ${cause || 'unknown error'}; ${area.leftAs}`, e.status);
}
/** Runs a write, turning its failure into a message that names the fix. */
async function writing(area, repo, write) {
    try {
        return await write();
    }
    catch (error) {
        throw writeError(error, area, repo);
    }
}


/***/ }),

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
    async trigger(name, ...args) {
        for (const listener of this.listeners.get(name) ?? []) {
            const answer = await listener(...args);
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
    const maxWait = options.maxWaitSeconds ?? 300;
    const stats = { requests: 0, points: 0 };
    const countingFetch = (input, init) => {
        stats.requests += 1;
        return fetch(input, init);
    };
    const octokit = new ThrottledOctokit({
        auth: options.token,
        baseUrl: apiUrl,
        userAgent: 'dora-flow-action',
        request: { fetch: countingFetch },
        log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
        throttle: {
            // The plugin's scheduler without Bottleneck's latency; it also drops the plugin's one-second
            // spacing of GraphQL queries (reads): real writes are spaced by spaceWrites below.
            ...sequentialGroups,
            onRateLimit: (retryAfter, _o, _k, retryCount) => {
                if (retryCount >= 2 || retryAfter > maxWait)
                    return false;
                log(`github: rate limit reached; waiting ${retryAfter} s for it to reset`);
                return true;
            },
            onSecondaryRateLimit: (retryAfter, _o, _k, retryCount) => {
                if (retryCount >= 3 || retryAfter > maxWait)
                    return false;
                log(`github: secondary rate limit; waiting ${retryAfter} s as GitHub asks`);
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
                throw (0,github_errors/* toGitHubError */.Lg)(error, area, options.repo, options.tokenFrom);
            }
            const body = response.data;
            const limited = body.errors?.some((e) => e.type === 'RATE_LIMITED');
            if (limited) {
                // Reached when the throttling plugin does not see the endpoint as GraphQL (GHES's /api/graphql).
                const reset = Number(response.headers['x-ratelimit-reset']) || 0;
                const wait = Math.max(1, Math.ceil(reset - Date.now() / 1000) + 1);
                if (attempt >= 2 || wait > maxWait)
                    throw (0,github_errors/* rateLimitError */.m4)(reset || undefined, 'GraphQL');
                log(`github: GraphQL rate limit reached; waiting ${wait} s for it to reset`);
                await new Promise((resolve) => setTimeout(resolve, wait * 1000));
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
            throw (0,github_errors/* toGitHubError */.Lg)(error, area, options.repo, options.tokenFrom);
        }
    }
    return { octokit, apiUrl, graphqlUrl, repo: options.repo, stats, graphql, rest };
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
/* harmony export */   RG: () => (/* binding */ gitHubMessage),
/* harmony export */   m4: () => (/* binding */ rateLimitError),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26221);
// One-line messages for what can go wrong talking to GitHub. A message names what was being read,
// what GitHub said and what to do; it never holds the token.


/** A failure talking to GitHub that the user can act on (a token, a permission, a limit, the network). */
class GitHubError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    status;
    name = 'GitHubError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
function when(resetSeconds) {
    const at = resetSeconds * 1000;
    const minutes = Math.max(0, Math.ceil((at - Date.now()) / 60_000));
    return `${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .n)(at)} (in ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(minutes, 'minute')})`;
}
function rateLimitError(resetSeconds, resource) {
    const reset = resetSeconds ? `; it resets at ${when(resetSeconds)}` : '';
    return new GitHubError(`GitHub's ${resource} rate limit is exhausted${reset}: run again after the reset`, 403);
}
/** GitHub's own message, cut to one line and to a length a log can hold. */
function gitHubMessage(error) {
    const data = error.response?.data;
    const text = typeof data?.message === 'string' ? data.message : (error.message ?? '');
    const line = text.split('\n')[0].trim();
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
/** Turns whatever Octokit threw into a GitHubError (a GitHubError passes through). */
function toGitHubError(error, area, repo, 
/** where the token came from, as the user set it */
tokenFrom = '--token or GITHUB_TOKEN') {
    if (error instanceof GitHubError)
        return error;
    const e = (error ?? {});
    const headers = e.response?.headers ?? {};
    const said = gitHubMessage(e);
    const status = e.status;
    if (status === 401) {
        return new GitHubError(`GitHub rejected the token (401 ${said || 'Bad credentials'}); expected a valid token in ${tokenFrom}`, 401);
    }
    const rateLimited = headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(said);
    if (rateLimited && !/secondary/i.test(said)) {
        return rateLimitError(Number(headers['x-ratelimit-reset']) || undefined, headers['x-ratelimit-resource'] ?? 'API');
    }
    if (/secondary rate/i.test(said)) {
        return new GitHubError(`GitHub's secondary rate limit stopped the reading of ${area.what} in ${repo} after retries; wait a few minutes and run again`, 403);
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
