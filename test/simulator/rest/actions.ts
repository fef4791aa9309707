// REST: workflows and workflow runs, with GitHub's filters and its 1,000-result cap on filtered
// run listings ("This endpoint will return up to 1,000 results for each search when using the
// following parameters: actor, branch, check_suite_id, created, event, head_sha, status").
import type { WorldWorkflowRun } from '../../../src/world/types.js';
import {
  notFound,
  pageOf,
  repoUrl,
  validationFailed,
  type RestReply,
  type RestRequest,
  type Route,
} from './http.js';

const REPO = '^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';
const CAPPED = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'];

interface Workflow {
  id: number;
  name: string;
  path: string;
}

function workflows(req: RestRequest): Workflow[] {
  const byPath = new Map<string, Workflow>();
  for (const run of req.sim.world.workflowRuns ?? []) {
    if (!byPath.has(run.workflowPath)) {
      byPath.set(run.workflowPath, {
        id: 161335 + byPath.size,
        name: run.name ?? run.workflowPath,
        path: run.workflowPath,
      });
    }
  }
  return [...byPath.values()];
}

/** GitHub's date qualifier: `a..b`, `a..*`, `*..b`, `>=a`, `>a`, `<=b`, `<b` or one day `a`. */
export function parseCreated(spec: string): ((time: string) => boolean) | null {
  const dateOnly = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s);
  const start = (s: string): number => Date.parse(dateOnly(s) ? `${s}T00:00:00Z` : s);
  // an upper bound given as a day includes that whole day
  const end = (s: string): number => (dateOnly(s) ? start(s) + 86_400_000 - 1 : Date.parse(s));
  let low = -Infinity;
  let high = Infinity;
  const range = /^(.+)\.\.(.+)$/.exec(spec);
  const compare = /^(>=|<=|>|<)(.+)$/.exec(spec);
  if (range) {
    if (range[1] !== '*') low = start(range[1]);
    if (range[2] !== '*') high = end(range[2]);
  } else if (compare) {
    const [, op, value] = compare;
    if (op === '>=') low = start(value);
    if (op === '>') low = end(value) + 1;
    if (op === '<=') high = end(value);
    if (op === '<') high = start(value) - 1;
  } else {
    low = start(spec);
    high = end(spec);
  }
  if (Number.isNaN(low) || Number.isNaN(high)) return null;
  return (time) => {
    const t = Date.parse(time);
    return t >= low && t <= high;
  };
}

function runJson(req: RestRequest, run: WorldWorkflowRun, workflow: Workflow | undefined): object {
  return {
    id: run.id,
    name: run.name ?? workflow?.name ?? null,
    node_id: Buffer.from(`run:${run.id}`).toString('base64'),
    head_branch: run.headBranch ?? null,
    head_sha: run.headSha,
    path: run.workflowPath,
    display_title: run.name ?? '',
    run_number: run.id,
    event: run.event ?? 'push',
    status: run.status,
    conclusion: run.conclusion ?? null,
    workflow_id: workflow?.id ?? 0,
    url: `${repoUrl(req)}/actions/runs/${run.id}`,
    html_url: `https://github.com/${req.sim.world.repository.owner}/${req.sim.world.repository.name}/actions/runs/${run.id}`,
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_attempt: 1,
    run_started_at: run.runStartedAt ?? null,
  };
}

function listRuns(req: RestRequest, workflow?: Workflow): RestReply {
  const q = req.query;
  const created = q.get('created') ? parseCreated(q.get('created') as string) : null;
  if (q.get('created') && !created) return validationFailed(`Invalid created value: ${q.get('created')}`);
  const status = q.get('status');
  const list = (req.sim.world.workflowRuns ?? [])
    .filter((r) => !workflow || r.workflowPath === workflow.path)
    .filter((r) => !q.get('branch') || r.headBranch === q.get('branch'))
    .filter((r) => !q.get('event') || r.event === q.get('event'))
    .filter((r) => !q.get('head_sha') || r.headSha === q.get('head_sha'))
    .filter((r) => !status || r.status === status || r.conclusion === status)
    .filter((r) => !created || created(r.createdAt))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id));
  const capped = CAPPED.some((p) => q.has(p)) ? list.slice(0, 1000) : list;
  const byPath = new Map(workflows(req).map((w) => [w.path, w]));
  return pageOf(
    req,
    capped,
    (r) => runJson(req, r, byPath.get(r.workflowPath)),
    // GitHub may count a capped listing no further than its cap (as it clamps the count of an
    // unfiltered one at its 40,000-result cap): `clampRunCount` serves that count
    (page) => ({
      total_count: req.sim.options.clampRunCount && capped.length < list.length ? capped.length : list.length,
      workflow_runs: page,
    }),
  );
}

function findWorkflow(req: RestRequest): Workflow | undefined {
  const key = decodeURIComponent(req.params.workflow);
  return workflows(req).find((w) => String(w.id) === key || w.path.split('/').pop() === key);
}

export const actionsRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}/actions/workflows$`),
    permission: 'actions',
    handle: (req) =>
      pageOf(
        req,
        workflows(req),
        (w) => ({ ...w, node_id: Buffer.from(`wf:${w.id}`).toString('base64'), state: 'active' }),
        (page) => ({ total_count: workflows(req).length, workflows: page }),
      ),
  },
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}/actions/workflows/(?<workflow>[^/]+)/runs$`),
    permission: 'actions',
    handle: (req) => {
      const workflow = findWorkflow(req);
      return workflow ? listRuns(req, workflow) : notFound();
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}/actions/runs$`),
    permission: 'actions',
    handle: (req) => listRuns(req),
  },
];
