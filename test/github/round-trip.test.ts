// Round trip: the world the collector gathers from the simulator serving a world holds the same
// records for the windows, and gives the same metrics, as that world read from its file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld } from '../../scripts/lib/generate-world.js';
import type { World } from '../../src/world/types.js';
import { startSimulator, type Simulator } from '../simulator/server.js';
import {
  collectFrom,
  exampleWorld,
  metricsOf,
  normalise,
  SOURCES,
  windowOf,
  withTagsOffBranch,
  type Window,
} from './helpers.js';

function commitsOnly(world: World): World {
  const { pullRequests: _drop, ...rest } = structuredClone(world);
  return rest;
}

const cases: { name: string; world: () => World; windows: [days: number, until?: string][] }[] = [
  { name: 'the example world', world: exampleWorld, windows: [[28], [7, '2026-09-20T00:00:00Z']] },
  {
    name: 'a generated world',
    world: () => generateWorld({ pullRequests: 500, seed: 11, days: 240 }),
    windows: [[30], [60, '2026-08-15T00:00:00Z']],
  },
  { name: 'a commits-only world', world: () => commitsOnly(exampleWorld()), windows: [[14]] },
  {
    // GitHub dates every commit: collecting tags off the branch used to fail on a null committedDate
    name: 'the example world with tags off the branch',
    world: () => withTagsOffBranch(exampleWorld(), 9, 56),
    windows: [[28], [7, '2026-09-20T00:00:00Z']],
  },
  {
    name: 'a generated world with tags off the branch',
    world: () => withTagsOffBranch(generateWorld({ pullRequests: 300, seed: 5, days: 200 }), 27, 180),
    windows: [[60]],
  },
];

describe.each(cases)('round trip through the simulator: $name', ({ world: build, windows }) => {
  const world = build();
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ world });
  });
  afterAll(() => sim.close());

  for (const [days, until] of windows) {
    describe(`${days}-day window ending ${until ?? 'at generatedAt'}`, () => {
      const window: Window = windowOf(world, days, until);
      it.each(SOURCES)('source %s: same metrics and same records for the windows', async (source) => {
        const { world: collected } = await collectFrom(sim, world, window, { sources: [source] });
        expect(metricsOf(collected, source, window)).toEqual(metricsOf(world, source, window));
        expect(normalise(collected, source, window.since)).toEqual(normalise(world, source, window.since));
      });
    });
  }

  it('collects a world whose deployments the file world has, source by source', async () => {
    const window = windowOf(world, 30);
    const { world: collected } = await collectFrom(sim, world, window, { sources: SOURCES.slice(1) });
    for (const source of SOURCES.slice(1)) {
      expect(normalise(collected, source, window.since).deployments).toEqual(
        normalise(world, source, window.since).deployments,
      );
    }
  });
});
