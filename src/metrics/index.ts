// The metrics engine: pure, from a world to metrics.json (../shared/METRICS.md).
import type { World } from '../world/types.js';
import type { MetricsReport, TriedSource } from './types.js';
import { MetricsInputError } from './errors.js';
import { buildModel } from './model.js';
import { CommitGraph } from './graph.js';
import { listDeployments, type Deployment } from './deployments.js';
import { computeDora, computeFlow } from './period.js';
import { assessQuality } from './quality.js';
import { buildRecords } from './records.js';
import {
  autoCandidates,
  DEFAULT_TAG_PATTERN,
  formatSource,
  PACKAGE_TAG_PATTERN,
  packagesOf,
  parseSource,
  type DeploymentSource,
  type PackageTags,
} from './sources.js';
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
/** D2: how many of the packages released most often the report names */
const MAX_PACKAGES = 5;

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

interface Chosen {
  source: DeploymentSource;
  reason: string;
  /** D2/T3: true only when `auto` ended at merges */
  assumed: boolean;
  tried: TriedSource[];
  packages: PackageTags[] | null;
  /** the chosen source's deployments when choosing listed them already (undefined: not yet) */
  deployments?: Deployment[];
}

/** What a candidate holds, in words: "0 tags like v1.2.3", "728 package tags (412 deployments)". */
function describeTried(tried: TriedSource, candidate: DeploymentSource): string {
  const n = tried.deployments;
  switch (candidate.kind) {
    case 'environment':
      return `${plural(n, 'successful deployment')} to ${formatSource(candidate)}`;
    case 'releases':
      return plural(n, 'published release');
    case 'tags': {
      const what = candidate.pattern === DEFAULT_TAG_PATTERN ? 'tag like v1.2.3' : 'package tag';
      const tags = tried.tags ?? 0;
      const same = tags === n ? '' : ` (${plural(n, 'deployment')}: tags on one commit are one)`;
      return `${plural(tags, what, `${what.replace('tag', 'tags')}`)}${same}`;
    }
    case 'merges':
      return plural(n, 'merge');
    default:
      return plural(n, 'deployment');
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The packages released most often, with the source that would follow each (D2). */
function describePackages(packages: readonly PackageTags[]): string {
  const shown = packages
    .slice(0, 3)
    .map((p) => `${p.name} (${plural(p.tags, 'tag')}; --source '${p.source}')`);
  return shown.length ? `; most released: ${shown.join(', ')}` : '';
}

/**
 * D2: `auto` takes the first candidate that yields at least one deployment in the whole world, and
 * says what each candidate it tried held on its way.
 */
function chooseSource(world: World, requested: string, graph: CommitGraph): Chosen {
  const parsed = parseSource(requested);
  if (parsed !== 'auto') {
    // D2: a source the user names is never assumed, merges included.
    return {
      source: parsed,
      reason: `configured: ${formatSource(parsed)}`,
      assumed: false,
      tried: [],
      packages: null,
    };
  }
  const tried: TriedSource[] = [];
  const said: string[] = [];
  let packages: PackageTags[] | null = null;
  for (const candidate of autoCandidates()) {
    const deployments = listDeployments(world, candidate, graph);
    const entry: TriedSource = {
      source: formatSource(candidate),
      deployments: deployments.length,
      tags:
        candidate.kind === 'tags'
          ? (world.tags ?? []).filter((t) => candidate.regex.test(t.name)).length
          : null,
    };
    tried.push(entry);
    let words = describeTried(entry, candidate);
    if (candidate.kind === 'tags' && candidate.pattern === PACKAGE_TAG_PATTERN) {
      packages = packagesOf((world.tags ?? []).map((t) => t.name)).slice(0, MAX_PACKAGES);
      words += describePackages(packages);
    }
    said.push(words);
    const last = candidate.kind === 'merges';
    if (deployments.length > 0 || last) {
      const chose = `chose ${formatSource(candidate)}`;
      const assumed = last
        ? ': nothing in the history says when code reached production, so every merge is taken as a deployment (assumed; no tiers, T3) — name the real source with --source'
        : '';
      return {
        source: candidate,
        reason: `auto: ${said.join('; ')}; ${chose}${assumed}`,
        assumed: last,
        tried,
        packages,
        deployments,
      };
    }
  }
  throw new Error('D2: the auto candidates end at merges');
}
