// collect → compute → render → publish, shared by the command line and the Action.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import { ConfigError } from './config.js';
import { loadContextConfig, needsChangedFiles, type ContextConfig } from './context/config.js';
import { withContext, type ContextualReport } from './context/index.js';
import { computeMetrics, type BenchmarkTable } from './metrics/index.js';
import { CommitGraph } from './metrics/graph.js';
import { changeBasis } from './metrics/model.js';
import { DAY_MS } from './metrics/stats.js';
import type { MetricsReport } from './metrics/types.js';
import type { HistoryEntry } from './publish/history.js';
import { markdownSummary } from './publish/summary.js';
import { writeJsonFile } from './publish/json-text.js';
import { replaceFolder, writeText, checkOutputFolder } from './publish/output.js';
import { readGitWorld } from './sources/git.js';
import { readWorldFile } from './world/read.js';
import type { World } from './world/types.js';

export const VERSION = '0.1.0';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export interface Loaded {
  world: World;
  warnings: string[];
  shallow: boolean;
}

export async function loadWorld(config: Config, log: Logger): Promise<Loaded> {
  const input = config.input;
  switch (input.kind) {
    case 'file':
      log.info(`Reading ${input.path}`);
      return { world: readWorldFile(input.path), warnings: [], shallow: false };
    case 'git': {
      log.info(`Reading the git history of ${input.dir}`);
      const { world, warnings } = await readGitWorld(input.dir, {
        branch: input.branch,
        onProgress: log.info,
      });
      return { world, warnings, shallow: warnings.some((w) => /shallow/i.test(w)) };
    }
    case 'github':
      return collectFromGitHub(config, input, log);
  }
}

async function collectFromGitHub(
  config: Config,
  input: Extract<Config['input'], { kind: 'github' }>,
  log: Logger,
) {
  // Loaded on demand: Octokit is only needed with --repo.
  const { collectWorld } = await import('./sources/github/collect.js');
  const until = config.until ?? new Date();
  log.info(`Collecting ${input.repo} from the GitHub API`);
  const { world } = await collectWorld({
    repo: input.repo,
    token: input.token,
    apiUrl: input.apiUrl,
    sources: [config.source],
    incidentLabels: [...config.incidentLabels],
    // W1: the current and the previous window.
    since: new Date(until.getTime() - 2 * config.days * DAY_MS),
    until,
    cacheDir: input.cacheDir,
    // Services selected by path need each pull request's changed files (issue 6).
    includeFiles: needsChangedFiles(await loadContextConfig(config.contextFile)),
    log: log.info,
  });
  return { world, warnings: [], shallow: false };
}

function benchmarksOf(value: string): string | BenchmarkTable {
  if (!value.endsWith('.json')) return value;
  try {
    return JSON.parse(readFileSync(value, 'utf8')) as BenchmarkTable;
  } catch (error) {
    throw new ConfigError(
      `benchmarks: cannot read ${value} (${(error as Error).message.split('\n')[0]}); expected a JSON table shaped like dora-2023`,
    );
  }
}

/** The repository's metrics, with issue 6's `context` (services, impact, peaks, health) beside them. */
export function computeReport(
  config: Config,
  loaded: Loaded,
  contextConfig: ContextConfig | null,
): ContextualReport {
  const benchmarks = benchmarksOf(config.benchmarks);
  // One commit graph, and one set of changes, for the metrics and their context.
  const graph = new CommitGraph(loaded.world.commits ?? []);
  const basis = changeBasis(loaded.world);
  const report = computeMetrics(loaded.world, {
    source: config.source,
    days: config.days,
    until: config.until,
    incidentLabels: config.incidentLabels,
    benchmarks,
    // A clone without a GitHub remote has no web page to link to.
    serverUrl: loaded.world.repository.owner === 'local' ? null : config.serverUrl,
    shallowHistory: loaded.shallow,
    toolVersion: VERSION,
    graph,
    basis,
  });
  if (report.source.requested !== 'auto' && report.dataQuality.deploymentsInWorld === 0) {
    throw new ConfigError(
      `source: ${report.source.deployments} finds no deployment in this history (${whatExists(loaded.world)})`,
    );
  }
  return withContext(loaded.world, report, contextConfig, {
    table: typeof benchmarks === 'string' ? undefined : benchmarks,
    incidentLabels: config.incidentLabels,
    graph,
    basis,
  });
}

/** Names what the world does hold, so a wrong source can be corrected. */
function whatExists(world: World): string {
  const environments = [...new Set((world.deployments ?? []).map((d) => d.environment))].slice(0, 5);
  const tags = (world.tags ?? []).slice(-3).map((t) => t.name);
  const parts = [
    environments.length ? `environments: ${environments.join(', ')}` : 'no deployments',
    `${(world.releases ?? []).length} releases`,
    tags.length ? `tags such as ${tags.join(', ')}` : 'no tags',
  ];
  return `expected a source that matches; it has ${parts.join('; ')}`;
}

export interface PipelineResult {
  report: MetricsReport;
  /** summary.md's text; null when nothing was written (--json alone) */
  summary: string | null;
  outDir: string | null;
}

/** Extra inputs of a run that publishes: the history to draw and files to add to the site. */
export interface OutputExtras {
  history?: HistoryEntry[];
  files?: { name: string; text: string }[];
}

/** Writes metrics.json, summary.md and the report into the output folder, replaced whole. */
export async function writeOutputs(
  config: Config,
  report: MetricsReport,
  summary: string,
  extras: OutputExtras = {},
) {
  return replaceFolder(config.outDir, async (staging) => {
    writeJsonFile(join(staging, 'metrics.json'), report);
    writeText(staging, 'summary.md', summary);
    for (const file of extras.files ?? []) writeText(staging, file.name, file.text);
    // Loaded on demand: Handlebars and the templates cost start-up time that --json never needs.
    const { renderReport } = await import('./report/render.js');
    await renderReport(report, {
      outDir: staging,
      templateDir: config.templateDir,
      downtimeCostPerHour: config.downtimeCostPerHour,
      currency: config.currency,
      history: extras.history,
      generatedAt: new Date(),
    });
  });
}

export async function runPipeline(config: Config, log: Logger): Promise<PipelineResult> {
  const writes = !config.json || config.outExplicit;
  if (writes) checkOutputFolder(config.outDir);
  // Before collecting: a mistake in the configuration file should not wait for a long collection.
  const contextConfig = await loadContextConfig(config.contextFile);
  if (contextConfig) log.info(`Read ${contextConfig.file}: ${contextConfig.services.length} services`);
  const loaded = await loadWorld(config, log);
  for (const warning of loaded.warnings) log.warn(warning);
  if (config.exportWorld) {
    writeFileSync(config.exportWorld, JSON.stringify(loaded.world));
    log.info(`Wrote the world to ${config.exportWorld}`);
  }
  log.info('Computing the metrics');
  const report = computeReport(config, loaded, contextConfig);
  if (!writes) return { report, summary: null, outDir: null };
  const summary = markdownSummary(report);
  log.info('Rendering the report');
  const outDir = await writeOutputs(config, report, summary);
  return { report, summary, outDir };
}
