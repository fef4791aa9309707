// The metrics engine: pure, from a world to metrics.json (../shared/METRICS.md).
import type { World } from '../world/types.js';
import type { MetricsReport } from './types.js';
import { MetricsInputError } from './errors.js';
import { buildModel } from './model.js';
import { CommitGraph } from './graph.js';
import { computeDora, computeFlow } from './period.js';
import { assessQuality } from './quality.js';
import { buildRecords } from './records.js';
import { chooseSource } from './choose-source.js';
import { formatSource } from './sources.js';
import { BENCHMARK_TABLES, DEFAULT_BENCHMARKS, type BenchmarkTable } from './tiers.js';
import { computeTrends } from './trends.js';
import { recordedSpan } from './history.js';
import { computeValueScore } from './value-score.js';
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
  const graph = new CommitGraph(world.commits ?? []);
  const { source, reason, assumed, tried, packages, deployments } = chooseSource(world, requested, graph);
  const model = buildModel(world, source, incidentLabels, graph, deployments);
  const window = makeWindow(untilMs, days);
  const previous = previousWindow(window);
  const span = recordedSpan(world);
  const shallow = options.shallowHistory ?? false;
  // T3, T4 and a shallow clone withhold tiers whatever the sample.
  const conditions = { assumed, shallow, historyEnds: span.ends };
  const current = { dora: computeDora(model, window, table, conditions), flow: computeFlow(model, window) };
  const before = {
    dora: computeDora(model, previous, table, conditions),
    flow: computeFlow(model, previous),
  };
  const { owner, name, defaultBranch } = world.repository;
  const server = options.serverUrl === undefined ? 'https://github.com' : options.serverUrl;
  const base = server === null ? null : `${server.replace(/\/+$/, '')}/${owner}/${name}`;
  return {
    schemaVersion: 1,
    tool: { name: 'dora-flow-action', version: options.toolVersion ?? '0.1.0' },
    repository: { owner, name, defaultBranch, url: base },
    window: describeWindow(window),
    source: { deployments: formatSource(source), requested, reason, assumed, tried, packages },
    benchmarks: { name: table.name, year: table.year },
    incidentLabels,
    ...current,
    previous: { window: describeWindow(previous), ...before },
    trends: computeTrends(current, before),
    weekly: computeWeekly(model, window),
    records: buildRecords(model, window, previous, base),
    dataQuality: assessQuality(model, window, { shallow, assumed, span, previousSince: previous.since }),
    valueScore: computeValueScore(current.dora, before.dora),
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
