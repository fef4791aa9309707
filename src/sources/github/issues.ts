// Issues carrying an incident label (METRICS C1), updated since a time, through REST. GitHub's
// `labels` filter wants all the labels it names, so each incident label is its own listing.
import type { WorldIssue } from '../../world/types.js';
import { AREAS, firstSeen, type CollectContext } from './common.js';

interface IssueJson {
  number: number;
  title: string;
  user: { login: string } | null;
  state: 'open' | 'closed';
  labels: ({ name?: string } | string)[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull_request?: unknown;
}

export interface IssueResult {
  issues: WorldIssue[];
  /** the latest updated_at seen: where an incremental run starts */
  newestUpdatedAt: string | null;
}

const toIssue = (i: IssueJson): WorldIssue => ({
  number: i.number,
  title: i.title,
  author: i.user?.login ?? null,
  state: i.state === 'open' ? 'OPEN' : 'CLOSED',
  labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
  createdAt: i.created_at,
  closedAt: i.closed_at,
});

/**
 * `openToo`: also every incident still open, however long ago it was last updated: R2 counts an
 * open incident that started before the windows to the end of each (an updated-since listing
 * misses one nobody touched since).
 */
export async function collectIssues(
  ctx: CollectContext,
  labels: readonly string[],
  since: string,
  openToo = false,
): Promise<IssueResult> {
  const found = new Map<number, WorldIssue>();
  let newestUpdatedAt: string | null = null;
  const listings = labels.flatMap((label) => [
    { label, state: 'all', since },
    ...(openToo ? [{ label, state: 'open', since: undefined }] : []),
  ]);
  for (const { label, state, since: from } of listings) {
    // Two listings (two labels, all and open) may share an issue; a repeat within one is pagination's.
    const once = firstSeen(ctx, `issues labelled ${label}`);
    for (let page = 1; ; page++) {
      const { data, headers } = await ctx.client.rest<IssueJson[]>(
        'GET /repos/{owner}/{repo}/issues',
        {
          owner: ctx.owner,
          repo: ctx.name,
          labels: label,
          state,
          ...(from === undefined ? {} : { since: from }),
          sort: 'updated',
          direction: 'desc',
          per_page: 100,
          page,
        },
        AREAS.issues,
      );
      for (const item of data) {
        if (!newestUpdatedAt || item.updated_at > newestUpdatedAt) newestUpdatedAt = item.updated_at;
        // the issues listing includes pull requests; incidents are issues only
        if (once.first(item.number) && item.pull_request === undefined) found.set(item.number, toIssue(item));
      }
      if (!/rel="next"/.test(String(headers.link ?? ''))) break;
    }
    once.done();
  }
  return { issues: [...found.values()], newestUpdatedAt };
}
