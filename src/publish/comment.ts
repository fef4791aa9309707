// The sticky pull request comment (STYLE.md habit 11): found by its hidden marker and by the
// token's own login, updated in place, never duplicated.
import type { Octokit } from '@octokit/core';
import { GitHubError, networkFaultOf } from '../sources/github/errors.js';
import { RETRIES } from '../sources/github/network.js';

export const COMMENT_MARKER = '<!-- dora-flow-action:metrics -->';
/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
export interface CommentTarget {
  owner: string;
  repo: string;
  number: number;
}

/**
 * The token's own login, from GraphQL's `viewer`, which every token can read: a personal token,
 * the job token (`github-actions[bot]`) and a GitHub App's installation token (`NAME[bot]`), to
 * which GitHub refuses REST's GET /user. A guessed login would never find the comment again and
 * would add one on every push.
 */
export async function ownLogin(octokit: Octokit, graphqlUrl: string): Promise<string> {
  const response = await octokit.request({
    method: 'POST',
    url: graphqlUrl,
    query: 'query { viewer { login } }',
  });
  const body = response.data as { data?: { viewer?: { login?: unknown } }; errors?: { message?: unknown }[] };
  const login = body.data?.viewer?.login;
  if (typeof login === 'string' && login) return login;
  const said = typeof body.errors?.[0]?.message === 'string' ? body.errors[0].message : 'no login';
  throw new GitHubError(
    `GitHub did not say whose token this is (GraphQL viewer: ${said.split('\n')[0].slice(0, 160)})`,
  );
}

/** GraphQL may name a bot without the `[bot]` that REST's comment authors carry. */
function sameLogin(author: string | undefined, login: string): boolean {
  return author === login || author === `${login}[bot]`;
}

export function fitComment(body: string): string {
  const marked = `${COMMENT_MARKER}\n${body}`;
  if (marked.length <= COMMENT_LIMIT) return marked;
  const note = '\n\n… (cut to fit GitHub’s comment limit; the full report is linked above)';
  return marked.slice(0, COMMENT_LIMIT - note.length) + note;
}

export async function findStickyComment(
  octokit: Octokit,
  target: CommentTarget,
  login: string,
): Promise<number | null> {
  for (let page = 1; page <= 30; page++) {
    const comments = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: 100,
      page,
    });
    const mine = comments.data.find(
      (c) => sameLogin(c.user?.login, login) && (c.body ?? '').startsWith(COMMENT_MARKER),
    );
    if (mine) return Number(mine.id);
    if (comments.data.length < 100) return null;
  }
  return null;
}

export async function upsertStickyComment(
  octokit: Octokit,
  target: CommentTarget,
  body: string,
  graphqlUrl: string,
): Promise<{ id: number; created: boolean }> {
  const login = await ownLogin(octokit, graphqlUrl);
  const text = fitComment(body);
  const existing = await findStickyComment(octokit, target, login);
  if (existing !== null) {
    await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: target.owner,
      repo: target.repo,
      comment_id: existing,
      body: text,
    });
    return { id: existing, created: false };
  }
  return { id: await createComment(octokit, target, text, login), created: true };
}

/**
 * A POST is not retried blindly: when its answer is lost (the network, a 5xx), the comment may
 * have been made all the same, so the pull request's comments are looked at before posting again.
 */
async function createComment(
  octokit: Octokit,
  target: CommentTarget,
  text: string,
  login: string,
): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.number,
        body: text,
        request: { retries: 0 },
      });
      return Number(created.data.id);
    } catch (error) {
      if (attempt >= RETRIES || !mayHaveLanded(error)) throw error;
      const landed = await findStickyComment(octokit, target, login);
      if (landed !== null) return landed;
    }
  }
}

/** A failure after which the request may have been carried out: no answer, or a server error. */
function mayHaveLanded(error: unknown): boolean {
  if (networkFaultOf(error) !== null) return true;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 500;
}
