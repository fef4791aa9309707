export const id = 904;
export const ids = [904];
export const modules = {

/***/ 96904:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(55285);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/run-config.ts
var run_config = __webpack_require__(33189);
;// CONCATENATED MODULE: ./src/cli-flags.ts
// The command line's flags → one Config (STYLE.md habit 2).





const OPTIONS = {
    'from-file': { type: 'string' },
    git: { type: 'string' },
    repo: { type: 'string' },
    token: { type: 'string' },
    'api-url': { type: 'string' },
    cache: { type: 'string' },
    'export-world': { type: 'string' },
    config: { type: 'string' },
    branch: { type: 'string' },
    source: { type: 'string' },
    days: { type: 'string' },
    until: { type: 'string' },
    'incident-labels': { type: 'string' },
    'exclude-authors': { type: 'string' },
    benchmarks: { type: 'string' },
    business: { type: 'string' },
    industry: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    'template-dir': { type: 'string' },
    'downtime-cost-per-hour': { type: 'string' },
    currency: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
};
/**
 * `--days -5` is a value that starts with a dash, which parseArgs takes for a flag and answers
 * "argument is ambiguous". A negative number after an option that takes a value is that option's
 * value (`--days=-5`), so its own check names what is wrong with it.
 */
function withNegativeValues(argv) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const name = argv[i].startsWith('--') ? argv[i].slice(2) : null;
        const option = name === null ? undefined : OPTIONS[name];
        if (option?.type === 'string' && /^-\d/.test(argv[i + 1] ?? ''))
            out.push(`${argv[i]}=${argv[++i]}`);
        else
            out.push(argv[i]);
    }
    return out;
}
/** --api-url: an http(s) address, checked before any request. */
function apiUrlOf(value) {
    if (value === undefined)
        return undefined;
    let url = null;
    try {
        url = new URL(value);
    }
    catch {
        url = null;
    }
    if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        throw new errors/* UserError */.y(`--api-url: ${JSON.stringify(value)} is not an http(s) address (for example https://github.example.com/api/v3)`);
    }
    return value;
}
function parseFlags(argv, env) {
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({
            args: withNegativeValues(argv),
            options: OPTIONS,
            strict: true,
            allowPositionals: false,
        }).values;
    }
    catch (error) {
        throw new errors/* UserError */.y(`${error.message.split('\n')[0]} (see --help)`);
    }
    if (values.help || values.version)
        return { help: !!values.help, version: !!values.version };
    const text = (name) => values[name];
    return {
        help: false,
        version: false,
        config: {
            input: inputOf(text, env),
            contextFile: contextFileOf(text('config'), inputOf(text, env)),
            source: text('source') ?? defaults/* DEFAULTS */.z.source,
            days: (0,run_config/* wholeDays */.n8)(text('days')),
            until: (0,run_config/* timeOf */.nR)('--until', text('until')),
            incidentLabels: (0,run_config/* labelsOf */.PC)(text('incident-labels')),
            excludeAuthors: (0,run_config/* authorsOf */.EK)(text('exclude-authors'), '--exclude-authors'),
            benchmarks: text('benchmarks') ?? defaults/* DEFAULTS */.z.benchmarks,
            industry: (0,run_config/* industryOf */.I_)(text('industry')),
            business: text('business') === undefined
                ? undefined
                : { path: nonEmpty('--business', text('business')), input: '--business' },
            outDir: text('out') ?? defaults/* DEFAULTS */.z.outDir,
            outInput: '--out',
            outExplicit: text('out') !== undefined,
            json: !!values.json,
            templateDir: text('template-dir'),
            downtimeCostPerHour: (0,run_config/* moneyOf */.a5)(text('downtime-cost-per-hour')),
            currency: (0,run_config/* currencyOf */.Fr)(text('currency')),
            exportWorld: text('export-world'),
            serverUrl: env.GITHUB_SERVER_URL || undefined,
        },
    };
}
function inputOf(text, env) {
    const given = ['from-file', 'git', 'repo'].filter((name) => text(name) !== undefined);
    if (given.length > 1) {
        throw new errors/* UserError */.y(`--${given[0]} and --${given[1]} both given: choose one input (--from-file, --git or --repo)`);
    }
    const file = text('from-file');
    if (file !== undefined)
        return { kind: 'file', path: nonEmpty('--from-file', file) };
    const repo = text('repo');
    if (repo !== undefined) {
        if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) {
            throw new errors/* UserError */.y(`--repo: ${JSON.stringify(repo)} is not OWNER/NAME (for example octocat/hello-world)`);
        }
        const { token, from } = tokenOf(text('token'), env);
        return {
            kind: 'github',
            repo,
            token,
            tokenFrom: from,
            apiUrl: apiUrlOf(text('api-url')) ?? env.GITHUB_API_URL,
            cacheDir: text('cache'),
        };
    }
    return { kind: 'git', dir: text('git') ?? '.', branch: text('branch') };
}
/**
 * The token: --token, else GITHUB_TOKEN, else GH_TOKEN (the GitHub CLI's variable, so that
 * `GH_TOKEN=$(gh auth token)` works). An empty value counts as unset.
 */
function tokenOf(flag, env) {
    const sources = [
        ['--token', flag],
        ['GITHUB_TOKEN', env.GITHUB_TOKEN],
        ['GH_TOKEN', env.GH_TOKEN],
    ];
    const found = sources.find(([, value]) => value !== undefined && value.trim() !== '');
    if (!found)
        throw new errors/* UserError */.y('--repo needs a token: pass --token, or set GITHUB_TOKEN or GH_TOKEN');
    return { token: found[1].trim(), from: found[0] };
}
/** --config FILE, else `.github/dora.yml` of the clone read with --git (used when it exists). */
function contextFileOf(given, input) {
    if (given !== undefined)
        return { path: nonEmpty('--config', given), explicit: true, input: '--config' };
    return input.kind === 'git' ? { path: (0,external_node_path_.join)(input.dir, '.github', 'dora.yml'), explicit: false } : undefined;
}
function nonEmpty(flag, value) {
    if (!value.trim())
        throw new errors/* UserError */.y(`${flag}: an empty value (expected a path)`);
    return value;
}

