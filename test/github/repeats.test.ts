// A walk through pages can return a record twice (a new record at the top shifts the
// next page by one). The collector keeps the first, drops the repeat and says how many it dropped,
// so the world it writes never lists one record twice (which the world reader refuses).
import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/sources/github/client.js';
import type { CollectContext } from '../../src/sources/github/common.js';
import { collectDeployments } from '../../src/sources/github/deployments.js';
import { collectIssues } from '../../src/sources/github/issues.js';
import { collectPullRequests } from '../../src/sources/github/pull-requests.js';
import { collectTags } from '../../src/sources/github/releases.js';

const empty = { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] };

/** A client whose GraphQL answers are `pages`, one per call, each wrapped by `wrap`. */
function contextOf(pages: unknown[][], wrap: (nodes: unknown[], hasNextPage: boolean) => unknown) {
  const lines: string[] = [];
  let call = 0;
  const client = {
    graphql: async () => {
      const nodes = pages[call];
      call += 1;
      return wrap(nodes, call < pages.length);
    },
    rest: async () => {
      const nodes = pages[call];
      call += 1;
      return { data: nodes, headers: call < pages.length ? { link: '<x>; rel="next"' } : {} };
    },
  } as unknown as GitHubClient;
  const ctx: CollectContext = {
    client,
    owner: 'o',
    name: 'r',
    defaultBranch: 'main',
    log: (l) => lines.push(l),
  };
  return { ctx, lines };
}

const connection = (nodes: unknown[], hasNextPage: boolean) => ({
  pageInfo: { hasNextPage, endCursor: hasNextPage ? 'next' : null },
  nodes,
});

const pr = (number: number, updatedAt: string) => ({
  number,
  title: `pr ${number}`,
  body: '',
  author: { login: 'ana' },
  state: 'MERGED',
  isDraft: false,
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt,
  mergedAt: '2026-03-02T00:00:00Z',
  closedAt: '2026-03-02T00:00:00Z',
  baseRefName: 'main',
  headRefName: `b${number}`,
  mergeCommit: null,
  additions: 1,
  deletions: 0,
  changedFiles: 1,
  labels: empty,
  commits: empty,
  reviews: empty,
});

const deployment = (id: number) => ({
  databaseId: id,
  commitOid: 'a'.repeat(40),
  environment: 'production',
  createdAt: `2026-03-0${id}T00:00:00Z`,
  creator: null,
  ref: null,
  statuses: { ...empty, totalCount: 0 },
});

describe('pagination repeats', () => {
  it('pull requests: the repeat across two pages is dropped, and counted in the log', async () => {
    const { ctx, lines } = contextOf(
      [
        [pr(9, '2026-03-09T00:00:00Z'), pr(8, '2026-03-08T00:00:00Z')],
        [pr(8, '2026-03-08T00:00:00Z'), pr(7, '2026-03-07T00:00:00Z')],
      ],
      (nodes, more) => ({ repository: { pullRequests: connection(nodes, more) } }),
    );
    const result = await collectPullRequests(ctx, false, null, () => false);
    expect(result.pullRequests.map((p) => p.number)).toEqual([9, 8, 7]);
    expect(lines).toEqual(['github: pull requests: pagination returned 1 record twice; dropped the repeats']);
  });

  it('deployments: the repeat is dropped', async () => {
    const { ctx, lines } = contextOf(
      [
        [deployment(3), deployment(2)],
        [deployment(2), deployment(1)],
      ],
      (nodes, more) => ({
        repository: { deployments: connection(nodes, more) },
      }),
    );
    const result = await collectDeployments(ctx, 'production', () => false);
    expect(result.map((d) => d.id)).toEqual([3, 2, 1]);
    expect(lines).toEqual([
      'github: deployments to production: pagination returned 1 record twice; dropped the repeats',
    ]);
  });

  it('tags: the repeat is dropped', async () => {
    const tag = (name: string) => ({
      name,
      target: { __typename: 'Commit', oid: 'b'.repeat(40), committedDate: '2026-03-01T00:00:00Z' },
    });
    const { ctx, lines } = contextOf(
      [
        [tag('v1'), tag('v2')],
        [tag('v2'), tag('v2'), tag('v3')],
      ],
      (nodes, more) => ({
        repository: { refs: connection(nodes, more) },
      }),
    );
    expect((await collectTags(ctx)).map((t) => t.name)).toEqual(['v1', 'v2', 'v3']);
    expect(lines).toEqual(['github: tags: pagination returned 2 records twice; dropped the repeats']);
  });

  it('issues: a repeat within one listing is counted; nothing is logged without one', async () => {
    const issue = (number: number) => ({
      number,
      title: `incident ${number}`,
      user: { login: 'ana' },
      state: 'closed',
      labels: [{ name: 'incident' }],
      created_at: '2026-03-01T00:00:00Z',
      closed_at: '2026-03-01T01:00:00Z',
      updated_at: '2026-03-01T01:00:00Z',
    });
    const { ctx, lines } = contextOf([[issue(5), issue(4)], [issue(4)]], () => null);
    const { issues } = await collectIssues(ctx, ['incident'], '2026-01-01T00:00:00Z');
    expect(issues.map((i) => i.number)).toEqual([5, 4]);
    expect(lines).toEqual([
      'github: issues labelled incident: pagination returned 1 record twice; dropped the repeats',
    ]);

    const clean = contextOf([[issue(5)], [issue(4)]], () => null);
    await collectIssues(clean.ctx, ['incident'], '2026-01-01T00:00:00Z');
    expect(clean.lines).toEqual([]);
  });
});
