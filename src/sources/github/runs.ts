// Successful runs of one workflow on the default branch (D1 `workflow:FILE`), through REST. A
// filtered run listing stops at 1,000 results, so a range holding more (or filling every page up
// to the cap) is split by creation date.
import type { WorldWorkflowRun } from '../../world/types.js';
import { AREAS, type CollectContext } from './common.js';
import { isoSeconds, ms } from './text.js';
import { GitHubError } from './errors.js';

interface RunJson {
  id: number;
  name?: string | null;
  path: string;
  head_branch: string | null;
  head_sha: string;
  event: string;
  status: string;
  conclusion: string | null;
  created_at: string;
  updated_at: string;
  run_started_at?: string | null;
}
interface RunsPage {
  total_count: number;
  workflow_runs: RunJson[];
}

const CAP = 1000;

const toRun = (r: RunJson): WorldWorkflowRun => ({
  id: r.id,
  name: r.name ?? undefined,
  workflowPath: r.path.replace(/@.*$/, ''),
  headBranch: r.head_branch,
  headSha: r.head_sha,
  event: r.event,
  status: r.status,
  conclusion: r.conclusion,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  runStartedAt: r.run_started_at ?? null,
});

async function page(ctx: CollectContext, workflow: string | number, created: string, n: number) {
  const { data } = await ctx.client.rest<RunsPage>(
    'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    {
      owner: ctx.owner,
      repo: ctx.name,
      workflow_id: workflow,
      branch: ctx.defaultBranch,
      status: 'success',
      created,
      per_page: 100,
      page: n,
    },
    AREAS.runs,
  );
  return data;
}

/** D1 names a workflow by its file or by its name; the API wants a file name or an id. */
async function findWorkflow(ctx: CollectContext, file: string): Promise<number> {
  const base = file.split('/').pop() as string;
  type Workflow = { id: number; name: string; path: string };
  const all: Workflow[] = [];
  // every page: a repository may hold more than 100 workflows
  for (let n = 1; ; n++) {
    const { data } = await ctx.client.rest<{ total_count: number; workflows: Workflow[] }>(
      'GET /repos/{owner}/{repo}/actions/workflows',
      { owner: ctx.owner, repo: ctx.name, per_page: 100, page: n },
      AREAS.runs,
    );
    all.push(...data.workflows);
    const found = data.workflows.find(
      (w) => w.name === file || w.path === file || w.path.endsWith(`/${base}`),
    );
    if (found) return found.id;
    if (data.workflows.length < 100 || all.length >= data.total_count) break;
  }
  const files = all.map((w) => w.path.split('/').pop());
  const more = files.length > 20 ? `, and ${files.length - 20} more` : '';
  const names = files.slice(0, 20).join(', ') + more || 'none';
  throw new GitHubError(
    `workflow:${file}: no such workflow in ${ctx.owner}/${ctx.name}; expected a file in .github/workflows or a workflow name (found: ${names})`,
    404,
  );
}

/**
 * All runs created in [from, to] (ms; `to` may be open), splitting below GitHub's cap. A range is
 * split when GitHub counts 1,000 runs or more in it (it may count no further than its cap), and
 * when its pages come back full up to the cap whatever the count said.
 */
async function fetchRange(
  ctx: CollectContext,
  workflow: string | number,
  from: number,
  to: number | null,
  out: Map<number, WorldWorkflowRun>,
) {
  const created = `${isoSeconds(from)}..${to === null ? '*' : isoSeconds(to)}`;
  const first = await page(ctx, workflow, created, 1);
  const high = to ?? (first.workflow_runs[0] ? ms(first.workflow_runs[0].created_at) : from);
  const seconds = Math.floor((high - from) / 1000);
  const split = async (count: number) => {
    const parts = Math.min(seconds, Math.max(2, Math.ceil(count / (CAP * 0.9))));
    const step = Math.ceil((high - from) / parts / 1000) * 1000;
    for (let start = from; start <= high; start += step) {
      await fetchRange(ctx, workflow, start, Math.min(high, start + step - 1000), out);
    }
  };
  if (first.total_count >= CAP && seconds >= 2) return split(first.total_count);
  const found: RunJson[] = [...first.workflow_runs];
  let last = first.workflow_runs.length;
  for (let n = 2; n <= CAP / 100 && last === 100 && found.length < first.total_count; n++) {
    const next = await page(ctx, workflow, created, n);
    found.push(...next.workflow_runs);
    last = next.workflow_runs.length;
  }
  // the window is full: GitHub may have cut the range at its cap, whatever it counted
  if (found.length >= CAP && seconds >= 2) return split(found.length);
  // (a range of one second holding more than 1,000 runs keeps GitHub's first 1,000)
  for (const run of found) out.set(run.id, toRun(run));
}

/**
 * Runs created from `fromMs` on, and the newest 100 created before it (the deployments that
 * bound the window from below, METRICS L4).
 */
export async function collectRuns(ctx: CollectContext, file: string, fromMs: number, withBound: boolean) {
  let workflow: string | number = file.split('/').pop() as string;
  const out = new Map<number, WorldWorkflowRun>();
  const from = Math.floor(fromMs / 1000) * 1000;
  try {
    await fetchRange(ctx, workflow, from, null, out);
  } catch (error) {
    // not a file name: look the workflow up by its name (one request, only then)
    if (!(error instanceof GitHubError) || error.status !== 404) throw error;
    workflow = await findWorkflow(ctx, file);
    await fetchRange(ctx, workflow, from, null, out);
  }
  if (withBound) {
    const older = await page(ctx, workflow, `<${isoSeconds(from)}`, 1);
    for (const run of older.workflow_runs) out.set(run.id, toRun(run));
  }
  return [...out.values()];
}
