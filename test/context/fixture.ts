// A small monorepo by hand for the context tests: an API and a web front end in one repository,
// deployed together to production (and, for two changes, to edge environments).
//
//   c0 ← pr-1 ← pr-2 ← pr-3 ← pr-4   (main; pr-N is #N's merge commit)
//
//   #   files            labels       start     opened    reviewed  merged      lines
//   #1  src/api/a.ts     api          01-05 00  01-05 02  01-05 04  01-05 10    10
//   #2  web/index.html   web          01-06 04  01-06 05  01-06 06  01-06 10    40
//   #3  src/api/b.ts …   Impact:High  01-07 10  01-07 12  01-08 00  01-08 10   300
//   #4  web/app.js       web          01-12 00  01-12 01  (none)    01-12 10    20  by dependabot[bot]
//
//   production: d1 c0 01-02 00:00 (the world's first), d2 pr-1 01-05 12:00, d3 pr-2 01-07 00:00,
//               d4 pr-3 01-09 00:00, d5 pr-4 01-13 00:00
//   edge-eu: pr-1 01-06 00:00; edge-us: pr-4 01-14 00:00
//   incident #10 (labels incident, web, sev1) 01-13 06:00 → 08:00
//
// The window is the 90 days to 2026-04-01 (since 2026-01-01): everything above is in it.
import type { World } from '../../src/world/types.js';
import { WorldBuilder } from '../support/world-builder.js';

export function monorepoBuilder(): WorldBuilder {
  return new WorldBuilder({ generatedAt: '2026-04-01T00:00:00Z' })
    .line([
      ['c0', '2025-12-01T00:00:00Z'],
      ['pr-1', '2026-01-05T10:00:00Z'],
      ['pr-2', '2026-01-06T10:00:00Z'],
      ['pr-3', '2026-01-08T10:00:00Z'],
      ['pr-4', '2026-01-12T10:00:00Z'],
    ])
    .pullRequest({
      number: 1,
      createdAt: '2026-01-05T02:00:00Z',
      mergedAt: '2026-01-05T10:00:00Z',
      commits: ['2026-01-05T00:00:00Z'],
      labels: ['api'],
      additions: 10,
      reviews: [{ author: 'bo', at: '2026-01-05T04:00:00Z' }],
    })
    .pullRequest({
      number: 2,
      createdAt: '2026-01-06T05:00:00Z',
      mergedAt: '2026-01-06T10:00:00Z',
      commits: ['2026-01-06T04:00:00Z'],
      labels: ['web'],
      additions: 40,
      reviews: [{ author: 'bo', at: '2026-01-06T06:00:00Z' }],
    })
    .pullRequest({
      number: 3,
      createdAt: '2026-01-07T12:00:00Z',
      mergedAt: '2026-01-08T10:00:00Z',
      commits: ['2026-01-07T10:00:00Z'],
      labels: ['Impact:High'],
      additions: 300,
      reviews: [{ author: 'bo', at: '2026-01-08T00:00:00Z' }],
    })
    .pullRequest({
      number: 4,
      createdAt: '2026-01-12T01:00:00Z',
      mergedAt: '2026-01-12T10:00:00Z',
      commits: ['2026-01-12T00:00:00Z'],
      labels: ['web'],
      additions: 20,
      author: 'dependabot[bot]',
    })
    .deploy(1, 'c0', '2026-01-02T00:00:00Z')
    .deploy(2, 'pr-1', '2026-01-05T12:00:00Z')
    .deploy(3, 'pr-2', '2026-01-07T00:00:00Z')
    .deploy(4, 'pr-3', '2026-01-09T00:00:00Z')
    .deploy(5, 'pr-4', '2026-01-13T00:00:00Z')
    .deployment({ id: 20, commit: 'pr-1', environment: 'edge-eu', createdAt: '2026-01-06T00:00:00Z' })
    .deployment({ id: 21, commit: 'pr-4', environment: 'edge-us', createdAt: '2026-01-14T00:00:00Z' })
    .issue({
      number: 10,
      createdAt: '2026-01-13T06:00:00Z',
      closedAt: '2026-01-13T08:00:00Z',
      labels: ['incident', 'web', 'sev1'],
    });
}

const FILES: Record<number, string[]> = {
  1: ['src/api/a.ts'],
  2: ['web/index.html'],
  3: ['src/api/b.ts', 'README.md'],
  4: ['web/app.js'],
};

/** The monorepo with each pull request's changed files (the builder has no field for them). */
export function monorepoWorld(builder = monorepoBuilder()): World {
  const world = builder.build();
  for (const pr of world.pullRequests ?? []) if (FILES[pr.number]) pr.files = FILES[pr.number];
  return world;
}
