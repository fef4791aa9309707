// The command line's entry: flags → configuration → the pipeline (STYLE.md habit 1).
import { parseFlags } from './cli-flags.js';
import { cliLogger, HELP } from './cli-support.js';
import { isUserError } from './errors.js';
import { VERSION } from './defaults.js';
import { runPipeline } from './pipeline.js';
import { textTable } from './report/markdown-summary.js';
import { writeJsonLine } from './publish/json-text.js';

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'rollup') {
    // O1–O5: many metrics.json → one organisation (loaded on demand, as the report is).
    const { rollupMain } = await import('./rollup-command.js');
    return rollupMain(argv.slice(1), cliLogger(argv.includes('--json')));
  }
  const flags = parseFlags(argv, process.env);
  if (flags.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (flags.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const config = flags.config!;
  const result = await runPipeline(config, cliLogger(config.json));
  if (config.json) {
    // Written as it is produced: the report's JSON can be tens of megabytes.
    await writeJsonLine(process.stdout, result.report);
  } else {
    process.stdout.write(`${textTable(result.report)}\n`);
    if (result.outDir) process.stdout.write(`\nReport written to ${result.outDir}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (isUserError(error)) {
      process.stderr.write(`dora-report: ${(error as Error).message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(
      `dora-report: internal error: ${(error as Error)?.message ?? error} (this is a bug; DEBUG=1 shows the stack)\n`,
    );
    if (process.env.DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    process.exitCode = 1;
  },
);
