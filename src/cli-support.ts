// What the command line needs besides the pipeline: its help text and its logger.
import type { Logger } from './pipeline.js';

/** Logs go to stderr (stdout is the user's: the table or --json); progress only on a terminal. */
export function cliLogger(quiet: boolean): Logger {
  const tty = process.stderr.isTTY === true;
  return {
    info: (message) => {
      if (tty && !quiet) process.stderr.write(`${message}\n`);
    },
    warn: (message) => process.stderr.write(`warning: ${message}\n`),
    debug: (message) => {
      if (process.env.DEBUG) process.stderr.write(`debug: ${message}\n`);
    },
  };
}

export const HELP = `dora-report: DORA and flow metrics from a repository's history

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
