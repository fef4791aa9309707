// The Pages branch as the Action uses it: history.json and the collection cache read before
// collecting, the site committed after rendering, and the address the site will be served at.
import { UserError } from '../errors.js';
import * as core from '@actions/core';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Octokit } from '@octokit/core';
import type { MetricsReport } from '../metrics/types.js';
import {
  historyEntry,
  mergeHistory,
  HistoryUnreadable,
  parseHistory,
  serializeHistory,
  type HistoryEntry,
} from '../report/history-file.js';
import {
  CACHE_FOLDER,
  openBranch,
  publishFiles,
  readBranchFile,
  readBranchFolder,
  type BranchSnapshot,
  type PagesTarget,
  type PublishResult,
  type SiteFile,
} from './pages.js';
import { MARKER } from './report-folder.js';
import { writing } from './write-errors.js';

export interface PagesState {
  history: HistoryEntry[];
  /** the branch exists: a report was published before */
  published: boolean;
  /** the custom domain of a CNAME file at the branch's root */
  customDomain: string | null;
  /** the branch as read, on which the first attempt to publish builds */
  snapshot: BranchSnapshot | null;
}

/** What publishing to the Pages branch needs to know of the run's configuration. */
export interface PagesSiteConfig {
  readonly owner: string;
  readonly repo: string;
  readonly pagesBranch: string;
  readonly pagesPath: string;
  /** start a new history.json when the branch's cannot be read */
  readonly resetHistory: boolean;
  readonly serverUrl: string;
}

export function pagesTarget(config: PagesSiteConfig): PagesTarget {
  return { owner: config.owner, repo: config.repo, branch: config.pagesBranch, folder: config.pagesPath };
}

/** Reads history.json and fills `cacheDir` with the cache folder of the branch. */
export async function readPagesState(
  octokit: Octokit,
  config: PagesSiteConfig,
  cacheDir: string,
): Promise<PagesState> {
  const target = pagesTarget(config);
  const area = {
    doing: `reading the ${config.pagesBranch} branch`,
    permission: 'contents: read',
    leftAs: 'nothing was written',
  };
  const read = await writing(area, `${config.owner}/${config.repo}`, async () => {
    const snapshot = await openBranch(octokit, target);
    const text = (await readBranchFile(octokit, target, snapshot, 'history.json'))?.toString('utf8');
    return { snapshot, text: text ?? null };
  });
  const history = historyOf(read.text, config);
  return writing(area, `${config.owner}/${config.repo}`, async () => {
    const { snapshot } = read;
    const cache = await readBranchFolder(octokit, target, snapshot, CACHE_FOLDER);
    for (const file of cache) {
      mkdirSync(dirname(join(cacheDir, file.path)), { recursive: true });
      writeFileSync(join(cacheDir, file.path), file.content);
    }
    const root = { ...target, folder: '' };
    const cname = (await readBranchFile(octokit, root, snapshot, 'CNAME'))?.toString('utf8').trim() ?? '';
    core.info(
      snapshot
        ? `${config.pagesBranch}: ${history.length} earlier runs in history.json, ${cache.length} cache files`
        : `${config.pagesBranch} does not exist yet: this run creates it`,
    );
    return {
      history,
      published: snapshot !== null,
      customDomain: /^[a-z0-9.-]+$/i.test(cname) ? cname : null,
      snapshot,
    };
  });
}

/**
 * history.json as read from the branch. One that cannot be read stops the run, naming the file,
 * unless the reset-history input asks for a new history on purpose.
 */
