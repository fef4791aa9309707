// The pull request of the triggering event, read from the runner's event payload file.
import { readFileSync } from 'node:fs';
import type { PullRequestContext } from '../publish/pr-comment.js';

export interface PullRequestEvent {
  context: PullRequestContext;
  /** a head repository other than this one: the token can only read */
  fromFork: boolean;
}

interface PayloadPullRequest {
  number?: number;
  created_at?: string;
  additions?: number;
  deletions?: number;
  draft?: boolean;
  head?: { repo?: { full_name?: string } | null };
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

export function pullRequestOf(
  eventName: string,
  eventPath: string | undefined,
  owner: string,
  repo: string,
): PullRequestEvent | null {
  if (!PULL_REQUEST_EVENTS.has(eventName) || !eventPath) return null;
  let payload: { pull_request?: PayloadPullRequest; review?: unknown };
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch {
    return null;
  }
  const pr = payload.pull_request;
  if (!pr || typeof pr.number !== 'number') return null;
  const head = pr.head?.repo?.full_name;
  return {
    context: {
      number: pr.number,
      createdAt: pr.created_at ?? new Date().toISOString(),
      additions: pr.additions ?? 0,
      deletions: pr.deletions ?? 0,
      draft: pr.draft ?? false,
      reviewed: eventName === 'pull_request_review',
    },
    fromFork: head !== undefined && head.toLowerCase() !== `${owner}/${repo}`.toLowerCase(),
  };
}
