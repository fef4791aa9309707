// L3: the near-linear shipping against the quadratic one it replaced
// (shipping-reference.ts), on many small random worlds built to hit every case: dates skewed
// against the graph, several environments deploying older commits later, merges, forks,
// off-branch deployments, deployments and changes without (known) commits, no commits at all,
// cycles in a malformed parent list.
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/metrics/changes.js';
import type { Deployment } from '../../src/metrics/deployments.js';
import { CommitGraph } from '../../src/metrics/graph.js';
import { shipChanges } from '../../src/metrics/shipping.js';
import { parseSource, type DeploymentSource } from '../../src/metrics/sources.js';
import { buildChanges } from '../../src/metrics/changes.js';
import { listDeployments } from '../../src/metrics/deployments.js';
import { compareText } from '../../src/metrics/time.js';
import type { WorldCommit } from '../../src/world/types.js';
import { Random } from '../../scripts/lib/random.js';
import { generateWorld } from '../../scripts/lib/generate-world.js';
import { ReferenceGraph, shipChangesReference } from './shipping-reference.js';

interface Case {
  commits: WorldCommit[];
  changes: Change[];
  deployments: Deployment[];
}

const sha = (n: number) => `c${n}`;

/** A default branch with side branches, merges and forks; commit dates play no part in L3. */
function randomCommits(random: Random): { commits: WorldCommit[]; main: number[]; all: number[] } {
  const count = random.chance(0.1) ? 0 : random.int(1, 70);
  const parents: number[][] = [];
  const main: number[] = [];
  const tips: number[] = [];
  for (let i = 0; i < count; i++) {
    const head = main.length ? main[main.length - 1] : -1;
    const roll = random.next();
    if (head < 0 || roll < 0.5) {
      parents.push(head < 0 ? [] : [head]);
      main.push(i);
    } else if (roll < 0.7) {
      // A branch from an older commit of the default branch, or from another branch's tip.
      const base = tips.length && random.chance(0.3) ? random.pick(tips) : random.pick(main);
      parents.push([base]);
      tips.push(i);
    } else if (roll < 0.85 && tips.length) {
      // A merge commit: first parent the head, second a branch tip.
      parents.push([head, random.pick(tips)]);
      main.push(i);
    } else if (roll < 0.9) {
      // A commit whose parent is not in `commits` (a shallow history), or none at all.
      parents.push(random.chance(0.5) ? [] : [-1]);
      tips.push(i);
    } else {
      parents.push([head]);
      main.push(i);
    }
  }
  // Rarely, a malformed world: a parent link that closes a cycle.
  if (count > 3 && random.chance(0.05)) parents[random.int(0, count - 2)].push(count - 1);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const commits = order.map((i) => ({
    sha: sha(i),
    parents: parents[i].map((p) => (p < 0 ? 'missing' : sha(p))),
    authoredAt: '2026-01-01T00:00:00Z',
    committedAt: '2026-01-01T00:00:00Z',
  }));
  return { commits, main, all: Array.from({ length: count }, (_, i) => i) };
}

