// Turns a drafted pull request into the world's record: state, labels, size, commits and reviews.
// Reviews are mostly by teammates, with the cases F2 must skip: self-reviews, PENDING reviews
// and comments after the merge.
import type { WorldPullRequest, WorldReview } from '../../src/world/types.js';
import type { Random } from './random.js';
import type { Draft } from './world-drafts.js';
import type { PullRequestCommit } from './world-history.js';
import { headRef } from './world-history.js';
import { DEPENDENCY_BOT, makeBody, makeFiles, makeLabels } from './world-text.js';
import { HOUR, MINUTE, humanDelay, iso } from './world-time.js';

export interface PullRequestFacts {
  body: string;
  mergeSha: string | null;
  commits: readonly PullRequestCommit[];
}

export function buildPullRequest(
  random: Random,
  draft: Draft,
  facts: PullRequestFacts,
  team: readonly string[],
  until: number,
): WorldPullRequest {
  const bot = draft.author === DEPENDENCY_BOT;
  const total = bot ? random.int(2, 40) : Math.round(Math.min(5000, Math.max(1, random.logNormal(90, 1.2))));
  const additions = Math.round(total * random.between(0.4, 0.95));
  const changedFiles = Math.min(80, Math.max(1, Math.round(random.logNormal(bot ? 1.5 : 4, 0.8))));
  return {
    number: draft.number,
    title: draft.title.title,
    body: facts.body || (draft.revert ? '' : makeBody(random, draft.title.scope)),
    author: draft.author,
    state: draft.merged !== null ? 'MERGED' : draft.closed !== null ? 'CLOSED' : 'OPEN',
    isDraft: draft.draft,
    createdAt: iso(draft.created),
    mergedAt: draft.merged === null ? null : iso(draft.merged),
    closedAt: draft.closed === null ? null : iso(draft.closed),
    baseRefName: draft.base,
    headRefName: headRef(draft),
    mergeCommitSha: facts.mergeSha,
    labels: draft.revert ? (random.chance(0.3) ? ['revert'] : []) : makeLabels(random, draft.kind),
    additions,
    deletions: total - additions,
    changedFiles,
    files: makeFiles(random, draft.title.scope, changedFiles),
    commits: facts.commits.map((c) => ({
      sha: c.sha,
      authoredAt: iso(c.authored),
      committedAt: iso(c.committed),
      message: c.message,
    })),
    reviews: reviewsOf(random, draft, team, until),
  };
}

function reviewsOf(random: Random, draft: Draft, team: readonly string[], until: number): WorldReview[] {
  const end = draft.merged ?? draft.closed ?? until;
  const others = team.filter((m) => m !== draft.author);
  const reviewers = others.length > 0 ? others : team;
  const reviews: { at: number; review: WorldReview }[] = [];
  const add = (author: string, state: WorldReview['state'], at: number) =>
    reviews.push({ at, review: { author, state, submittedAt: iso(at) } });
  if (!draft.revert && draft.author !== DEPENDENCY_BOT && random.chance(0.1)) {
    const at = draft.created + random.int(1, 30) * MINUTE;
    if (at < end) add(draft.author, 'COMMENTED', at); // a self-review: F2 ignores it
  }
  if (draft.pickedUp !== null) {
    const reviewer = random.pick(reviewers);
    const first = random.weighted<WorldReview['state']>([
      ['APPROVED', 70],
      ['CHANGES_REQUESTED', 18],
      ['COMMENTED', 12],
    ]);
    const dismissed = first === 'CHANGES_REQUESTED' && random.chance(0.1);
    add(reviewer, dismissed ? 'DISMISSED' : first, draft.pickedUp);
    if (first !== 'APPROVED' && draft.merged !== null) {
      add(
        reviewer,
        'APPROVED',
        Math.floor(draft.pickedUp + (draft.merged - draft.pickedUp) * random.between(0.5, 0.95)),
      );
    }
  }
  if (random.chance(0.07) && end > draft.created) {
    add(random.pick(reviewers), 'PENDING', Math.floor(random.between(draft.created, end))); // F2 ignores it
  }
  if (draft.merged !== null && random.chance(0.05)) {
    const at = draft.merged + humanDelay(random, 6, 1, 10 * MINUTE, 72 * HOUR);
    if (at < until) add(random.pick(reviewers), 'COMMENTED', at); // after the merge: not a first review
  }
  reviews.sort((a, b) => a.at - b.at);
  return reviews.map((r) => r.review);
}
