// The GitHub API simulator: serves a world over GitHub's REST and GraphQL APIs on 127.0.0.1,
// with GitHub's authentication errors, rate-limit headers and pagination, plus /_sim endpoints
// for tests (request counts, fault injection). The API root may carry GHES's /api/v3 prefix
// (GraphQL then lives at /api/graphql), so clients' URL derivation is exercised too.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { World } from '../../src/world/types.js';
import { handleGraphQL } from './graphql/handler.js';
import { githubSchema } from './graphql/schema.js';
import { actionsRoutes } from './rest/actions.js';
import { gitRoutes } from './rest/git.js';
import { error, notFound, type RestReply, type RestRequest, type Route } from './rest/http.js';
import { issueRoutes } from './rest/issues.js';
import { pagesRoutes, servePages } from './rest/pages.js';
import { pullRoutes } from './rest/pulls.js';
import { repoRoutes } from './rest/repos.js';
import { SimState, type Fault, type SimOptions } from './state.js';
import { deniedWrite, tokenRoutes } from './token.js';
import { actWireFault } from './wire-faults.js';

export type { Fault, Permission, SimOptions } from './state.js';

export interface Simulator {
  url: string;
  graphqlUrl: string;
  world: World;
  close(): Promise<void>;
  stats(): { requests: { graphql: number; rest: number }; points: number };
  /** Serve another world (the git refs and comments written so far are kept). */
  setWorld(world: World): void;
  /** Re-read the served world after changing it in place. */
  refresh(): void;
  injectFaults(faults: Fault[]): void;
  /** Drop the faults no request has met yet. */
  clearFaults(): void;
  /** Replace a `workflow` Pages site's files (path → content), as actions/deploy-pages does. */
  deployPages(files: Map<string, Buffer>): void;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

const routes: Route[] = [
  ...tokenRoutes,
  ...repoRoutes,
  ...actionsRoutes,
  ...issueRoutes,
  ...gitRoutes,
  ...pagesRoutes,
  ...pullRoutes,
];

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, reply: RestReply, headers: Record<string, string>): void {
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...headers,
    ...(body ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    ...reply.headers,
  });
  res.end(body);
}

function authorize(sim: SimState, header: string | undefined): RestReply | null {
  const token = /^(?:token|bearer)\s+(.+)$/i.exec(header ?? '')?.[1]?.trim();
  if (!header) return error(401, 'Requires authentication');
  if (!token || (sim.options.token !== undefined && token !== sim.options.token))
    return error(401, 'Bad credentials');
  return null;
}

/** A fault replaces (or, for `slow`, delays) the answer to one request. */
async function applyFault(fault: Fault, kind: 'graphql' | 'rest'): Promise<RestReply | null> {
  if (fault.type === 'reset-after') return null; // acted out once the request is carried out
  if (fault.type === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, fault.ms ?? 300));
    return null;
  }
  if (fault.type === 'status') {
    const status = fault.status ?? 502;
    return { status, body: { message: status >= 500 ? 'Server Error' : `Simulated ${status}` } };
  }
  if (fault.type === 'secondary-rate-limit') {
    const reply = error(
      403,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
        'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
    );
    return { ...reply, headers: { 'retry-after': String(fault.retryAfter ?? 1) } };
  }
  if (kind !== 'graphql') return null;
  const reset = Math.floor(Date.now() / 1000) + (fault.resetAfter ?? 1);
  return {
    status: 200,
    body: {
      errors: [
        {
          type: fault.errorType ?? 'RATE_LIMITED',
          message: 'API rate limit already exceeded for user ID 1.',
        },
      ],
    },
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
  };
}

