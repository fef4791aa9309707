export const id = 929;
export const ids = [929];
export const modules = {

/***/ 22929:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81729);
/* harmony import */ var _action_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36384);
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
/* harmony import */ var _publish_pages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39725);
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
        // empty: the configuration file's `excludeAuthors:`, else none (L5)
        excludeAuthors: (0,_run_config_js__WEBPACK_IMPORTED_MODULE_4__/* .authorsOf */ .EK)(input('exclude-authors') || undefined, 'exclude-authors'),
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

/***/ 36384:
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
// EXTERNAL MODULE: ./src/sources/github/errors.ts
var errors = __webpack_require__(22497);
// EXTERNAL MODULE: ./src/sources/github/network.ts
var network = __webpack_require__(43706);
;// CONCATENATED MODULE: ./src/publish/comment.ts


const COMMENT_MARKER = '<!-- dora-flow-action:metrics -->';
/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/**
 * The token's own login, from GraphQL's `viewer`, which every token can read: a personal token,
 * the job token (`github-actions[bot]`) and a GitHub App's installation token (`NAME[bot]`), to
 * which GitHub refuses REST's GET /user. A guessed login would never find the comment again and
 * would add one on every push.
 */
async function ownLogin(octokit, graphqlUrl) {
    const response = await octokit.request({
        method: 'POST',
        url: graphqlUrl,
        query: 'query { viewer { login } }',
    });
    const body = response.data;
    const login = body.data?.viewer?.login;
    if (typeof login === 'string' && login)
        return login;
    const said = typeof body.errors?.[0]?.message === 'string' ? body.errors[0].message : 'no login';
    throw new errors/* GitHubError */.y_(`GitHub did not say whose token this is (GraphQL viewer: ${said.split('\n')[0].slice(0, 160)})`);
}
/** GraphQL may name a bot without the `[bot]` that REST's comment authors carry. */
function sameLogin(author, login) {
    return author === login || author === `${login}[bot]`;
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
        const mine = comments.data.find((c) => sameLogin(c.user?.login, login) && (c.body ?? '').startsWith(COMMENT_MARKER));
        if (mine)
            return Number(mine.id);
        if (comments.data.length < 100)
            return null;
    }
    return null;
}
async function upsertStickyComment(octokit, target, body, graphqlUrl) {
    const login = await ownLogin(octokit, graphqlUrl);
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
    return { id: await createComment(octokit, target, text, login), created: true };
}
/**
 * A POST is not retried blindly: when its answer is lost (the network, a 5xx), the comment may
 * have been made all the same, so the pull request's comments are looked at before posting again.
 */
async function createComment(octokit, target, text, login) {
    for (let attempt = 0;; attempt++) {
        try {
            const created = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner: target.owner,
                repo: target.repo,
                issue_number: target.number,
                body: text,
                request: { retries: 0 },
            });
            return Number(created.data.id);
        }
        catch (error) {
            if (attempt >= network/* RETRIES */.Zs || !mayHaveLanded(error))
                throw error;
            const landed = await findStickyComment(octokit, target, login);
            if (landed !== null)
                return landed;
        }
    }
}
/** A failure after which the request may have been carried out: no answer, or a server error. */
function mayHaveLanded(error) {
    if ((0,errors/* networkFaultOf */.iL)(error) !== null)
        return true;
    const status = error?.status;
    return typeof status === 'number' && status >= 500;
}

// EXTERNAL MODULE: ./src/publish/job-summary.ts
var job_summary = __webpack_require__(50817);
// EXTERNAL MODULE: ./src/publish/pages-site.ts
var pages_site = __webpack_require__(54731);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/history-file.ts
var history_file = __webpack_require__(28705);
// EXTERNAL MODULE: ./src/publish/write-errors.ts
var write_errors = __webpack_require__(7734);
;// CONCATENATED MODULE: ./src/publish/pages-api.ts



