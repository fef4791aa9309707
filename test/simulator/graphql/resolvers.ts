// The root of the simulator's GraphQL: `repository`, `rateLimit` and `viewer` over the world.
import type { WorldDeployment, WorldPullRequest, WorldRelease } from '../../../src/world/types.js';
import type { SimState } from '../state.js';
import type { WorldIndex } from '../world-index.js';
import { paginate, TypedError, type ConnectionArgs } from './connection.js';
import { actorView, commitView, deploymentView, pullRequestView, refView, releaseView } from './views.js';

interface Order {
  field: string;
  direction: 'ASC' | 'DESC';
}
interface PullRequestArgs extends ConnectionArgs {
  states?: string[];
  labels?: string[];
  baseRefName?: string;
  headRefName?: string;
  orderBy?: Order;
}

export interface QueryContext {
  sim: SimState;
  cost: number;
}

/** Filtered, sorted lists are kept per index so each page of a walk is a slice, not a sort. */
const sortedCache = new WeakMap<WorldIndex, Map<string, unknown[]>>();

function cached<T>(index: WorldIndex, key: string, build: () => T[]): T[] {
  let byKey = sortedCache.get(index);
  if (!byKey) sortedCache.set(index, (byKey = new Map()));
  let list = byKey.get(key) as T[] | undefined;
  if (!list) byKey.set(key, (list = build()));
  return list;
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pullRequests(sim: SimState, args: PullRequestArgs): object {
  sim.requirePermission('pull-requests');
  const { first: _f, last: _l, after: _a, before: _b, ...filters } = args;
  const index = sim.index;
  const list = cached(index, `pr:${JSON.stringify(filters)}`, () => {
    const labels = args.labels?.map((l) => l.toLowerCase());
    const field = args.orderBy?.field ?? 'CREATED_AT';
    const sign = args.orderBy?.direction === 'DESC' ? -1 : 1;
    const key = (pr: WorldPullRequest): string =>
      field === 'UPDATED_AT' ? (index.updatedAt.get(pr) as string) : pr.createdAt;
    return [...index.pullRequests.values()]
      .filter((pr) => !args.states || args.states.includes(pr.state))
      .filter((pr) => !args.baseRefName || (pr.baseRefName ?? index.defaultBranch) === args.baseRefName)
      .filter((pr) => !args.headRefName || pr.headRefName === args.headRefName)
      .filter((pr) => !labels || (pr.labels ?? []).some((l) => labels.includes(l.toLowerCase())))
      .sort((a, b) => sign * (compare(key(a), key(b)) || compare(a.number, b.number)));
  });
  return paginate(list, args, 'pullRequests', (pr) => pullRequestView(sim, pr));
}

function deployments(
  sim: SimState,
  args: ConnectionArgs & { environments?: string[]; orderBy?: Order },
): object {
  sim.requirePermission('deployments');
  // Environment names are case-insensitive on GitHub ("Production" and "production" are one).
  const wanted = args.environments?.map((e) => e.toLowerCase());
  const sign = args.orderBy?.direction === 'DESC' ? -1 : 1;
  const list = cached(sim.index, `dep:${JSON.stringify([wanted, sign])}`, () =>
    (sim.index.world.deployments ?? [])
      .filter((d) => !wanted || wanted.includes(d.environment.toLowerCase()))
      .sort((a, b) => sign * (compare(a.createdAt, b.createdAt) || compare(a.id, b.id))),
  );
  return paginate(list, args, 'deployments', (d: WorldDeployment) => deploymentView(sim, d));
}

function releases(sim: SimState, args: ConnectionArgs & { orderBy?: Order }): object {
  sim.requirePermission('contents');
  const all = sim.index.world.releases ?? [];
  const field = args.orderBy?.field ?? 'CREATED_AT';
  const sign = args.orderBy?.direction === 'ASC' ? 1 : -1;
  const key = (r: WorldRelease): string => (field === 'NAME' ? (r.name ?? r.tagName) : r.createdAt);
  const list = cached(sim.index, `rel:${field}:${sign}`, () =>
    all
      .map((r, i) => ({ r, id: i + 1 }))
      .sort((a, b) => sign * (compare(key(a.r), key(b.r)) || compare(a.id, b.id))),
  );
  return paginate(list, args, 'releases', ({ r, id }) => releaseView(sim, r, id));
}

function refs(
  sim: SimState,
  args: ConnectionArgs & { refPrefix: string; query?: string; orderBy?: Order; direction?: string },
): object {
  sim.requirePermission('contents');
  const prefix = args.refPrefix === 'refs/tags/' ? 'refs/tags/' : 'refs/heads/';
  const names = [...sim.git.refs.keys()]
    .filter((r) => r.startsWith(prefix))
    .map((r) => r.slice(prefix.length))
    .filter((n) => !args.query || n.includes(args.query));
  const sign = (args.orderBy?.direction ?? args.direction) === 'DESC' ? -1 : 1;
  const tags = new Map((sim.index.world.tags ?? []).map((t) => [t.name, t]));
  const dateOf = (name: string): string => {
    const tag = tags.get(name);
    const sha = tag?.sha ?? sim.git.refs.get(prefix + name) ?? '';
    return sim.index.commits.get(sha)?.committedAt ?? tag?.taggedAt ?? '';
  };
  const byDate = args.orderBy?.field === 'TAG_COMMIT_DATE';
  names.sort((a, b) => sign * ((byDate ? compare(dateOf(a), dateOf(b)) : 0) || compare(a, b)));
  return paginate(names, args, 'refs', (n) => refView(sim, prefix, n));
}

function ref(sim: SimState, qualifiedName: string, permission = true): object | null {
  if (permission) sim.requirePermission('contents');
  const full = qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`;
  const tag = full.startsWith('refs/tags/');
  if (
    !sim.git.refs.has(full) &&
    !(tag && (sim.index.world.tags ?? []).some((t) => `refs/tags/${t.name}` === full))
  ) {
    return null;
  }
  const prefix = tag ? 'refs/tags/' : 'refs/heads/';
  return refView(sim, prefix, full.slice(prefix.length));
}

function repositoryView(sim: SimState): object {
  const { owner, name } = sim.index.world.repository;
  return {
    __typename: 'Repository',
    id: Buffer.from(`repo:${owner}/${name}`).toString('base64'),
    name,
    nameWithOwner: `${owner}/${name}`,
    owner: { __typename: 'Organization', login: owner, id: owner, url: `https://github.com/${owner}` },
    url: `https://github.com/${owner}/${name}`,
    isPrivate: false,
    // the default branch's name is repository metadata, readable without `contents`
    defaultBranchRef: () => ref(sim, sim.index.defaultBranch, false),
    pullRequests: (args: PullRequestArgs) => pullRequests(sim, args),
    pullRequest: ({ number }: { number: number }) => {
      sim.requirePermission('pull-requests');
      const pr = sim.index.pullRequests.get(number);
      return pr ? pullRequestView(sim, pr) : null;
    },
    deployments: (args: ConnectionArgs & { environments?: string[]; orderBy?: Order }) =>
      deployments(sim, args),
    releases: (args: ConnectionArgs & { orderBy?: Order }) => releases(sim, args),
    refs: (args: ConnectionArgs & { refPrefix: string }) => refs(sim, args),
    ref: ({ qualifiedName }: { qualifiedName: string }) => ref(sim, qualifiedName),
    object: ({ oid, expression }: { oid?: string; expression?: string }) => {
      const sha = oid ?? expression ?? '';
      return sim.index.commits.has(sha) || sim.index.elsewhere.has(sha) ? commitView(sim, sha) : null;
    },
  };
}

export function rootValue(sim: SimState): object {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = sim.index.world.repository;
      if (
        owner.toLowerCase() !== repo.owner.toLowerCase() ||
        name.toLowerCase() !== repo.name.toLowerCase()
      ) {
        throw new TypedError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      }
      return repositoryView(sim);
    },
    rateLimit: (_args: unknown, context: QueryContext) => {
      const bucket = sim.buckets.graphql;
      return {
        cost: context.cost,
        limit: bucket.limit,
        remaining: Math.max(0, bucket.limit - bucket.used),
        used: bucket.used,
        resetAt: new Date(bucket.reset * 1000).toISOString().replace('.000Z', 'Z'),
        nodeCount: 0,
      };
    },
    // `viewer` is a User, whatever the token: an installation token's is its bot account, named
    // with the `[bot]` suffix (`github-actions[bot]`, `my-app[bot]`), which GraphQL's other actor
    // fields leave out.
    viewer: () => ({ ...(actorView(sim.login()) as object), __typename: 'User', login: sim.login() }),
  };
}