function randomCase(seed: number): Case {
  const random = new Random(seed);
  const { commits, main, all } = randomCommits(random);
  // Coarse times: ties between deployments, and between merges and deployments, are common.
  const horizon = random.int(5, 60);
  const time = () => random.int(0, horizon);
  const anyCommit = () => (all.length ? sha(random.pick(all)) : 'unknown');
  const deployments: Deployment[] = [];
  const deploy = (commit: string | null, at: number) =>
    deployments.push({
      key: `d${deployments.length}`,
      label: `d${deployments.length}`,
      time: at,
      sha: commit,
      aliases: [],
      path: null,
    });
  // Environments, each deploying the default branch in order, some lagging far behind.
  const environments = random.int(0, 4);
  for (let e = 0; e < environments && main.length; e++) {
    const lag = random.int(0, horizon);
    let at = random.int(0, horizon);
    for (let k = random.int(0, 6); k > 0; k--) {
      const position = Math.min(main.length - 1, Math.floor((at / horizon) * main.length));
      deploy(sha(main[position]), Math.min(horizon, at + lag));
      at += random.int(0, 8);
    }
  }
  for (let k = random.int(0, 12); k > 0; k--) {
    const roll = random.next();
    if (roll < 0.6) deploy(anyCommit(), time());
    else if (roll < 0.8)
      deploy(null, time()); // L3: without a commit
    else deploy(`backport${k}`, time()); // L3: off the default branch
  }
  // D3: time, then commit sha (and a stable key).
  deployments.sort(
    (a, b) => a.time - b.time || compareText(a.sha ?? '', b.sha ?? '') || compareText(a.key, b.key),
  );
  const changes: Change[] = [];
  for (let k = random.int(0, 40); k > 0; k--) {
    const roll = random.next();
    const commit = roll < 0.85 ? anyCommit() : roll < 0.93 ? null : 'unknown';
    changes.push({
      id: `#${k}`,
      kind: 'pull-request',
      number: k,
      sha: commit,
      title: '',
      subject: '',
      body: '',
      author: null,
      start: 0,
      merged: time(),
      created: 0,
      firstReview: null,
      pr: null,
    });
  }
  return { commits, changes, deployments };
}

/** Changes contained by a deployment dated before their merge: the case this issue is about. */
function lateChanges(changes: readonly Change[], deployments: readonly Deployment[], graph: ReferenceGraph) {
  const first = new Int32Array(graph.size).fill(-1);
  const starts = deployments.map((d) => (d.sha === null ? undefined : graph.nodeOf(d.sha)));
  graph.claimAncestors(starts, (node, walk) => (first[node] = walk));
  return changes.filter((change) => {
    const node = change.sha === null ? undefined : graph.nodeOf(change.sha);
    return node !== undefined && first[node] >= 0 && deployments[first[node]].time < change.merged;
  }).length;
}

function compare({ commits, changes, deployments }: Case) {
  const actual = shipChanges(changes, deployments, new CommitGraph(commits));
  const expected = shipChangesReference(changes, deployments, new ReferenceGraph(commits));
  return { actual, expected };
}

describe('L3 shipping: the near-linear algorithm against the reference', () => {
  it('agrees on 4,000 random small worlds (skewed dates, environments, merges, forks, odd commits)', () => {
    let late = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      const c = randomCase(seed);
      const { actual, expected } = compare(c);
      expect([...actual.shippedBy], `seed ${seed}`).toEqual([...expected.shippedBy]);
      expect(actual.onBranch, `seed ${seed}`).toEqual(expected.onBranch);
      late += lateChanges(c.changes, c.deployments, new ReferenceGraph(c.commits));
    }
    expect(late).toBeGreaterThan(1000);
  });

  it('agrees on generated worlds with skewed dates and several production environments', () => {
    let late = 0;
    for (const seed of [1, 2, 3]) {
      const world = generateWorld({
        pullRequests: 400,
        seed,
        days: 120,
        skew: true,
        productionEnvironments: 3,
      });
      const graph = new CommitGraph(world.commits ?? []);
      const reference = new ReferenceGraph(world.commits ?? []);
      const changes = buildChanges(world);
      for (const text of ['environment:/^production/', 'environment', 'releases', 'tags', 'merges']) {
        const source = parseSource(text) as DeploymentSource;
        const deployments = listDeployments(world, source, graph);
        const actual = shipChanges(changes, deployments, graph);
        const expected = shipChangesReference(changes, deployments, reference);
        expect([...actual.shippedBy], `seed ${seed}, ${text}`).toEqual([...expected.shippedBy]);
        late += lateChanges(changes, deployments, reference);
      }
    }
    expect(late).toBeGreaterThan(100);
  });
});
