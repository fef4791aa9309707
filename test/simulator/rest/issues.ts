// REST: issues (which, as on GitHub, include pull requests), issue comments and the token's user.
import type { WorldIssue, WorldPullRequest } from '../../../src/world/types.js';
import type { Comment } from '../state.js';
import {
  notFound,
  ok,
  pageOf,
  repoUrl,
  userJson,
  validationFailed,
  type RestReply,
  type RestRequest,
  type Route,
} from './http.js';

const REPO = '^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';

type Entry = { issue: WorldIssue; pr?: undefined } | { pr: WorldPullRequest; issue?: undefined };

function issueJson(req: RestRequest, entry: Entry): object {
  const record = entry.issue ?? entry.pr;
  const number = record.number;
  const comments = [...req.sim.comments.values()].filter((c) => c.issueNumber === number).length;
  const json: Record<string, unknown> = {
    url: `${repoUrl(req)}/issues/${number}`,
    repository_url: repoUrl(req),
    html_url: `https://github.com/${req.sim.world.repository.owner}/${req.sim.world.repository.name}/issues/${number}`,
    id: 500_000 + number,
    node_id: Buffer.from(`issue:${number}`).toString('base64'),
    number,
    title: record.title,
    user: userJson(record.author),
    labels: (record.labels ?? []).map((name) => ({ id: name.length, name, color: 'ededed', default: false })),
    state: record.state === 'OPEN' ? 'open' : 'closed',
    locked: false,
    assignees: [],
    comments,
    created_at: record.createdAt,
    updated_at: req.sim.index.updatedAt.get(record),
    closed_at: record.closedAt ?? null,
    author_association: 'MEMBER',
    body: entry.pr ? (entry.pr.body ?? '') : '',
  };
  if (entry.pr) {
    json.pull_request = {
      url: `${repoUrl(req)}/pulls/${number}`,
      merged_at: entry.pr.mergedAt ?? null,
    };
  }
  return json;
}

function listIssues(req: RestRequest): RestReply {
  const q = req.query;
  const state = q.get('state') ?? 'open';
  // `labels` is a comma-separated list an issue must carry all of; names match case-insensitively
  const labels = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const since = q.get('since');
  const sort = q.get('sort') ?? 'created';
  const sign = q.get('direction') === 'asc' ? 1 : -1;
  const entries: Entry[] = [
    ...[...req.sim.index.issues.values()].map((issue) => ({ issue })),
    ...[...req.sim.index.pullRequests.values()].map((pr) => ({ pr })),
  ];
  const updated = (e: Entry): string => req.sim.index.updatedAt.get(e.issue ?? e.pr) as string;
  const key = (e: Entry): string => (sort === 'updated' ? updated(e) : (e.issue ?? e.pr).createdAt);
  const list = entries
    .filter((e) => state === 'all' || (state === 'open') === ((e.issue ?? e.pr).state === 'OPEN'))
    .filter((e) => {
      const own = ((e.issue ?? e.pr).labels ?? []).map((l) => l.toLowerCase());
      return labels.every((l) => own.includes(l));
    })
    .filter((e) => !since || Date.parse(updated(e)) >= Date.parse(since))
    .sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.issue ? -1 : 1));
  return pageOf(req, list, (e) => issueJson(req, e));
}

function findEntry(req: RestRequest): Entry | undefined {
  const number = Number(req.params.number);
  const issue = req.sim.index.issues.get(number);
  if (issue) return { issue };
  const pr = req.sim.index.pullRequests.get(number);
  return pr ? { pr } : undefined;
}

function commentJson(req: RestRequest, c: Comment): object {
  const { owner, name } = req.sim.world.repository;
  return {
    id: c.id,
    node_id: Buffer.from(`comment:${c.id}`).toString('base64'),
    url: `${repoUrl(req)}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${name}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${repoUrl(req)}/issues/${c.issueNumber}`,
    body: c.body,
    user: userJson(c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'CONTRIBUTOR',
  };
}

function bodyOf(req: RestRequest): string | null {
  const body = (req.body ?? {}) as { body?: unknown };
  return typeof body.body === 'string' ? body.body : null;
}

const missingBody = (): RestReply =>
  validationFailed('Invalid request.\n\n"body" wasn\'t supplied.', [
    { resource: 'IssueComment', code: 'missing_field', field: 'body' },
  ]);

function listComments(req: RestRequest): RestReply {
  if (!findEntry(req)) return notFound();
  const number = Number(req.params.number);
  const since = req.query.get('since');
  const list = [...req.sim.comments.values()]
    .filter((c) => c.issueNumber === number && (!since || c.updatedAt >= since))
    .sort((a, b) => a.id - b.id);
  return pageOf(req, list, (c) => commentJson(req, c));
}

function createComment(req: RestRequest): RestReply {
  if (!findEntry(req)) return notFound();
  const body = bodyOf(req);
  if (body === null) return missingBody();
  const now = req.sim
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const comment: Comment = {
    id: req.sim.nextCommentId++,
    issueNumber: Number(req.params.number),
    body,
    user: req.sim.login(),
    createdAt: now,
    updatedAt: now,
  };
  req.sim.comments.set(comment.id, comment);
  return ok(commentJson(req, comment), 201);
}

function oneComment(req: RestRequest): RestReply {
  const comment = req.sim.comments.get(Number(req.params.id));
  if (!comment) return notFound();
  if (req.method === 'GET') return ok(commentJson(req, comment));
  if (req.method === 'DELETE') {
    req.sim.comments.delete(comment.id);
    return { status: 204 };
  }
  const body = bodyOf(req);
  if (body === null) return missingBody();
  comment.body = body;
  comment.updatedAt = req.sim
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  return ok(commentJson(req, comment));
}

const COMMENT = new RegExp(`${REPO}/issues/comments/(?<id>\\d+)$`);

export const issueRoutes: Route[] = [
  { method: 'GET', pattern: new RegExp(`${REPO}/issues$`), permission: 'issues', handle: listIssues },
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}/issues/(?<number>\\d+)$`),
    permission: 'issues',
    handle: (req) => {
      const entry = findEntry(req);
      return entry ? ok(issueJson(req, entry)) : notFound();
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}/issues/(?<number>\\d+)/comments$`),
    permission: 'issues',
    handle: listComments,
  },
  {
    method: 'POST',
    pattern: new RegExp(`${REPO}/issues/(?<number>\\d+)/comments$`),
    permission: 'issues',
    handle: createComment,
  },
  { method: 'GET', pattern: COMMENT, permission: 'issues', handle: oneComment },
  { method: 'PATCH', pattern: COMMENT, permission: 'issues', handle: oneComment },
  { method: 'DELETE', pattern: COMMENT, permission: 'issues', handle: oneComment },
  { method: 'GET', pattern: /^\/user$/, handle: (req) => ok(userJson(req.sim.login())) },
];
