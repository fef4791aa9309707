// D1–D3: the deployments of the world, from the configured source, in (time, sha) order.
import type { World, WorldCommit } from '../world/types.js';
import type { CommitGraph } from './graph.js';
import { compareText, ms } from './time.js';
import type { DeploymentSource, SourcePattern } from './sources.js';
import { isMergedInto } from './changes.js';

export interface Deployment {
  key: string;
  label: string;
  time: number;
  sha: string | null;
  /** D3: names of the tags or releases merged into this one deployment */
  aliases: string[];
  /** a link target: /releases/tag/X, /actions/runs/N, /pull/N or /commit/SHA (null: none) */
  path: string | null;
}

export function listDeployments(world: World, source: DeploymentSource, graph: CommitGraph): Deployment[] {
  const found = collect(world, source, graph);
  const merged = source.kind === 'tags' || source.kind === 'releases' ? mergeSameCommit(found) : found;
  // D3: ordered by (time, commit sha); the key keeps equal pairs in a stable order.
  return merged.sort(
    (a, b) => a.time - b.time || compareText(a.sha ?? '', b.sha ?? '') || compareText(a.key, b.key),
  );
}

function collect(world: World, source: DeploymentSource, graph: CommitGraph): Deployment[] {
  switch (source.kind) {
    case 'environment':
      return fromEnvironment(world, source.name, source.pattern);
    case 'releases':
      return fromReleases(world);
    case 'tags':
      return (world.tags ?? [])
        .filter((tag) => source.regex.test(tag.name))
        .map((tag) => ({
          key: `tag:${tag.name}`,
          label: tag.name,
          time: ms(tag.taggedAt),
          sha: tag.sha,
          aliases: [tag.name],
          path: `/releases/tag/${encodeURIComponent(tag.name)}`,
        }));
    case 'workflow':
      return fromWorkflow(world, source.file);
    case 'merges':
      return fromMerges(world, graph);
  }
}

function fromEnvironment(world: World, name: string, pattern?: SourcePattern): Deployment[] {
  const wanted = name.toLowerCase();
  // A pattern finds several environments; their deployments form one stream in D3 order.
  const matches = pattern
    ? (environment: string) => pattern.test(environment)
    : (environment: string) => environment.toLowerCase() === wanted;
  const out: Deployment[] = [];
  for (const deployment of world.deployments ?? []) {
    if (!matches(deployment.environment)) continue;
    // D1: the time of the first `success` status.
    let first = Infinity;
    for (const status of deployment.statuses ?? []) {
      if (status.state === 'success') first = Math.min(first, ms(status.createdAt));
    }
    if (first === Infinity) continue;
    out.push({
      key: `deployment:${deployment.id}`,
      label: `deployment ${deployment.id}`,
      time: first,
      sha: deployment.sha,
      aliases: [],
      path: `/commit/${deployment.sha}`,
    });
  }
  return out;
}

function fromReleases(world: World): Deployment[] {
  const tagCommits = new Map<string, string>();
  for (const tag of world.tags ?? []) tagCommits.set(tag.name, tag.sha);
  const out: Deployment[] = [];
  for (const release of world.releases ?? []) {
    if (release.isDraft || release.isPrerelease || !release.publishedAt) continue;
    out.push({
      key: `release:${release.tagName}`,
      label: release.tagName,
      time: ms(release.publishedAt),
      sha: release.tagCommitSha ?? tagCommits.get(release.tagName) ?? null,
      aliases: [release.tagName],
      path: `/releases/tag/${encodeURIComponent(release.tagName)}`,
    });
  }
  return out;
}

function fromWorkflow(world: World, file: string): Deployment[] {
  const path = file.startsWith('.github/') ? file : `.github/workflows/${file}`;
  const branch = world.repository.defaultBranch;
  return (world.workflowRuns ?? [])
    .filter(
      (run) =>
        (run.workflowPath === path || run.name === file) &&
        run.headBranch === branch &&
        run.conclusion === 'success',
    )
    .map((run) => ({
      key: `run:${run.id}`,
      label: `run ${run.id}`,
      time: ms(run.updatedAt),
      sha: run.headSha,
      aliases: [],
      path: `/actions/runs/${run.id}`,
    }));
}

function fromMerges(world: World, graph: CommitGraph): Deployment[] {
  const branch = world.repository.defaultBranch;
  const merged = (world.pullRequests ?? []).filter((pr) => isMergedInto(pr, branch));
  if (merged.length > 0) {
    return merged.map((pr) => ({
      key: `pr:${pr.number}`,
      label: `#${pr.number}`,
      time: ms(pr.mergedAt!),
      sha: pr.mergeCommitSha ?? null,
      aliases: [],
      path: `/pull/${pr.number}`,
    }));
  }
  return firstParentChain(world.commits ?? [], graph).map((commit) => ({
    key: `commit:${commit.sha}`,
    label: commit.sha.slice(0, 7),
    time: ms(commit.committedAt),
    sha: commit.sha,
    aliases: [],
    path: `/commit/${commit.sha}`,
  }));
}

/**
 * D1 `merges` in a commits-only world: the first-parent chain from the head. With several heads
 * (a world holding more than one branch tip), the one committed last is taken.
 */
function firstParentChain(commits: readonly WorldCommit[], graph: CommitGraph): WorldCommit[] {
  const heads = graph.heads();
  if (heads.length === 0) return [];
  let head = heads[0];
  for (const candidate of heads) {
    if (ms(commits[candidate].committedAt) > ms(commits[head].committedAt)) head = candidate;
  }
  const chain: WorldCommit[] = [];
  const seen = new Set<number>();
  for (let node: number | undefined = head; node !== undefined && !seen.has(node);) {
    seen.add(node);
    chain.push(commits[node]);
    const parent: string | undefined = commits[node].parents?.[0];
    node = parent === undefined ? undefined : graph.nodeOf(parent);
  }
  return chain;
}

/** D3: tags (and releases) on one commit are one deployment, at the earliest of their times. */
function mergeSameCommit(found: Deployment[]): Deployment[] {
  const bySha = new Map<string, Deployment>();
  const out: Deployment[] = [];
  const ordered = [...found].sort((a, b) => a.time - b.time || compareText(a.label, b.label));
  for (const deployment of ordered) {
    if (deployment.sha === null) {
      out.push(deployment);
      continue;
    }
    const earlier = bySha.get(deployment.sha);
    if (earlier) {
      earlier.aliases.push(...deployment.aliases);
    } else {
      bySha.set(deployment.sha, deployment);
      out.push(deployment);
    }
  }
  return out;
}
