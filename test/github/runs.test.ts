// Workflow runs past GitHub's caps (D1 `workflow:FILE`): a workflow of 2,500 successful runs in
// the window is collected whole, whether GitHub counts them all in `total_count` or counts no
// further than its 1,000-result cap; and a workflow named by its name is found among more than
// 100 workflows, past the first page of the workflow list.
import { afterEach, describe, expect, it } from 'vitest';
import type { World, WorldWorkflowRun } from '../../src/world/types.js';
import { startSimulator, type Simulator } from '../simulator/server.js';
import { collectFrom, exampleWorld, metricsOf, normalise, windowOf } from './helpers.js';

const RUNS = 2500;
const OTHER_WORKFLOWS = 130;

const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

/** The example world with 130 other workflows listed before a deploy workflow of 2,500 runs. */
function busyWorld(): World {
  const world = exampleWorld();
  const end = Date.parse(world.generatedAt as string);
  const head = world.commits?.at(-1)?.sha as string;
  const run = (id: number, path: string, name: string, created: number): WorldWorkflowRun => ({
    id,
    name,
    workflowPath: path,
    headBranch: 'main',
    headSha: head,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    createdAt: iso(created),
    updatedAt: iso(created + 5 * 60_000),
    runStartedAt: null,
  });
  const others = Array.from({ length: OTHER_WORKFLOWS }, (_, i) =>
    run(800_000 + i, `.github/workflows/lint-${i}.yml`, `Lint ${i}`, end - 86_400_000 * 50 - i * 60_000),
  );
  // every 20 minutes back from the end: 2,500 runs over 35 days
  const deploys = Array.from({ length: RUNS }, (_, i) =>
    run(900_000 + i, '.github/workflows/ship-it.yml', 'Ship to production', end - (i + 1) * 20 * 60_000),
  );
  world.workflowRuns = [...others, ...(world.workflowRuns ?? []), ...deploys];
  return world;
}

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe.each([
  ['GitHub counts every run', false],
  ['GitHub counts no further than its cap', true],
])('a workflow of 2,500 runs (%s)', (_name, clampRunCount) => {
  it.each(['workflow:ship-it.yml', 'workflow:Ship to production'])(
    '%s: every run collected, the same deployments and metrics',
    async (source) => {
      const world = busyWorld();
      sim = await startSimulator({ world, clampRunCount });
      const listing = async (page: number) => {
        const response = await fetch(
          `${sim?.url}/repos/acme/${world.repository.name}/actions/workflows/ship-it.yml/runs?branch=main&status=success&per_page=100&page=${page}`,
          { headers: { authorization: 'token t' } },
        );
        return (await response.json()) as { total_count: number; workflow_runs: unknown[] };
      };
      expect((await listing(10)).total_count).toBe(clampRunCount ? 1000 : RUNS);
      expect((await listing(10)).workflow_runs).toHaveLength(100);
      expect((await listing(11)).workflow_runs).toEqual([]); // GitHub's cap
      const window = windowOf(world, 30);
      const lines: string[] = [];
      const { world: collected } = await collectFrom(sim, world, window, {
        sources: [source],
        log: (line) => lines.push(line),
      });
      const ours = (collected.workflowRuns ?? []).filter(
        (r) => r.workflowPath === '.github/workflows/ship-it.yml',
      );
      expect(ours.length).toBe(RUNS);
      expect(normalise(collected, source, window.since).deployments).toEqual(
        normalise(world, source, window.since).deployments,
      );
      expect(metricsOf(collected, source, window)).toEqual(metricsOf(world, source, window));
      const requests = Number(/successful runs of .+ \((\d+) requests?\)/.exec(lines.join('\n'))?.[1]);
      console.log(`${source}, clamped count ${clampRunCount}: ${ours.length} runs in ${requests} requests`);
    },
  );
});
