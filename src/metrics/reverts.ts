// C2: which changes are reverts, and which change each one reverts.
import { withoutTrailingNumber, type Change } from './changes.js';

const REVERT_WORD = /^Revert /;
const REVERT_TYPE = /^revert(\([^)]*\))?!?:\s*/i;
const CONVENTIONAL_PREFIX = /^[A-Za-z][\w-]*(\([^)]*\))?!?:\s*/;
const REVERTS_REFERENCE = /\bReverts\s+([\w.-]+)\/([\w.-]+)#(\d+)/i;
const REVERTS_COMMIT = /This reverts commit ([0-9a-fA-F]{7,40})\b/;
const FIRST_NUMBER = /#(\d+)/;

export interface Reverts {
  /** per change: whether it is a revert */
  isRevert: boolean[];
  /** per change: the index of its target, or -1 */
  target: Int32Array;
}

export function isRevertByTitle(title: string): boolean {
  return REVERT_WORD.test(title) || REVERT_TYPE.test(title);
}

/** C2 rule 3: what a revert's title names, without the prefix, quotes and one trailing ` (#N)`. */
export function revertedTitle(title: string): string {
  let rest = REVERT_WORD.test(title) ? title.slice('Revert '.length) : title.replace(REVERT_TYPE, '');
  rest = rest.trim();
  if (rest.length >= 2 && rest.startsWith('"') && rest.endsWith('"')) rest = rest.slice(1, -1);
  return withoutTrailingNumber(rest);
}

function withoutConventionalPrefix(title: string): string {
  // The prefix ends with a colon: most titles have none and skip the expression.
  return title.includes(':') ? title.replace(CONVENTIONAL_PREFIX, '') : title;
}

/** Lookups over the changes before a given position (C2: "among the changes before the revert"). */
class Earlier {
  private readonly byNumber = new Map<number, number>();
  private readonly bySubjectNumber = new Map<number, number>();
  private readonly byTitle = new Map<string, number>();
  private readonly byBareTitle = new Map<string, number>();
  /** changes by the first 7 hex digits of their commit (the shortest prefix rule 2 accepts) */
  private readonly byShortSha = new Map<string, number[]>();

  add(change: Change, index: number): void {
    if (change.number !== null) this.byNumber.set(change.number, index);
    const subjectNumber = change.kind === 'commit' ? / \(#(\d+)\)$/.exec(change.subject) : null;
    if (subjectNumber) this.bySubjectNumber.set(Number(subjectNumber[1]), index);
    // A commit's title has lost its trailing (#N) already; a pull request's loses it here.
    const title = change.kind === 'pull-request' ? withoutTrailingNumber(change.title) : change.title;
    this.byTitle.set(title, index);
    this.byBareTitle.set(withoutConventionalPrefix(title), index);
    if (change.sha) {
      const key = change.sha.slice(0, 7);
      const list = this.byShortSha.get(key);
      if (list) list.push(index);
      else this.byShortSha.set(key, [index]);
    }
  }

  /** Rule 1: pull request N, or in a commits-only world the latest commit whose subject ends with (#N). */
  number(n: number, commitsOnly: boolean): number {
    return (commitsOnly ? this.bySubjectNumber.get(n) : this.byNumber.get(n)) ?? -1;
  }

  /** Rule 2: the latest change whose commit starts with the given prefix. */
  shaPrefix(prefix: string, changes: readonly Change[]): number {
    const list = this.byShortSha.get(prefix.slice(0, 7)) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (changes[list[i]].sha!.startsWith(prefix)) return list[i];
    return -1;
  }

  /** Rule 3: equal titles, then equal titles without a conventional-commit prefix. */
  title(title: string): number {
    return this.byTitle.get(title) ?? this.byBareTitle.get(withoutConventionalPrefix(title)) ?? -1;
  }
}

export function findReverts(changes: readonly Change[], owner: string, name: string): Reverts {
  const isRevert = new Array<boolean>(changes.length).fill(false);
  const target = new Int32Array(changes.length).fill(-1);
  const commitsOnly = changes.length > 0 && changes[0].kind === 'commit';
  const repository = `${owner}/${name}`.toLowerCase();
  const earlier = new Earlier();
  changes.forEach((change, i) => {
    const byTitle = isRevertByTitle(change.title);
    const found = findTarget(change, byTitle, earlier, commitsOnly, repository, changes);
    isRevert[i] = byTitle || found >= 0;
    target[i] = found;
    earlier.add(change, i);
  });
  return { isRevert, target };
}

function findTarget(
  change: Change,
  byTitle: boolean,
  earlier: Earlier,
  commitsOnly: boolean,
  repository: string,
  changes: readonly Change[],
) {
  // Rule 1: `Reverts OWNER/REPO#N` naming this repository, or else for a revert by title its first #N.
  const reference = REVERTS_REFERENCE.exec(change.body);
  if (reference && `${reference[1]}/${reference[2]}`.toLowerCase() === repository) {
    const found = earlier.number(Number(reference[3]), commitsOnly);
    if (found >= 0) return found;
  }
  const first = byTitle ? FIRST_NUMBER.exec(change.title) : null;
  if (first) {
    const found = earlier.number(Number(first[1]), commitsOnly);
    if (found >= 0) return found;
  }
  // Rule 2: `This reverts commit SHA` (the first such line).
  const commit = REVERTS_COMMIT.exec(change.body);
  if (commit) {
    const found = earlier.shaPrefix(commit[1].toLowerCase(), changes);
    if (found >= 0) return found;
  }
  // Rule 3: the reverted title.
  return byTitle ? earlier.title(revertedTitle(change.title)) : -1;
}
