// F2's first review of a pull request, shared by cycle time and the pull request comment.
import type { WorldPullRequest } from '../world/types.js';
import { ms } from './time.js';

/**
 * F2: the time of the earliest review not by the author and not PENDING, submitted before
 * `before` (the merge; no bound for an open pull request). A review whose author is unknown (a
 * deleted account) counts as someone else's.
 */
export function firstReviewAt(pr: WorldPullRequest, before = Infinity): number | null {
  let first: number | null = null;
  for (const review of pr.reviews ?? []) {
    if (review.state === 'PENDING') continue;
    if (review.author != null && review.author === pr.author) continue;
    const at = ms(review.submittedAt);
    if (at >= before) continue;
    if (first === null || at < first) first = at;
  }
  return first;
}
