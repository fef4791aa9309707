export const id = 400;
export const ids = [400];
export const modules = {

/***/ 9400:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(2973);
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

Input (one of):
  --git DIR                 a local clone, bare or with a work tree (default: --git .)
  --from-file FILE          a world file (see the README)
  --repo OWNER/NAME         the GitHub API (token from --token or GITHUB_TOKEN)

Options:
  --source SRC              deployments: auto (default), environment[:NAME], releases,
                            tags[:REGEX], workflow:FILE, merges; environment:/REGEX/ takes
                            every environment it finds (each also reported as a stream)
  --config FILE             services, impact weights and business peaks (YAML; default
                            .github/dora.yml in the --git directory, when it exists)
  --days N                  window length in days (default 90)
  --until TIME              end of the window, ISO 8601 (default: now, or a world file's generatedAt)
  --incident-labels a,b     labels that make an issue an incident (default incident)
  --benchmarks NAME|FILE    dora-2023 (default), dora-2021, or a JSON table
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/pipeline.ts + 19 modules
var pipeline = __webpack_require__(2017);
// EXTERNAL MODULE: ./src/report/markdown-summary.ts + 1 modules
var markdown_summary = __webpack_require__(7366);
;// CONCATENATED MODULE: ./src/cli.ts
// The command line's entry: flags → configuration → the pipeline (STYLE.md habit 1).





// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
async function main() {
    const flags = (0,src_config/* parseFlags */.bQ)(process.argv.slice(2), process.env);
    if (flags.help) {
        process.stdout.write(HELP);
        return 0;
    }
    if (flags.version) {
        process.stdout.write(`${pipeline/* VERSION */.xv}\n`);
        return 0;
    }
    const config = flags.config;
    const result = await (0,pipeline/* runPipeline */.aI)(config, cliLogger(config.json));
    if (config.json) {
        process.stdout.write(`${JSON.stringify(result.report)}\n`);
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
