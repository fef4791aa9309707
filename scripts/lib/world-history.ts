// The default branch: a root commit, then one squash commit per pull request merged into it
// (message: title + " (#N)", the form C2 strips), and for the few merged with a merge commit,
// their own commits plus a two-parent merge commit. Also the commits listed on each pull request.
import type { WorldCommit } from '../../src/world/types.js';
import type { Random } from './random.js';
import type { Draft } from './world-drafts.js';
import { makeCommitMessage } from './world-text.js';
import { DAY, MINUTE, iso } from './world-time.js';

export interface History {
  commits: WorldCommit[];
  /** First-parent chain: commit times ascending, for "what was the head at time t". */
  chainTimes: number[];
  chainShas: string[];
  mergeShas: Map<Draft, string>;
  mergeCommits: Map<Draft, WorldCommit>;
}

export interface PullRequestCommit {
  sha: string;
  authored: number;
  committed: number;
  message: string;
}

/** 1–5 commits; the first authored before the pull request was opened, fix-ups possibly after. */
export function draftCommits(random: Random, draft: Draft, until: number): PullRequestCommit[] {
  const count = random.weighted<number>([
    [1, 35],
    [2, 25],
    [3, 20],
    [4, 12],
    [5, 8],
  ]);
  const end = draft.merged ?? draft.closed ?? until;
  const times = [draft.started];
  for (let i = 1; i < count; i++) {
    const afterOpening = random.chance(0.3) && end - draft.created > 2 * MINUTE;
    times.push(
      afterOpening
        ? random.between(draft.created, end - MINUTE)
        : random.between(draft.started, draft.created),
    );
  }
  times.sort((a, b) => a - b);
  return times.map((time, i) => {
    const authored = Math.floor(time / 1000) * 1000;
    const limit = authored < draft.created ? draft.created : end;
    const committed = Math.max(authored, Math.min(limit - 1000, authored + random.int(0, 1200) * 1000));
    return {
      sha: random.sha(),
      authored,
      committed,
      message: makeCommitMessage(random, i, draft.title.title),
    };
  });
}

export function buildHistory(
  random: Random,
  merged: readonly Draft[],
  commitsOf: Map<Draft, PullRequestCommit[]>,
  start: number,
  repo: string,
  founder: string,
  /** the skew: when each merge reached the branch (`merged` is in this order); else its merge time */
  landed: ReadonlyMap<Draft, number> | null = null,
): History {
  const rootTime = start - 30 * DAY;
  const root: WorldCommit = {
    sha: random.sha(),
    parents: [],
    authoredAt: iso(rootTime),
    committedAt: iso(rootTime),
    message: 'Initial commit',
    author: founder,
  };
  const history: History = {
    commits: [root],
    chainTimes: [rootTime],
    chainShas: [root.sha],
    mergeShas: new Map(),
    mergeCommits: new Map(),
  };
  for (const draft of merged) {
    const when = draft.merged as number;
    const head = history.chainShas[history.chainShas.length - 1];
    const commit: WorldCommit = draft.mergeCommit
      ? mergeCommit(random, draft, history, commitsOf.get(draft) ?? [], repo)
      : { sha: random.sha(), parents: [head], authoredAt: iso(when), committedAt: iso(when) };
    if (!draft.mergeCommit) commit.message = `${draft.title.title} (#${draft.number})`;
    commit.author = draft.author;
    history.commits.push(commit);
    history.chainTimes.push(landed?.get(draft) ?? when);
    history.chainShas.push(commit.sha);
    history.mergeShas.set(draft, commit.sha);
    history.mergeCommits.set(draft, commit);
  }
  return history;
}

/** The branch's own commits join the default branch, starting from the head when work began. */
function mergeCommit(random: Random, draft: Draft, history: History, own: PullRequestCommit[], repo: string) {
  let parent = headAt(history, draft.started);
  for (const c of own) {
    history.commits.push({
      sha: c.sha,
      parents: [parent],
      authoredAt: iso(c.authored),
      committedAt: iso(c.committed),
      message: c.message,
      author: draft.author,
    });
    parent = c.sha;
  }
  const when = iso(draft.merged as number);
  const head = history.chainShas[history.chainShas.length - 1];
  const owner = repo.split('/')[0];
  return {
    sha: random.sha(),
    parents: [head, parent],
    authoredAt: when,
    committedAt: when,
    message: `Merge pull request #${draft.number} from ${owner}/${headRef(draft)}\n\n${draft.title.title}`,
  } satisfies WorldCommit;
}

export function headRef(draft: Draft): string {
  if (draft.revert) return `revert-${draft.number}-${draft.title.scope}`;
  if (draft.title.scope === 'deps') return `dependabot/npm_and_yarn/bump-${draft.number}`;
  return `${draft.author}/${draft.title.scope}-${draft.number}`;
}

/** Index in the first-parent chain of the head at time t (the latest commit at or before t). */
export function headIndexAt(history: History, t: number): number {
  const times = history.chainTimes;
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (times[mid] <= t) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low - 1);
}

export function headAt(history: History, t: number): string {
  return history.chainShas[headIndexAt(history, t)];
}