/** Only a plain web address: the text is GitHub's, but it lands in Markdown links and the log. */
const SAFE_URL = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:\/[a-z0-9._~%!$&'*+,;=:@/-]*)?$/i;
/**
 * The repository's Pages site, or null when GitHub refuses to say: no site yet (404), or a token
 * without `pages: read` (403). Anything else is an error: the address is not guessed over it.
 */
async function readPagesSite(octokit, owner, repo) {
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/pages', { owner, repo });
        const url = typeof data.html_url === 'string' ? data.html_url.trim() : '';
        if (!SAFE_URL.test(url) || /[()]/.test(url))
            return null;
        return {
            htmlUrl: url.endsWith('/') ? url : `${url}/`,
            buildType: typeof data.build_type === 'string' ? data.build_type : 'legacy',
        };
    }
    catch (error) {
        const status = error.status;
        if (status === 403 || status === 404)
            return null;
        throw (0,write_errors/* writeError */.o)(error, {
            doing: 'reading where GitHub Pages serves the site',
            permission: 'pages: read',
            leftAs: 'nothing was written',
        }, `${owner}/${repo}`);
    }
}
/** The report's address: the site's root, and the report's folder below it. */
function siteAddress(site, folder) {
    const clean = folder.replace(/^\/+|\/+$/g, '');
    return clean ? `${site.htmlUrl}${clean}/` : site.htmlUrl;
}
/**
 * The history.json a deployed site serves. None there (404) is no history yet; a file that is not
 * a history, or a site that cannot be read, stops the run unless `resetHistory`: the artifact
 * replaces the whole site, so publishing over it would erase months of trend.
 */
async function readSiteHistory(siteUrl, resetHistory, warn, timeoutMs = 30_000) {
    const url = `${siteUrl}history.json`;
    let problem;
    try {
        const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
        if (response.status === 404)
            return [];
        if (response.status === 200)
            return (0,history_file/* parseHistory */.i6)(await response.text());
        problem = `the site answered ${response.status}`;
    }
    catch (error) {
        if (error instanceof history_file/* HistoryUnreadable */.oX)
            problem = error.message;
        else {
            const e = error;
            problem =
                e.name === 'TimeoutError'
                    ? `no answer in ${timeoutMs / 1000} s`
                    : (e.cause?.code ?? e.message ?? 'unreadable');
        }
    }
    if (resetHistory) {
        warn(`${url} cannot be read (${problem}); reset-history is set, so this run starts a new history`);
        return [];
    }
    throw new src_errors/* UserError */.y(`${url} cannot be read: ${problem}; nothing was written (the artifact would replace the site's history: make the site readable, or set reset-history: true to start a new history)`);
}

