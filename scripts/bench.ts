// npm run bench: every performance target of the issues, measured on this machine, printed beside
// its target. Builds dist/ first so the command line measured is the one that ships.
// Usage: npm run bench [-- cli cli-skewed git report rollup github context] [--out DIR]   (default: all)
// --out DIR builds and measures the command line in DIR instead of dist/ (a worktree whose dist/
// must stay as committed).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { benchCli, benchCliSkewed, formatCliBench, formatCliSkewedBench } from './bench/cli.js';
import { benchGit, formatGitBench } from './bench/git.js';
import { benchReport, formatReportBench } from './bench/report.js';
import { benchRollup, formatRollupBench } from './bench/rollup.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const distDir = outAt >= 0 ? args.splice(outAt, 2)[1] : join(root, 'dist');
const cliPath = join(distDir, 'cli.js');
const work = join(root, 'bench-output');
const wanted = new Set(args);
const run = (name: string) => wanted.size === 0 || wanted.has(name);

async function optional(
  name: string,
  path: string,
  call: (module: Record<string, unknown>) => Promise<string>,
) {
  if (!run(name)) return;
  try {
    console.log(await call(await import(path)));
  } catch (error) {
    console.log(`${name}: not measured (${(error as Error).message.split('\n')[0]})`);
  }
}

async function main() {
  mkdirSync(work, { recursive: true });
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--out', distDir], {
    stdio: 'inherit',
  });
  if (run('cli')) console.log(formatCliBench(benchCli({ cliPath, dir: work })));
  if (run('cli-skewed')) console.log(formatCliSkewedBench(benchCliSkewed({ cliPath, dir: work })));
  if (run('git')) console.log(formatGitBench(await benchGit({ cliPath })));
  if (run('report')) console.log(formatReportBench(await benchReport()));
  if (run('rollup')) console.log(formatRollupBench(benchRollup({ cliPath, dir: work })));
  await optional('github', './bench/github.js', async (m) => {
    const result = await (m.benchGitHub as () => Promise<unknown>)();
    return typeof m.formatGitHubBench === 'function'
      ? (m.formatGitHubBench as (r: unknown) => string)(result)
      : JSON.stringify(result, null, 2);
  });
  await optional('context', './bench/context.js', async (m) => {
    const result = await (m.benchContext as () => Promise<unknown>)();
    return typeof m.formatContextBench === 'function'
      ? (m.formatContextBench as (r: unknown) => string)(result)
      : JSON.stringify(result, null, 2);
  });
}

await main();
