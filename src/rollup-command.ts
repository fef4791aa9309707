// `dora-report rollup`: many metrics.json → rollup.json, summary.md and the organisation's report
// (O1–O5). Reads the inputs one document at a time and keeps only what O2 pools; everything is
// checked before anything is written, and the output folder is replaced whole or not at all.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { VERSION } from './defaults.js';
import { UserError } from './errors.js';
import type { Logger } from './pipeline.js';
import { checkOutputFolder, replaceFolder, writeText } from './publish/report-folder.js';
import { writeJsonFile, writeJsonLine } from './publish/json-text.js';
import { computeRollup } from './rollup/compute.js';
import { checkTeams, parseRollupConfig } from './rollup/config.js';
import { checkSameWindow, memberOf, type WindowKey } from './rollup/member.js';
import type { Member, RollupConfig, RollupReport } from './rollup/types.js';
import {
  mergeRollupHistory,
  rollupHistoryEntry,
  serializeRollupHistory,
  ROLLUP_HISTORY,
  type RollupHistoryEntry,
} from './rollup/history.js';
import type { WindowInfo } from './metrics/types.js';
import { customTemplateDir } from './report/paths.js';
import { rollupSummary } from './report/rollup-summary.js';

export const ROLLUP_HELP = `dora-report rollup: one report for many repositories (rules O1–O5)

Usage: dora-report rollup INPUT… [options]

INPUT is a metrics.json, a folder (searched for metrics.json, recursively) or a glob
("artifacts/**/metrics.json"). Every member must share one window: run each with the same
--until (the plan job's start, to the minute) and --days.

Options:
  --config FILE   teams and expected repositories (YAML):
                    teams: { NAME: [owner/repo, …] }
                    expected: [owner/repo, …]
  --out DIR       where rollup.json, summary.md and the report go (default ./dora-rollup)
  --template-dir DIR
                  render the report with your own copy of templates/ (rollup.hbs, rollup.css, …)
  --json          print rollup.json to stdout and nothing else
  --help
`;

const OPTIONS = {
  config: { type: 'string' },
  out: { type: 'string' },
  'template-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface RollupFlags {
  help: boolean;
  inputs: string[];
  config: string | null;
  outDir: string;
  outExplicit: boolean;
  json: boolean;
  /** the user's copy of templates/ (--template-dir) */
  templateDir?: string;
}

export function parseRollupFlags(argv: readonly string[]): RollupFlags {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UserError(`rollup: ${(error as Error).message.split('\n')[0]} (see dora-report rollup --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help)
    return { help: true, inputs: [], config: null, outDir: '', outExplicit: false, json: false };
  if (positionals.length === 0) {
    throw new UserError('rollup: no input (expected metrics.json files, folders that hold them, or a glob)');
  }
  const out = values.out as string | undefined;
  if (out !== undefined && !out.trim()) throw new UserError('--out: an empty value (expected a folder)');
  const templateDir = values['template-dir'] as string | undefined;
  if (templateDir !== undefined && !templateDir.trim()) {
    throw new UserError('--template-dir: an empty value (expected a copy of the templates folder)');
  }
  return {
    help: false,
    inputs: positionals,
    config: (values.config as string | undefined) ?? null,
    outDir: out ?? 'dora-rollup',
    outExplicit: out !== undefined,
    json: !!values.json,
    ...(templateDir === undefined ? {} : { templateDir }),
  };
}

const GLOB = /[*?[\]{}]/;

/** Each input → the metrics.json files it names, in a stable order; none found is a mistake. */
export function findInputFiles(inputs: readonly string[]): string[] {
  const files = new Map<string, string>();
  for (const input of inputs) {
    let found: string[];
    if (existsSync(input) && statSync(input).isDirectory()) {
      found = globSync('**/metrics.json', { cwd: input, absolute: true, dot: false }).sort();
      if (found.length === 0) {
        throw new UserError(
          `${input}: the folder holds no metrics.json (expected the metrics.json of each member's run)`,
        );
      }
    } else if (existsSync(input)) {
      found = [resolve(input)];
    } else if (GLOB.test(input)) {
      found = globSync(input, { absolute: true, onlyFiles: true }).sort();
      if (found.length === 0)
        throw new UserError(`${input}: the pattern matches no file (expected metrics.json files)`);
    } else {
      throw new UserError(`${input}: no such file or folder (expected a metrics.json, a folder or a glob)`);
    }
    for (const file of found) files.set(resolve(file), file);
  }
  return [...files.keys()].map((file) => relative(process.cwd(), file) || file);
}

function parseFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a metrics.json`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UserError(
      `${file}: is not JSON (expected a metrics.json that dora-report or the Action wrote)`,
    );
  }
}

export interface ReadMembers {
  members: Member[];
  window: WindowInfo;
  previousWindow: WindowInfo;
  benchmarks: string;
}

/** O1: one document at a time — parsed, checked, reduced to a member, and let go. */
export function readMembers(files: readonly string[], log: Logger): ReadMembers {
  const members: Member[] = [];
  const seen = new Map<string, string>();
  let first: { key: WindowKey; file: string; previous: WindowInfo } | null = null;
  for (const file of files) {
    const doc = parseFile(file);
    const { member, key } = memberOf(doc, file);
    if (first === null) {
      // W1: the previous window ends where this one starts, with the same length.
      const since = Date.parse(key.since);
      const previous = {
        since: new Date(since - key.days * 86_400_000).toISOString().replace('.000Z', 'Z'),
        until: key.since,
        days: key.days,
      };
      first = { key, file, previous };
    } else checkSameWindow(first, key, file);
    const already = seen.get(member.repository.toLowerCase());
    if (already !== undefined) {
      throw new UserError(
        `${file}: repeats ${member.repository}, already read from ${already} (expected each repository once)`,
      );
    }
    seen.set(member.repository.toLowerCase(), file);
    members.push(member);
    log.debug(`Read ${file}: ${member.repository}`);
  }
  if (first === null) throw new UserError('rollup: no metrics.json among the inputs');
  return {
    members,
    window: { since: first.key.since, until: first.key.until, days: first.key.days },
    previousWindow: first.previous,
    benchmarks: first.key.benchmarks,
  };
}

function loadConfig(file: string | null): RollupConfig {
  if (file === null) return { teams: [], expected: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(
      `--config ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a YAML file`,
    );
  }
  return parseRollupConfig(text, file);
}

export interface RollupResult {
  report: RollupReport;
  summary: string;
  outDir: string | null;
}

/** `history`: the organisation report's earlier days (the Pages branch's history.json), or null. */
export async function runRollup(
  flags: RollupFlags,
  log: Logger,
  history: readonly RollupHistoryEntry[] | null = null,
): Promise<RollupResult> {
  const writes = !flags.json || flags.outExplicit;
  if (writes) checkOutputFolder(flags.outDir, '--out');
  // A template folder that is not one is named before anything is read.
  if (writes) customTemplateDir(flags.templateDir);
  const config = loadConfig(flags.config);
  const files = findInputFiles(flags.inputs);
  log.info(`Reading ${files.length} metrics.json`);
  const read = readMembers(files, log);
  if (flags.config !== null) checkTeams(config, read.members, flags.config);
  const report = computeRollup(read.members, config, {
    window: read.window,
    previousWindow: read.previousWindow,
    benchmarks: read.benchmarks,
    version: VERSION,
  });
  const summary = rollupSummary(report);
  if (!writes) return { report, summary, outDir: null };
  // Loaded on demand: Handlebars and the templates cost start-up time that --json never needs.
  const { renderRollupReport } = await import('./report/rollup-render.js');
  const outDir = await replaceFolder(
    flags.outDir,
    async (staging) => {
      writeJsonFile(join(staging, 'rollup.json'), report);
      writeText(staging, 'summary.md', summary);
      const days = history && mergeRollupHistory(history, rollupHistoryEntry(report));
      if (days) writeText(staging, ROLLUP_HISTORY, serializeRollupHistory(days));
      renderRollupReport(report, staging, new Date(), days ?? [], flags.templateDir);
    },
    '--out',
  );
  return { report, summary, outDir };
}

/** The command line's `rollup`: stdout is rollup.json with --json, else the summary. */
export async function rollupMain(argv: readonly string[], log: Logger): Promise<number> {
  const flags = parseRollupFlags(argv);
  if (flags.help) {
    process.stdout.write(ROLLUP_HELP);
    return 0;
  }
  const result = await runRollup(flags, log);
  if (flags.json) await writeJsonLine(process.stdout, result.report);
  else {
    process.stdout.write(result.summary);
    if (result.outDir) process.stdout.write(`\nReport written to ${result.outDir}\n`);
  }
  return 0;
}
