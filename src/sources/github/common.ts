// Pieces every collector shares: the run's context, GraphQL page shapes and login mapping.
import type { GitHubClient } from './client.js';
import type { Area } from './errors.js';
import { plural } from './text.js';

export interface CollectContext {
  client: GitHubClient;
  owner: string;
  name: string;
  defaultBranch: string;
  log: (line: string) => void;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount?: number;
  pageInfo: PageInfo;
  nodes: (T | null)[];
}

export interface GraphActor {
  __typename?: string;
  login: string;
}

export const AREAS = {
  repository: { what: 'the repository', permission: 'metadata: read' },
  pullRequests: { what: 'pull requests', permission: 'pull-requests: read' },
  history: { what: 'the commit history', permission: 'contents: read' },
  deployments: { what: 'deployments', permission: 'deployments: read' },
  releases: { what: 'releases', permission: 'contents: read' },
  tags: { what: 'tags', permission: 'contents: read' },
  issues: { what: 'issues', permission: 'issues: read' },
  runs: { what: 'workflow runs', permission: 'actions: read' },
} satisfies Record<string, Area>;

/**
 * GraphQL names a bot `dependabot` where REST (and so the world format) says `dependabot[bot]`;
 * a deleted account is GitHub's `ghost`, which the world writes as null.
 */
export function loginOf(actor: GraphActor | null | undefined): string | null {
  if (!actor || actor.login === 'ghost') return null;
  return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login;
}

/**
 * A walk through pages can return a record twice (a record added at the top shifts the next page
 * by one): the first is kept, the repeats are dropped and counted, and `done` logs how many, so a
 * world never lists one record twice (the world reader refuses that).
 */
export function firstSeen(ctx: CollectContext, what: string) {
  const seen = new Set<string | number>();
  let repeats = 0;
  return {
    /** true the first time `key` is seen in this walk */
    first(key: string | number): boolean {
      if (seen.has(key)) {
        repeats += 1;
        return false;
      }
      seen.add(key);
      return true;
    },
    done(): void {
      if (repeats > 0)
        ctx.log(
          `github: ${what}: pagination returned ${plural(repeats, 'record')} twice; dropped the repeats`,
        );
    },
  };
}

/** Nodes of a connection without the nulls GraphQL allows in lists. */
export function nodesOf<T>(connection: Connection<T> | null | undefined): T[] {
  return (connection?.nodes ?? []).filter((n): n is T => n !== null);
}
