// What the token may do, beyond the read permissions of SimOptions.deny: permissions granted read
// but not write (GitHub answers a write with 403, as for a workflow whose `permissions:` block
// says `contents: read`), and the job token's GET /user, which GitHub refuses to an installation.
import { error, ok, userJson, type RestReply, type RestRequest, type Route } from './rest/http.js';
import type { Fault, SimState } from './state.js';

const READS = new Set(['GET', 'HEAD']);

/** 403 for a write the token holds only read access for; null when the request may go on. */
export function deniedWrite(sim: SimState, route: Route, method: string): RestReply | null {
  if (!route.permission || READS.has(method)) return null;
  const readOnly = sim.options.readOnly ?? [];
  // GitHub lets either permission comment on a pull request (issue comments): both must be withheld.
  const needs =
    route.permission === 'issues' && /\/comments/.test(route.pattern.source)
      ? (['issues', 'pull-requests'] as const)
      : [route.permission];
  return needs.every((p) => readOnly.includes(p))
    ? error(403, 'Resource not accessible by integration')
    : null;
}

/** GET /user: an installation token (GITHUB_TOKEN) may not read it. */
export const tokenRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/user$/,
    handle: (req: RestRequest) =>
      req.sim.options.installationToken
        ? error(403, 'Resource not accessible by integration')
        : ok(userJson(req.sim.login())),
  },
];

/** A fault limited to one method and/or a path it must contain (e.g. PATCH and /git/refs/). */
export function faultMatches(fault: Fault, method: string, path: string): boolean {
  return (!fault.method || fault.method === method) && (!fault.path || path.includes(fault.path));
}
