// Per-service DORA and flow: each service's sub-world goes through the same engine
// (buildModel, computeDora, computeFlow) on the one commit graph built for the repository.
import type { Engine } from '../metrics/index.js';
import { isMergedInto } from '../metrics/changes.js';
import type { Deployment } from '../metrics/deployments.js';
import { buildModel, changeBasis, type Model } from '../metrics/model.js';
import { hoursBetween } from '../metrics/stats.js';
import { computeDora, computeFlow } from '../metrics/period.js';
import { environmentSource, formatSource, type DeploymentSource } from '../metrics/sources.js';
import { computeTrends } from '../metrics/trends.js';
import type { DoraMetrics } from '../metrics/types.js';
import { previousWindow } from '../metrics/window.js';
import type { World } from '../world/types.js';
import {
  TARGET_KEYS,
  type ServiceConfig,
  type ServiceTargets,
  type TargetKey,
} from '../repo-config/types.js';
import {
  deploymentsShipping,
  issuesOf,
  keepDeployments,
  pullRequestsByService,
  selectsChanges,
  shipPullRequests,
  type PullRequestShipping,
} from './sub-world.js';
import type { ServiceFigures, ServiceReport, TargetStanding } from './types.js';

export type { Engine } from '../metrics/index.js';

export function computeServices(services: readonly ServiceConfig[], engine: Engine): ServiceReport[] {
  const branch = engine.world.repository.defaultBranch;
  const prWorld = (engine.world.pullRequests ?? []).some((pr) => isMergedInto(pr, branch));
  let shipping: PullRequestShipping | null = null;
  const shared = () => (shipping ??= shipPullRequests(engine.world, engine.source, engine.graph));
  const selected = prWorld ? pullRequestsByService(engine.world, services) : null;
  let withoutFiles: number | null = null;
  const countWithoutFiles = () => (withoutFiles ??= mergedWithoutFiles(engine.world));
  return services.map((service, i) =>
    computeService(service, engine, {
      prWorld,
      pullRequests: selected?.[i] ?? engine.world.pullRequests,
      shipping: shared,
      withoutFiles: countWithoutFiles,
    }),
  );
}

interface Shared {
  prWorld: boolean;
  /** the service's pull requests (all of them when it selects none or the world has none merged) */
  pullRequests: World['pullRequests'];
  shipping: () => PullRequestShipping;
  /** merged pull requests without a list of files: the same for every service, counted once */
  withoutFiles: () => number;
}

function computeService(service: ServiceConfig, engine: Engine, shared: Shared): ServiceReport {
  const { world, graph } = engine;
  const { prWorld, pullRequests, shipping } = shared;
  const source = service.environments === null ? engine.source : environmentSource(service.environments);
  // T3: environments the configuration names are never assumed, whatever auto chose for the repository.
  const repository = engine.conditions;
  const conditions = service.environments === null ? repository : { ...repository, assumed: false };
  const filtering = selectsChanges(service) && prWorld;
  const merged = (pullRequests ?? []).filter((pr) => isMergedInto(pr, world.repository.defaultBranch)).length;
  const noChanges = (filtering && merged === 0) || (selectsChanges(service) && !prWorld);
  const notes = notesOf(service, shared, filtering && merged === 0);
  if (noChanges && service.environments === null)
    return report(service, source, 'none', 0, null, null, notes);
  // L1 would take every commit as a change in a world without pull requests: none must mean none.
  let sub: World = {
    ...world,
    pullRequests,
    issues: issuesOf(world, service),
    commits: noChanges ? [] : world.commits,
  };
  let deployments = `every successful deployment to an environment matching ${service.environments}`;
  let restricted = false;
  if (service.environments === null) {
    deployments = `all the repository's deployments (${formatSource(source)})`;
    if (filtering && source.kind !== 'merges') {
      sub = keepDeployments(sub, source, deploymentsShipping(shipping(), pullRequests ?? []));
      restricted = true;
      deployments = `the repository's deployments (${formatSource(source)}) that shipped at least one of its changes`;
    } else if (filtering) {
      deployments = 'the merges of its own pull requests';
    }
  }
  // L5: the repository's excluded authors are the service's.
  const basis = changeBasis(sub, engine.basis.exclusion);
  const model = buildModel(sub, source, engine.incidentLabels, graph, undefined, basis);
  if (restricted) boundByRepository(model, shipping().deployments[0]);
  const changes = filtering ? merged : model.changes.length;
  // N1 per service: the same model read over the previous window (W1), as the repository's is.
  const before = previousWindow(engine.window);
  const current = {
    dora: computeDora(model, engine.window, engine.table, conditions),
    flow: computeFlow(model, engine.window),
  };
  const previous = {
    dora: computeDora(model, before, engine.table, conditions),
    flow: computeFlow(model, before),
  };
  return report(service, source, deployments, changes, current, previous, notes);
}

