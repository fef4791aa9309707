// The organisation report on the Pages branch: the rendered folder and its own history.json (one
// entry a day, the organisation's blended figures), committed by the same fast-forward as a
// repository's report (pages.ts). The history is merged on every attempt, on the newest tip.
import * as core from '@actions/core';
import type { Octokit } from '@octokit/core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { RollupReport } from '../rollup/types.js';
import { openBranch, publishFiles, readBranchFile, type PublishResult, type SiteFile } from './pages.js';
import { pagesTarget, pagesUrl, type PagesSiteConfig } from './pages-site.js';
import { MARKER } from './report-folder.js';
import { writing } from './write-errors.js';

export const ROLLUP_HISTORY = 'history.json';

/** One day of the organisation: its blended figures (O2) and how many members it had. */
export interface RollupHistoryEntry {
  date: string;
  until: string;
  members: number;
  deploymentsPerWeek: number;
  leadTimeMedianHours: number | null;
  changeFailureRate: number | null;
  timeToRestoreMedianHours: number | null;
}

export function rollupHistoryEntry(report: RollupReport): RollupHistoryEntry {
  const { dora, members } = report.groups[0];
  return {
    date: report.window.until.slice(0, 10),
    until: report.window.until,
    members: members.length,
    deploymentsPerWeek: dora.deploymentFrequency.perWeek,
    leadTimeMedianHours: dora.leadTime.medianHours,
    changeFailureRate: dora.changeFailureRate.rate,
    timeToRestoreMedianHours: dora.timeToRestore.medianHours,
  };
}

/** The branch's entries with today's replacing any of the same day, oldest first. */
export function mergeRollupHistory(
  text: string | null,
  entry: RollupHistoryEntry,
  file: string,
  reset: boolean,
): RollupHistoryEntry[] {
  let entries: RollupHistoryEntry[] = [];
  if (text !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    const valid =
      Array.isArray(parsed) &&
      parsed.every((e) => typeof e === 'object' && e !== null && typeof e.date === 'string');
    if (!valid && !reset) {
      throw new UserError(
        `${file} on the Pages branch is not the roll-up's history (expected a list of daily entries); set reset-history: true to start a new one`,
      );
    }
    entries = valid ? (parsed as RollupHistoryEntry[]) : [];
  }
  return [...entries.filter((e) => e.date !== entry.date), entry].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

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
          (await read(ROLLUP_HISTORY))?.toString('utf8') ?? null,
          rollupHistoryEntry(report),
          file,
          config.resetHistory,
        );
        return [
          ...site,
          { path: ROLLUP_HISTORY, content: Buffer.from(`${JSON.stringify(history, null, 2)}\n`) },
        ];
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
