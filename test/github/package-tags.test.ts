// The GitHub collector with D2's package tags and R2's long-open incidents: a monorepo released by
// changesets-style tags, with an incident opened long before the windows and never closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/metrics/index.js';
import { PACKAGE_TAG_PATTERN } from '../../src/metrics/sources.js';
import type { World } from '../../src/world/types.js';
import { startSimulator, type Simulator } from '../simulator/server.js';
import { WorldBuilder } from '../support/world-builder.js';
import { collectFrom, comparable, windowOf } from './helpers.js';

/** c0 ← pr-1 ← pr-2 ← pr-3 on main; package tags on the merges; incident #9 open since 2025-06. */
function monorepo(): World {
  const builder = new WorldBuilder({ generatedAt: '2026-04-01T00:00:00Z' }).line([
    ['c0', '2025-05-01T00:00:00Z'],
    ['pr-1', '2026-03-05T10:00:00Z'],
    ['pr-2', '2026-03-12T10:00:00Z'],
    ['pr-3', '2026-03-20T10:00:00Z'],
  ]);
  [5, 12, 20].forEach((day, i) =>
    builder.pullRequest({
      number: i + 1,
      createdAt: `2026-03-${String(day).padStart(2, '0')}T08:00:00Z`,
      mergedAt: `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`,
      commits: [`2026-03-${String(day).padStart(2, '0')}T07:00:00Z`],
    }),
  );
  return builder
    .tag('@acme/api@1.0.0', 'c0', '2025-05-01T00:00:00Z')
    .tag('@acme/api@1.1.0', 'pr-1', '2026-03-06T00:00:00Z')
    .tag('@acme/web@2.0.0', 'pr-2', '2026-03-13T00:00:00Z')
    .tag('@acme/api@1.2.0', 'pr-3', '2026-03-21T00:00:00Z')
    .tag('@acme/web@2.1.0', 'pr-3', '2026-03-21T01:00:00Z')
    .issue({ number: 9, createdAt: '2025-06-01T00:00:00Z', title: 'slow search' })
    .build();
}

describe('collector: package tags (D2) and incidents still open (R2)', () => {
  const world = monorepo();
  const window = windowOf(world, 30);
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ world });
  });
  afterAll(() => sim.close());

  it('D2: auto over --repo collects the tags and chooses the package pattern, as from the file', async () => {
    const { world: collected } = await collectFrom(sim, world, window);
    const options = { days: 30, until: window.until };
    const fromApi = computeMetrics(collected, options);
    const fromFile = computeMetrics(world, options);
    expect(fromApi.source).toMatchObject({ deployments: `tags:${PACKAGE_TAG_PATTERN}`, assumed: false });
    expect(fromApi.source.packages!.map((p) => p.name)).toEqual(['@acme/api', '@acme/web']);
    // pr-3's two tags are one deployment (D3): 03-06, 03-13, 03-21
    expect(fromApi.records.deployments.map((d) => d.time)).toEqual([
      '2026-03-06T00:00:00Z',
      '2026-03-13T00:00:00Z',
      '2026-03-21T00:00:00Z',
    ]);
    expect(comparable(fromApi)).toEqual(comparable(fromFile));
  });

  it('R2: an incident opened before the windows and still open is collected, and counts in both', async () => {
    const { world: collected } = await collectFrom(sim, world, window);
    expect(collected.issues?.map((i) => i.number)).toEqual([9]);
    const report = computeMetrics(collected, { days: 30, until: window.until });
    // open all through both windows: 30 days each
    expect(report.dora.timeToRestore).toMatchObject({
      events: 0,
      downtimeHours: 720,
      openDowntimeHours: 720,
    });
    expect(report.previous.dora.timeToRestore.downtimeHours).toBe(720);
    expect(report.dora.timeToRestore.openEvents.map((e) => e.id)).toEqual(['incident #9']);
  });
});
