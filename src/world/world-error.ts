// A mistake in a world file the user gave us: the command line exits 2 on it (STYLE.md habit 3).
// The message is one line naming the file, the JSON path and what was expected.
// Hostile text (titles, labels, file contents) must not break the one-line message or hide
// itself: JSON escaping handles quotes and control characters; line separators and bidi
// overrides are escaped too because terminals and logs render them.
const INVISIBLE = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function quote(text: string, limit = 60): string {
  let shown = text;
  if (text.length > limit) {
    let end = limit - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1; // do not split a surrogate pair
    shown = `${text.slice(0, end)}…`;
  }
  return escapeInvisible(JSON.stringify(shown));
}

export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, unicodeEscape);
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Text that is not ours (a parser message quoting the file) as one line of at most `limit`. */
export function toOneLine(text: string, limit: number): string {
  const line = escapeInvisible(text.replace(CONTROL, (c) => (c === '\n' ? '\\n' : unicodeEscape(c))));
  return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** How an offending value is named in a message: strings quoted, containers by kind. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return quote(String(value)).slice(1, -1);
}
