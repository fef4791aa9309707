// A service's share of the world: the same history seen through the service's
// selector, so that the engine computes its metrics unchanged. Commits are all kept: L3's
// containment needs the whole parent graph.
import { isMergedInto, type Change } from '../metrics/changes.js';
import { listDeployments, type Deployment } from '../metrics/deployments.js';
import type { CommitGraph } from '../metrics/graph.js';
import { ms } from '../metrics/time.js';
import { shipChanges } from '../metrics/shipping.js';
import type { DeploymentSource } from '../metrics/sources.js';
import type { World, WorldPullRequest } from '../world/types.js';
import type { ServiceConfig } from '../repo-config/types.js';
import { compileGlobs } from '../repo-config/glob.js';

export function selectsChanges(service: ServiceConfig): boolean {
  return service.paths.length > 0 || service.labels.length > 0;
}

/** A pull request is the service's when one of its files matches a glob or it carries a label. */
export function pullRequestFilter(service: ServiceConfig): (pr: WorldPullRequest) => boolean {
  const matchesFiles = compileGlobs(service.paths);
  const labels = new Set(service.labels);
  return (pr) =>
    (pr.files !== undefined && matchesFiles(pr.files)) ||
    (labels.size > 0 && (pr.labels ?? []).some((label) => labels.has(label.toLowerCase())));
}

/**
 * Each service's pull requests, in one pass over them: a pull request and its files are read
 * from memory once for all services rather than once per service (on 50,000 pull requests the
 * memory traffic, not the matching, is the cost).
 */
export function pullRequestsByService(
  world: World,
  services: readonly ServiceConfig[],
): (WorldPullRequest[] | undefined)[] {
  const filters = services.map((service) => (selectsChanges(service) ? pullRequestFilter(service) : null));
  const out = filters.map((filter) => (filter === null ? world.pullRequests : ([] as WorldPullRequest[])));
  for (const pr of world.pullRequests ?? []) {
    filters.forEach((filter, i) => filter !== null && filter(pr) && out[i]!.push(pr));
  }
  return out;
}

/** Incidents: those carrying one of the service's labels; every incident when it names none. */
export function issuesOf(world: World, service: ServiceConfig): World['issues'] {
  if (service.labels.length === 0) return world.issues;
  const labels = new Set(service.labels);
  return (world.issues ?? []).filter((issue) =>
    (issue.labels ?? []).some((l) => labels.has(l.toLowerCase())),
  );
}

/** Which deployment ships each merged pull request (L3), for the whole repository at once. */
export interface PullRequestShipping {
  deployments: Deployment[];
  /** pull request number → index in `deployments` (absent: unshipped) */
  shippedBy: Map<number, number>;
}

/**
 * L3 does not depend on which service asks: a pull request's shipping deployment is found once,
 * on the shared graph, from its merge commit and merge time alone.
 */
export function shipPullRequests(
  world: World,
  source: DeploymentSource,
  graph: CommitGraph,
): PullRequestShipping {
  const deployments = listDeployments(world, source, graph);
  const branch = world.repository.defaultBranch;
  const changes: Change[] = [];
  for (const pr of world.pullRequests ?? []) {
    if (!isMergedInto(pr, branch)) continue;
    changes.push({
      id: `#${pr.number}`,
      kind: 'pull-request',
      number: pr.number,
      sha: pr.mergeCommitSha ?? null,
      title: '',
      subject: '',
      body: '',
      author: null,
      start: 0,
      merged: ms(pr.mergedAt!),
      created: 0,
      firstReview: null,
      pr: null,
    });
  }
  const shipped = shipChanges(changes, deployments, graph).shippedBy;
  const shippedBy = new Map<number, number>();
  changes.forEach((change, i) => shipped[i] >= 0 && shippedBy.set(change.number!, shipped[i]));
  return { deployments, shippedBy };
}

/** The deployments that ship at least one of these pull requests, in D3 order. */
export function deploymentsShipping(
  shipping: PullRequestShipping,
  pullRequests: readonly WorldPullRequest[],
): Deployment[] {
  const used = new Uint8Array(shipping.deployments.length);
  for (const pr of pullRequests) {
    const d = shipping.shippedBy.get(pr.number);
    if (d !== undefined) used[d] = 1;
  }
  return shipping.deployments.filter((_, i) => used[i] === 1);
}

/**
 * The world whose `source` yields exactly `kept`: the records behind the other deployments are
 * left out. Removing a deployment that ships none of the service's changes cannot change which
 * deployment ships one of them (L3 takes the first containing deployment, which is kept).
 */
export function keepDeployments(world: World, source: DeploymentSource, kept: readonly Deployment[]): World {
  const keys = new Set(kept.map((d) => d.key));
  const aliases = new Set(kept.flatMap((d) => d.aliases));
  switch (source.kind) {
    case 'environment':
      return {
        ...world,
        deployments: (world.deployments ?? []).filter((d) => keys.has(`deployment:${d.id}`)),
      };
    case 'releases':
      return { ...world, releases: (world.releases ?? []).filter((r) => aliases.has(r.tagName)) };
    case 'tags':
      return { ...world, tags: (world.tags ?? []).filter((t) => aliases.has(t.name)) };
    case 'workflow':
      return { ...world, workflowRuns: (world.workflowRuns ?? []).filter((r) => keys.has(`run:${r.id}`)) };
    case 'merges':
      // D1 `merges`: the service's own merged pull requests are its deployments already.
      return world;
  }
}
