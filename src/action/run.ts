// The Action's pipeline: read the Pages branch → collect → compute → render → publish (pages or
// artifact) → job summary and outputs → comment. Failures of a user's making become one message.
import * as core from '@actions/core';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Octokit } from '@octokit/core';
import type { MetricsReport } from '../metrics/types.js';
import type { World } from '../world/types.js';
import type { Config } from '../config.js';
import { loadContextConfig } from '../context/config.js';
import { computeReport, loadWorld, writeOutputs, type Logger } from '../pipeline.js';
import { upsertStickyComment } from '../publish/comment.js';
import { checkOutputFolder } from '../publish/report-folder.js';
import { historyEntry, mergeHistory, serializeHistory } from '../report/history-file.js';
import { pullRequestComment } from '../report/pr-comment.js';
import { markdownSummary } from '../report/markdown-summary.js';
import { createGitHubClient } from '../sources/github/client.js';
import { writing } from '../publish/write-errors.js';
import { pullRequestOf, type PullRequestEvent } from './event.js';
import type { ActionConfig } from './inputs.js';
import { writeJobSummary } from '../publish/job-summary.js';
import { setOutputs } from './outputs.js';
import { pagesUrl, publishSite, readPagesState, type PagesState } from '../publish/pages-site.js';

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
  const octokit = createGitHubClient({ token: config.token, apiUrl: apiUrlOf(config), repo })
    .octokit as unknown as Octokit;
  const event = pullRequestOf(config.eventName, config.eventPath, config, now);
  // Before any work: report-dir must be a folder that replacing loses nothing of the user's.
  checkOutputFolder(config.pipeline.outDir, config.pipeline.outInput);
  if (config.publish === 'pages-branch') core.warning(PUBLIC_WARNING);
  const cacheDir = mkdtempSync(join(config.runnerTemp, 'dora-cache-'));
  const pages: PagesState =
    config.publish === 'pages-branch'
      ? await core.group(`Reading ${config.pagesBranch}`, () => readPagesState(octokit, config, cacheDir))
      : { history: [], published: false, customDomain: null, snapshot: null };
  const { report, world } = await core.group('Collecting and computing', () =>
    collectAndCompute(config, cacheDir, now),
  );
  if (event) event.context.reviewed ||= reviewedByOthers(world, event.context.number);
  const entries = mergeHistory(pages.history, historyEntry(report));
  const summary = markdownSummary(report);
  const outDir = await core.group('Rendering the report', () => renderInto(config, report, summary, entries));
  // A pull request's run publishes nothing: the branch shows the default branch's delivery.
  const publishing = config.publish === 'pages-branch' && event === null;
  const reportUrl =
    config.publish === 'pages-branch' && (publishing || pages.published)
      ? pagesUrl(config, pages.customDomain)
      : '';
  // Written first: the figures are worth having even if publishing fails.
  await writeJobSummary(summary, reportUrl);
  if (publishing) {
    await core.group(`Publishing to ${config.pagesBranch}`, () =>
      publishSite(octokit, config, outDir, report, cacheDir, pages.snapshot),
    );
  }
  setOutputs(outDir, report, reportUrl);
  if (event && config.comment !== 'never') await commentOn(octokit, config, event, report, now, reportUrl);
}

function apiUrlOf(config: ActionConfig): string | undefined {
  return config.pipeline.input.kind === 'github' ? config.pipeline.input.apiUrl : undefined;
}

/** The shared pipeline collects (with the branch's cache) and computes, as the CLI's --repo does. */
async function collectAndCompute(config: ActionConfig, cacheDir: string, now: Date) {
  const input = config.pipeline.input;
  const pipeline: Config = {
    ...config.pipeline,
    until: now,
    input: input.kind === 'github' ? { ...input, cacheDir } : input,
  };
  const contextConfig = await loadContextConfig(pipeline.contextFile);
  const loaded = await loadWorld(pipeline, actionLogger());
  return { report: computeReport(pipeline, loaded, contextConfig), world: loaded.world };
}

async function renderInto(
  config: ActionConfig,
  report: MetricsReport,
  summary: string,
  entries: ReturnType<typeof mergeHistory>,
): Promise<string> {
  return writeOutputs(config.pipeline, report, summary, {
    history: entries,
    files: [{ name: 'history.json', text: serializeHistory(entries) }],
  });
}

/** F2's first review: by someone other than the author, not PENDING. */
function reviewedByOthers(world: World, number: number): boolean {
  const pr = (world.pullRequests ?? []).find((p) => p.number === number);
  return !!pr?.reviews?.some((r) => r.state !== 'PENDING' && (r.author == null || r.author !== pr.author));
}

async function commentOn(
  octokit: Octokit,
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
    ),
  );
  core.info(`${result.created ? 'Created' : 'Updated'} comment ${result.id} on #${event.context.number}`);
}