// EXTERNAL MODULE: ./src/business/words.ts
var words = __webpack_require__(22771);
// EXTERNAL MODULE: ./src/report/markdown-text.ts
var markdown_text = __webpack_require__(47141);
// EXTERNAL MODULE: ./src/report/markdown-summary.ts + 1 modules
var markdown_summary = __webpack_require__(77366);
// EXTERNAL MODULE: ./src/translate/format.ts
var format = __webpack_require__(56835);
// EXTERNAL MODULE: ./src/report/anchors.ts
var report_anchors = __webpack_require__(71404);
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
    // each row links to its card in the report (anchors.ts: stable ids)
    const cardId = {
        cycleTime: report_anchors/* sectionId */.F2.flowCycle,
    };
    const metricCell = (metric) => {
        const key = trendKey[metric];
        return reportUrl
            ? (0,markdown_text/* markdownLink */.iQ)(metric, (0,report_anchors/* sectionUrl */.TJ)(reportUrl, cardId[key] ?? report_anchors/* sectionId */.F2.metric(key)))
            : (0,markdown_text/* markdownCell */.UZ)(metric);
    };
    const ageHours = Math.max(0, now.getTime() - Date.parse(pr.createdAt)) / 3_600_000;
    const lines = pr.additions + pr.deletions;
    const medianLines = report.flow?.batchSize.medianLines ?? null;
    const medianCycle = report.flow?.cycleTime.medianHours ?? null;
    const out = [
        `### Delivery metrics for ${(0,markdown_text/* markdownCell */.UZ)(`${report.repository.owner}/${report.repository.name}`)}`,
        '',
        `Last ${report.window.days} days against the ${report.window.days} before · deployments from ${(0,markdown_text/* markdownCode */.D9)(report.source.deployments)} · tiers from ${(0,markdown_text/* markdownCell */.UZ)(report.benchmarks.name)}`,
        '',
        '| Metric | Now | Tier | Against before | Weekly |',
        '| --- | --- | --- | --- | --- |',
        ...rows.map((row) => `| ${metricCell(row.metric)} | ${[
            row.value,
            row.tier,
            `${row.trend}${arrow(report.trends[trendKey[row.metric]])}`,
            sparks[row.metric] ?? '',
        ]
            .map(markdown_text/* markdownCell */.UZ)
            .join(' | ')} |`),
        ...(0,markdown_summary/* servicesSection */.yY)(report, COMMENT_SERVICES),
        ...[(0,words/* businessLine */.d)(report.business, markdown_text/* markdownCell */.UZ)].flatMap((line) => (line ? ['', line] : [])),
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
        out.push('', (0,markdown_text/* markdownLink */.iQ)('Full report', reportUrl));
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/sources/github/client.ts + 1 modules
var github_client = __webpack_require__(61460);
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
    return pullRequestEventOf(readPayload(eventPath)?.pull_request, eventName, repository, now);
}
/** The sha a push event moved its branch to; null for a deleted branch or an unreadable payload. */
function pushedSha(eventPath) {
    if (!eventPath)
        return null;
    const after = readPayload(eventPath)?.after;
    return typeof after === 'string' && /^[0-9a-f]{40}$/.test(after) && !/^0+$/.test(after) ? after : null;
}
/** A pull request as GitHub's REST and webhook payloads give it (fields of the wrong type count as missing). */
function pullRequestEventOf(pr, eventName, repository, now) {
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

;// CONCATENATED MODULE: ./src/action/push-event.ts

/** The merged pull request whose merge made the commit, else one merged with it, else an open one. */
function pick(pulls, sha) {
    return (pulls.find((p) => p.merge_commit_sha === sha) ??
        pulls.find((p) => p.merged_at !== null) ??
        pulls.find((p) => p.state === 'open'));
}
async function pullRequestOfPush(octokit, repository, eventPath, now) {
    const sha = pushedSha(eventPath);
    if (!sha)
        return { sha, event: null };
    const { owner, repo } = repository;
    const listed = await octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        owner,
        repo,
        commit_sha: sha,
        per_page: 100,
    });
    const found = pick(listed.data, sha);
    if (!found || !Number.isInteger(found.number))
        return { sha, event: null };
    // the listing leaves out the size; the pull request itself has it
    const full = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner,
        repo,
        pull_number: found.number,
    });
    const event = pullRequestEventOf(full.data, 'push', repository, now);
    // A push runs with the repository's own token, whoever's branch the pull request came from.
    return {
        sha,
        event: event && { ...event, readOnlyToken: repository.actor === 'dependabot[bot]' },
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
    core/* setOutput */.uH('csv-dir', (0,external_node_path_.join)(outDir, report_anchors/* CSV_FOLDER */.Mr));
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
    const client = (0,github_client/* createGitHubClient */.L)({
        token: config.token,
        tokenFrom: inputs/* TOKEN_INPUT */.j,
        apiUrl: apiUrlOf(config),
        repo,
    });
    const octokit = client.octokit;
    const event = pullRequestOf(config.eventName, config.eventPath, config, now);
    if (config.publish === 'pages-branch')
        core/* warning */.$e(PUBLIC_WARNING);
    const cacheDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(config.runnerTemp, 'dora-cache-'));
    let pages = { history: [], published: false, customDomain: null, snapshot: null };
    // A pull request's run publishes nothing: the branch shows the default branch's delivery.
    const publishing = config.publish === 'pages-branch' && event === null;
    // Where Pages serves the site, as GitHub says; null when it refuses (no site yet, no `pages: read`).
    let site = null;
    // A site Pages deploys from an artifact (build type `workflow`), not one it serves from a branch.
    const deployed = () => site !== null && site.buildType === 'workflow';
    const reportUrl = () => {
        if (config.publish === 'artifact')
            return deployed() ? site.htmlUrl : '';
        if (config.publish !== 'pages-branch' || !(publishing || pages.published))
            return '';
        return site ? siteAddress(site, config.pagesPath) : (0,pages_site/* pagesUrl */.Wm)(config, pages.customDomain);
    };
    const publisher = {
        async prepare() {
            if (config.publish !== 'none')
                site = await readPagesSite(octokit, config.owner, config.repo);
            if (config.publish === 'pages-branch') {
                pages = await core/* group */.Os(`Reading ${config.pagesBranch}`, () => (0,pages_site/* readPagesState */.M3)(octokit, config, cacheDir));
            }
            if (config.publish === 'artifact' && deployed()) {
                // The artifact replaces the site: the trend so far is the history.json it serves now.
                const from = site.htmlUrl;
                const history = await core/* group */.Os(`Reading ${from}history.json`, () => readSiteHistory(from, config.resetHistory, (m) => core/* warning */.$e(m)));
                core/* info */.pq(`${from}history.json: ${history.length} earlier runs`);
                return { history, cacheDir, reportUrl: reportUrl() || null };
            }
            // Known once the Pages branch is read (a custom domain changes it); carried in metrics.json.
            return { history: pages.history, cacheDir, reportUrl: publishing ? reportUrl() || null : null };
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
    const target = event ?? (await pushTarget(octokit, config, now));
    if (target && config.comment !== 'never') {
        target.context.reviewed ||= reviewedByOthers(result.world, target.context.number);
        await commentOn(octokit, client.graphqlUrl, config, target, result.report, now, reportUrl());
    }
}
/** With `comment: always`, a push comments on the pull request its commit came from. */
async function pushTarget(octokit, config, now) {
    if (config.eventName !== 'push' || config.comment !== 'always')
        return null;
    const area = {
        doing: 'finding the pull request of the pushed commit',
        permission: 'pull-requests: read',
        leftAs: 'the metrics are in the job summary',
    };
    const found = await (0,write_errors/* writing */.d)(area, `${config.owner}/${config.repo}`, () => pullRequestOfPush(octokit, config, config.eventPath, now));
    if (!found.event) {
        core/* info */.pq(found.sha
            ? `No pull request holds the pushed commit ${found.sha.slice(0, 7)}: no comment`
            : 'The push event names no commit: no comment');
    }
    return found.event;
}
function apiUrlOf(config) {
    return config.pipeline.input.kind === 'github' ? config.pipeline.input.apiUrl : undefined;
}
/** F2's first review, by someone other than the author. */
function reviewedByOthers(world, number) {
    const pr = (world.pullRequests ?? []).find((p) => p.number === number);
    return pr !== undefined && (0,reviews/* firstReviewAt */.W)(pr) !== null;
}
async function commentOn(octokit, graphqlUrl, config, event, report, now, reportUrl) {
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
    const result = await (0,write_errors/* writing */.d)(area, `${config.owner}/${config.repo}`, () => upsertStickyComment(octokit, { owner: config.owner, repo: config.repo, number: event.context.number }, body, graphqlUrl));
    core/* info */.pq(`${result.created ? 'Created' : 'Updated'} comment ${result.id} on #${event.context.number}`);
}


/***/ }),

