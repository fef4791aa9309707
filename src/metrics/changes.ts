// L1/L2 and C2's titles: the changes of a world, in merge order.
import type { World, WorldPullRequest } from '../world/types.js';
import { firstReviewAt } from './reviews.js';
import { compareText, ms } from './time.js';

export interface Change {
  id: string;
  kind: 'pull-request' | 'commit';
  number: number | null;
  /** the commit that carries it: a pull request's mergeCommitSha, or the commit itself */
  sha: string | null;
  /** C2: a pull request's title, or a commit's subject without one trailing ` (#N)` */
  title: string;
  /** a commit's subject as written (C2 rule 1 in a commits-only world) */
  subject: string;
  body: string;
  author: string | null;
  start: number;
  merged: number;
  /** F2: a pull request's createdAt (epoch ms); a commit's start */
  created: number;
  /** F2: a pull request's first review before its merge (firstReviewAt); null for none or a commit */
  firstReview: number | null;
  pr: WorldPullRequest | null;
}

/** A pull request merged into the default branch (L1). A missing base is taken as the default. */
export function isMergedInto(pr: WorldPullRequest, branch: string): boolean {
  return !!pr.mergedAt && (pr.baseRefName === undefined || pr.baseRefName === branch);
}

const TRAILING_NUMBER = / \(#\d+\)$/;

export function withoutTrailingNumber(title: string): string {
  return title.replace(TRAILING_NUMBER, '');
}

export function subjectOf(message: string | undefined): string {
  if (!message) return '';
  const end = message.indexOf('\n');
  return (end < 0 ? message : message.slice(0, end)).replace(/\r$/, '');
}

/** L1/L2; sorted by C2's order: merge time, then number or sha. */
export function buildChanges(world: World): Change[] {
  const branch = world.repository.defaultBranch;
  const merged = (world.pullRequests ?? []).filter((pr) => isMergedInto(pr, branch));
  const changes = merged.length > 0 ? merged.map(fromPullRequest) : commitChanges(world);
  return changes.sort(
    (a, b) =>
      a.merged - b.merged || (a.number ?? 0) - (b.number ?? 0) || compareText(a.sha ?? '', b.sha ?? ''),
  );
}

function fromPullRequest(pr: WorldPullRequest): Change {
  // L2: the earliest authoredAt of its commits; createdAt when it has none.
  let start = Infinity;
  for (const commit of pr.commits ?? []) start = Math.min(start, ms(commit.authoredAt));
  const created = ms(pr.createdAt);
  if (start === Infinity) start = created;
  const merged = ms(pr.mergedAt!);
  return {
    id: `#${pr.number}`,
    kind: 'pull-request',
    number: pr.number,
    sha: pr.mergeCommitSha ?? null,
    title: pr.title,
    subject: pr.title,
    body: pr.body ?? '',
    author: pr.author ?? null,
    start,
    merged,
    created,
    firstReview: firstReviewAt(pr, merged),
    pr,
  };
}

/**
 * L1: every non-merge commit. A commit whose `parents` are missing is taken as a non-merge commit;
 * a root commit (no parents) is not a change.
 */
function commitChanges(world: World): Change[] {
  const out: Change[] = [];
  for (const commit of world.commits ?? []) {
    if (commit.parents !== undefined && commit.parents.length !== 1) continue;
    const subject = subjectOf(commit.message);
    const start = ms(commit.authoredAt);
    out.push({
      id: commit.sha,
      kind: 'commit',
      number: null,
      sha: commit.sha,
      title: withoutTrailingNumber(subject),
      subject,
      body: commit.message ?? '',
      author: commit.author ?? null,
      start,
      merged: ms(commit.committedAt),
      created: start,
      firstReview: null,
      pr: null,
    });
  }
  return out;
}
