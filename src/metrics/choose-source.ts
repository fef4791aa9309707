// D2: the deployment source, as the user named it or as `auto` finds it, with what `auto` saw on
// its way: each candidate it tried and what that held in the whole world.
import type { World } from '../world/types.js';
import type { CommitGraph } from './graph.js';
import { listDeployments, type Deployment } from './deployments.js';
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
import type { TriedSource } from './types.js';

/** D2: how many of the packages released most often the report names */
const MAX_PACKAGES = 5;

export interface Chosen {
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
    .map((p) => `${p.name} ${plural(p.tags, 'tag')} (--source '${p.source}')`);
  return shown.length ? ` — most released: ${shown.join(', ')}` : '';
}

/**
 * D2: `auto` takes the first candidate that yields at least one deployment in the whole world, and
 * says what each candidate it tried held on its way.
 */
export function chooseSource(world: World, requested: string, graph: CommitGraph): Chosen {
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