/***/ 50817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* unused harmony export reportLinks */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _report_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47141);
/* harmony import */ var _report_anchors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71404);
// The job summary of the workflow run: the Markdown table, with the report's address.



/** The report, and the sections the table speaks of (anchors.ts: stable ids). */
function reportLinks(reportUrl) {
    const sections = [
        ['the DORA keys', _report_anchors_js__WEBPACK_IMPORTED_MODULE_1__/* .sectionId */ .F2.dora],
        ['flow', _report_anchors_js__WEBPACK_IMPORTED_MODULE_1__/* .sectionId */ .F2.flow],
        ['data quality', _report_anchors_js__WEBPACK_IMPORTED_MODULE_1__/* .sectionId */ .F2.quality],
    ];
    const links = sections.map(([text, id]) => (0,_report_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)(text, (0,_report_anchors_js__WEBPACK_IMPORTED_MODULE_1__/* .sectionUrl */ .TJ)(reportUrl, id)));
    return `${(0,_report_markdown_text_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownLink */ .iQ)('The full report', reportUrl)}: ${links.join(' · ')}`;
}
/** The Markdown table, and the report's address when there is one. */
async function writeJobSummary(summary, reportUrl) {
    // Outside a runner (a local try of dist/index.js) there is no summary file to write to.
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(summary);
        return;
    }
    const link = reportUrl ? `\n${reportLinks(reportUrl)}\n` : '';
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
/* unused harmony export WINDOW_FILE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83916);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_history_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28705);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39725);
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
    let shown = null;
    const result = await (0,_write_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .writing */ .d)(area, `${config.owner}/${config.repo}`, () => (0,_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .publishFiles */ .bg)(octokit, pagesTarget(config), `DORA report for ${report.window.until.slice(0, 10)}`, async (read) => {
        // Redone on every attempt: another run may have added its entry, or its site, meanwhile.
        const latest = historyOf((await read('history.json'))?.toString('utf8') ?? null, config);
        const history = {
            path: 'history.json',
            content: Buffer.from((0,_report_history_file_js__WEBPACK_IMPORTED_MODULE_6__/* .serializeHistory */ .ph)(withEntry(latest, (0,_report_history_file_js__WEBPACK_IMPORTED_MODULE_6__/* .historyEntry */ .xg)(report)))),
        };
        // A run whose window ends before the published site's (a re-run of a past day, a run that
        // lost a race) adds its history entry only: the site keeps showing the newest window.
        shown = newerWindow(await read(WINDOW_FILE), report.window.until);
        return shown ? { update: [history] } : [...site, ...cache, windowFile(report), history];
    }, { snapshot }));
    if (shown) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${config.pagesBranch} shows a newer window (until ${shown}) than this run's (until ${report.window.until}): only its history.json entry was published`);
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Published commit ${result.commitSha} to ${config.pagesBranch} (${result.changed} files changed) after ${result.attempts} attempt(s)`);
    return result;
}
/** Beside the site, hidden from Pages (a dot file): the window the published site shows. */
const WINDOW_FILE = '.dora-window.json';
function windowFile(report) {
    const { until, days } = report.window;
    return {
        path: WINDOW_FILE,
        content: Buffer.from(`${JSON.stringify({ schemaVersion: 1, until, days })}\n`),
    };
}
/**
 * The end of the published site's window when it is later than `until`, else null. A file that is
 * missing (a site published before it existed) or unreadable says nothing: the run publishes.
 */
function newerWindow(file, until) {
    if (!file)
        return null;
    let published;
    try {
        published = JSON.parse(file.toString('utf8'))?.until;
    }
    catch {
        return null;
    }
    if (typeof published !== 'string' || !/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(published))
        return null;
    return Date.parse(published) > Date.parse(until) ? published : null;
}
/**
 * history.json with this run's entry: one entry a day, the day's newest window kept (a run of an
 * earlier hour of that day that commits last does not replace a later one).
 */
function withEntry(entries, entry) {
    const sameDay = entries.find((e) => e.date === entry.date);
    if (sameDay && Date.parse(sameDay.until) > Date.parse(entry.until))
        return entries;
    return (0,_report_history_file_js__WEBPACK_IMPORTED_MODULE_6__/* .mergeHistory */ .H$)(entries, entry);
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

/***/ 39725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _r: () => (/* binding */ CACHE_FOLDER),
  DH: () => (/* binding */ openBranch),
  bg: () => (/* binding */ publishFiles),
  TQ: () => (/* binding */ readBranchFile),
  Z2: () => (/* binding */ readBranchFolder)
});

// UNUSED EXPORTS: blobSha

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/sources/github/errors.ts
var errors = __webpack_require__(22497);
;// CONCATENATED MODULE: ./src/publish/pages-manifest.ts
// The manifest a publish leaves beside the site on the Pages branch: every path it wrote into the
// folder. The next publish deletes the files it lists that it no longer writes (a report page
// that went away, a cache file of a renamed repository), and no other file there: a CNAME or the
// user's own pages beside the report are never the tool's to delete.
/** Jekyll leaves dot files out of the site, so the manifest is never served. */
const MANIFEST = '.dora-site.json';
const MANIFEST_TOOL = 'dora-flow-action';
/** The files with the manifest that lists them (and itself). */
function withManifest(files) {
    const own = files.filter((f) => f.path !== MANIFEST);
    const paths = [...own.map((f) => f.path), MANIFEST].sort();
    const text = `${JSON.stringify({ tool: MANIFEST_TOOL, files: paths }, null, 1)}\n`;
    return [...own, { path: MANIFEST, content: Buffer.from(text) }];
}
/** The paths an earlier manifest lists; hostile text, so only plain relative paths. */
function manifestPaths(content) {
    if (!content)
        return [];
    let value;
    try {
        value = JSON.parse(content.toString('utf8'));
    }
    catch {
        return [];
    }
    const { tool, files } = (value ?? {});
    if (tool !== MANIFEST_TOOL || !Array.isArray(files))
        return [];
    return files.filter((p) => typeof p === 'string' &&
        p.length > 0 &&
        p.length < 1000 &&
        !p.startsWith('/') &&
        !p.split('/').some((part) => part === '' || part === '.' || part === '..' || part === '.git'));
}
/**
 * What the branch holds of an earlier publish that this one does not write: the paths of the
 * earlier manifest and the files of the tool's own folders (paths relative to the site folder). Only paths
 * that are on the branch: GitHub refuses to delete a path the tree does not have.
 */
async function stalePaths(options) {
    const writing = new Set(options.writing);
    const candidates = new Set(manifestPaths(options.manifest));
    for (const path of options.onBranch) {
        if (options.ownFolders.some((folder) => path.startsWith(folder)))
            candidates.add(path);
    }
    const stale = [];
    for (const path of [...candidates].sort()) {
        if (!writing.has(path) && (await options.present(path)))
            stale.push(path);
    }
    return stale;
}

;// CONCATENATED MODULE: ./src/publish/pages.ts
// Publishes the site to a Pages branch through the Git Data API: no git executable, no checkout.
// The branch moves by one fast-forward commit; if someone else moved it meanwhile, the update is
// rejected and the whole step is redone on the new tip, so two racing runs lose nothing. Nothing
// is visible on the branch until that last request: a run that fails earlier leaves it as it was.



/** Beside the site, hidden from Pages: Jekyll leaves out dot folders. */
const CACHE_FOLDER = '.dora-cache';
/** git's object id of a file, so unchanged files need no upload. */
function blobSha(content) {
    return (0,external_node_crypto_.createHash)('sha1')
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
        const read = (path) => readBranchFile(octokit, target, tip, path);
        const prepared = await prepare(read);
        // An update in place (a history entry alone) keeps the published site, its manifest included.
        const inPlace = !Array.isArray(prepared);
        const files = inPlace ? prepared.update : withManifest(prepared);
        const changed = await changedFiles(octokit, target, tip, files);
        const stale = inPlace ? [] : await staleFiles(octokit, target, tip, files, read);
        if (tip && changed.length === 0 && stale.length === 0) {
            return { commitSha: tip.sha, attempts: attempt, changed: 0, deleted: 0 };
        }
        const tree = await createTree(octokit, target, changed, stale, tip?.tree);
        const commit = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
            owner: target.owner,
            repo: target.repo,
            message,
            tree,
            parents: tip ? [tip.sha] : [],
        });
        if (await moveBranch(octokit, target, commit.data.sha, tip?.sha ?? null)) {
            return {
                commitSha: commit.data.sha,
                attempts: attempt,
                changed: changed.length,
                deleted: stale.length,
            };
        }
        if (attempt >= maxAttempts) {
            throw new errors/* GitHubError */.y_(`pages-branch: ${target.branch} kept moving under ${maxAttempts} attempts to publish; try again later`);
        }
    }
}
/** The files whose content the branch does not hold yet at their path. */
async function changedFiles(octokit, target, tip, files) {
    const changed = [];
    for (const file of files) {
        const full = joinPath(target.folder, file.path);
        let sha = tip?.files.get(full);
        // a listing GitHub cut short may lack the path: look it up one level at a time
        if (sha === undefined && tip?.truncated)
            sha = (await entryAt(octokit, target, tip.tree, full)) ?? undefined;
        if (sha !== blobSha(file.content))
            changed.push(file);
    }
    return changed;
}
/** The earlier publish's files this one does not write, of those on the branch. */
async function staleFiles(octokit, target, tip, files, read) {
    if (!tip)
        return [];
    const folder = joinPath(target.folder, '');
    const onBranch = [...tip.files.keys()]
        .filter((path) => path.startsWith(folder))
        .map((path) => path.slice(folder.length));
    return stalePaths({
        manifest: await read(MANIFEST),
        onBranch,
        ownFolders: [`${CACHE_FOLDER}/`],
        writing: files.map((f) => f.path),
        // a listing GitHub cut short may lack the path: look it up one level at a time
        present: async (path) => {
            const full = joinPath(target.folder, path);
            return (tip.files.has(full) || (tip.truncated && (await entryAt(octokit, target, tip.tree, full)) !== null));
        },
    });
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
/** The blob sha at a path, walking the tree one level at a time (for a truncated listing). */
async function entryAt(octokit, repo, treeSha, path) {
    let sha = treeSha;
    let type = 'tree';
    for (const part of path.split('/')) {
        if (type !== 'tree')
            return null;
        const tree = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
            owner: repo.owner,
            repo: repo.repo,
            tree_sha: sha,
        });
        const entry = tree.data.tree.find((e) => e.path === part);
        if (!entry?.sha)
            return null;
        sha = entry.sha;
        type = entry.type ?? 'blob';
    }
    return type === 'blob' ? sha : null;
}
async function readFileAt(octokit, repo, treeSha, path) {
    const sha = await entryAt(octokit, repo, treeSha, path);
    return sha ? readBlob(octokit, repo, sha) : null;
}
function isUtf8(content) {
    return Buffer.from(content.toString('utf8'), 'utf8').equals(content);
}
/**
 * One tree over the base tree. Text goes inline (`content`), so a publish is three writes however
 * many files changed; GitHub asks for a second between writes. Other bytes need a blob each.
 */
async function createTree(octokit, target, files, deleted, baseTree) {
    // A null sha deletes the path from the base tree.
    const entries = deleted.map((path) => ({
        path: joinPath(target.folder, path),
        mode: '100644',
        type: 'blob',
        sha: null,
    }));
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
        throw new errors/* GitHubError */.y_(`pages-branch: GitHub refused to move ${target.branch} (${messageOf(error)}); is the branch protected?`, 422);
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
/* harmony export */   d: () => (/* binding */ writing),
/* harmony export */   o: () => (/* binding */ writeError)
/* harmony export */ });
/* harmony import */ var _sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22497);
// One-line messages for the Action's writes (the Pages branch, the pull request comment). A
// refused write names the `permissions:` entry the workflow lacks; the collector's reads name
// theirs in sources/github/errors.ts.

/** Turns whatever a write threw into a GitHubError that names the fix. */
function writeError(error, area, repo) {
    if (error instanceof _sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_)
        return error;
    const fault = (0,_sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .networkFaultOf */ .iL)(error);
    if (fault)
        return (0,_sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .networkError */ .x6)(fault, `${area.doing} in ${repo}`, area.leftAs);
    const e = (error ?? {});
    const message = (0,_sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubMessage */ .RG)(e);
    const rateLimited = /rate limit/i.test(message) || e.response?.headers?.['x-ratelimit-remaining'] === '0';
    if (e.status === 401 || (rateLimited && !/secondary/i.test(message))) {
        // Writes are the Action's: its token comes from the github-token input.
        return (0,_sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGitHubError */ .Lg)(error, { what: area.doing, permission: area.permission }, repo, 'the github-token input');
    }
    if (rateLimited) {
        return (0,_sources_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .secondaryLimitError */ .un)(e.response?.headers?.['retry-after'], `${area.doing} in ${repo} (${area.leftAs})`);
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


/***/ })

};
