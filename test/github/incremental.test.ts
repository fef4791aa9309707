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

  it('a release deleted after the first run leaves the cache (revalidated)', async () => {
    const source = 'releases';
    const dir = cacheDir();
    sim.setWorld(world);
    await collectFrom(sim, world, window, { sources: [source], cacheDir: dir });
    const inWindow = (world.releases ?? []).filter((r) => Date.parse(r.createdAt) >= window.since.getTime());
    expect(inWindow.length).toBeGreaterThan(2);
    const deleted = inWindow[Math.floor(inWindow.length / 2)];
    const after = structuredClone(world);
    after.releases = after.releases?.filter((r) => r.tagName !== deleted.tagName);
    sim.setWorld(after);
    const lines: string[] = [];
    const { world: second } = await collectFrom(sim, world, window, {
      sources: [source],
      cacheDir: dir,
      log: (l) => lines.push(l),
    });
    expect(lines.join('\n')).toContain('incremental');
    expect(lines.join('\n')).toContain('1 cached release deleted since, dropped');
    expect((second.releases ?? []).map((r) => r.tagName)).not.toContain(deleted.tagName);
    expect(normalise(second, source, window.since)).toEqual(normalise(after, source, window.since));
    expect(metricsOf(second, source, window)).toEqual(metricsOf(after, source, window));
    sim.setWorld(world);
  });

  it('an incident whose label was removed after the first run leaves the cache (revalidated)', async () => {
    const dir = cacheDir();
    sim.setWorld(world);
    await collectFrom(sim, world, window, { cacheDir: dir });
    const incidents = (world.issues ?? []).filter(
      (i) =>
        Date.parse(i.createdAt) >= window.since.getTime() &&
        (i.labels ?? []).some((l) => l.toLowerCase() === 'incident'),
    );
    expect(incidents.length).toBeGreaterThan(0);
    const relabelled = incidents[0];
    const after = structuredClone(world);
    const issue = after.issues?.find((i) => i.number === relabelled.number) as NonNullable<
      World['issues']
    >[0];
    issue.labels = (issue.labels ?? [])
      .filter((l) => l.toLowerCase() !== 'incident')
      .concat('not-an-incident');
    // removing a label moves the issue's updated_at, as on GitHub
    Object.assign(issue, { updatedAt: world.generatedAt });
    sim.setWorld(after);
    const lines: string[] = [];
    const { world: second } = await collectFrom(sim, world, window, {
      cacheDir: dir,
      log: (l) => lines.push(l),
    });
    expect(lines.join('\n')).toContain('1 cached incident no longer labelled, dropped');
    const numbers = (second.issues ?? [])
      .filter((i) => (i.labels ?? []).some((l) => l.toLowerCase() === 'incident'))
      .map((i) => i.number);
    expect(numbers).not.toContain(relabelled.number);
    expect(normalise(second, 'auto', window.since)).toEqual(normalise(after, 'auto', window.since));
    expect(metricsOf(second, 'auto', window)).toEqual(metricsOf(after, 'auto', window));
    sim.setWorld(world);
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
