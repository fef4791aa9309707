// Small checks for the configuration file: each names the path inside the file and what was
// expected, as in `services[1].paths[0]: 42 is not a glob string (expected …)`.

export type EntryPath = readonly (string | number)[];

/** A wrong entry; config.ts adds the file name and the line before the user sees it. */
export class InvalidEntry extends Error {
  constructor(
    readonly path: EntryPath,
    readonly problem: string,
  ) {
    super(`${formatPath(path)}: ${problem}`);
  }
}

export function formatPath(path: EntryPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : /^[A-Za-z_][\w-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return out || '(the file)';
}

/** A value as the user wrote it, short enough for one line. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mapping(value: unknown, path: EntryPath, expected: string): Record<string, unknown> {
  if (!isMapping(value))
    throw new InvalidEntry(path, `${shown(value)} is not a mapping (expected ${expected})`);
  return value;
}

/** Refuses keys the file format does not know: a typo must not pass silently. */
export function onlyKeys(value: Record<string, unknown>, path: EntryPath, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new InvalidEntry([...path, key], `unknown key (expected ${known.join(', ')})`);
    }
  }
}

export function list(value: unknown, path: EntryPath, expected: string): unknown[] {
  if (!Array.isArray(value))
    throw new InvalidEntry(path, `${shown(value)} is not a list (expected ${expected})`);
  return value;
}

/** A list of strings; one string alone is taken as a list of one. */
export function strings(value: unknown, path: EntryPath, what: string, example: string): string[] {
  const items =
    typeof value === 'string' ? [value] : list(value, path, `a list of ${what}s such as [${example}]`);
  return items.map((item, i) => text(item, typeof value === 'string' ? path : [...path, i], what, example));
}

export function text(value: unknown, path: EntryPath, what: string, example: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidEntry(path, `${shown(value)} is not a ${what} (expected a text such as ${example})`);
  }
  return value.trim();
}

export function numberIn(
  value: unknown,
  path: EntryPath,
  range: { min: number; max?: number; minExclusive?: boolean; whole?: boolean },
  expected: string,
): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (range.minExclusive ? value > range.min : value >= range.min) &&
    (range.max === undefined || value <= range.max) &&
    (!range.whole || Number.isInteger(value));
  if (!ok) throw new InvalidEntry(path, `${shown(value)} is not ${expected}`);
  return value as number;
}
