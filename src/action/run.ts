// The Action's pipeline: collect → compute → render → publish (pages or artifact) → comment →
// job summary and outputs. Failures of a user's making become one clear message.
import * as core from '@actions/core';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Octokit } from '@octokit/core';
import type { MetricsReport } from '../metrics/types.js';
import type { World } from '../world/types.js';
import { computeReport, writeOutputs, type Logger } from '../pipeline.js';
import { upsertStickyComment } from '../publish/comment.js';
import {
  historyEntry,
  mergeHistory,
  parseHistory,
  serializeHistory,
  type HistoryEntry,
} from '../publish/history.js';
import {
  publishFiles,
  readBranchFile,
  readBranchFolder,
  type PagesTarget,
  type SiteFile,
} from '../publish/pages.js';
import { pullRequestComment } from '../publish/pr-comment.js';
import { markdownSummary } from '../publish/summary.js';
import { createGitHubClient } from '../sources/github/client.js';
import { collectWorld } from '../sources/github/collect.js';
import { DAY_MS } from '../metrics/stats.js';
import type { ActionConfig } from './inputs.js';
import { pullRequestOf, type PullRequestEvent } from './event.js';

const CACHE_FOLDER = '.dora-cache';

export function actionLogger(): Logger {
  return { info: (m) => core.info(m), warn: (m) => core.warning(m), debug: (m) => core.debug(m) };
}

export async function runAction(config: ActionConfig, now = new Date()): Promise<void> {
  const log = actionLogger();
  const octokit = createGitHubClient({
    token: config.token,
    apiUrl: apiUrlOf(config),
    repo: `${config.owner}/${config.repo}`,
  }).octokit as unknown as Octokit;
  const event = pullRequestOf(config.eventName, config.eventPath, config.owner, config.repo);
  const target: PagesTarget = {
    owner: config.owner,
    repo: config.repo,
    branch: config.pagesBranch,
    folder: config.pagesPath,
  };
  const publishPages = config.publish === 'pages-branch' && event === null;
  if (config.publish === 'pages-branch') {
    core.warning(
      'GitHub Pages sites are public, even for a private repository: the report shows pull request titles and authors.',
    );
  }
  const cacheDir = mkdtempSync(join(tmpdir(), 'dora-cache-'));
  const history = await core.group('Reading the history and cache from the Pages branch', () =>
    config.publish === 'pages-branch' ? readPagesState(octokit, target, cacheDir) : Promise.resolve([]),
  );
  const { report, world } = await core.group('Collecting and computing', () =>
    collectAndCompute(config, cacheDir, now, log),
  );
  if (event) event.context.reviewed ||= reviewedByOthers(world, event.context.number);
  const entries = mergeHistory(history, historyEntry(report));
  const summary = markdownSummary(report);
  const outDir = await writeOutputs(config.pipeline, report, summary, {
    history: entries,
    files: [{ name: 'history.json', text: serializeHistory(entries) }],
  });
  let reportUrl: string | null = null;
  if (publishPages) {
    reportUrl = await core.group(`Publishing to ${config.pagesBranch}`, () =>
      publishSite(octokit, config, target, outDir, report, cacheDir),
    );
  }
  await core.summary.addRaw(summary).write();
  if (event !== null && (config.comment === 'always' || config.comment === 'auto')) {
    await commentOn(octokit, config, event, report, now, reportUrl);
  }
  setOutputs(outDir, report, reportUrl);
}

async function readPagesState(
  octokit: Octokit,
  target: PagesTarget,
  cacheDir: string,
): Promise<HistoryEntry[]> {
  const history = parseHistory(
    (await readBranchFile(octokit, target, 'history.json'))?.toString('utf8') ?? null,
  );
  for (const file of await readBranchFolder(octokit, target, CACHE_FOLDER)) {
    mkdirSync(dirname(join(cacheDir, file.path)), { recursive: true });
    writeFileSync(join(cacheDir, file.path), file.content);
  }
  core.info(`${history.length} earlier runs in history.json`);
  return history;
}

function apiUrlOf(config: ActionConfig): string | undefined {
  return config.pipeline.input.kind === 'github' ? config.pipeline.input.apiUrl : undefined;
}

