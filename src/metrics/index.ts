// The metrics engine: pure, from a world to metrics.json (../shared/METRICS.md).
import type { World } from '../world/types.js';
import type { MetricsReport } from './types.js';
import { MetricsInputError } from './errors.js';
import { buildModel, type ChangeBasis } from './model.js';
import { CommitGraph } from './graph.js';
import { listDeployments, type Deployment } from './deployments.js';
import { computeDora, computeFlow } from './period.js';
import { assessQuality } from './quality.js';
import { buildRecords } from './records.js';
import { autoCandidates, formatSource, parseSource, type DeploymentSource } from './sources.js';
import { BENCHMARK_TABLES, DEFAULT_BENCHMARKS, type BenchmarkTable } from './tiers.js';
import { computeTrends } from './trends.js';
import { computeWeekly } from './weekly.js';
import { describeWindow, makeWindow, previousWindow } from './window.js';

export { MetricsInputError } from './errors.js';
export type { BenchmarkTable } from './tiers.js';
export { BENCHMARK_TABLES } from './tiers.js';

export const DEFAULT_DAYS = 90;
export const DEFAULT_INCIDENT_LABELS = ['incident'];

export interface MetricsOptions {
  /** D1/D2 syntax; default `auto` */
  source?: string;
  days?: number;
  /** W1: default the world's generatedAt, else `now` */
  until?: Date;
  now?: Date;
  incidentLabels?: readonly string[];
  benchmarks?: string | BenchmarkTable;
  /** the web host of the repository, for links (GitHub Enterprise Server differs); null: no links */
  serverUrl?: string | null;
  shallowHistory?: boolean;
  toolVersion?: string;
  /** the world's commit graph, when the caller has built it (it is built once per world) */
  graph?: CommitGraph;
  /** the world's changes, reverts and categories, when the caller has built them */
  basis?: ChangeBasis;
}

export function computeMetrics(world: World, options: MetricsOptions = {}): MetricsReport {
  const table = resolveTable(options.benchmarks ?? DEFAULT_BENCHMARKS);
  const days = options.days ?? DEFAULT_DAYS;
  if (!Number.isInteger(days) || days < 1) {
    throw new MetricsInputError(`days: ${days} is not a whole number of days of at least 1 (for example 90)`);
  }
  const untilMs = untilOf(world, options);
  const incidentLabels = [...(options.incidentLabels ?? DEFAULT_INCIDENT_LABELS)];
  const requested = options.source ?? 'auto';
  const graph = options.graph ?? new CommitGraph(world.commits ?? []);
  const { source, reason, deployments } = chooseSource(world, requested, graph);
  const model = buildModel(world, source, incidentLabels, graph, deployments, options.basis);
  const window = makeWindow(untilMs, days);
  const previous = previousWindow(window);
  const current = { dora: computeDora(model, window, table), flow: computeFlow(model, window) };
  const before = { dora: computeDora(model, previous, table), flow: computeFlow(model, previous) };
  const { owner, name, defaultBranch } = world.repository;
  const server = options.serverUrl === undefined ? 'https://github.com' : options.serverUrl;
  const base = server === null ? null : `${server.replace(/\/+$/, '')}/${owner}/${name}`;
  return {
    schemaVersion: 1,
    tool: { name: 'dora-flow-action', version: options.toolVersion ?? '0.1.0' },
    repository: { owner, name, defaultBranch, url: base },
    window: describeWindow(window),
    source: { deployments: formatSource(source), requested, reason },
    benchmarks: { name: table.name, year: table.year },
    incidentLabels,
    ...current,
    previous: { window: describeWindow(previous), ...before },
    trends: computeTrends(current, before),
    weekly: computeWeekly(model, window),
    records: buildRecords(model, window, previous, base),
    dataQuality: assessQuality(model, window, options.shallowHistory ?? false),
  };
}

function untilOf(world: World, options: MetricsOptions): number {
  if (options.until) return options.until.getTime();
  if (world.generatedAt) return Date.parse(world.generatedAt);
  return (options.now ?? new Date()).getTime();
}

function resolveTable(benchmarks: string | BenchmarkTable): BenchmarkTable {
  if (typeof benchmarks !== 'string') return benchmarks;
  const table = BENCHMARK_TABLES[benchmarks];
  if (!table) {
    throw new MetricsInputError(
      `benchmarks: ${JSON.stringify(benchmarks)} is not a known table (expected ${Object.keys(BENCHMARK_TABLES).join(' or ')}, or a JSON file)`,
    );
  }
  return table;
}

interface Chosen {
  source: DeploymentSource;
  reason: string;
  /** the chosen source's deployments when choosing listed them already (undefined: not yet) */
  deployments?: Deployment[];
}

/** D2: `auto` takes the first candidate that yields at least one deployment in the whole world. */
function chooseSource(world: World, requested: string, graph: CommitGraph): Chosen {
  const parsed = parseSource(requested);
  if (parsed !== 'auto') return { source: parsed, reason: `configured: ${formatSource(parsed)}` };
  const passed: string[] = [];
  for (const candidate of autoCandidates()) {
    const deployments = listDeployments(world, candidate, graph);
    if (deployments.length > 0) {
      const why = `auto: ${formatSource(candidate)} is the first source with deployments (${deployments.length} in the history)`;
      const reason = passed.length ? `${why}; none from ${passed.join(', ')}` : why;
      return { source: candidate, reason, deployments };
    }
    passed.push(formatSource(candidate));
  }
  return {
    source: { kind: 'merges' },
    reason: `auto: no source yields a deployment (tried ${passed.join(', ')})`,
  };
}
