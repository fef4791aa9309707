// Path globs for services, with picomatch's syntax (as GitHub's own `paths:` filters read them):
// `*` and `?` within a folder, `**` across folders, `[abc]`, `[^abc]` (or `[!abc]`), `{a,b}`, and a
// leading `!` that takes paths out again. `dot: true`: `*` and `**` match dotfiles and dot folders
// (`.github/**`). A glob matches the whole path from the repository's root; a leading `./` or `/`
// is ignored. A bare folder name (`api` or `api/`) matches everything under it.
//
// Paths come from anyone's pull request, so matching must stay linear in the path: picomatch's own
// regular expressions backtrack (three `**` against a path of 3,000 folders took 42 s; three `*`
// in one 255-character name take 25 ms, four take over a second). picomatch turns the glob into a
// regular expression, and that expression runs on re2js, a linear-time engine. The only
// lookarounds picomatch writes keep `*` from matching an empty name and `**` from matching the
// names `.` and `..`, which no path from git holds; they are dropped, and any other lookaround is
// refused with its reason.
import picomatch from 'picomatch';
import { RE2JS } from 're2js';

/**
 * Extglobs (`+(a|b)`) are off: GitHub's filters have none. `posix`: [[:alpha:]] classes and [!a] as [^a].
 * `windows: false`: a path from git always uses /, and a backslash escapes, on every runner.
 */
const PICOMATCH_OPTIONS = { dot: true, noextglob: true, posix: true, windows: false } as const;

/** picomatch's guards against empty names and the `.` and `..` folders (see above). */
const DOT_SEGMENT_GUARDS = [
  '(?!(?:^|\\/)\\.{1,2}(?:\\/|$))',
  '(?!\\.{1,2}(?:\\/|$))',
  '(?!\\.{0,1}(?:\\/|$))',
  '(?=.)',
];

/** A glob the configuration cannot use: `reason` completes "… is not a glob we can match: ". */
export class GlobRefused extends Error {}

export interface CompiledGlob {
  /** a leading `!`: a path it matches is taken out again (unless a later glob matches it) */
  readonly negated: boolean;
  /** the glob as written (without ! and ./): a path equal to it matches, as in picomatch */
  readonly literal: string;
  /** the glob's literal start: a path without it cannot match (a cheap test first) */
  readonly prefix: string;
  readonly regex: RE2JS;
}

/** Compiles one glob of a service's `paths`; throws GlobRefused for one we cannot match. */
export function compileGlob(glob: string): CompiledGlob {
  const negated = glob.startsWith('!');
  const literal = (negated ? glob.slice(1) : glob).trim().replace(/^\.?\/+/, '');
  let pattern = literal;
  if (pattern === '' || pattern === '.') throw new GlobRefused('it names no path');
  const scan = picomatch.scan(pattern);
  // A bare folder name matches everything under it (and a file of that name); so does `folder/`.
  if (!scan.isGlob) pattern = `${pattern.replace(/\/+$/, '')}/**`;
  else if (pattern.endsWith('/')) pattern = `${pattern}**`;
  let source = picomatch.makeRe(pattern, PICOMATCH_OPTIONS).source;
  for (const guard of DOT_SEGMENT_GUARDS) source = source.split(guard).join('');
  let regex: RE2JS;
  try {
    // DOTALL: a name may hold a newline, and `**` must still cross it.
    regex = RE2JS.compile(source, RE2JS.DOTALL);
  } catch {
    throw new GlobRefused(
      'its parentheses make a lookaround or backreference, which cannot be matched in linear time (expected *, **, ?, [abc], {a,b} and a leading !)',
    );
  }
  const base = picomatch.scan(pattern).base;
  return { negated, literal, prefix: base.includes('\\') ? '' : base, regex };
}

/** Whether a path is taken by the globs: as in GitHub's `paths:`, the last glob that matches it decides. */
function isTaken(globs: readonly CompiledGlob[], path: string): boolean {
  for (let i = globs.length - 1; i >= 0; i--) {
    const glob = globs[i];
    if (path === glob.literal || (path.startsWith(glob.prefix) && glob.regex.matches(path)))
      return !glob.negated;
  }
  return false;
}

/** A matcher for a service's globs; `matches(files)` is true when one file is taken by them. */
export function compileGlobs(globs: readonly string[]): (files: readonly string[]) => boolean {
  const compiled = globs.map(compileGlob);
  if (!compiled.some((glob) => !glob.negated)) return () => false;
  const takes = (file: string) => {
    const path = file.charCodeAt(0) === 46 || file.charCodeAt(0) === 47 ? file.replace(/^\.?\/+/, '') : file;
    return isTaken(compiled, path);
  };
  return (files) => files.some(takes);
}
