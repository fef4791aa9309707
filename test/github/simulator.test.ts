// The simulator speaks GitHub's protocol: authentication, rate-limit headers, Link pagination,
// GraphQL validated against GitHub's schema and charged by GitHub's cost rule, the Git Data API
// and issue comments with writes that read back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../simulator/server.js';
import { parseCreated } from '../simulator/rest/actions.js';
import { exampleWorld } from './helpers.js';

let sim: Simulator;
const auth = { authorization: 'token sim-test' };
const repo = () => `${sim.url}/repos/acme/shop`;

async function call(method: string, url: string, body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: { ...auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

const graphql = (query: string, variables = {}) => call('POST', `${sim.url}/graphql`, { query, variables });

beforeAll(async () => {
  sim = await startSimulator({ world: exampleWorld(), now: new Date('2026-10-02T00:00:00Z') });
});
afterAll(() => sim.close());

describe('REST', () => {
  it('401 without authorization, with GitHub’s message', async () => {
    const response = await fetch(repo());
    expect(response.status).toBe(401);
    expect(((await response.json()) as { message: string }).message).toBe('Requires authentication');
  });

  it('every answer carries the rate-limit headers', async () => {
    const { headers, json } = await call('GET', repo());
    expect(json.default_branch).toBe('main');
    for (const h of ['limit', 'remaining', 'used', 'reset', 'resource']) {
      expect(headers.get(`x-ratelimit-${h}`)).toBeTruthy();
    }
    expect(headers.get('x-ratelimit-resource')).toBe('core');
  });

  it('paginates deployments with Link headers and filters the environment case-insensitively', async () => {
    const first = await call('GET', `${repo()}/deployments?environment=production&per_page=10`);
    expect(first.json).toHaveLength(10);
    expect(
      first.json.every((d: { environment: string }) => d.environment.toLowerCase() === 'production'),
    ).toBe(true);
    const link = first.headers.get('link') as string;
    expect(link).toMatch(/page=2>; rel="next"/);
    const last = /<([^>]+)>; rel="last"/.exec(link)?.[1] as string;
    const tail = await call('GET', last);
    expect(tail.headers.get('link')).toMatch(/rel="prev"/);
    expect(tail.headers.get('link')).not.toMatch(/rel="next"/);
  });

  it('lists issues with pull requests among them, as GitHub does', async () => {
    const { json } = await call('GET', `${repo()}/issues?state=all&per_page=100`);
    expect(json.some((i: { pull_request?: unknown }) => i.pull_request)).toBe(true);
    const incidents = await call('GET', `${repo()}/issues?state=all&labels=INCIDENT`);
    expect(incidents.json.map((i: { number: number }) => i.number).sort()).toEqual([100000, 100001, 100002]);
  });

  it('caps filtered run listings at 1,000 results and reads GitHub’s created ranges', async () => {
    expect(parseCreated('2026-09-01..2026-09-02')?.('2026-09-02T23:59:59Z')).toBe(true);
    expect(parseCreated('2026-09-01..2026-09-02')?.('2026-09-03T00:00:00Z')).toBe(false);
    expect(parseCreated('<2026-09-01T00:00:00Z')?.('2026-09-01T00:00:00Z')).toBe(false);
    expect(parseCreated('>=2026-09-01T00:00:00Z')?.('2026-09-01T00:00:00Z')).toBe(true);
    const { json } = await call(
      'GET',
      `${repo()}/actions/workflows/deploy.yml/runs?branch=main&status=success&per_page=5`,
    );
    expect(json.total_count).toBeGreaterThan(5);
    expect(json.workflow_runs).toHaveLength(5);
  });

  it('issue comments: create, list, update, delete', async () => {
    const created = await call('POST', `${repo()}/issues/3/comments`, { body: '<!-- marker --> hi' });
    expect(created.status).toBe(201);
    expect(created.json.user.login).toBe('dora-bot');
    expect(created.json.created_at).toBe('2026-10-02T00:00:00Z');
    const patched = await call('PATCH', `${repo()}/issues/comments/${created.json.id}`, { body: 'updated' });
    expect(patched.json.body).toBe('updated');
    const list = await call('GET', `${repo()}/issues/3/comments`);
    expect(list.json.map((c: { body: string }) => c.body)).toEqual(['updated']);
    expect((await call('POST', `${repo()}/issues/3/comments`, {})).status).toBe(422);
    expect((await call('DELETE', `${repo()}/issues/comments/${created.json.id}`)).status).toBe(204);
    expect((await call('GET', `${repo()}/issues/3/comments`)).json).toEqual([]);
    expect((await call('GET', `${sim.url}/user`)).json.login).toBe('dora-bot');
  });
});

describe('Git Data API', () => {
  it('blobs, trees (with base_tree), commits and refs, with real git object ids', async () => {
    const blob = await call('POST', `${repo()}/git/blobs`, { content: 'hello\n', encoding: 'utf-8' });
    expect(blob.json.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a'); // `git hash-object` of "hello\n"
    const read = await call('GET', `${repo()}/git/blobs/${blob.json.sha}`);
    expect(Buffer.from(read.json.content, 'base64').toString()).toBe('hello\n');
    const tree = await call('POST', `${repo()}/git/trees`, {
      tree: [{ path: 'site/index.html', mode: '100644', type: 'blob', content: '<h1>x</h1>' }],
    });
    expect(tree.status).toBe(201);
    const root = await call('POST', `${repo()}/git/commits`, {
      message: 'pages',
      tree: tree.json.sha,
      parents: [],
    });
    expect(
      (await call('POST', `${repo()}/git/refs`, { ref: 'refs/heads/gh-pages', sha: root.json.sha })).status,
    ).toBe(201);
    const more = await call('POST', `${repo()}/git/trees`, {
      base_tree: tree.json.sha,
      tree: [{ path: 'site/data.json', mode: '100644', type: 'blob', content: '{}' }],
    });
    const files = await call('GET', `${repo()}/git/trees/${more.json.sha}?recursive=1`);
    expect(files.json.tree.map((e: { path: string }) => e.path)).toEqual([
      'site',
      'site/data.json',
      'site/index.html',
    ]);
    const next = await call('POST', `${repo()}/git/commits`, {
      message: 'more',
      tree: more.json.sha,
      parents: [root.json.sha],
    });
    const moved = await call('PATCH', `${repo()}/git/refs/heads/gh-pages`, { sha: next.json.sha });
    expect(moved.json.object.sha).toBe(next.json.sha);
    expect((await call('GET', `${repo()}/git/ref/heads/gh-pages`)).json.object.sha).toBe(next.json.sha);
  });

  it('422 "Update is not a fast forward" unless forced, 404 and 422 on bad input', async () => {
    const tree = await call('POST', `${repo()}/git/trees`, {
      tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'a' }],
    });
    const lone = await call('POST', `${repo()}/git/commits`, {
      message: 'unrelated',
      tree: tree.json.sha,
      parents: [],
    });
    const refused = await call('PATCH', `${repo()}/git/refs/heads/gh-pages`, { sha: lone.json.sha });
    expect(refused.status).toBe(422);
    expect(refused.json.message).toBe('Update is not a fast forward');
    const forced = await call('PATCH', `${repo()}/git/refs/heads/gh-pages`, {
      sha: lone.json.sha,
      force: true,
    });
    expect(forced.status).toBe(200);
    expect((await call('GET', `${repo()}/git/ref/heads/nope`)).status).toBe(404);
    expect(
      (await call('POST', `${repo()}/git/refs`, { ref: 'refs/heads/x', sha: 'f'.repeat(40) })).status,
    ).toBe(422);
    expect(
      (await call('POST', `${repo()}/git/trees`, { tree: [{ path: 'a', mode: '7', type: 'blob' }] })).status,
    ).toBe(422);
  });
});

describe('GraphQL', () => {
  it('rejects what GitHub’s schema rejects, with GitHub’s error shape', async () => {
    const { status, json } = await graphql('{ repository(owner: "acme", name: "shop") { nope } }');
    expect(status).toBe(200);
    expect(json.errors[0].message).toMatch(/Cannot query field "nope" on type "Repository"/);
    expect(json.data).toBeUndefined();
  });

  it('requires first or last on connections, at most 100', async () => {
    const missing = await graphql('{ repository(owner: "acme", name: "shop") { releases { totalCount } } }');
    expect(missing.json.errors[0].message).toMatch(/You must provide a `first` or `last` value/);
    const big = await graphql(
      '{ repository(owner: "acme", name: "shop") { releases(first: 101) { totalCount } } }',
    );
    expect(big.json.errors[0].message).toMatch(/exceeds the `first` limit of 100 records/);
  });

  it('charges GitHub’s cost and reports it in rateLimit and /_sim/stats', async () => {
    const before = (await (await fetch(`${sim.url}/_sim/stats`)).json()) as { points: number };
    const query = `{ rateLimit { cost } repository(owner: "acme", name: "shop") {
      pullRequests(first: 100) { nodes { commits(first: 100) { totalCount } reviews(first: 100) { totalCount } labels(first: 100) { totalCount } } } } }`;
    const { json, headers } = await graphql(query);
    expect(json.data.rateLimit.cost).toBe(3); // (1 + 3 × 100) / 100, rounded
    expect(headers.get('x-ratelimit-resource')).toBe('graphql');
    const after = (await (await fetch(`${sim.url}/_sim/stats`)).json()) as { points: number };
    expect(after.points - before.points).toBe(3);
  });

  it('answers NOT_FOUND for another repository', async () => {
    const { json } = await graphql('{ repository(owner: "acme", name: "other") { name } }');
    expect(json.errors[0]).toMatchObject({ type: 'NOT_FOUND', path: ['repository'] });
  });
});
