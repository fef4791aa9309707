// The world generators: every world matches the schema (checked by ajv, independently of our
// reader), the same seed gives the same bytes, and the history is consistent enough for the
// metrics to mean something (docs/metrics.md L3, C1, C2, D1).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWorld } from '../../scripts/lib/generate-world.js';
import { EXAMPLE_OPTIONS } from '../../scripts/generate-example.js';
import { parseWorld } from '../../src/world/read.js';
import type { World } from '../../src/world/types.js';
import { assertValidWorld, exampleWorldPath, repoRoot } from '../support/schema.js';

const small = generateWorld({ pullRequests: 60, days: 30, seed: 11 });
const medium = generateWorld({ pullRequests: 3000, days: 180, seed: 5 });
const example = JSON.parse(readFileSync(join(repoRoot, 'examples/world.json'), 'utf8')) as World;
const fixture = JSON.parse(readFileSync(exampleWorldPath, 'utf8')) as World;

describe.each([
  ['a small generated world', small],
  ['a medium generated world', medium],
  ['examples/world.json', example],
  ['test/fixtures/world-example.json', fixture],
])('%s', (_, world) => {
  it('matches world.schema.json (ajv) and passes the reader', () => {
    assertValidWorld(world);
    expect(parseWorld(world, 'w.json')).toBe(world);
  });
});

describe('generateWorld', () => {
  it('gives identical JSON for the same seed and different JSON for another', () => {
    const options = { pullRequests: 300, days: 90, seed: 42 };
    expect(JSON.stringify(generateWorld(options))).toBe(JSON.stringify(generateWorld(options)));
    expect(JSON.stringify(generateWorld({ ...options, seed: 43 }))).not.toBe(
      JSON.stringify(generateWorld(options)),
    );
  });

  it('reproduces examples/world.json byte for byte (run `npm run example` after changing a generator)', () => {
    const expected = `${JSON.stringify(generateWorld(EXAMPLE_OPTIONS), null, 2)}\n`;
    expect(readFileSync(join(repoRoot, 'examples/world.json'), 'utf8') === expected).toBe(true);
  });

  it('handles degenerate sizes', () => {
    for (const pullRequests of [0, 1, 2]) assertValidWorld(generateWorld({ pullRequests, days: 7 }));
  });
});

