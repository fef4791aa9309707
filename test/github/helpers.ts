// Shared by the GitHub collector's tests: worlds to serve, a collection with test defaults, and the
// comparisons "the collected world serves the windows as the served one does".
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { computeMetrics } from '../../src/metrics/index.js';
import { parseSource } from '../../src/metrics/sources.js';
import type { MetricsReport } from '../../src/metrics/types.js';
import { collectWorld, type CollectOptions } from '../../src/sources/github/collect.js';
import { deploymentsOf } from '../../src/sources/github/deployment-sources.js';
import type { World } from '../../src/world/types.js';
import type { Simulator } from '../simulator/server.js';
import { pullRequestUpdatedAt } from '../simulator/world-index.js';

export const DAY = 86_400_000;
export const SOURCES = [
  'auto',
  'environment:production',
  'releases',
  'tags',
  'workflow:deploy.yml',
  'merges',
];

export function exampleWorld(): World {
  return JSON.parse(
    readFileSync(new URL('../fixtures/world-example.json', import.meta.url), 'utf8'),
  ) as World;
}

export interface Window {
  days: number;
  until: Date;
  /** start of the previous window: what the collector is asked to reach */
  since: Date;
}

export function windowOf(world: World, days: number, until = world.generatedAt as string): Window {
  const end = new Date(until);
  return { days, until: end, since: new Date(end.getTime() - 2 * days * DAY) };
}

export function collectFrom(
  sim: Simulator,
  world: World,
  window: Window,
  overrides: Partial<CollectOptions> = {},
) {
  return collectWorld({
    repo: `${world.repository.owner}/${world.repository.name}`,
    token: 'test-token',
    apiUrl: sim.url,
    sources: ['auto'],
    incidentLabels: ['incident'],
    since: window.since,
    until: window.until,
    ...overrides,
  });
}

/**
 * A report without what describes the whole collected history rather than the windows: the count
 * of deployments "in the world", where the history begins and ends (T4: a collection holds only
 * the records its sources need, not another environment's deployments or another workflow's runs),
 * and what D2's auto saw (the counts of each source it tried, the packages' tags, and the reason,
 * which quotes them).
 */
export function comparable(report: MetricsReport): unknown {
  const { dataQuality, source, ...rest } = report;
  // Counts of what the world holds, not figures of the windows: a collection reads only the kinds
  // of records its source and the windows need.
  const {
    deploymentsInWorld: _d,
    historyBegins: _b,
    historyEnds: _e,
    recordsInWindow: _r,
    recordsAfterUntil: _u,
    recordsAfterNow: _n,
    ...windowed
  } = dataQuality;
  return {
    ...rest,
    // The notes that count what the world holds (records dated after the window) likewise.
    dataQuality: { ...windowed, notes: windowed.notes.filter((note) => !/ dated after /.test(note)) },
    source: {
      ...source,
      reason: source.reason.replace(/\d+/g, 'N'),
      tried: source.tried.map((t) => ({ source: t.source, yields: t.deployments > 0 })),
      packages: source.packages?.map((p) => p.source) ?? null,
    },
  };
}

export function metricsOf(world: World, source: string, window: Window): unknown {
  return comparable(computeMetrics(world, { source, days: window.days, until: window.until }));
}

const pick = <T extends object>(o: T, keys: (keyof T)[]): Record<string, unknown> =>
  Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));

/**
 * The records the metrics of the two windows read, in a canonical form: deployments of the
 * source from `since` on, pull requests touched since `since` or open, commits of the windows,
 * incidents opened in them.
 */
export function normalise(world: World, source: string, since: Date, incidentLabels = ['incident']) {
  const from = since.getTime();
  const parsed = parseSource(source);
  const deployments =
    parsed === 'auto'
      ? []
      : deploymentsOf(world, parsed)
          .filter((d) => d.time >= from)
          .map((d) => `${d.key} ${d.time} ${d.sha}`);
  const pullRequests = (world.pullRequests ?? [])
    .filter((pr) => Date.parse(pullRequestUpdatedAt(pr)) >= from || pr.state === 'OPEN')
    .sort((a, b) => a.number - b.number)
    .map((pr) => ({
      ...pick(pr, [
        'number',
        'title',
        'body',
        'author',
        'state',
        'isDraft',
        'createdAt',
        'mergedAt',
        'closedAt',
      ]),
      ...pick(pr, ['baseRefName', 'mergeCommitSha', 'labels', 'additions', 'deletions']),
      commits: (pr.commits ?? []).map((c) => `${c.sha} ${c.authoredAt} ${c.committedAt}`),
      reviews: (pr.reviews ?? [])
        .filter((r) => r.state !== 'PENDING')
        .map((r) => `${r.author} ${r.state} ${r.submittedAt}`),
    }));
  const commits = (world.commits ?? [])
    .filter((c) => Date.parse(c.committedAt) >= from)
    .map(
      (c) =>
        `${c.sha} ${(c.parents ?? []).join(',')} ${c.authoredAt} ${c.committedAt} ${c.author} ${c.message}`,
    )
    .sort();
  const labels = incidentLabels.map((l) => l.toLowerCase());
  const incidents = (world.issues ?? [])
    .filter(
      (i) =>
        Date.parse(i.createdAt) >= from && (i.labels ?? []).some((l) => labels.includes(l.toLowerCase())),
    )
    .map((i) => `${i.number} ${i.state} ${i.createdAt} ${i.closedAt ?? null}`)
    .sort();
  return { deployments: deployments.sort(), pullRequests, commits, incidents };
}

export async function simStats(
  sim: Simulator,
): Promise<{ requests: { graphql: number; rest: number }; points: number }> {
  const response = await fetch(`${sim.url}/_sim/stats`);
  return (await response.json()) as { requests: { graphql: number; rest: number }; points: number };
}

export const requestsOf = (s: { requests: { graphql: number; rest: number } }) =>
  s.requests.graphql + s.requests.rest;

/**
 * The world with `count` more releases whose tags point at commits the world does not hold, as a
 * repository's tags on release branches do (27 of one real history's 304): a hotfix cut from the
 * branch every few days across the last `days` days before generatedAt.
 */
export function withTagsOffBranch(world: World, count: number, days: number): World {
  const out = structuredClone(world);
  const end = Date.parse(out.generatedAt as string);
  for (let i = 0; i < count; i++) {
    const name = `v0.${i}.1-hotfix`;
    const sha = createHash('sha1').update(`release-branch ${name}`).digest('hex');
    const at = new Date(end - ((i + 1) * days * DAY) / (count + 1)).toISOString().replace('.000Z', 'Z');
    (out.tags ??= []).push({ name, sha, taggedAt: at });
    (out.releases ??= []).push({
      tagName: name,
      name: `Hotfix ${name}`,
      createdAt: at,
      publishedAt: at,
      isDraft: false,
      isPrerelease: false,
      tagCommitSha: sha,
    });
  }
  return out;
}