function historyOf(text: string | null, config: PagesSiteConfig): HistoryEntry[] {
  try {
    return parseHistory(text);
  } catch (error) {
    if (!(error instanceof HistoryUnreadable)) throw error;
    const file = `${config.pagesPath ? `${config.pagesPath}/` : ''}history.json`;
    if (config.resetHistory) {
      core.warning(
        `${file} on the ${config.pagesBranch} branch cannot be read (${error.message}); reset-history is set, so this run starts a new history`,
      );
      return [];
    }
    throw new UserError(
      `${file} on the ${config.pagesBranch} branch cannot be read: ${error.message}; nothing was written (restore the file from the branch's history, or set reset-history: true to start a new history)`,
    );
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function siteFiles(dir: string, prefix = ''): SiteFile[] {
  return filesUnder(dir).map((path) => ({
    path: `${prefix}${relative(dir, path).split(sep).join('/')}`,
    content: readFileSync(path),
  }));
}

/** Commits the rendered site, the cache and the merged history.json to the Pages branch. */
export async function publishSite(
  octokit: Octokit,
  config: PagesSiteConfig,
  outDir: string,
  report: MetricsReport,
  cacheDir: string,
  snapshot: BranchSnapshot | null,
): Promise<PublishResult> {
  // history.json is merged again below; the folder's marker only matters on the runner.
  const site = siteFiles(outDir).filter((file) => file.path !== 'history.json' && file.path !== MARKER);
  const cache = siteFiles(cacheDir, `${CACHE_FOLDER}/`);
  const area = {
    doing: `publishing to the ${config.pagesBranch} branch`,
    permission: 'contents: write',
    leftAs: 'the branch was left as it was',
  };
  let shown: string | null = null;
  const result = await writing(area, `${config.owner}/${config.repo}`, () =>
    publishFiles(
      octokit,
      pagesTarget(config),
      `DORA report for ${report.window.until.slice(0, 10)}`,
      async (read) => {
        // Redone on every attempt: another run may have added its entry, or its site, meanwhile.
        const latest = historyOf((await read('history.json'))?.toString('utf8') ?? null, config);
        const history = {
          path: 'history.json',
          content: Buffer.from(serializeHistory(withEntry(latest, historyEntry(report)))),
        };
        // A run whose window ends before the published site's (a re-run of a past day, a run that
        // lost a race) adds its history entry only: the site keeps showing the newest window.
        shown = newerWindow(await read(WINDOW_FILE), report.window.until);
        return shown ? { update: [history] } : [...site, ...cache, windowFile(report), history];
      },
      { snapshot },
    ),
  );
  if (shown) {
    core.info(
      `${config.pagesBranch} shows a newer window (until ${shown}) than this run's (until ${report.window.until}): only its history.json entry was published`,
    );
  }
  core.info(
    `Published commit ${result.commitSha} to ${config.pagesBranch} (${result.changed} files changed) after ${result.attempts} attempt(s)`,
  );
  return result;
}

/** Beside the site, hidden from Pages (a dot file): the window the published site shows. */
export const WINDOW_FILE = '.dora-window.json';

function windowFile(report: MetricsReport): SiteFile {
  const { until, days } = report.window;
  return {
    path: WINDOW_FILE,
    content: Buffer.from(`${JSON.stringify({ schemaVersion: 1, until, days })}\n`),
  };
}

/**
 * The end of the published site's window when it is later than `until`, else null. A file that is
 * missing (a site published before it existed) or unreadable says nothing: the run publishes.
 */
function newerWindow(file: Buffer | null, until: string): string | null {
  if (!file) return null;
  let published: unknown;
  try {
    published = (JSON.parse(file.toString('utf8')) as { until?: unknown } | null)?.until;
  } catch {
    return null;
  }
  if (typeof published !== 'string' || !/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(published)) return null;
  return Date.parse(published) > Date.parse(until) ? published : null;
}

/**
 * history.json with this run's entry: one entry a day, the day's newest window kept (a run of an
 * earlier hour of that day that commits last does not replace a later one).
 */
function withEntry(entries: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const sameDay = entries.find((e) => e.date === entry.date);
  if (sameDay && Date.parse(sameDay.until) > Date.parse(entry.until)) return entries;
  return mergeHistory(entries, entry);
}

/**
 * Where GitHub Pages serves the site: a custom domain from CNAME, else OWNER.github.io/REPO (the
 * OWNER.github.io repository is served at the root). GitHub Enterprise Server's Pages addresses
 * depend on its configuration, so none is guessed there.
 */
export function pagesUrl(config: PagesSiteConfig, customDomain: string | null): string {
  const folder = config.pagesPath ? `${config.pagesPath}/` : '';
  if (customDomain) return `https://${customDomain}/${folder}`;
  if (config.serverUrl.replace(/\/+$/, '') !== 'https://github.com') return '';
  const host = `${config.owner.toLowerCase()}.github.io`;
  const base = config.repo.toLowerCase() === host ? '' : `${config.repo}/`;
  return `https://${host}/${base}${folder}`;
}