;// CONCATENATED MODULE: ./src/cli-support.ts
/** Logs go to stderr (stdout is the user's: the table or --json); progress only on a terminal. */
function cliLogger(quiet) {
    const tty = process.stderr.isTTY === true;
    return {
        info: (message) => {
            if (tty && !quiet)
                process.stderr.write(`${message}\n`);
        },
        warn: (message) => process.stderr.write(`warning: ${message}\n`),
        debug: (message) => {
            if (process.env.DEBUG)
                process.stderr.write(`debug: ${message}\n`);
        },
    };
}
const HELP = `dora-report: DORA and flow metrics from a repository's history

Usage: dora-report [input] [options]
       dora-report rollup INPUT… [options]   many repositories' metrics.json as one (rollup --help)

Input (one of):
  --git DIR                 a local clone, bare or with a work tree (default: --git .)
  --from-file FILE          a world file (see the README)
  --repo OWNER/NAME         the GitHub API (token from --token, GITHUB_TOKEN or GH_TOKEN)

Options:
  --source SRC              deployments: auto (default), environment[:NAME], releases,
                            tags[:REGEX], workflow:FILE, merges; environment:/REGEX/ takes
                            every environment it finds (each also reported as a stream)
  --config FILE             services, impact weights and business peaks (YAML; default
                            .github/dora.yml in the --git directory, when it exists)
  --business FILE           business measures to set delivery against (CSV: date,NAME,…;
                            default business.file of the configuration)
  --days N                  window length in days (default 90)
  --until TIME              end of the window, ISO 8601, UTC without an offset (default: now,
                            or a world file's generatedAt)
  --incident-labels a,b     labels that make an issue an incident (default incident)
  --exclude-authors a,b     logins left out of lead time, flow and rework (L5); bots stands for
                            every [bot] login (default none; also excludeAuthors: in the
                            configuration file)
  --benchmarks NAME|FILE    dora-2023 (default), dora-2021, or a JSON table; dora-2025 leads
                            each metric with its position in the industry (tiers from dora-2023)
  --industry KEY            the 2025 DORA respondents to compare with (default all; also
                            industry: in the configuration file): all, consumer,
                            media_entertainment, non_profit, technology, telecommunications,
                            other, education, financial_services, healthcare_pharmaceuticals,
                            energy, government, insurance, industrials_manufacturing
  --branch NAME             the default branch (with --git; default: the remote's HEAD)
  --out DIR                 where metrics.json, summary.md and the report go (default ./dora-report)
  --json                    print metrics.json to stdout and nothing else
  --template-dir DIR        render the report with your own copy of the templates
  --downtime-cost-per-hour N  estimate the cost of downtime
  --currency CODE           currency of that cost (default USD)
  --token TOKEN, --api-url URL, --cache DIR, --export-world FILE  (with --repo)
  --help, --version

Exit codes: 0 success, 2 a mistake in the input or options (one line says which), 1 a bug.
`;

// EXTERNAL MODULE: ./src/pipeline.ts + 27 modules
var pipeline = __webpack_require__(19290);
// EXTERNAL MODULE: ./src/report/markdown-summary.ts + 1 modules
var markdown_summary = __webpack_require__(77366);
// EXTERNAL MODULE: ./src/publish/json-text.ts
var json_text = __webpack_require__(49061);
;// CONCATENATED MODULE: ./src/cli.ts
// The command line's entry: flags → configuration → the pipeline (STYLE.md habit 1).







// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
async function main() {
    const argv = process.argv.slice(2);
    if (argv[0] === 'rollup') {
        // O1–O5: many metrics.json → one organisation (loaded on demand, as the report is).
        const { rollupMain } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(164)]).then(__webpack_require__.bind(__webpack_require__, 83164));
        return rollupMain(argv.slice(1), cliLogger(argv.includes('--json')));
    }
    const flags = parseFlags(argv, process.env);
    if (flags.help) {
        process.stdout.write(HELP);
        return 0;
    }
    if (flags.version) {
        process.stdout.write(`${defaults/* VERSION */.x}\n`);
        return 0;
    }
    const config = flags.config;
    const result = await (0,pipeline/* runPipeline */.aI)(config, cliLogger(config.json));
    if (config.json) {
        // Written as it is produced: the report's JSON can be tens of megabytes.
        await (0,json_text/* writeJsonLine */.cp)(process.stdout, result.report);
    }
    else {
        process.stdout.write(`${(0,markdown_summary/* textTable */.ed)(result.report)}\n`);
        if (result.outDir)
            process.stdout.write(`\nReport written to ${result.outDir}\n`);
    }
    return 0;
}
main().then((code) => {
    process.exitCode = code;
}, (error) => {
    if ((0,errors/* isUserError */.i)(error)) {
        process.stderr.write(`dora-report: ${error.message}\n`);
        process.exitCode = 2;
        return;
    }
    process.stderr.write(`dora-report: internal error: ${error?.message ?? error} (this is a bug; DEBUG=1 shows the stack)\n`);
    if (process.env.DEBUG)
        process.stderr.write(`${error?.stack ?? ''}\n`);
    process.exitCode = 1;
});


/***/ })

};
