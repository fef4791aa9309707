// Deployments with their statuses through GraphQL: 100 deployments and their statuses per query
// (REST would need one more request per deployment for its statuses).
import type { DeploymentState, WorldDeployment } from '../../world/types.js';
import {
  AREAS,
  firstSeen,
  nodesOf,
  loginOf,
  type CollectContext,
  type Connection,
  type GraphActor,
} from './common.js';
import { ms } from './text.js';
import { DEPLOYMENTS_QUERY } from './queries.js';

interface DeploymentNode {
  databaseId: number | null;
  commitOid: string;
  environment: string | null;
  createdAt: string;
  creator: GraphActor | null;
  ref: { name: string } | null;
  statuses: Connection<{ state: string; createdAt: string }> | null;
}

function toDeployment(n: DeploymentNode, fallbackEnvironment: string): WorldDeployment {
  const deployment: WorldDeployment = {
    id: n.databaseId ?? 0,
    sha: n.commitOid,
    environment: n.environment ?? fallbackEnvironment,
    createdAt: n.createdAt,
    creator: loginOf(n.creator),
    // GitHub lists statuses newest first; the world keeps them oldest first.
    statuses: nodesOf(n.statuses)
      .map((s) => ({ state: s.state.toLowerCase() as DeploymentState, createdAt: s.createdAt }))
      .reverse(),
  };
  if (n.ref) deployment.ref = n.ref.name;
  return deployment;
}

/** A deployment with more than 100 statuses: the rest through REST, 100 a page. */
async function fetchAllStatuses(ctx: CollectContext, deployment: WorldDeployment): Promise<void> {
  const all: { state: DeploymentState; createdAt: string }[] = [];
  for (let page = 1; ; page++) {
    const { data } = await ctx.client.rest<{ state: DeploymentState; created_at: string }[]>(
      'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      { owner: ctx.owner, repo: ctx.name, deployment_id: deployment.id, per_page: 100, page },
      AREAS.deployments,
    );
    all.push(...data.map((s) => ({ state: s.state, createdAt: s.created_at })));
    if (data.length < 100) break;
  }
  deployment.statuses = all.reverse();
}

/**
 * Deployments to `environment` (GitHub matches environment names case-insensitively), newest
 * first, until `stop` accepts the oldest creation time seen (ms).
 */
export async function collectDeployments(
  ctx: CollectContext,
  environment: string,
  stop: (oldestCreatedMs: number, collected: WorldDeployment[]) => boolean,
): Promise<WorldDeployment[]> {
  const collected: WorldDeployment[] = [];
  const once = firstSeen(ctx, `deployments to ${environment}`);
  let after: string | null = null;
  for (;;) {
    type Page = { repository: { deployments: Connection<DeploymentNode> } };
    const data: Page = await ctx.client.graphql<Page>(
      DEPLOYMENTS_QUERY,
      { owner: ctx.owner, name: ctx.name, environments: [environment], after },
      AREAS.deployments,
    );
    const page = data.repository.deployments;
    const nodes = nodesOf(page);
    for (const node of nodes) {
      const deployment = toDeployment(node, environment);
      if (!once.first(deployment.id)) continue;
      if ((node.statuses?.totalCount ?? 0) > (deployment.statuses?.length ?? 0)) {
        await fetchAllStatuses(ctx, deployment);
      }
      collected.push(deployment);
    }
    const oldest = nodes.length > 0 ? ms(nodes[nodes.length - 1].createdAt) : -Infinity;
    if (!page.pageInfo.hasNextPage || stop(oldest, collected)) break;
    after = page.pageInfo.endCursor;
  }
  once.done();
  return collected;
}
