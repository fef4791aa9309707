// Incremental collection (--cache): a second run fetches only what changed since the first, in
// about ⌈k/100⌉ requests for k new pull requests, and yields the same world for the windows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../../scripts/lib/generate-world.js';
import type { World } from '../../src/world/types.js';
import { startSimulator, type Simulator } from '../simulator/server.js';
import { pullRequestUpdatedAt } from '../simulator/world-index.js';
import { collectFrom, metricsOf, normalise, requestsOf, simStats, SOURCES, windowOf } from './helpers.js';

const world = generateWorld({ pullRequests: 420, seed: 5, days: 200 });
const window = windowOf(world, 30);
const dirs: string[] = [];

function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'github-cache-'));
  dirs.push(dir);
  return dir;
}

/** The world before its `k` most recently updated pull requests and latest other records. */
function earlier(k: number, others = 0): World {
  const before = structuredClone(world);
  const latest = [...(before.pullRequests ?? [])]
    .sort((a, b) => (pullRequestUpdatedAt(a) < pullRequestUpdatedAt(b) ? 1 : -1))
    .slice(0, k)
    .map((pr) => pr.number);
  before.pullRequests = before.pullRequests?.filter((pr) => !latest.includes(pr.number));
  const newestFirst = <T extends { createdAt: string }>(list: T[] | undefined) =>
    [...(list ?? [])].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)).slice(others);
  before.deployments = newestFirst(before.deployments);
  before.releases = newestFirst(before.releases);
  before.workflowRuns = newestFirst(before.workflowRuns);
  before.issues = newestFirst(before.issues);
  return before;
}

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ world });
});
afterAll(async () => {
  await sim.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function twoRuns(k: number, others: number, sources: string[]) {
  const dir = cacheDir();
  sim.setWorld(earlier(k, others));
  await collectFrom(sim, world, window, { sources, cacheDir: dir });
  sim.setWorld(world);
  const before = requestsOf(await simStats(sim));
  const second = await collectFrom(sim, world, window, { sources, cacheDir: dir });
  const requests = requestsOf(await simStats(sim)) - before;
  expect(second.stats.requests).toBe(requests);
  return { second: second.world, requests };
}

describe('incremental collection', () => {
  it.each([0, 1, 150, 260])('after %i new pull requests: at most ⌈k/100⌉ + 5 requests', async (k) => {
    const { second, requests } = await twoRuns(k, 0, ['auto']);
    expect(requests).toBeLessThanOrEqual(Math.ceil(k / 100) + 5);
    expect(normalise(second, 'auto', window.since)).toEqual(normalise(world, 'auto', window.since));
    expect(metricsOf(second, 'auto', window)).toEqual(metricsOf(world, 'auto', window));
  });

  it('with new deployments, releases, runs and incidents too: the same metrics for every source', async () => {
    const k = 120;
    const { second, requests } = await twoRuns(k, 3, SOURCES);
    // one request per listing (repository, 2 deployments, releases, tags, runs, history, issues) + the pull requests
    expect(requests).toBeLessThanOrEqual(Math.ceil(k / 100) + 9);
    const full = (await collectFrom(sim, world, window, { sources: SOURCES })).world;
    for (const source of SOURCES) {
      expect(normalise(second, source, window.since), source).toEqual(normalise(full, source, window.since));
      expect(metricsOf(second, source, window), source).toEqual(metricsOf(world, source, window));
    }
  });

  it('a cache from a shorter reach is not used for a longer one', async () => {
    const dir = cacheDir();
    sim.setWorld(world);
    await collectFrom(sim, world, windowOf(world, 10), { cacheDir: dir });
    const lines: string[] = [];
    const { world: longer } = await collectFrom(sim, world, window, {
      cacheDir: dir,
      log: (l) => lines.push(l),
    });
    expect(lines.some((l) => l.includes('incremental'))).toBe(false);
    expect(metricsOf(longer, 'auto', window)).toEqual(metricsOf(world, 'auto', window));
  });
});
