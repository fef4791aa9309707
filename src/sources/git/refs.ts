// Which branch is the default one, and what the tags point at. Branch and tag names come from
// the repository (and so from anyone who could push to it): they are only ever passed back to git
// as full ref names that git itself listed, never as options.
import { UserError } from '../../errors.js';
import type { WorldTag } from '../../world/types.js';
import { isoFromUnixSeconds } from './commits.js';

export const BRANCHES_FORMAT = '%(refname)%00%(symref)';
export const TAGS_FORMAT = [
  '%(refname:strip=2)',
  '%(objecttype)',
  '%(objectname)',
  '%(*objecttype)',
  '%(*objectname)',
  '%(taggerdate:unix)',
  '%(committerdate:unix)',
  '%(*committerdate:unix)',
].join('%00');

export interface BranchList {
  local: string[]; // names under refs/heads/
  remote: string[]; // names under refs/remotes/, such as origin/main
  originHead: string | null; // what refs/remotes/origin/HEAD points at, such as origin/main
}

export interface ChosenBranch {
  ref: string; // the full ref to read history from
  name: string; // the branch's name on the remote: the world's defaultBranch
}

/** Parses `git for-each-ref --format=BRANCHES_FORMAT refs/heads refs/remotes`. */
export function parseBranches(output: string): BranchList {
  const list: BranchList = { local: [], remote: [], originHead: null };
  for (const line of output.split('\n')) {
    const [ref, symref = ''] = line.split('\0');
    if (ref.startsWith('refs/heads/')) list.local.push(ref.slice('refs/heads/'.length));
    else if (ref === 'refs/remotes/origin/HEAD' && symref.startsWith('refs/remotes/')) {
      list.originHead = symref.slice('refs/remotes/'.length);
    } else if (ref.startsWith('refs/remotes/') && symref === '')
      list.remote.push(ref.slice('refs/remotes/'.length));
  }
  return list;
}

/**
 * The branch to read: `requested` when given (a local branch, else a remote-tracking one), else
 * the remote's default branch (origin/HEAD), else the branch checked out locally.
 */
export function chooseBranch(
  label: string,
  list: BranchList,
  head: string | null,
  requested?: string,
): ChosenBranch {
  if (requested !== undefined) return findRequested(label, list, requested);
  if (list.originHead !== null && list.remote.includes(list.originHead)) return remoteBranch(list.originHead);
  const checkedOut = head?.startsWith('refs/heads/') ? head.slice('refs/heads/'.length) : null;
  if (checkedOut !== null && list.local.includes(checkedOut))
    return { ref: head as string, name: checkedOut };
  // A detached HEAD (a pull request checkout) names no branch; main or master are a safe guess.
  for (const guess of ['main', 'master']) {
    if (list.local.includes(guess)) return { ref: `refs/heads/${guess}`, name: guess };
    if (list.remote.includes(`origin/${guess}`)) return remoteBranch(`origin/${guess}`);
  }
  if (list.local.length === 0 && list.remote.length === 0) {
    throw new UserError(`${label}: the repository has no branch with commits`);
  }
  throw new UserError(
    `${label}: cannot tell the default branch (HEAD is detached and origin/HEAD is not set); ` +
      `pass --branch NAME (branches: ${someBranches(list)})`,
  );
}

function findRequested(label: string, list: BranchList, requested: string): ChosenBranch {
  const name = requested.replace(/^refs\/heads\//, '');
  if (list.local.includes(name)) return { ref: `refs/heads/${name}`, name };
  const remote = requested.replace(/^refs\/remotes\//, '');
  if (list.remote.includes(remote)) return remoteBranch(remote);
  if (list.remote.includes(`origin/${remote}`)) return remoteBranch(`origin/${remote}`);
  const known = someBranches(list);
  throw new UserError(
    `--branch ${JSON.stringify(requested)}: no such branch in ${label.replace(/^--git /, '')} ` +
      `(expected one of: ${known === '' ? 'none, the repository has no branches' : known})`,
  );
}

function remoteBranch(remote: string): ChosenBranch {
  // origin/release/2.x is the remote's branch release/2.x: drop the remote's name.
  return { ref: `refs/remotes/${remote}`, name: remote.slice(remote.indexOf('/') + 1) };
}

function someBranches(list: BranchList): string {
  const names = [...list.local, ...list.remote];
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown}, … ${names.length - 5} more` : shown;
}

/**
 * Parses `git for-each-ref --format=TAGS_FORMAT refs/tags`. An annotated tag is dereferenced once
 * to its commit and dated by its tagger; a lightweight tag is dated by its commit's committer date
 * (world README). Tags of trees, blobs, or of other tags (nested) are skipped.
 */
export function parseTags(output: string): { tags: WorldTag[]; skipped: number } {
  const tags: WorldTag[] = [];
  let skipped = 0;
  for (const line of output.split('\n')) {
    if (line === '') continue;
    const [name, type, sha, targetType, targetSha, taggerTime, commitTime, targetCommitTime] =
      line.split('\0');
    if (type === 'commit') {
      tags.push({ name, sha, taggedAt: isoFromUnixSeconds(Number(commitTime)) });
    } else if (type === 'tag' && targetType === 'commit') {
      // Very old annotated tags can lack a tagger line: fall back to the commit's date.
      const time = taggerTime !== '' ? taggerTime : targetCommitTime;
      tags.push({ name, sha: targetSha, taggedAt: isoFromUnixSeconds(Number(time)) });
    } else {
      skipped += 1;
    }
  }
  return { tags, skipped };
}
