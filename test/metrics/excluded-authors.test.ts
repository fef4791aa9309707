// L5: excluded authors. Their changes still ship, are reverted and fail deployments (L3, C2, C3,
// R1), but are left out of lead time (L4), every flow figure (F1–F6) and C4's rework test; the
// report says how many; and bots opening more than a quarter of the pull requests is named.
import { describe, expect, it } from 'vitest';
import { withContext } from '../../src/context/index.js';
import { authorExclusion, parseAuthorList } from '../../src/metrics/authors.js';
import { runEngine } from '../../src/metrics/index.js';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { metricsOf } from '../support/checked-metrics.js';
import { WorldBuilder } from '../support/world-builder.js';

// Window: 30 days to 2026-04-01, so [03-02, 04-01).
function world() {
  const pr = (
    number: number,
    author: string,
    title: string,
    mergedAt: string | null,
    createdAt = '2026-03-03T00:00:00Z',
  ) => ({
    number,
    author,
    title,
    createdAt,
    mergedAt,
  });
  return new WorldBuilder()
    .deploy(1, 'd1', '2026-02-20T00:00:00Z') // the world's first deployment: ships nothing
    .deploy(2, 'd2', '2026-03-06T00:00:00Z') // #1 ana, #2 dependabot
    .deploy(3, 'd3', '2026-03-11T00:00:00Z') // #3 renovate fix only: rework unless bots are left out
    .deploy(4, 'd4', '2026-03-13T00:00:00Z') // #4 bob: reverted by #5, so failed either way
    .deploy(5, 'd5', '2026-03-15T00:00:00Z') // #5 dependabot revert only: rework unless bots are left out
    .deploy(6, 'd6', '2026-03-17T00:00:00Z') // #8 Carol
    .pullRequest(pr(1, 'ana', 'feat: checkout', '2026-03-05T00:00:00Z'))
    .pullRequest(pr(2, 'dependabot[bot]', 'chore(deps): bump x', '2026-03-05T12:00:00Z'))
    .pullRequest(pr(3, 'renovate[bot]', 'fix(deps): bump y', '2026-03-10T00:00:00Z'))
    .pullRequest(pr(4, 'bob', 'feat: coupons', '2026-03-12T00:00:00Z'))
    .pullRequest(pr(5, 'dependabot[bot]', 'Revert "feat: coupons"', '2026-03-14T00:00:00Z'))
    .pullRequest(pr(6, 'renovate[bot]', 'chore(deps): bump z', null, '2026-03-20T00:00:00Z')) // open
    .pullRequest(pr(7, 'ana', 'feat: search', null, '2026-03-21T00:00:00Z')) // open
    .pullRequest(pr(8, 'Carol', 'feat: refunds', '2026-03-16T00:00:00Z'));
}

