// Path globs for services: `*` any characters but `/`, `?` one character but `/`, `**`
// as a whole segment any number of segments (none included). A glob matches the whole path from
// the repository's root; a leading `./` or `/` is ignored. Our own few lines rather than Node's
// path.matchesGlob, which is experimental on Node 20.

/** Characters other glob dialects give a meaning to; we refuse them rather than match them literally. */
export const UNSUPPORTED_GLOB = /[{}[\]!]/;

export function globToRegExp(glob: string): RegExp {
  const pattern = glob.replace(/^\.?\/+/, '');
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    const wholeSegment = pattern.startsWith('**', i) && (i === 0 || pattern[i - 1] === '/');
    if (wholeSegment && pattern[i + 2] === '/') {
      out += '(?:[^/]*/)*';
      i += 2;
    } else if (wholeSegment && i + 2 === pattern.length) {
      out += '.*';
      i += 1;
    } else if (char === '*') {
      while (pattern[i + 1] === '*') i += 1; // a `**` inside a segment is one `*`
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else {
      out += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`);
}

/** The literal start of a glob (before its first wildcard): a cheap test before the expression. */
function literalPrefix(glob: string): string {
  const pattern = glob.replace(/^\.?\/+/, '');
  const wildcard = pattern.search(/[*?]/);
  return wildcard < 0 ? pattern : pattern.slice(0, wildcard);
}

/** A matcher for any of the globs; `matches(files)` is true when one file matches one glob. */
export function compileGlobs(globs: readonly string[]): (files: readonly string[]) => boolean {
  const compiled = globs.map((glob) => ({ prefix: literalPrefix(glob), regex: globToRegExp(glob) }));
  const matchesOne = (file: string) => {
    const path = file.charCodeAt(0) === 46 || file.charCodeAt(0) === 47 ? file.replace(/^\.?\/+/, '') : file;
    return compiled.some((glob) => path.startsWith(glob.prefix) && glob.regex.test(path));
  };
  return (files) => files.some(matchesOne);
}
