// The Action's run: the shared pipeline with the Pages branch as its publisher (history and cache
// read before collecting, the site committed after rendering), then the outputs and the comment.
import * as core from '@actions/core';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Octokit } from '@octokit/core';
import { firstReviewAt } from '../metrics/reviews.js';
import type { MetricsReport } from '../metrics/types.js';
import { runPipeline, type Logger, type Publisher } from '../pipeline.js';
import { upsertStickyComment } from '../publish/comment.js';
import { writeJobSummary } from '../publish/job-summary.js';
import { pagesUrl, publishSite, readPagesState, type PagesState } from '../publish/pages-site.js';
import { readPagesSite, readSiteHistory, siteAddress, type PagesSite } from '../publish/pages-api.js';
import { writing } from '../publish/write-errors.js';
import { pullRequestComment } from '../report/pr-comment.js';
import { createGitHubClient } from '../sources/github/client.js';
import type { World } from '../world/types.js';
import { pullRequestOf, type PullRequestEvent } from './event.js';
import { pullRequestOfPush } from './push-event.js';
import { TOKEN_INPUT, type ActionConfig } from './inputs.js';
import { setOutputs } from './outputs.js';

export const PUBLIC_WARNING =
  'GitHub Pages sites are public, even for a private repository: the published report shows pull request titles, authors and incident titles.';

export function actionLogger(): Logger {
  return { info: (m) => core.info(m), warn: (m) => core.warning(m), debug: (m) => core.debug(m) };
}

export async function runAction(
  config: ActionConfig,
  now = config.pipeline.until ?? new Date(),
): Promise<void> {
  const repo = `${config.owner}/${config.repo}`;
  const client = createGitHubClient({
    token: config.token,
    tokenFrom: TOKEN_INPUT,
    apiUrl: apiUrlOf(config),
    repo,
  });
  const octokit = client.octokit as unknown as Octokit;
  const event = pullRequestOf(config.eventName, config.eventPath, config, now);
  if (config.publish === 'pages-branch') core.warning(PUBLIC_WARNING);
  const cacheDir = mkdtempSync(join(config.runnerTemp, 'dora-cache-'));
  let pages: PagesState = { history: [], published: false, customDomain: null, snapshot: null };
  // A pull request's run publishes nothing: the branch shows the default branch's delivery.
  const publishing = config.publish === 'pages-branch' && event === null;
  // Where Pages serves the site, as GitHub says; null when it refuses (no site yet, no `pages: read`).
  let site: PagesSite | null = null;
  // A site Pages deploys from an artifact (build type `workflow`), not one it serves from a branch.
  const deployed = () => site !== null && site.buildType === 'workflow';
  const reportUrl = () => {
    if (config.publish === 'artifact') return deployed() ? site!.htmlUrl : '';
    if (config.publish !== 'pages-branch' || !(publishing || pages.published)) return '';
    return site ? siteAddress(site, config.pagesPath) : pagesUrl(config, pages.customDomain);
  };
  const publisher: Publisher = {
    async prepare() {
      if (config.publish !== 'none') site = await readPagesSite(octokit, config.owner, config.repo);
      if (config.publish === 'pages-branch') {
        pages = await core.group(`Reading ${config.pagesBranch}`, () =>
          readPagesState(octokit, config, cacheDir),
        );
      }
      if (config.publish === 'artifact' && deployed()) {
        // The artifact replaces the site: the trend so far is the history.json it serves now.
        const from = site!.htmlUrl;
        const history = await core.group(`Reading ${from}history.json`, () =>
          readSiteHistory(from, config.resetHistory, (m) => core.warning(m)),
        );
        core.info(`${from}history.json: ${history.length} earlier runs`);
        return { history, cacheDir, reportUrl: reportUrl() || null };
      }
      // Known once the Pages branch is read (a custom domain changes it); carried in metrics.json.
      return { history: pages.history, cacheDir, reportUrl: publishing ? reportUrl() || null : null };
    },
    async publish(result) {
      // Written first: the figures are worth having even if publishing fails.
      await writeJobSummary(result.summary ?? '', reportUrl());
      if (!publishing) return;
      await core.group(`Publishing to ${config.pagesBranch}`, () =>
        publishSite(octokit, config, result.outDir!, result.report, cacheDir, pages.snapshot),
      );
    },
  };
  const result = await runPipeline({ ...config.pipeline, until: now }, actionLogger(), publisher);
  setOutputs(result.outDir!, result.report, reportUrl());
  const target = event ?? (await pushTarget(octokit, config, now));
  if (target && config.comment !== 'never') {
    target.context.reviewed ||= reviewedByOthers(result.world, target.context.number);
    await commentOn(octokit, client.graphqlUrl, config, target, result.report, now, reportUrl());
  }
}

/** With `comment: always`, a push comments on the pull request its commit came from. */
async function pushTarget(
  octokit: Octokit,
  config: ActionConfig,
  now: Date,
): Promise<PullRequestEvent | null> {
  if (config.eventName !== 'push' || config.comment !== 'always') return null;
  const area = {
    doing: 'finding the pull request of the pushed commit',
    permission: 'pull-requests: read',
    leftAs: 'the metrics are in the job summary',
  };
  const found = await writing(area, `${config.owner}/${config.repo}`, () =>
    pullRequestOfPush(octokit, config, config.eventPath, now),
  );
  if (!found.event) {
    core.info(
      found.sha
        ? `No pull request holds the pushed commit ${found.sha.slice(0, 7)}: no comment`
        : 'The push event names no commit: no comment',
    );
  }
  return found.event;
}

function apiUrlOf(config: ActionConfig): string | undefined {
  return config.pipeline.input.kind === 'github' ? config.pipeline.input.apiUrl : undefined;
}

/** F2's first review, by someone other than the author. */
function reviewedByOthers(world: World, number: number): boolean {
  const pr = (world.pullRequests ?? []).find((p) => p.number === number);
  return pr !== undefined && firstReviewAt(pr) !== null;
}

async function commentOn(
  octokit: Octokit,
  graphqlUrl: string,
  config: ActionConfig,
  event: PullRequestEvent,
  report: MetricsReport,
  now: Date,
  reportUrl: string,
) {
  if (event.readOnlyToken && config.comment === 'auto') {
    core.notice(
      `Pull request #${event.context.number} comes from ${event.fromFork ? 'a fork' : 'Dependabot'}, whose token can only read: the metrics are in the job summary, not in a comment.`,
    );
    return;
  }
  const body = pullRequestComment(report, event.context, now, reportUrl || null);
  const area = {
    doing: `commenting on pull request #${event.context.number}`,
    permission: 'pull-requests: write',
    leftAs: 'the metrics are in the job summary',
  };
  const result = await writing(area, `${config.owner}/${config.repo}`, () =>
    upsertStickyComment(
      octokit,
      { owner: config.owner, repo: config.repo, number: event.context.number },
      body,
      graphqlUrl,
    ),
  );
  core.info(`${result.created ? 'Created' : 'Updated'} comment ${result.id} on #${event.context.number}`);
}
