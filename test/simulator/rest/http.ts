// Shared pieces of the simulator's REST API: the request a handler sees, GitHub's error bodies,
// page-number pagination with Link headers, and user objects.
import type { Permission, SimState } from '../state.js';

export interface RestRequest {
  sim: SimState;
  method: string;
  /** path below the API root, e.g. /repos/acme/shop/deployments */
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** the API root as the client used it, e.g. http://127.0.0.1:4000 or http://127.0.0.1:4000/api/v3 */
  base: string;
  params: Record<string, string>;
}

export interface RestReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  pattern: RegExp;
  permission?: Permission;
  handle: (req: RestRequest) => RestReply;
}

const DOCS = 'https://docs.github.com/rest';

export function error(status: number, message: string, extra: Record<string, unknown> = {}): RestReply {
  return { status, body: { message, ...extra, documentation_url: DOCS, status: String(status) } };
}

export const notFound = (): RestReply => error(404, 'Not Found');

export function validationFailed(message: string, errors: object[] = []): RestReply {
  return error(422, message, errors.length ? { errors } : {});
}

export function ok(body: unknown, status = 200): RestReply {
  return { status, body };
}

export function perPage(query: URLSearchParams): { perPage: number; page: number } {
  const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
  return { perPage, page };
}

/** GitHub's Link header: next and last while there are more pages, prev and first after page 1. */
export function linkHeader(req: RestRequest, page: number, lastPage: number): string | undefined {
  const url = (n: number): string => {
    const query = new URLSearchParams(req.query);
    query.set('page', String(n));
    return `<${req.base}${req.path}?${query.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${url(page - 1)}; rel="prev"`);
  if (page < lastPage) links.push(`${url(page + 1)}; rel="next"`, `${url(lastPage)}; rel="last"`);
  if (page > 1) links.push(`${url(1)}; rel="first"`);
  return links.length ? links.join(', ') : undefined;
}

/** A page of `items` (already in GitHub's order), with `wrap` for endpoints that return an object. */
export function pageOf<T>(
  req: RestRequest,
  items: readonly T[],
  render: (item: T) => unknown,
  wrap?: (page: unknown[]) => unknown,
): RestReply {
  const { perPage: size, page } = perPage(req.query);
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  const slice = items.slice((page - 1) * size, page * size).map(render);
  const link = linkHeader(req, page, lastPage);
  return { status: 200, body: wrap ? wrap(slice) : slice, headers: link ? { link } : {} };
}

export function userJson(login: string | null | undefined): object | null {
  if (login == null) return null;
  const id = [...login].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  return {
    login,
    id,
    node_id: Buffer.from(`user:${login}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}`,
    url: `https://api.github.com/users/${encodeURIComponent(login)}`,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

export function repoUrl(req: RestRequest): string {
  const { owner, name } = req.sim.world.repository;
  return `${req.base}/repos/${owner}/${name}`;
}
