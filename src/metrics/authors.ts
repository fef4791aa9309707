// L5: excluded authors. A change by an excluded author still ships, is reverted and fails
// deployments (L3, C2, C3, R1), but is left out of the lead-time sample (L4), of every flow figure
// (F1–F6) and of C4's rework test.

/** The entry that stands for every login ending in `[bot]`. */
export const BOTS_ENTRY = 'bots';

export interface AuthorExclusion {
  /** the entries as given (trimmed, duplicates dropped in any case): metrics.json's exclusions.authors */
  readonly authors: readonly string[];
  /** whether a login is excluded: matched in any case; `bots` takes every login ending in `[bot]` */
  readonly excludes: (login: string | null | undefined) => boolean;
}

/** A login GitHub gives an App (Dependabot, Renovate, github-actions …). */
export function isBotLogin(login: string | null | undefined): boolean {
  return !!login && login.toLowerCase().endsWith('[bot]');
}

export function authorExclusion(entries: readonly string[] = []): AuthorExclusion {
  const seen = new Set<string>();
  const authors: string[] = [];
  for (const entry of entries.map((e) => e.trim()).filter(Boolean)) {
    if (seen.has(entry.toLowerCase())) continue;
    seen.add(entry.toLowerCase());
    authors.push(entry);
  }
  const bots = seen.has(BOTS_ENTRY);
  return {
    authors,
    excludes: (login) => !!login && (seen.has(login.toLowerCase()) || (bots && isBotLogin(login))),
  };
}

export const NO_EXCLUSION = authorExclusion();

/** What the data-quality section says about L5 for one window. */
export interface AuthorNotesInput {
  /** pull requests merged in the window (0 in a commits-only world) */
  merged: number;
  /** of them, opened by a `[bot]` login */
  byBots: number;
  authors: readonly string[];
  changes: number;
  pullRequests: number;
  prWorld: boolean;
}

/**
 * L5's notes: how many changes and pull requests the exclusion left out; without one, when bots
 * opened more than a quarter of the window's pull requests, that they count and how to leave them out.
 */
export function authorNotes(q: AuthorNotesInput): string[] {
  if (q.authors.length > 0) {
    const changes = `${q.changes} ${q.changes === 1 ? 'change' : 'changes'}`;
    const flow = q.prWorld
      ? ` and ${q.pullRequests} ${q.pullRequests === 1 ? 'pull request' : 'pull requests'} from the flow figures`
      : '';
    return [
      `Left out by exclude-authors (${q.authors.join(', ')}; L5): ${changes} from lead time and the rework test${flow}. They still count as deployed and can still fail a deployment.`,
    ];
  }
  if (q.merged > 0 && q.byBots * 4 > q.merged) {
    const share = Math.round((q.byBots / q.merged) * 100);
    return [
      `Bots opened ${q.byBots} of the ${q.merged} pull requests merged in the window (${share}%); their changes count in lead time and flow like anyone's. To leave them out, set exclude-authors: bots (--exclude-authors bots on the command line; L5).`,
    ];
  }
  return [];
}

/** A GitHub login (Enterprise Managed Users' `_` included), with `[bot]` for an App, or `bots`. */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}(?:\[bot\])?$/;

/** L5's entries from a list (commas or new lines); throws a message naming the first that is no login. */
export function parseAuthorList(value: string): string[] {
  const entries = value
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = entries.find((entry) => !LOGIN.test(entry));
  if (bad !== undefined) throw new Error(authorProblem(bad));
  return entries;
}

export function authorProblem(entry: string): string {
  return `${JSON.stringify(entry)} is not a GitHub login (expected logins such as dependabot[bot] or octocat, or bots for every [bot] login)`;
}

export function isAuthorEntry(entry: string): boolean {
  return LOGIN.test(entry.trim());
}
