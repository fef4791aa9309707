// The GitHub collector's targets, measured against the simulator:
// - requests per record kind in a full collection beside the ⌈records/100⌉ lower bound, and in
//   an incremental run after k new pull requests beside ⌈k/100⌉;
// - the time to collect 20,000 pull requests beside a bare loop of fetch() for the same pages.
// Standalone: npx tsx scripts/bench/github.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectWorld } from '../../src/sources/github/collect.js';
import { createGitHubClient } from '../../src/sources/github/client.js';
import { collectPullRequests } from '../../src/sources/github/pull-requests.js';
import { PULL_REQUESTS_QUERY } from '../../src/sources/github/queries.js';
import type { World } from '../../src/world/types.js';
import { startSimulator, type Simulator } from '../../test/simulator/server.js';
import { pullRequestUpdatedAt } from '../../test/simulator/world-index.js';
import { generateWorld } from '../lib/generate-world.js';

const DAY = 86_400_000;
const SOURCES = ['environment:production', 'releases', 'tags', 'workflow:deploy.yml', 'merges'];

export interface KindCount {
  kind: string;
  records: number;
  requests: number;
  lowerBound: number;
  /** what the bound counts beyond ⌈records/100⌉ */
  why?: string;
}
export interface GitHubBench {
  full: KindCount[];
  fullTotal: { requests: number; points: number };
  incremental: { newPullRequests: number; requests: number; lowerBound: number };
  speed: {
    pullRequests: number;
    pages: number;
    collectorSeconds: number;
    bareSeconds: number;
    ratio: number;
  };
}

/** Requests a kind needs beyond its pages of 100, by design. */
const EXTRA_REQUESTS: [RegExp, number, string][] = [
  [/^successful runs of /, 1, '+1: the workflow list, paged'],
  [/^issues labelled /, 1, '+1: the open incidents listed again for R2'],
  [/^pull requests$/, 0, 'and one per pull request whose commits, reviews, labels or files overflow a page'],
];

function phasesOf(lines: string[]): KindCount[] {
  const out: KindCount[] = [];
  for (const line of lines) {
    const m = /^github: (.+?): (\d+) (.+?) \((\d+) requests?\)$/.exec(line);
    if (!m) continue;
    const records = Number(m[2]);
    const kind = m[1] === 'deployments' ? m[3] : m[1];
    const extra = EXTRA_REQUESTS.find(([pattern]) => pattern.test(kind));
    out.push({
      kind,
      records,
      requests: Number(m[4]),
      lowerBound: Math.max(1, Math.ceil(records / 100)) + (extra?.[1] ?? 0),
      ...(extra ? { why: extra[2] } : {}),
    });
  }
  return out;
}

async function collect(sim: Simulator, world: World, cacheDir?: string) {
  const until = new Date(world.generatedAt as string);
  const lines: string[] = [];
  const result = await collectWorld({
    repo: `${world.repository.owner}/${world.repository.name}`,
    token: 'bench',
    apiUrl: sim.url,
    sources: SOURCES,
    incidentLabels: ['incident'],
    since: new Date(until.getTime() - 180 * DAY),
    until,
    cacheDir,
    log: (l) => lines.push(l),
  });
  return { lines, stats: result.stats };
}

