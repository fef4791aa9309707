// The organisation report on the Pages branch: the rendered folder and its own history.json (one
// entry a day, the organisation's blended figures), committed by the same fast-forward as a
// repository's report (pages.ts). The history is merged on every attempt, on the newest tip.
import * as core from '@actions/core';
import type { Octokit } from '@octokit/core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RollupReport } from '../rollup/types.js';
import type { RollupHistoryEntry } from '../rollup/history.js';
import {
  mergeRollupHistory,
  parseRollupHistory,
  rollupHistoryEntry,
  serializeRollupHistory,
  ROLLUP_HISTORY,
} from '../rollup/history.js';
import { openBranch, publishFiles, readBranchFile, type PublishResult, type SiteFile } from './pages.js';
import { pagesTarget, pagesUrl, type PagesSiteConfig } from './pages-site.js';
import { MARKER } from './report-folder.js';
import { writing } from './write-errors.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export async function publishRollupSite(
  octokit: Octokit,
  config: PagesSiteConfig,
  outDir: string,
  report: RollupReport,
): Promise<{ result: PublishResult; url: string }> {
  const target = pagesTarget(config);
  const site: SiteFile[] = filesUnder(outDir)
    .map((path) => ({ path: relative(outDir, path).split(sep).join('/'), content: readFileSync(path) }))
    .filter((file) => file.path !== MARKER && file.path !== ROLLUP_HISTORY);
  const file = `${config.pagesPath ? `${config.pagesPath}/` : ''}${ROLLUP_HISTORY}`;
  const area = {
    doing: `publishing to the ${config.pagesBranch} branch`,
    permission: 'contents: write',
    leftAs: 'the branch was left as it was',
  };
  const repository = `${config.owner}/${config.repo}`;
  const result = await writing(area, repository, () =>
    publishFiles(
      octokit,
      target,
      `DORA organisation report for ${report.window.until.slice(0, 10)}`,
      async (read) => {
        const history = mergeRollupHistory(
          parseRollupHistory(
            (await read(ROLLUP_HISTORY))?.toString('utf8') ?? null,
            file,
            config.resetHistory,
          ),
          rollupHistoryEntry(report),
        );
        return [...site, { path: ROLLUP_HISTORY, content: Buffer.from(serializeRollupHistory(history)) }];
      },
    ),
  );
  core.info(
    `Published commit ${result.commitSha} to ${config.pagesBranch} (${result.changed} files changed)`,
  );
  // A CNAME at the branch's root names the site's own domain.
  const root = { ...target, folder: '' };
  const cname = await readBranchFile(octokit, root, await openBranch(octokit, root), 'CNAME');
  return { result, url: pagesUrl(config, cname?.toString('utf8').trim() || null) };
}

/** The history.json of the organisation report on the Pages branch, before rendering. */
export async function readRollupHistory(
  octokit: Octokit,
  config: PagesSiteConfig,
): Promise<RollupHistoryEntry[]> {
  const target = pagesTarget(config);
  const text = await readBranchFile(octokit, target, await openBranch(octokit, target), ROLLUP_HISTORY);
  const file = `${config.pagesPath ? `${config.pagesPath}/` : ''}${ROLLUP_HISTORY}`;
  return parseRollupHistory(text?.toString('utf8') ?? null, file, config.resetHistory);
}
