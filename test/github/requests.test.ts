// A full collection costs about one request per 100 records of each kind: GraphQL pages of 100
// with nested lists, and workflow runs split by date below GitHub's 1,000-result cap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../../scripts/lib/generate-world.js';
import type { World, WorldWorkflowRun } from '../../src/world/types.js';
import { startSimulator, type Simulator } from '../simulator/server.js';
import { collectFrom, metricsOf, normalise, SOURCES, windowOf } from './helpers.js';

const RUNS = 2500;

/** A busy world: 3,000 pull requests in 60 days and 2,500 more deploy runs than it had. */
function busyWorld(): World {
  const world = generateWorld({ pullRequests: 3000, seed: 3, days: 60 });
  const end = Date.parse(world.generatedAt as string);
  const head = world.commits?.at(-1)?.sha ?? '0'.repeat(40);
  const extra: WorldWorkflowRun[] = Array.from({ length: RUNS }, (_, i) => {
    const created = end - (i + 1) * 20 * 60_000;
    return {
      id: 900_000 + i,
      name: 'Deploy',
      workflowPath: '.github/workflows/deploy.yml',
      headBranch: 'main',
      headSha: head,
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      createdAt: new Date(created).toISOString().replace('.000Z', 'Z'),
      updatedAt: new Date(created + 5 * 60_000).toISOString().replace('.000Z', 'Z'),
      runStartedAt: null,
    };
  });
  world.workflowRuns = [...(world.workflowRuns ?? []), ...extra];
  return world;
}

const world = busyWorld();
const window = windowOf(world, 30); // the previous window starts with the history
let sim: Simulator;
let phases: Map<string, { records: number; requests: number }>;

beforeAll(async () => {
  sim = await startSimulator({ world });
  const lines: string[] = [];
  const { world: collected } = await collectFrom(sim, world, window, {
    sources: SOURCES.slice(1),
    log: (l) => lines.push(l),
  });
  phases = new Map();
  for (const line of lines) {
    const m = /^github: (.+?): (\d+) (.+?) \((\d+) requests?\)$/.exec(line);
    if (m)
      phases.set(m[1] === 'deployments' ? m[3] : m[1], { records: Number(m[2]), requests: Number(m[4]) });
  }
  collectedWorld = collected;
});
afterAll(() => sim.close());
let collectedWorld: World;

const bound = (records: number) => Math.ceil(records / 100);

describe('requests per record kind in a full collection', () => {
  it('pull requests: two walks (open, then closed) of 100 a page', () => {
    const { records, requests } = phases.get('pull requests')!;
    expect(records).toBeGreaterThan(2500);
    expect(requests).toBeLessThanOrEqual(bound(records) + 2);
  });

  it('commits, deployments, releases, tags, issues: one request per 100', () => {
    for (const [kind, { records, requests }] of phases) {
      if (kind === 'pull requests' || kind.startsWith('successful runs')) continue;
      expect(requests, kind).toBeLessThanOrEqual(bound(records) + 1);
    }
    expect([...phases.keys()]).toEqual(
      expect.arrayContaining(['commits of main', 'deployments to production', 'releases', 'tags']),
    );
  });

  it('workflow runs: more than 1,000 in range, split by date, a few probes over the bound', () => {
    const { records, requests } = phases.get('successful runs of deploy.yml')!;
    expect(records).toBeGreaterThan(RUNS);
    // the probe that finds the range too big, the runs before the range, one part-page per range
    expect(requests).toBeLessThanOrEqual(bound(records) + 8);
  });

  it('and every run GitHub caps away was still collected: the same deployments and metrics', () => {
    const source = 'workflow:deploy.yml';
    expect(normalise(collectedWorld, source, window.since).deployments).toEqual(
      normalise(world, source, window.since).deployments,
    );
    expect(metricsOf(collectedWorld, source, window)).toEqual(metricsOf(world, source, window));
  });
});