async function answerRest(sim: SimState, req: RestRequest): Promise<RestReply> {
  for (const route of routes) {
    if (route.method !== req.method) continue;
    const match = route.pattern.exec(req.path);
    if (!match) continue;
    // Octokit percent-encodes a parameter's slashes (git/ref/heads%2Fmain); GitHub decodes them.
    req.params = Object.fromEntries(
      Object.entries(match.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
    );
    const { owner, repo } = req.params;
    const { repository } = sim.world;
    if (
      owner !== undefined &&
      `${owner}/${repo}`.toLowerCase() !== `${repository.owner}/${repository.name}`.toLowerCase()
    ) {
      return notFound();
    }
    if (route.permission && sim.denied(route.permission))
      return error(403, 'Resource not accessible by integration');
    const readOnly = deniedWrite(sim, route, req.method);
    if (readOnly) return readOnly;
    return route.handle(req);
  }
  return notFound();
}

function simEndpoint(sim: SimState, method: string, path: string, raw: string): RestReply {
  if (method === 'GET' && path === '/_sim/stats') return { status: 200, body: sim.stats };
  if (method === 'POST' && path === '/_sim/faults') {
    const faults = JSON.parse(raw || '[]') as Fault[];
    sim.faults.push(...(Array.isArray(faults) ? faults : [faults]));
    return { status: 200, body: { pending: sim.faults.length } };
  }
  if (method === 'DELETE' && path === '/_sim/faults') {
    sim.faults = [];
    return { status: 204 };
  }
  return notFound();
}

async function handle(
  sim: SimState,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  const url = new URL(req.url ?? '/', origin);
  const method = req.method ?? 'GET';
  const raw = await readBody(req);
  if (url.pathname.startsWith('/_sim/')) return send(res, simEndpoint(sim, method, url.pathname, raw), {});
  // The Pages site is public: no token, no rate limit, its files as they are.
  const site = servePages(sim, method, url.pathname);
  if (site) {
    const type = TYPES[/\.([a-z]+)$/.exec(url.pathname)?.[1] ?? 'html'] ?? 'application/octet-stream';
    res.writeHead(site.status, { 'content-type': site.status === 200 ? type : 'text/plain' });
    res.end(site.body as Buffer | string);
    return;
  }
  const prefix = url.pathname.startsWith('/api/v3/') || url.pathname === '/api/v3' ? '/api/v3' : '';
  const path = url.pathname.slice(prefix.length) || '/';
  const kind = url.pathname === '/graphql' || url.pathname === '/api/graphql' ? 'graphql' : 'rest';
  sim.stats.requests[kind] += 1;
  const resource = kind === 'graphql' ? 'graphql' : 'core';
  const denied = authorize(sim, req.headers.authorization);
  if (denied) return send(res, denied, {});
  const fault = sim.takeFault(kind, method, path);
  if (fault && actWireFault(fault, res)) return;
  const faulted = fault ? await applyFault(fault, kind) : null;
  if (faulted) return send(res, faulted, sim.rateHeaders(resource));
  let body: unknown;
  try {
    body = raw ? JSON.parse(raw) : undefined;
  } catch {
    return send(res, error(400, 'Problems parsing JSON'), sim.rateHeaders(resource));
  }
  if (kind === 'graphql') {
    if (method !== 'POST') return send(res, notFound(), {});
    const answer = await handleGraphQL(sim, body);
    if (fault?.type === 'reset-after') return void res.socket?.resetAndDestroy();
    return send(res, answer, sim.rateHeaders(resource));
  }
  if (!sim.spend('core', 1)) {
    return send(res, error(403, 'API rate limit exceeded for user ID 1.'), sim.rateHeaders(resource));
  }
  const reply = await answerRest(sim, {
    sim,
    method,
    path,
    query: url.searchParams,
    body,
    base: `${origin}${prefix}`,
    params: {},
  });
  if (fault?.type === 'reset-after') return void res.socket?.resetAndDestroy();
  return send(res, reply, sim.rateHeaders(resource));
}

export async function startSimulator(options: SimOptions): Promise<Simulator> {
  githubSchema(); // build the schema before the first request, not during it
  const sim = new SimState(options);
  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    handle(sim, req, res, origin).catch((e: unknown) => {
      if (!res.headersSent) send(res, error(500, `Simulator error: ${(e as Error).message}`), {});
      else res.end();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    get world() {
      return sim.world;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
    stats: () => structuredClone(sim.stats),
    setWorld: (world) => sim.setWorld(world),
    refresh: () => sim.refresh(),
    injectFaults: (faults) => sim.faults.push(...faults),
    clearFaults: () => {
      sim.faults = [];
    },
    deployPages: (files) => {
      sim.deployedSite = new Map(files);
    },
  };
}