/**
 * L4 leaves out the changes of "the earliest deployment of the whole world": nothing bounds them.
 * With deployments kept only when they ship the service's changes, the service's first one is
 * bounded by the repository's earlier deployments, so its changes keep their lead times.
 */
function boundByRepository(model: Model, repositoryFirst: Deployment | undefined): void {
  const first = model.deployments[0];
  if (!first || !repositoryFirst || first.key === repositoryFirst.key) return;
  for (const i of model.shipped[0]) {
    if (!model.excluded[i]) model.leadHours[i] = hoursBetween(model.changes[i].start, first.time); // L5
  }
}

function mergedWithoutFiles(world: World): number {
  let count = 0;
  for (const pr of world.pullRequests ?? []) if (pr.mergedAt && pr.files === undefined) count++;
  return count;
}

function notesOf(service: ServiceConfig, shared: Shared, noMatch: boolean): string[] {
  const notes: string[] = [];
  if (selectsChanges(service) && !shared.prWorld) {
    notes.push(
      'Paths and labels select pull requests, and this history has none (it was read from commits only), so they select nothing here.',
    );
  }
  const withoutFiles = shared.prWorld && service.paths.length > 0 ? shared.withoutFiles() : 0;
  if (withoutFiles > 0) {
    notes.push(
      `${withoutFiles} merged pull request${withoutFiles === 1 ? ' has' : 's have'} no list of changed files, so paths could not match ${withoutFiles === 1 ? 'it' : 'them'}.`,
    );
  }
  if (noMatch) notes.push('No merged pull request matches the service.');
  if (service.labels.length === 0) {
    notes.push('Incidents are not split by service (it names no labels), so every incident counts for it.');
  }
  return notes;
}

function report(
  service: ServiceConfig,
  source: DeploymentSource,
  deployments: string,
  changesInHistory: number,
  current: ServiceFigures | null,
  previous: ServiceFigures | null,
  notes: string[],
): ServiceReport {
  const dora = current?.dora ?? null;
  return {
    name: service.name,
    selector: { paths: service.paths, labels: service.labels, environments: service.environments },
    source: formatSource(source),
    deployments,
    changesInHistory,
    dora,
    flow: current?.flow ?? null,
    previous,
    trends: current && previous ? computeTrends(current, previous) : null,
    targets: service.targets,
    standing: standingOf(service.targets, dora),
    notes,
  };
}

const HIGHER_IS_BETTER: Record<TargetKey, boolean> = {
  deploymentsPerWeek: true,
  leadTimeHours: false,
  changeFailureRate: false,
  timeToRestoreHours: false,
};

export function actualOf(key: TargetKey, dora: DoraMetrics | null): number | null {
  if (dora === null) return null;
  switch (key) {
    case 'deploymentsPerWeek':
      return dora.deploymentFrequency.perWeek;
    case 'leadTimeHours':
      return dora.leadTime.medianHours;
    case 'changeFailureRate':
      return dora.changeFailureRate.rate;
    case 'timeToRestoreHours':
      return dora.timeToRestore.medianHours;
  }
}

/** A target is met when the figure is at least (frequency) or at most (the others) the target. */
export function standingOf(targets: ServiceTargets, dora: DoraMetrics | null): TargetStanding[] {
  const out: TargetStanding[] = [];
  for (const metric of TARGET_KEYS) {
    const target = targets[metric];
    if (target === undefined) continue;
    const actual = actualOf(metric, dora);
    const met = actual === null ? null : HIGHER_IS_BETTER[metric] ? actual >= target : actual <= target;
    out.push({ metric, target, actual, status: met === null ? 'no-data' : met ? 'met' : 'missed' });
  }
  return out;
}
