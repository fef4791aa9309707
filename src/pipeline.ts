// collect → compute → render → publish, shared by the command line and the Action.
import { VERSION } from './defaults.js';
import { UserError } from './errors.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBusiness } from './business/load.js';
import { loadStatistics } from './business/statistics.js';
import type { BusinessInput } from './business/types.js';
import type { Config } from './run-config.js';
import { loadContextConfig, needsChangedFiles, type ContextConfig } from './repo-config/load.js';
import { withContext, type ContextualReport } from './context/index.js';
import { runEngine, type BenchmarkTable } from './metrics/index.js';
import { DAY_MS } from './metrics/stats.js';
import type { MetricsReport } from './metrics/types.js';
import { historyEntry, mergeHistory, serializeHistory, type HistoryEntry } from './report/history-file.js';
import { markdownSummary } from './report/markdown-summary.js';
import { replaceFolder, writeText, checkOutputFolder } from './publish/report-folder.js';
import { writeJsonFile } from './publish/json-text.js';
import { readGitWorld } from './sources/git.js';
import { webServerFor } from './sources/git/remote.js';
import { readWorldFile } from './world/read.js';
import type { World } from './world/types.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export interface Loaded {
  world: World;
  warnings: string[];
  shallow: boolean;
  /** where the records link to; undefined: the configured server (GitHub's) */
  serverUrl?: string | null;
}

export async function loadWorld(
  config: Config,
  log: Logger,
  contextConfig: ContextConfig | null = null,
): Promise<Loaded> {
  const input = config.input;
  switch (input.kind) {
    case 'file':
      log.info(`Reading ${input.path}`);
      return { world: readWorldFile(input.path), warnings: [], shallow: false };
    case 'git': {
      log.info(`Reading the git history of ${input.dir}`);
      const { world, warnings, remoteHost } = await readGitWorld(input.dir, {
        branch: input.branch,
        onProgress: log.info,
      });
      const shallow = warnings.some((w) => /shallow/i.test(w));
      // Links only to github.com or the GitHub server the user names, when origin is on it.
      return { world, warnings, shallow, serverUrl: webServerFor(remoteHost, config.serverUrl) };
    }
    case 'github':
      return collectFromGitHub(config, input, log, contextConfig);
  }
}

async function collectFromGitHub(
  config: Config,
  input: Extract<Config['input'], { kind: 'github' }>,
  log: Logger,
  contextConfig: ContextConfig | null,
) {
  // Loaded on demand: Octokit is only needed with --repo.
  const { collectWorld } = await import('./sources/github/collect.js');
  const until = config.until ?? new Date();
  log.info(`Collecting ${input.repo} from the GitHub API`);
  const { world } = await collectWorld({
    repo: input.repo,
    token: input.token,
    tokenFrom: input.tokenFrom,
    apiUrl: input.apiUrl,
    sources: [config.source],
    incidentLabels: [...config.incidentLabels],
    // W1: the current and the previous window.
    since: new Date(until.getTime() - 2 * config.days * DAY_MS),
    until,
    cacheDir: input.cacheDir,
    // Services selected by path need each pull request's changed files.
    includeFiles: needsChangedFiles(contextConfig),
    log: log.info,
  });
  return { world, warnings: [], shallow: false };
}

function benchmarksOf(value: string): string | BenchmarkTable {
  if (!value.endsWith('.json')) return value;
  try {
    return JSON.parse(readFileSync(value, 'utf8')) as BenchmarkTable;
  } catch (error) {
    throw new UserError(
      `benchmarks: cannot read ${value} (${(error as Error).message.split('\n')[0]}); expected a JSON table shaped like dora-2023`,
    );
  }
}

