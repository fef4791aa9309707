// The pull request of the triggering event, read from the runner's event payload file.
import { readFileSync } from 'node:fs';
import type { PullRequestContext } from '../report/pr-comment.js';

export interface PullRequestEvent {
  context: PullRequestContext;
  /** the head branch lives in another repository */
  fromFork: boolean;
  /**
   * GitHub gives the job token read access only: on `pull_request` from a fork or from Dependabot.
   * `pull_request_target` runs with the base repository's token, which may write.
   */
  readOnlyToken: boolean;
}

export interface PayloadPullRequest {
  number?: unknown;
  created_at?: unknown;
  additions?: unknown;
  deletions?: unknown;
  draft?: unknown;
  head?: { repo?: { full_name?: unknown } | null } | null;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

/** The payload is GitHub's, but still read defensively: a field of the wrong type counts as missing. */
function readPayload(eventPath: string): { pull_request?: PayloadPullRequest } | null {
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as unknown;
    return typeof payload === 'object' && payload !== null ? payload : null;
  } catch {
    return null;
  }
}

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;

export function pullRequestOf(
  eventName: string,
  eventPath: string | undefined,
  repository: { owner: string; repo: string; actor?: string },
  now: Date,
): PullRequestEvent | null {
  if (!PULL_REQUEST_EVENTS.has(eventName) || !eventPath) return null;
  return pullRequestEventOf(readPayload(eventPath)?.pull_request, eventName, repository, now);
}

/** The sha a push event moved its branch to; null for a deleted branch or an unreadable payload. */
export function pushedSha(eventPath: string | undefined): string | null {
  if (!eventPath) return null;
  const after = (readPayload(eventPath) as { after?: unknown } | null)?.after;
  return typeof after === 'string' && /^[0-9a-f]{40}$/.test(after) && !/^0+$/.test(after) ? after : null;
}

/** A pull request as GitHub's REST and webhook payloads give it (fields of the wrong type count as missing). */
export function pullRequestEventOf(
  pr: PayloadPullRequest | null | undefined,
  eventName: string,
  repository: { owner: string; repo: string; actor?: string },
  now: Date,
): PullRequestEvent | null {
  if (!pr || typeof pr.number !== 'number' || !Number.isInteger(pr.number)) return null;
  const head = pr.head?.repo?.full_name;
  // A deleted fork leaves head.repo null: still not this repository.
  const fromFork =
    pr.head?.repo === null ||
    (typeof head === 'string' &&
      head.toLowerCase() !== `${repository.owner}/${repository.repo}`.toLowerCase());
  const createdAt =
    typeof pr.created_at === 'string' && Number.isFinite(Date.parse(pr.created_at))
      ? pr.created_at
      : now.toISOString();
  return {
    context: {
      number: pr.number,
      createdAt,
      additions: count(pr.additions),
      deletions: count(pr.deletions),
      draft: pr.draft === true,
      reviewed: eventName === 'pull_request_review',
    },
    fromFork,
    readOnlyToken:
      eventName !== 'pull_request_target' && (fromFork || repository.actor === 'dependabot[bot]'),
  };
}
