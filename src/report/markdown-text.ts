// The one way the product puts text into Markdown (summary.md, the job summary, the pull request
// comment): every table cell, list item and inline name goes through markdownCell, a code span
// through markdownCode, a link through markdownLink. Names, titles, labels, environment names and
// addresses come from GitHub and users' files: hostile text, which must render as itself.

/** U+2060 WORD JOINER: invisible, and breaks the words GitHub turns into links after rendering. */
const JOINER = '\u2060';

/**
 * Text made inert inside a Markdown table cell or a line of prose:
 * - line and paragraph breaks (and tabs) become spaces: a row is one line;
 * - the punctuation that starts emphasis, code, a link, an image, HTML, an entity, strikethrough,
 *   math or a heading is backslash-escaped (`\ | * _ \` [ ] < > & ~ $ #`), pipes included, which
 *   would end the cell;
 * - what GFM or GitHub would turn into a link is broken: `@name` (a mention, which notifies) and
 *   `a@b.c` by a word joiner after `@`; `#12` and `GH-12` (a reference) by one before the number;
 *   `https://` by escaping the colon; `www.` by escaping the dot;
 * - a list or block marker at the start (`-`, `+`, `1.`, `1)`, `=`) is escaped, so that a list
 *   item stays one item.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/[\r\n\t\v\f\u0085\u2028\u2029]+/g, ' ')
    .trim()
    .replace(/[\\|*_`[\]<>&~$#]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${JOINER}`)
    .replace(/(#|\bGH-)(?=\d)/gi, `$1${JOINER}`)
    .replace(/:(?=\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([-+](?=\s|$)|=|\d+(?=[.)](?:\s|$)))/, (marker) =>
      /^\d/.test(marker) ? `${marker}\\` : `\\${marker}`,
    );
}

/**
 * Text shown as inline code (a deployment source such as `tags:^v\d+$`): inside a code span no
 * escape works, so the fence is one backtick longer than the longest run of backticks in the text,
 * padded with a space when the text starts or ends with a backtick. Not for a table cell (a pipe
 * would end the cell there).
 */
export function markdownCode(text: string): string {
  const flat = text.replace(/[\r\n\t\v\f\u0085\u2028\u2029]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.trim() === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A link to an http(s) address; the label escaped as a cell. An address that could end the link
 * early or start HTML (spaces, parentheses, angle brackets, quotes, backslashes, pipes) has those
 * characters percent-encoded; anything that is not an http(s) address gives the label alone.
 */
export function markdownLink(label: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return markdownCell(label);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return markdownCell(label);
  const safe = parsed.href.replace(
    /[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${markdownCell(label)}](${safe})`;
}