async function collectAndCompute(config: ActionConfig, cacheDir: string, now: Date, log: Logger) {
  const days = config.pipeline.days;
  const collected = await collectWorld({
    repo: `${config.owner}/${config.repo}`,
    token: config.token,
    apiUrl: apiUrlOf(config),
    sources: [config.pipeline.source],
    incidentLabels: [...config.pipeline.incidentLabels],
    since: new Date(now.getTime() - 2 * days * DAY_MS),
    until: now,
    cacheDir,
    log: log.info,
  });
  const report = computeReport(config.pipeline, { world: collected.world, warnings: [], shallow: false });
  return { report, world: collected.world };
}

/** F2's first review: by someone other than the author, not PENDING. */
function reviewedByOthers(world: World, number: number): boolean {
  const pr = (world.pullRequests ?? []).find((p) => p.number === number);
  return !!pr?.reviews?.some((r) => r.state !== 'PENDING' && (r.author == null || r.author !== pr.author));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function publishSite(
  octokit: Octokit,
  config: ActionConfig,
  target: PagesTarget,
  outDir: string,
  report: MetricsReport,
  cacheDir: string,
): Promise<string> {
  const site: SiteFile[] = filesUnder(outDir)
    .filter((path) => relative(outDir, path) !== 'history.json')
    .map((path) => ({ path: relative(outDir, path).split('\\').join('/'), content: readFileSync(path) }));
  const cache: SiteFile[] = filesUnder(cacheDir).map((path) => ({
    path: `${CACHE_FOLDER}/${relative(cacheDir, path).split('\\').join('/')}`,
    content: readFileSync(path),
  }));
  const result = await publishFiles(
    octokit,
    target,
    `DORA report for ${report.window.until.slice(0, 10)}`,
    async (read) => {
      // Redone on every attempt: another run may have added its entry meanwhile.
      const latest = parseHistory((await read('history.json'))?.toString('utf8') ?? null);
      const entries = mergeHistory(latest, historyEntry(report));
      return [...site, ...cache, { path: 'history.json', content: Buffer.from(serializeHistory(entries)) }];
    },
  );
  core.info(
    `Published commit ${result.commitSha} to ${config.pagesBranch} after ${result.attempts} attempt(s)`,
  );
  const base = `https://${config.owner.toLowerCase()}.github.io/${config.repo}`;
  return config.serverUrl === 'https://github.com'
    ? `${base}/${config.pagesPath ? `${config.pagesPath}/` : ''}`
    : '';
}

async function commentOn(
  octokit: Octokit,
  config: ActionConfig,
  event: PullRequestEvent,
  report: MetricsReport,
  now: Date,
  reportUrl: string | null,
) {
  if (event.fromFork) {
    core.notice(
      'This pull request comes from a fork, whose token can only read: the metrics are in the job summary, not in a comment.',
    );
    return;
  }
  const body = pullRequestComment(report, event.context, now, reportUrl || null);
  const result = await upsertStickyComment(
    octokit,
    { owner: config.owner, repo: config.repo, number: event.context.number },
    body,
  );
  core.info(`${result.created ? 'Created' : 'Updated'} comment ${result.id} on #${event.context.number}`);
}

function setOutputs(outDir: string, report: MetricsReport, reportUrl: string | null) {
  const { dora } = report;
  const text = (value: number | string | null) => (value === null ? '' : String(value));
  core.setOutput('report-dir', outDir);
  core.setOutput('metrics-json', join(outDir, 'metrics.json'));
  core.setOutput('report-url', reportUrl ?? '');
  core.setOutput('deployment-frequency', text(dora.deploymentFrequency.perWeek));
  core.setOutput('deployment-frequency-tier', text(dora.deploymentFrequency.tier));
  core.setOutput('lead-time-hours', text(dora.leadTime.medianHours));
  core.setOutput('lead-time-tier', text(dora.leadTime.tier));
  core.setOutput('change-failure-rate', text(dora.changeFailureRate.rate));
  core.setOutput('change-failure-rate-tier', text(dora.changeFailureRate.tier));
  core.setOutput('time-to-restore-hours', text(dora.timeToRestore.medianHours));
  core.setOutput('time-to-restore-tier', text(dora.timeToRestore.tier));
}
