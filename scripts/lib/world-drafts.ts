// Pull requests before they have numbers and commits: who, what, and when they were opened,
// merged or closed. Durations are chosen for a believable mid-performing team: a few hours of
// coding before opening, a few hours to the first review, a few more to the merge.
import type { Random } from './random.js';
import { type Kind, type Title, DEPENDENCY_BOT, makeTitle, pickKind } from './world-text.js';
import { DAY, MINUTE, humanDelay, workingMoment } from './world-time.js';

export interface RevertPlan {
  target: Draft | null;
  format: RevertFormat;
}

export type RevertFormat =
  | 'button' // Revert "title" + Reverts owner/repo#N (GitHub's Revert button)
  | 'git' // Revert "title" + This reverts commit SHA. (git revert)
  | 'conventional' // revert: title without its type
  | 'scoped' // Revert(scope)!: title (#N)
  | 'body-only' // a free title, the body names the target
  | 'short-sha' // a free title, the body names an abbreviated sha
  | 'orphan'; // Revert "a title no change has": a revert without a target

export interface Draft {
  seq: number;
  created: number;
  merged: number | null;
  closed: number | null;
  /** When the first commit was authored (L2's start). */
  started: number;
  /** When the first review by someone else came, if it did. */
  pickedUp: number | null;
  author: string;
  kind: Kind;
  title: Title;
  base: string;
  draft: boolean;
  mergeCommit: boolean;
  revert: RevertPlan | null;
  number: number;
}

export interface DraftContext {
  random: Random;
  start: number;
  until: number;
  team: readonly string[];
  branch: string;
  /** Other base branches for the few pull requests that do not target the default branch. */
  otherBases: readonly string[];
}

export function draftPullRequest(ctx: DraftContext, seq: number): Draft {
  const { random } = ctx;
  const kind = pickKind(random);
  const author = kind === 'deps' ? DEPENDENCY_BOT : random.pick(ctx.team);
  const created = workingMoment(random, ctx.start, ctx.until);
  const draft: Draft = {
    seq,
    created,
    merged: null,
    closed: null,
    started: created - humanDelay(random, kind === 'deps' ? 0.05 : 5, 1.1, 2 * MINUTE, 10 * DAY),
    pickedUp: null,
    author,
    kind,
    title: makeTitle(random, kind),
    base: random.chance(0.025) ? random.pick(ctx.otherBases) : ctx.branch,
    draft: false,
    mergeCommit: random.chance(0.05),
    revert: null,
    number: 0,
  };
  settle(ctx, draft);
  return draft;
}

/** Decides whether and when the pull request was reviewed, merged or closed. */
function settle(ctx: DraftContext, draft: Draft): void {
  const { random } = ctx;
  const fate = random.weighted<'merge' | 'close' | 'abandon'>([
    ['merge', 91],
    ['close', 6],
    ['abandon', 3],
  ]);
  const bot = draft.author === DEPENDENCY_BOT;
  const pickup = humanDelay(random, bot ? 1 : 3, 1.1, 2 * MINUTE, 6 * DAY);
  const review = humanDelay(random, bot ? 0.5 : 4, 1.2, 5 * MINUTE, 8 * DAY);
  if (random.chance(0.92)) draft.pickedUp = draft.created + pickup;
  if (fate === 'merge') {
    const merged = draft.created + pickup + review;
    if (merged < ctx.until) {
      draft.merged = merged;
      draft.closed = merged;
      return;
    }
  } else if (fate === 'close') {
    const closed = draft.created + humanDelay(random, 30, 1.2, 10 * MINUTE, 60 * DAY);
    if (closed < ctx.until) draft.closed = closed;
  }
  // Still open at the end of the world: some are drafts, some were never reviewed.
  draft.draft = draft.closed === null && random.chance(0.35);
  if (draft.pickedUp !== null && draft.pickedUp >= (draft.closed ?? ctx.until)) draft.pickedUp = null;
}

export function isMergedInto(draft: Draft, branch: string): boolean {
  return draft.merged !== null && draft.base === branch;
}

export function byCreation(a: Draft, b: Draft): number {
  return a.created - b.created || a.seq - b.seq;
}

export function byMerge(a: Draft, b: Draft): number {
  return (a.merged ?? 0) - (b.merged ?? 0) || a.seq - b.seq;
}
