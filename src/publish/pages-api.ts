// Where GitHub Pages serves the repository's site, as GitHub says (GET /repos/{owner}/{repo}/pages:
// a custom domain, GitHub Enterprise Server's own addresses), and the history.json of a site that
// an artifact deployed, read back from that address (the artifact route keeps no branch to read).
import type { Octokit } from '@octokit/core';
import { UserError } from '../errors.js';
import { HistoryUnreadable, parseHistory, type HistoryEntry } from '../report/history-file.js';
import { writeError } from './write-errors.js';

export interface PagesSite {
  /** the site's root address, ending in `/` */
  htmlUrl: string;
  /** `workflow`: deployed from an artifact (actions/deploy-pages); `legacy`: from a branch */
  buildType: string;
}

/** Only a plain web address: the text is GitHub's, but it lands in Markdown links and the log. */
const SAFE_URL = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:\/[a-z0-9._~%!$&'*+,;=:@/-]*)?$/i;

/**
 * The repository's Pages site, or null when GitHub refuses to say: no site yet (404), or a token
 * without `pages: read` (403). Anything else is an error: the address is not guessed over it.
 */
export async function readPagesSite(
  octokit: Octokit,
  owner: string,
  repo: string,
): Promise<PagesSite | null> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/pages', { owner, repo });
    const url = typeof data.html_url === 'string' ? data.html_url.trim() : '';
    if (!SAFE_URL.test(url) || /[()]/.test(url)) return null;
    return {
      htmlUrl: url.endsWith('/') ? url : `${url}/`,
      buildType: typeof data.build_type === 'string' ? data.build_type : 'legacy',
    };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) return null;
    throw writeError(
      error,
      {
        doing: 'reading where GitHub Pages serves the site',
        permission: 'pages: read',
        leftAs: 'nothing was written',
      },
      `${owner}/${repo}`,
    );
  }
}

/** The report's address: the site's root, and the report's folder below it. */
export function siteAddress(site: PagesSite, folder: string): string {
  const clean = folder.replace(/^\/+|\/+$/g, '');
  return clean ? `${site.htmlUrl}${clean}/` : site.htmlUrl;
}

/**
 * The history.json a deployed site serves. None there (404) is no history yet; a file that is not
 * a history, or a site that cannot be read, stops the run unless `resetHistory`: the artifact
 * replaces the whole site, so publishing over it would erase months of trend.
 */
export async function readSiteHistory(
  siteUrl: string,
  resetHistory: boolean,
  warn: (message: string) => void,
  timeoutMs = 30_000,
): Promise<HistoryEntry[]> {
  const url = `${siteUrl}history.json`;
  let problem: string;
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 404) return [];
    if (response.status === 200) return parseHistory(await response.text());
    problem = `the site answered ${response.status}`;
  } catch (error) {
    if (error instanceof HistoryUnreadable) problem = error.message;
    else {
      const e = error as { name?: string; cause?: { code?: string }; message?: string };
      problem =
        e.name === 'TimeoutError'
          ? `no answer in ${timeoutMs / 1000} s`
          : (e.cause?.code ?? e.message ?? 'unreadable');
    }
  }
  if (resetHistory) {
    warn(`${url} cannot be read (${problem}); reset-history is set, so this run starts a new history`);
    return [];
  }
  throw new UserError(
    `${url} cannot be read: ${problem}; nothing was written (the artifact would replace the site's history: make the site readable, or set reset-history: true to start a new history)`,
  );
}