async function requestCounts(): Promise<Pick<GitHubBench, 'full' | 'fullTotal' | 'incremental'>> {
  const world = generateWorld({ pullRequests: 5000, seed: 2, days: 180 });
  const k = 250;
  const latest = new Set(
    [...(world.pullRequests ?? [])]
      .sort((a, b) => (pullRequestUpdatedAt(a) < pullRequestUpdatedAt(b) ? 1 : -1))
      .slice(0, k)
      .map((pr) => pr.number),
  );
  const before: World = {
    ...world,
    pullRequests: world.pullRequests?.filter((pr) => !latest.has(pr.number)),
  };
  const sim = await startSimulator({ world });
  const dir = mkdtempSync(join(tmpdir(), 'bench-github-'));
  try {
    const full = await collect(sim, world);
    sim.setWorld(before);
    await collect(sim, before, dir);
    sim.setWorld(world);
    const incremental = await collect(sim, world, dir);
    return {
      full: phasesOf(full.lines),
      fullTotal: full.stats,
      incremental: {
        newPullRequests: k,
        requests: incremental.stats.requests,
        lowerBound: Math.ceil(k / 100),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await sim.close();
  }
}

/** The same pages the collector asks for, by a loop of fetch() that only parses them. */
async function bareLoop(sim: Simulator, world: World): Promise<number> {
  let after: string | null = null;
  let pages = 0;
  do {
    const response = await fetch(sim.graphqlUrl, {
      method: 'POST',
      headers: { authorization: 'token bench', 'content-type': 'application/json' },
      body: JSON.stringify({
        query: PULL_REQUESTS_QUERY,
        variables: {
          owner: world.repository.owner,
          name: world.repository.name,
          states: null,
          after,
          withFiles: false,
        },
      }),
    });
    type Page = {
      data: { repository: { pullRequests: { pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    };
    const info: Page['data']['repository']['pullRequests']['pageInfo'] = ((await response.json()) as Page)
      .data.repository.pullRequests.pageInfo;
    after = info.hasNextPage ? info.endCursor : null;
    pages++;
  } while (after);
  return pages;
}

export async function speed(): Promise<GitHubBench['speed']> {
  const world = generateWorld({ pullRequests: 20_000, seed: 4, days: 365 });
  const sim = await startSimulator({ world });
  const { owner, name, defaultBranch } = world.repository;
  try {
    let bare = Infinity;
    let collector = Infinity;
    let pages = 0;
    let count = 0;
    for (let round = 0; round < 3; round++) {
      let t = performance.now();
      pages = await bareLoop(sim, world);
      bare = Math.min(bare, (performance.now() - t) / 1000);
      const client = createGitHubClient({ token: 'bench', apiUrl: sim.url, repo: `${owner}/${name}` });
      t = performance.now();
      const ctx = { client, owner, name, defaultBranch, log: () => undefined };
      const { pullRequests } = await collectPullRequests(ctx, false, null, () => false);
      collector = Math.min(collector, (performance.now() - t) / 1000);
      count = pullRequests.length;
    }
    return {
      pullRequests: count,
      pages,
      collectorSeconds: collector,
      bareSeconds: bare,
      ratio: collector / bare,
    };
  } finally {
    await sim.close();
  }
}

export async function benchGitHub(): Promise<GitHubBench> {
  return { ...(await requestCounts()), speed: await speed() };
}

export function formatGitHubBench(b: GitHubBench): string {
  const rows = b.full.map(
    (k) =>
      `  ${k.kind.padEnd(34)} ${String(k.records).padStart(6)} records  ${String(k.requests).padStart(4)} requests  (bound ${k.lowerBound}${k.why ? `; ${k.why}` : ''})`,
  );
  const s = b.speed;
  return [
    'github: full collection (5,000 pull requests, 180 days, sources environment, releases, tags, workflow, merges)',
    ...rows,
    `  total ${b.fullTotal.requests} requests, ${b.fullTotal.points} rate-limit points`,
    `github: incremental after ${b.incremental.newPullRequests} new pull requests: ${b.incremental.requests} requests (bound ⌈k/100⌉ = ${b.incremental.lowerBound}, target ≤ bound + a small constant)`,
    `github: ${s.pullRequests} pull requests in ${s.pages} pages: collector ${s.collectorSeconds.toFixed(2)} s, bare fetch loop ${s.bareSeconds.toFixed(2)} s, ratio ${s.ratio.toFixed(2)}× (target ≤ 2×)`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatGitHubBench(await benchGitHub()));
}
