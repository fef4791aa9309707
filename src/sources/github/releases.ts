// Releases (newest first) and tags with their tagger dates, both through GraphQL: REST knows
// neither a release's tag commit nor a tag's tagger date without a request per record.
import type { WorldRelease, WorldTag } from '../../world/types.js';
import { AREAS, firstSeen, nodesOf, type CollectContext, type Connection } from './common.js';
import { ms } from './text.js';
import { RELEASES_QUERY, TAGS_QUERY } from './queries.js';

interface ReleaseNode {
  tagName: string;
  name: string | null;
  createdAt: string;
  publishedAt: string | null;
  isDraft: boolean;
  isPrerelease: boolean;
  tagCommit: { oid: string } | null;
}

interface TagTarget {
  __typename: string;
  oid?: string;
  committedDate?: string;
  tagger?: { date: string | null } | null;
  target?: { __typename: string; oid: string; committedDate?: string };
}

export async function collectReleases(
  ctx: CollectContext,
  stop: (oldestCreatedMs: number, collected: WorldRelease[]) => boolean,
): Promise<WorldRelease[]> {
  const collected: WorldRelease[] = [];
  const once = firstSeen(ctx, 'releases');
  let after: string | null = null;
  for (;;) {
    type Page = { repository: { releases: Connection<ReleaseNode> } };
    const data: Page = await ctx.client.graphql<Page>(
      RELEASES_QUERY,
      { owner: ctx.owner, name: ctx.name, after },
      AREAS.releases,
    );
    const page = data.repository.releases;
    const nodes = nodesOf(page);
    for (const n of nodes) {
      if (!once.first(n.tagName)) continue;
      collected.push({
        tagName: n.tagName,
        name: n.name,
        createdAt: n.createdAt,
        publishedAt: n.publishedAt,
        isDraft: n.isDraft,
        isPrerelease: n.isPrerelease,
        tagCommitSha: n.tagCommit?.oid ?? null,
      });
    }
    const oldest = nodes.length > 0 ? ms(nodes[nodes.length - 1].createdAt) : -Infinity;
    if (!page.pageInfo.hasNextPage || stop(oldest, collected)) break;
    after = page.pageInfo.endCursor;
  }
  once.done();
  return collected;
}

/** World format: taggedAt is the tagger date, or the commit's committer date for a lightweight tag. */
function toTag(name: string, target: TagTarget | null): WorldTag | null {
  if (!target) return null;
  if (target.__typename === 'Commit' && target.oid && target.committedDate) {
    return { name, sha: target.oid, taggedAt: target.committedDate };
  }
  const commit = target.target;
  if (target.__typename !== 'Tag' || commit?.__typename !== 'Commit') return null; // a tag of a tree or blob
  const taggedAt = target.tagger?.date ?? commit.committedDate;
  return taggedAt ? { name, sha: commit.oid, taggedAt } : null;
}

/** Every tag: GitHub cannot list tags by date, and a new tag may point at an old commit. */
export async function collectTags(ctx: CollectContext): Promise<WorldTag[]> {
  const tags: WorldTag[] = [];
  const once = firstSeen(ctx, 'tags');
  let after: string | null = null;
  for (;;) {
    type Page = { repository: { refs: Connection<{ name: string; target: TagTarget | null }> | null } };
    const data: Page = await ctx.client.graphql<Page>(
      TAGS_QUERY,
      { owner: ctx.owner, name: ctx.name, after },
      AREAS.tags,
    );
    const page = data.repository.refs;
    if (!page) break;
    for (const node of nodesOf(page)) {
      const tag = toTag(node.name, node.target);
      if (tag && once.first(tag.name)) tags.push(tag);
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  once.done();
  return tags;
}