/** The repository's metrics, with the `context` (services, impact, peaks, health) computed beside them. */
export function computeReport(
  config: Config,
  loaded: Loaded,
  contextConfig: ContextConfig | null,
  business: BusinessInput | null = loadBusiness(config.business, contextConfig),
): ContextualReport {
  const run = runEngine(loaded.world, {
    source: config.source,
    days: config.days,
    until: config.until,
    incidentLabels: config.incidentLabels,
    benchmarks: benchmarksOf(config.benchmarks),
    // P4: the flag or input first, then the configuration file's `industry:`.
    industry: config.industry ?? contextConfig?.industry,
    // L5: the flag or input first, then the configuration file's `excludeAuthors:`.
    excludeAuthors: config.excludeAuthors ?? contextConfig?.excludeAuthors,
    // A clone without a GitHub remote has no web page to link to.
    serverUrl:
      loaded.serverUrl !== undefined
        ? loaded.serverUrl
        : loaded.world.repository.owner === 'local'
          ? null
          : config.serverUrl,
    shallowHistory: loaded.shallow,
    toolVersion: VERSION,
    business,
  });
  const { report } = run;
  if (report.source.requested !== 'auto' && report.dataQuality.deploymentsInWorld === 0) {
    throw new UserError(
      `source: ${report.source.deployments} finds no deployment in this history (${whatExists(loaded.world)})`,
    );
  }
  return withContext(run, contextConfig);
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
  /** the history the figures came from */
  world: World;
  /** summary.md's text; null when nothing was written (--json alone) */
  summary: string | null;
  outDir: string | null;
  /** history.json as written beside the report (a run with a published history only) */
  history: HistoryEntry[] | null;
}

/**
 * Where a run publishes, when it does more than write the folder (the Action's Pages branch).
 * `prepare` runs after the checks and before collecting; `publish` once the folder is written.
 */
export interface Publisher {
  prepare(): Promise<{ history: HistoryEntry[] | null; cacheDir?: string; reportUrl?: string | null }>;
  publish(result: PipelineResult): Promise<void>;
}

/** Writes metrics.json, summary.md and the report into the output folder, replaced whole. */
export async function writeOutputs(
  config: Config,
  report: MetricsReport,
  summary: string,
  history: HistoryEntry[] | null = null,
) {
  return replaceFolder(
    config.outDir,
    async (staging) => {
      writeJsonFile(join(staging, 'metrics.json'), report);
      writeText(staging, 'summary.md', summary);
      if (history) writeText(staging, 'history.json', serializeHistory(history));
      // Loaded on demand: Handlebars and the templates cost start-up time that --json never needs.
      const { renderReport } = await import('./report/render.js');
      await renderReport(report, {
        outDir: staging,
        templateDir: config.templateDir,
        downtimeCostPerHour: config.downtimeCostPerHour,
        currency: config.currency,
        history: history ?? undefined,
        generatedAt: new Date(),
      });
    },
    config.outInput,
  );
}

/** collect → compute → render → publish: the command line's run, and the Action's. */
export async function runPipeline(
  config: Config,
  log: Logger,
  publisher: Publisher | null = null,
): Promise<PipelineResult> {
  const writes = !config.json || config.outExplicit;
  if (writes) checkOutputFolder(config.outDir, config.outInput);
  // Before collecting: a mistake in the configuration file should not wait for a long collection.
  const contextConfig = await loadContextConfig(config.contextFile);
  if (contextConfig) log.info(`Read ${contextConfig.file}: ${contextConfig.services.length} services`);
  // The business measures are read and checked before a long collection too.
  const business = loadBusiness(config.business, contextConfig);
  if (business) log.info(`Read ${business.file}: ${business.measures.length} business measures`);
  if (business) await loadStatistics();
  const published: Awaited<ReturnType<Publisher['prepare']>> = publisher
    ? await publisher.prepare()
    : { history: null };
  const input =
    config.input.kind === 'github' && published.cacheDir
      ? { ...config.input, cacheDir: published.cacheDir }
      : config.input;
  const loaded = await loadWorld({ ...config, input }, log, contextConfig);
  for (const warning of loaded.warnings) log.warn(warning);
  if (config.exportWorld) {
    writeFileSync(config.exportWorld, JSON.stringify(loaded.world));
    log.info(`Wrote the world to ${config.exportWorld}`);
  }
  log.info('Computing the metrics');
  const report = computeReport(config, loaded, contextConfig, business);
  // Where this repository's report is published, so that a roll-up can link to it (O rules).
  report.reportUrl = published.reportUrl ?? null;
  const result: PipelineResult = { report, world: loaded.world, summary: null, outDir: null, history: null };
  if (!writes) return result;
  result.summary = markdownSummary(report);
  result.history = published.history && mergeHistory(published.history, historyEntry(report));
  log.info('Rendering the report');
  result.outDir = await writeOutputs(config, report, result.summary, result.history);
  if (publisher) await publisher.publish(result);
  return result;
}
