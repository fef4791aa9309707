// Benchmark of the git source: how much slower than git itself is reading a clone into a world?
// For each size it times (a) the raw git commands readGitWorld runs, back to back, output to
// /dev/null; (b) readGitWorld in this process; (c) the command line `node CLI --git DIR --json`
// with stdout to /dev/null, which adds Node's start-up, the metrics and the JSON. Best of 3 each.
//
//   npx tsx scripts/bench/git.ts dist/cli.js [commits ...]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gitReadCommands, readGitWorld } from '../../src/sources/git.js';
import { benchRepository } from './git-history.js';
import { measure } from './measure.js';

export interface GitBenchRow {
  commits: number;
  /** seconds between commits: 600 puts every commit of 10,000 in the 90-day window (the worst case) */
  spacing: number;
  tags: number;
  rawGitMs: number;
  readGitWorldMs: number;
  cliMs: number | null;
  /** the CLI's peak resident memory (GNU time), MiB */
  cliPeakMiB: number | null;
  cliError?: string;
  readToRaw: number; // readGitWorld time ÷ raw git time
  cliToRaw: number | null; // CLI time ÷ raw git time
}

export interface GitBenchResult {
  nodeStartupMs: number; // `node -e ""`: the floor under any CLI time
  rows: GitBenchRow[];
}

const DEFAULT_SIZES = [2_500, 10_000, 40_000]; // ×4 steps, a tag every 10 commits
/** A history of ordinary length as well: 10,000 commits three hours apart span 3.4 years. */
const SPREAD = { commits: 10_000, spacing: 3 * 3600 };
const RUNS = 3;

export async function benchGit(options: { cliPath: string; sizes?: number[] }): Promise<GitBenchResult> {
  const cliPath = resolve(options.cliPath);
  const nodeStartupMs = await bestOf(() => run(process.execPath, ['-e', '']));
  const rows: GitBenchRow[] = [];
  const shapes = [...(options.sizes ?? DEFAULT_SIZES).map((commits) => ({ commits, spacing: 600 })), SPREAD];
  for (const { commits, spacing } of shapes) {
    const dir = benchRepository(commits, spacing);
    const commands = gitReadCommands(dir, 'refs/heads/main');
    const rawGitMs = await bestOf(async () => {
      for (const args of commands) await run('git', args, true);
    });
    let tags = 0;
    const readGitWorldMs = await bestOf(async () => {
      tags = (await readGitWorld(dir)).world.tags?.length ?? 0;
    });
    const cli = await timeCli(cliPath, dir);
    rows.push({
      commits,
      spacing,
      tags,
      rawGitMs,
      readGitWorldMs,
      ...cli,
      readToRaw: readGitWorldMs / rawGitMs,
      cliToRaw: cli.cliMs === null ? null : cli.cliMs / rawGitMs,
    });
  }
  return { nodeStartupMs, rows };
}

async function timeCli(
  cliPath: string,
  dir: string,
): Promise<{ cliMs: number | null; cliPeakMiB: number | null; cliError?: string }> {
  if (!existsSync(cliPath)) {
    return { cliMs: null, cliPeakMiB: null, cliError: `${cliPath} does not exist (run npm run build)` };
  }
  try {
    const cliMs = await bestOf(() => run(process.execPath, [cliPath, '--git', dir, '--json']));
    return { cliMs, cliPeakMiB: measure([process.execPath, cliPath, '--git', dir, '--json'], 1).peakMiB };
  } catch (error) {
    return { cliMs: null, cliPeakMiB: null, cliError: (error as Error).message };
  }
}

async function bestOf(task: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await task();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Runs COMMAND with stdout to /dev/null; rejects with the first line of stderr when it fails. */
function run(command: string, args: readonly string[], allowExitOne = false): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      // `git config --get` exits 1 when the repository has no origin: an answer, not a failure.
      if (code === 0 || (allowExitOne && code === 1)) resolvePromise();
      else
        reject(
          new Error(`${command} exited ${code}: ${Buffer.concat(stderr).toString().trim().split('\n')[0]}`),
        );
    });
  });
}

export function formatGitBench(result: GitBenchResult): string {
  const ms = (value: number | null) => (value === null ? '—' : value.toFixed(0).padStart(7));
  const ratio = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)}×`);
  const lines = [
    `node start-up: ${result.nodeStartupMs.toFixed(0)} ms (best of ${RUNS})`,
    'commits   tags  git raw ms  readGitWorld ms  CLI ms  CLI MiB  read/raw  CLI/raw  history',
  ];
  for (const row of result.rows) {
    lines.push(
      `${String(row.commits).padStart(7)} ${String(row.tags).padStart(6)}  ${ms(row.rawGitMs)}     ` +
        `${ms(row.readGitWorldMs)}        ${ms(row.cliMs)}  ${ms(row.cliPeakMiB)}  ${ratio(row.readToRaw).padStart(8)}  ${ratio(row.cliToRaw).padStart(7)}  ` +
        `${((row.commits * row.spacing) / 86_400).toFixed(0)} days`,
    );
    if (row.cliError !== undefined) lines.push(`        CLI: ${row.cliError}`);
  }
  // 1×, 4×, 16×: the rows of the worst-case spacing, against the first.
  const growth = result.rows.filter((row) => row.spacing === result.rows[0].spacing);
  const base = growth[0];
  if (base?.cliMs && base.cliPeakMiB) {
    const step = (row: GitBenchRow, value: number | null, of: number) =>
      `${row.commits / base.commits}× → ${value === null ? '—' : `${(value / of).toFixed(2)}×`}`;
    lines.push(`growth of the CLI time: ${growth.map((r) => step(r, r.cliMs, base.cliMs!)).join(', ')}`);
    lines.push(
      `growth of the CLI memory: ${growth.map((r) => step(r, r.cliPeakMiB, base.cliPeakMiB!)).join(', ')}`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [cliPath = 'dist/cli.js', ...sizes] = process.argv.slice(2);
  const result = await benchGit({ cliPath, sizes: sizes.length > 0 ? sizes.map(Number) : undefined });
  console.log(formatGitBench(result));
}
