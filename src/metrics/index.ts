// The metrics engine: pure, from a world to metrics.json (docs/metrics.md).
import { UserError } from '../errors.js';
import type { World } from '../world/types.js';
import { computeBusiness, satisfactionMeasure, windowSatisfaction } from '../business/compute.js';
import type { BusinessInput } from '../business/types.js';
import type { MetricsReport } from './types.js';
import { buildModel, changeBasis, type ChangeBasis } from './model.js';
import { CommitGraph } from './graph.js';
import { computeDora, computeFlow, exclusionsIn } from './period.js';
import { authorExclusion } from './authors.js';
import { assessQuality } from './quality.js';
import { buildRecords } from './records.js';
import { chooseSource } from './choose-source.js';
import type { TierConditions } from './history.js';
import { formatSource, type DeploymentSource } from './sources.js';
import { computeIndustry, isIndustryKey, unknownIndustry, DEFAULT_INDUSTRY } from './industry.js';
import { BENCHMARK_TABLES, POSITION_BENCHMARKS, type BenchmarkTable } from './tiers.js';
import { DEFAULTS, VERSION } from '../defaults.js';
import { computeTrends } from './trends.js';
import { knownStart, recordedSpan } from './history.js';
import { computeValueScore } from './value-score.js';
import { computeWeekly } from './weekly.js';
import { describeWindow, makeWindow, previousWindow, type ReportWindow } from './window.js';

export type { BenchmarkTable } from './tiers.js';
export { BENCHMARK_TABLES } from './tiers.js';

export interface MetricsOptions {
  /** D1/D2 syntax; default `auto` */
  source?: string;
  days?: number;
  /** W1: default the world's generatedAt, else `now` */
  until?: Date;
  now?: Date;
  incidentLabels?: readonly string[];
  /** a tier table, or `dora-2025`: the industry position leads, tiers from dora-2023 */
  benchmarks?: string | BenchmarkTable;
  /** P4: a dora-2025 industry key; default `all` */
  industry?: string;
  /** the web host of the repository, for links (GitHub Enterprise Server differs); null: no links */
  serverUrl?: string | null;
  shallowHistory?: boolean;
  toolVersion?: string;
  /** B1–B6: business measures; without them metrics.json's `business` is null */
  business?: BusinessInput | null;
  /** L5: logins left out of L4, F1–F6 and C4 (`bots`: every `[bot]` login); none by default */
  excludeAuthors?: readonly string[];
}

/**
 * What the engine resolved for a world, so that parts computed on the same history (services,
 * deployment streams) use the same source, window, tier table and commit graph.
 */
export interface Engine {
  world: World;
  graph: CommitGraph;
  /** the resolved deployment source (D2 applied) */
  source: DeploymentSource;
  incidentLabels: readonly string[];
  table: BenchmarkTable;
  window: ReportWindow;
  /** T3, T4, a shallow clone: the repository's, which withhold tiers whatever a part's sample */
  conditions: TierConditions;
  /** the whole world's changes, reverts and categories, built once for every part */
  basis: ChangeBasis;
}

export interface EngineRun {
  report: MetricsReport;
  engine: Engine;
}

export function computeMetrics(world: World, options: MetricsOptions = {}): MetricsReport {
  return runEngine(world, options).report;
}

/** The metrics of a world, with the engine's own state for whatever computes more on it. */
export function runEngine(world: World, options: MetricsOptions = {}): EngineRun {
  const badge = options.benchmarks === POSITION_BENCHMARKS ? 'industry' : 'tier';
  const table = resolveTable(
    badge === 'industry' ? DEFAULTS.benchmarks : (options.benchmarks ?? DEFAULTS.benchmarks),
  );
  const industry = options.industry ?? DEFAULT_INDUSTRY;
  if (!isIndustryKey(industry)) throw new UserError(`industry: ${unknownIndustry(industry)}`);
  const days = options.days ?? DEFAULTS.days;
  if (!Number.isInteger(days) || days < 1) {
    throw new UserError(`days: ${days} is not a whole number of days of at least 1 (for example 90)`);
  }
  const untilMs = untilOf(world, options);
  const incidentLabels = [...(options.incidentLabels ?? DEFAULTS.incidentLabels)];
  const requested = options.source ?? DEFAULTS.source;
  const graph = new CommitGraph(world.commits ?? []);
  const basis = changeBasis(world, authorExclusion(options.excludeAuthors));
  const { source, reason, assumed, tried, packages, deployments } = chooseSource(world, requested, graph);
  const model = buildModel(world, source, incidentLabels, graph, deployments, basis);
  const window = makeWindow(untilMs, days);
  const previous = previousWindow(window);
  const span = recordedSpan(world);
  const shallow = options.shallowHistory ?? false;
  // T3, T4 and a shallow clone withhold tiers whatever the sample.
  // N1 and T1, in cases METRICS.md leaves open: a previous window that ends before the history is
  // known to begin (a young repository, a shallow clone) held nothing that could be compared, so no
  // figure is set against it (its own figures stay as computed); a window the history begins inside
  // gives no deployment frequency tier, since its rate counts days before the start.
  const start = knownStart(world, span);
  const conditions = { assumed, shallow, historyEnds: span.ends, historyBegins: start };
  const beforeHistory = start !== null && start >= window.since;
  const current = { dora: computeDora(model, window, table, conditions), flow: computeFlow(model, window) };
  const before = {
    dora: computeDora(model, previous, table, conditions),
    flow: computeFlow(model, previous),
  };
  const { owner, name, defaultBranch } = world.repository;
  const server = options.serverUrl === undefined ? 'https://github.com' : options.serverUrl;
  const base = server === null ? null : `${server.replace(/\/+$/, '')}/${owner}/${name}`;
  const report: MetricsReport = {
    schemaVersion: 1,
    tool: { name: 'dora-flow-action', version: options.toolVersion ?? VERSION },
    repository: { owner, name, defaultBranch, url: base },
    window: describeWindow(window),
    source: { deployments: formatSource(source), requested, reason, assumed, tried, packages },
    benchmarks: { name: table.name, year: table.year, badge },
    incidentLabels,
    ...current,
    previous: {
      window: describeWindow(previous),
      ...before,
      exclusions: exclusionsIn(model, previous),
      beforeHistory,
    },
    exclusions: exclusionsIn(model, window),
    trends: computeTrends(current, beforeHistory ? null : before),
    weekly: computeWeekly(model, window),
    industry: computeIndustry(current.dora, industry),
    records: buildRecords(model, window, previous, base),
    dataQuality: assessQuality(model, window, {
      shallow,
      assumed,
      span,
      start,
      previousSince: previous.since,
      now: (options.now ?? new Date()).getTime(),
    }),
    business: options.business ? computeBusiness(model, window, options.business) : null,
    valueScore: computeValueScore(current.dora, before.dora, {
      measure: satisfactionMeasure(options.business),
      current: windowSatisfaction(options.business, window),
      previous: windowSatisfaction(options.business, previous),
    }),
  };
  return { report, engine: { world, graph, source, incidentLabels, table, window, conditions, basis } };
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
    throw new UserError(
      `benchmarks: ${JSON.stringify(benchmarks)} is not a known table (expected ${[...Object.keys(BENCHMARK_TABLES), POSITION_BENCHMARKS].join(', ')}, or a JSON file)`,
    );
  }
  return table;
}
