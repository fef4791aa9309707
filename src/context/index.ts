// Contextual DORA (issue 6): per service, per deployment stream, weighted by customer impact,
// against the business calendar; with bottlenecks, correlations and engineering health. Pure:
// a world, the repository's report and the configuration in; metrics.json's `context` out.
import { CommitGraph } from '../metrics/graph.js';
import type { ChangeBasis } from '../metrics/model.js';
import { BENCHMARK_TABLES, type BenchmarkTable } from '../metrics/tiers.js';
import { parseSource } from '../metrics/sources.js';
import type { MetricsReport } from '../metrics/types.js';
import { makeWindow } from '../metrics/window.js';
import type { World } from '../world/types.js';
import { computeCalendar } from './calendar.js';
import type { ContextConfig } from './config-types.js';
import { computeHealth } from './health.js';
import { computeImpact } from './impact.js';
import { computeBottleneck, computeCorrelations } from './insights.js';
import { computeServices, type Engine } from './services.js';
import { computeStreams } from './streams.js';
import type { ContextReport, ContextualReport } from './types.js';

export type { ContextReport, ContextualReport } from './types.js';

export interface ContextOptions {
  /** the tier table the report used (T1); default: the one the report names */
  table?: BenchmarkTable;
  /** C1: the report's incident labels by default */
  incidentLabels?: readonly string[];
  /** the repository's commit graph, when the caller has one (it is the same for every part) */
  graph?: CommitGraph;
  /** the repository's changes, reverts and categories, when the caller has them */
  basis?: ChangeBasis;
}

export function computeContext(
  world: World,
  report: MetricsReport,
  config: ContextConfig | null,
  options: ContextOptions = {},
): ContextReport {
  const engine = engineOf(world, report, options);
  const services = config && config.services.length > 0 ? computeServices(config.services, engine) : null;
  return {
    configFile: config?.file ?? null,
    services,
    streams: computeStreams(engine),
    impact: config?.impact ? computeImpact(world, report, config.impact) : null,
    calendar: config && config.peaks.length > 0 ? computeCalendar(report, config.peaks) : null,
    bottleneck: computeBottleneck(report),
    correlations: computeCorrelations(report),
    health: computeHealth(world, report, config?.ciWorkflows ?? []),
  };
}

/** The report with its `context` key, as metrics.json holds it. */
export function withContext(
  world: World,
  report: MetricsReport,
  config: ContextConfig | null,
  options: ContextOptions = {},
): ContextualReport {
  return { ...report, context: computeContext(world, report, config, options) };
}

function engineOf(world: World, report: MetricsReport, options: ContextOptions): Engine {
  // The report names its resolved source (D2 already applied): parsing it gives it back.
  const source = parseSource(report.source.deployments);
  if (source === 'auto') throw new Error('the report names no resolved deployment source');
  const table = options.table ?? BENCHMARK_TABLES[report.benchmarks.name];
  if (!table) throw new Error(`no tier table named ${report.benchmarks.name}: pass the custom table`);
  return {
    world,
    graph: options.graph ?? new CommitGraph(world.commits ?? []),
    source,
    incidentLabels: options.incidentLabels ?? report.incidentLabels,
    table,
    window: makeWindow(Date.parse(report.window.until), report.window.days),
    basis: options.basis,
  };
}