describe('L5 excluded authors', () => {
  it('L5: none by default: every change counts, as DORA defines the figures', async () => {
    const report = await metricsOf(world());
    expect(report.dora.leadTime.changes).toBe(6);
    expect(report.dora.reworkRate).toEqual({ deployments: 5, rework: 2, rate: 2 / 5 });
    expect(report.flow!.throughput.merged).toBe(6);
    expect(report.flow!.load.open).toBe(2);
    expect(report.exclusions).toEqual({ authors: [], changes: 0, pullRequests: 0 });
    expect(report.previous.exclusions).toEqual({ authors: [], changes: 0, pullRequests: 0 });
  });

  it('L5: `bots` leaves every [bot] login out of lead time, flow and the rework test', async () => {
    const all = await metricsOf(world());
    const report = await metricsOf(world(), { excludeAuthors: ['bots'] });
    // L4: #1, #4 and #8 only.
    expect(report.dora.leadTime.changes).toBe(3);
    expect(report.records.changes.filter((c) => c.leadTimeHours !== null).map((c) => c.number)).toEqual([
      1, 4, 8,
    ]);
    const bump = report.records.changes.find((c) => c.number === 2)!;
    expect(bump).toMatchObject({
      excluded: true,
      leadTimeHours: null,
      shippedBy: all.records.changes[1].shippedBy,
    });
    // C4: deployment 3 ships only a bot's fix, deployment 5 only a bot's revert: neither is rework.
    expect(report.dora.reworkRate).toEqual({ deployments: 5, rework: 0, rate: 0 });
    // F1–F6: #1, #4, #8 merged; F3: ana's open pull request, not renovate's.
    expect(report.flow!.throughput.merged).toBe(3);
    expect(report.records.pullRequests.map((p) => p.number)).toEqual([1, 4, 8]);
    expect(report.flow!.load.open).toBe(1);
    expect(report.weekly.reduce((n, w) => n + (w.mergedPullRequests ?? 0), 0)).toBe(3);
    expect(report.exclusions).toEqual({ authors: ['bots'], changes: 3, pullRequests: 3 });
    // F2's data-quality count follows the same pull requests: none of the six was reviewed.
    expect(all.dataQuality.pullRequestsMergedWithoutReview).toBe(6);
    expect(report.dataQuality.pullRequestsMergedWithoutReview).toBe(3);
  });

  it('L5: excluded changes still ship, are reverted and fail deployments (L3, C2, C3, R1 unchanged)', async () => {
    const all = await metricsOf(world());
    const report = await metricsOf(world(), { excludeAuthors: ['bots'] });
    expect(report.dora.deploymentFrequency).toEqual(all.dora.deploymentFrequency);
    expect(report.dora.changeFailureRate).toEqual(all.dora.changeFailureRate);
    expect(report.dora.changeFailureRate.failed).toBe(1); // #4, reverted by dependabot's #5
    expect(report.dora.timeToRestore).toEqual(all.dora.timeToRestore);
    expect(report.records.deployments.map((d) => d.changes)).toEqual(
      all.records.deployments.map((d) => d.changes),
    );
  });

  it('L5: logins match in any case; a named login leaves only that author out', async () => {
    const report = await metricsOf(world(), { excludeAuthors: ['carol', 'DEPENDABOT[BOT]'] });
    expect(report.dora.leadTime.changes).toBe(3); // #1, #3, #4
    expect(report.exclusions).toEqual({ authors: ['carol', 'DEPENDABOT[BOT]'], changes: 3, pullRequests: 3 });
    expect(report.flow!.load.open).toBe(2); // renovate is not excluded
  });

  it('L5: a service’s figures leave the same authors out', () => {
    const built = world().build();
    for (const pr of built.pullRequests ?? []) pr.labels = ['shop'];
    const config = parseContextConfig('services:\n  - name: shop\n    labels: [shop]\n', null);
    const service = (exclude: string[]) =>
      withContext(runEngine(built, { days: 30, excludeAuthors: exclude }), config).context.services![0];
    expect(service([]).dora!.leadTime.changes).toBe(6);
    expect(service(['bots']).dora!.leadTime.changes).toBe(3);
    expect(service(['bots']).dora!.reworkRate.rework).toBe(0);
  });

  it('L5: the data-quality section says how many were left out', async () => {
    const report = await metricsOf(world(), { excludeAuthors: ['bots'] });
    expect(report.dataQuality.notes).toContain(
      'Left out by exclude-authors (bots; L5): 3 changes from lead time and the rework test and 3 pull requests from the flow figures. They still count as deployed and can still fail a deployment.',
    );
  });

  it('L5: bots opening more than a quarter of the pull requests, with no exclusion set, is named with the option', async () => {
    const report = await metricsOf(world());
    expect(report.dataQuality.botPullRequestsInWindow).toBe(3);
    expect(report.dataQuality.notes).toContain(
      "Bots opened 3 of the 6 pull requests merged in the window (50%); their changes count in lead time and flow like anyone's. To leave them out, set exclude-authors: bots (--exclude-authors bots on the command line; L5).",
    );
    // Exactly a quarter is not more than a quarter: 1 bot of 4.
    const quarter = new WorldBuilder()
      .deploy(1, 'd1', '2026-02-20T00:00:00Z')
      .deploy(2, 'd2', '2026-03-20T00:00:00Z');
    for (const [n, author] of [
      [1, 'ana'],
      [2, 'bob'],
      [3, 'carol'],
      [4, 'dependabot[bot]'],
    ] as const) {
      quarter.pullRequest({
        number: n,
        author,
        createdAt: '2026-03-03T00:00:00Z',
        mergedAt: '2026-03-10T00:00:00Z',
      });
    }
    const atQuarter = await metricsOf(quarter);
    expect(atQuarter.dataQuality.botPullRequestsInWindow).toBe(1);
    expect(atQuarter.dataQuality.notes.join(' ')).not.toMatch(/Bots opened/);
  });

  it('L5: the list reads commas or lines, and refuses what is not a login', () => {
    expect(parseAuthorList('bots, octocat\nrenovate[bot]')).toEqual(['bots', 'octocat', 'renovate[bot]']);
    expect(() => parseAuthorList('bots, not a login')).toThrow(
      '"not a login" is not a GitHub login (expected logins such as dependabot[bot] or octocat, or bots for every [bot] login)',
    );
    const exclusion = authorExclusion(['bots', 'Bots', 'ana']);
    expect(exclusion.authors).toEqual(['bots', 'ana']);
    expect(exclusion.excludes('github-actions[bot]')).toBe(true);
    expect(exclusion.excludes('ANA')).toBe(true);
    expect(exclusion.excludes('bots')).toBe(true); // a user named bots is named by the entry too
    expect(exclusion.excludes('anabot')).toBe(false);
    expect(exclusion.excludes(null)).toBe(false);
  });
});