describe.each([
  ['medium', medium],
  ['example', example],
])('the %s world is consistent', (_, world) => {
  const commits = new Map(world.commits!.map((c) => [c.sha, c]));
  const branch = world.repository.defaultBranch;
  const merged = world.pullRequests!.filter((p) => p.state === 'MERGED' && p.baseRefName === branch);

  it('has one root, known parents, and a first-parent chain through every merge commit', () => {
    expect(world.commits!.filter((c) => c.parents!.length === 0)).toHaveLength(1);
    for (const c of world.commits!) for (const p of c.parents!) expect(commits.has(p)).toBe(true);
    const heads = new Set(commits.keys());
    for (const c of world.commits!) for (const p of c.parents!) heads.delete(p);
    expect(heads.size).toBe(1);
    const chain = new Set<string>();
    for (let sha: string | undefined = [...heads][0]; sha; sha = commits.get(sha)!.parents![0])
      chain.add(sha);
    for (const pr of merged) expect(chain.has(pr.mergeCommitSha!)).toBe(true);
    expect(world.commits!.some((c) => c.parents!.length === 2)).toBe(true);
  });

  it('squashes merged pull requests into "title (#N)" commits at merge time', () => {
    let squashed = 0;
    for (const pr of merged) {
      const commit = commits.get(pr.mergeCommitSha!)!;
      expect(commit.committedAt).toBe(pr.mergedAt);
      if (commit.parents!.length === 1) {
        squashed += 1;
        expect(commit.message!.split('\n')[0]).toBe(`${pr.title} (#${pr.number})`);
      }
    }
    expect(squashed).toBeGreaterThan(merged.length * 0.9);
  });

  it('gives pull requests 1-5 commits, the first authored before opening, and the other states', () => {
    const states = new Set(world.pullRequests!.map((p) => p.state));
    expect([...states].sort()).toEqual(['CLOSED', 'MERGED', 'OPEN']);
    expect(world.pullRequests!.some((p) => p.isDraft)).toBe(true);
    expect(world.pullRequests!.some((p) => p.state === 'MERGED' && p.baseRefName !== branch)).toBe(true);
    for (const pr of world.pullRequests!) {
      expect(pr.commits!.length).toBeGreaterThanOrEqual(1);
      expect(pr.commits!.length).toBeLessThanOrEqual(5);
      expect(Date.parse(pr.commits![0].authoredAt)).toBeLessThanOrEqual(Date.parse(pr.createdAt));
      if (pr.mergedAt) expect(Date.parse(pr.mergedAt)).toBeGreaterThan(Date.parse(pr.createdAt));
    }
  });

  it('has reviews by others, self-reviews, pending reviews and reviews after the merge', () => {
    const reviews = world.pullRequests!.flatMap((p) => p.reviews!.map((r) => ({ p, r })));
    expect(reviews.some(({ p, r }) => r.author !== p.author && r.state === 'APPROVED')).toBe(true);
    expect(reviews.some(({ p, r }) => r.author === p.author)).toBe(true);
    expect(reviews.some(({ r }) => r.state === 'PENDING')).toBe(true);
    expect(reviews.some(({ p, r }) => p.mergedAt && r.submittedAt > p.mergedAt)).toBe(true);
  });

  it('labels in mixed case', () => {
    const labels = new Set(world.pullRequests!.flatMap((p) => p.labels!));
    for (const label of ['Bug', 'feature', 'TECH-DEBT', 'security']) expect(labels.has(label)).toBe(true);
  });

  it('deploys commits of the chain to production, with failures, retries and staging', () => {
    const production = world.deployments!.filter((d) => d.environment === 'production');
    const onBranch = production.filter((d) => d.ref === branch);
    for (const d of onBranch) expect(commits.has(d.sha)).toBe(true);
    const states = production.map((d) => d.statuses!.map((s) => s.state).join(','));
    expect(states.filter((s) => /^in_progress,success/.test(s)).length).toBeGreaterThan(
      production.length * 0.7,
    );
    expect(states.some((s) => /(failure|error),in_progress,success/.test(s))).toBe(true);
    expect(states.some((s) => !s.includes('success'))).toBe(true);
    expect(world.deployments!.some((d) => d.environment === 'staging')).toBe(true);
    for (const d of world.deployments!) {
      const times = d.statuses!.map((s) => s.createdAt);
      expect(times).toEqual([...times].sort());
    }
    expect(world.workflowRuns!.some((r) => r.workflowPath === '.github/workflows/deploy.yml')).toBe(true);
  });

  it('has semver releases and tags pointing at deployed commits', () => {
    const deployed = new Set(world.deployments!.map((d) => d.sha));
    for (const tag of world.tags!) {
      expect(tag.name).toMatch(/^v?\d+\.\d+\.\d+(-rc\.1)?$/);
      expect(deployed.has(tag.sha)).toBe(true);
    }
    expect(world.releases!.length).toBeGreaterThan(10);
  });

  it('has incidents labelled in mixed case, most closed', () => {
    const incidents = world.issues!.filter((i) => i.labels!.some((l) => l.toLowerCase() === 'incident'));
    expect(
      new Set(incidents.flatMap((i) => i.labels!.filter((l) => /^incident$/i.test(l)))).size,
    ).toBeGreaterThan(1);
    expect(incidents.filter((i) => i.closedAt).length).toBeGreaterThan(incidents.length / 2);
    expect(incidents.some((i) => i.state === 'OPEN' && i.closedAt === null)).toBe(true);
    for (const i of incidents) if (i.closedAt) expect(i.closedAt > i.createdAt).toBe(true);
    const numbers = [...world.issues!, ...world.pullRequests!].map((x) => x.number);
    expect(new Set(numbers).size).toBe(numbers.length); // one numbering for issues and pull requests
  });

  it('has reverts in every form C2 names', () => {
    const titles = merged.map((p) => p.title);
    const bodies = merged.map((p) => p.body ?? '');
    expect(titles.some((t) => /^Revert ".+"$/.test(t))).toBe(true);
    expect(titles.some((t) => /^revert: /.test(t))).toBe(true);
    expect(titles.some((t) => /^Revert\([a-z]+\)!: .+ \(#\d+\)$/.test(t))).toBe(true);
    expect(bodies.some((b) => /^This reverts commit [0-9a-f]{40}\.$/m.test(b))).toBe(true);
    expect(bodies.some((b) => /^This reverts commit [0-9a-f]{7,12}\.$/m.test(b))).toBe(true);
    expect(bodies.some((b) => /^Reverts acme\/storefront#\d+$/.test(b))).toBe(true);
  });

  it('ships some reverts with their target (no failure, C2) and most in a later deployment', () => {
    const deploys = world
      .deployments!.filter((d) => d.environment === 'production' && d.ref === branch)
      .filter((d) => d.statuses!.some((s) => s.state === 'success'))
      .map((d) => d.createdAt);
    const ship = (mergedAt: string) => deploys.findIndex((at) => at >= mergedAt);
    const byNumber = new Map(merged.map((p) => [p.number, p]));
    let same = 0;
    let later = 0;
    for (const revert of merged) {
      const named =
        /Reverts acme\/storefront#(\d+)/.exec(revert.body ?? '') ?? /\(#(\d+)\)$/.exec(revert.title);
      const target =
        named && /^(Revert|Roll back)/.test(revert.title) ? byNumber.get(Number(named[1])) : undefined;
      if (!target || ship(target.mergedAt!) === -1) continue;
      if (ship(target.mergedAt!) === ship(revert.mergedAt!)) same += 1;
      else later += 1;
    }
    expect(same).toBeGreaterThan(0);
    expect(later).toBeGreaterThan(same);
  });
});

describe('generateWorld with skew and several environments', () => {
  const plain = generateWorld({ pullRequests: 800, days: 120, seed: 3 });
  const shaped = generateWorld({
    pullRequests: 800,
    days: 120,
    seed: 3,
    skew: true,
    productionEnvironments: 3,
  });

  it('matches world.schema.json (ajv)', () => {
    assertValidWorld(shaped);
  });

  it('skew: about half of the parent links point to a later-dated commit, merge commits stay on the chain', () => {
    const at = new Map(shaped.commits!.map((c) => [c.sha, c.committedAt]));
    const links = shaped.commits!.flatMap((c) => c.parents!.map((p) => at.get(p)! > c.committedAt));
    expect(links.filter(Boolean).length / links.length).toBeGreaterThan(0.35);
    const plainAt = new Map(plain.commits!.map((c) => [c.sha, c.committedAt]));
    const plainLinks = plain.commits!.flatMap((c) => c.parents!.map((p) => plainAt.get(p)! > c.committedAt));
    expect(plainLinks.filter(Boolean)).toEqual([]);
    const commits = new Map(shaped.commits!.map((c) => [c.sha, c]));
    const heads = new Set(commits.keys());
    for (const c of shaped.commits!) for (const p of c.parents!) heads.delete(p);
    const chain = new Set<string>();
    for (let sha: string | undefined = [...heads][0]; sha; sha = commits.get(sha)!.parents![0])
      chain.add(sha);
    for (const pr of shaped.pullRequests!)
      if (pr.state === 'MERGED' && pr.baseRefName === 'main')
        expect(chain.has(pr.mergeCommitSha!)).toBe(true);
  });

  it('productionEnvironments: the other environments deploy production’s commits later', () => {
    const environments = new Set(shaped.deployments!.map((d) => d.environment));
    expect([...environments].sort()).toEqual(['production', 'production-ap', 'production-eu', 'staging']);
    const production = new Set(
      shaped.deployments!.filter((d) => d.environment === 'production').map((d) => d.sha),
    );
    for (const d of shaped.deployments!)
      if (d.environment.startsWith('production-')) expect(production.has(d.sha)).toBe(true);
  });
});
