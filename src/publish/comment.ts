// The sticky pull request comment (STYLE.md habit 11): found by its hidden marker and by the
// token's own login, updated in place, never duplicated.
import type { Octokit } from '@octokit/core';

export const COMMENT_MARKER = '<!-- dora-flow-action:metrics -->';
/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** The login of GITHUB_TOKEN, which cannot read GET /user. */
const ACTIONS_BOT = 'github-actions[bot]';

export interface CommentTarget {
  owner: string;
  repo: string;
  number: number;
}

/**
 * The token's own login. GitHub refuses GET /user to an installation token (403), which is then
 * the job token's bot. Any other failure is thrown: guessing the login there would duplicate the
 * comment of a personal token.
 */
export async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    const user = await octokit.request('GET /user');
    return user.data.login;
  } catch (error) {
    const { status, message } = error as { status?: number; message?: string };
    if (status === 403 && !/rate limit/i.test(message ?? '')) return ACTIONS_BOT;
    throw error;
  }
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
      (c) => c.user?.login === login && (c.body ?? '').startsWith(COMMENT_MARKER),
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
): Promise<{ id: number; created: boolean }> {
  const login = await ownLogin(octokit);
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
  const created = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    body: text,
  });
  return { id: Number(created.data.id), created: true };
}
