// D1/D2: which records count as deployments.
import { RE2JS } from 're2js';
import { UserError } from '../errors.js';
import { compareText } from './time.js';

/**
 * A deployment source's expression (D1 `tags:REGEX`, `environment:/REGEX/flags`, and D2's own
 * patterns). It runs on re2js, a linear-time engine, so a user's pattern such as `(a+)+$` cannot
 * take exponential time on a long tag name. `test` searches: the pattern is not anchored.
 */
export interface SourcePattern {
  /** the expression as written */
  readonly source: string;
  test(text: string): boolean;
}

export const DEFAULT_TAG_PATTERN = String.raw`^v?\d+\.\d+\.\d+$`;

/**
 * D2: the release tags of monorepos and release tools — `NAME@1.2.3`, `@scope/name@1.2.3`
 * (changesets, lerna), `NAME-v1.2.3` (release-please), `path/to/module/v1.2.3` (Go modules).
 */
export const PACKAGE_TAG_PATTERN = String.raw`^(?:@[A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]+@v?[0-9]+\.[0-9]+\.[0-9]+$|^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*[-/]v[0-9]+\.[0-9]+\.[0-9]+$`;

export type DeploymentSource =
  /** `pattern`: NAME was written `/REGEX/flags`, and every environment it finds is a stream (D1) */
  | { kind: 'environment'; name: string; pattern?: SourcePattern }
  | { kind: 'releases' }
  | { kind: 'tags'; pattern: string; regex: SourcePattern }
  | { kind: 'workflow'; file: string }
  | { kind: 'merges' };

export const SOURCE_SYNTAX =
  'auto, environment[:NAME], environment:/REGEX/, releases, tags[:REGEX], workflow:FILE or merges';

/** Parses D1's syntax; `auto` is resolved later against the world (D2). */
/** `input` names where the text came from in a message (the command line's source, the Action's deployment-source). */
export function parseSource(text: string, input = 'source'): DeploymentSource | 'auto' {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  const kind = (colon < 0 ? trimmed : trimmed.slice(0, colon)).toLowerCase();
  const argument = colon < 0 ? '' : trimmed.slice(colon + 1);
  switch (kind) {
    case 'auto':
      return 'auto';
    case 'environment':
      return environmentSource(argument || 'production', input);
    case 'releases':
      return { kind: 'releases' };
    case 'tags':
      return tagSource(argument || DEFAULT_TAG_PATTERN, input);
    case 'workflow':
      if (!argument) throw new UserError(`${input}: "workflow" needs a file, as in workflow:deploy.yml`);
      return { kind: 'workflow', file: argument };
    case 'merges':
      return { kind: 'merges' };
    default:
      throw new UserError(
        `${input}: ${JSON.stringify(text)} is not a deployment source (expected ${SOURCE_SYNTAX})`,
      );
  }
}

/**
 * D1 `environment:NAME` matches one name in any case; `environment:/REGEX/flags` (several
 * production environments) takes every environment the expression finds, as `tags:REGEX` does.
 */
export function environmentSource(name: string, input = 'source'): DeploymentSource {
  const literal = /^\/(.+)\/([imsu]*)$/.exec(name);
  if (!literal) return { kind: 'environment', name };
  return { kind: 'environment', name, pattern: compile(input, 'environment', name, literal[1], literal[2]) };
}

function tagSource(pattern: string, input: string): DeploymentSource {
  return { kind: 'tags', pattern, regex: compile(input, 'tags', pattern, pattern) };
}

/** The flags `environment:/REGEX/flags` takes; RE2 always reads the text as code points, so `u` changes nothing. */
const FLAGS: Record<string, number> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
  u: 0,
};

/**
 * A user's expression on the linear-time engine, or a UserError naming the source and what could
 * not be read: a syntax error (JavaScript's own message, so the text is checked as written), or a
 * construct that needs backtracking (lookaround, backreferences), which the engine refuses.
 */
function compile(input: string, kind: string, written: string, pattern: string, flags = ''): SourcePattern {
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
    throw new UserError(
      `${input}: ${kind} pattern ${JSON.stringify(written)} is not a valid regular expression (${reason})`,
    );
  }
  const refuse = (reason: string) =>
    new UserError(
      `${input}: ${kind} pattern ${JSON.stringify(written)} uses ${reason}, which the linear-time regular expression engine cannot run (expected a pattern without lookaround or backreferences)`,
    );
  const unsupported = backtrackingConstruct(pattern);
  if (unsupported) throw refuse(unsupported);
  let compiled: RE2JS;
  try {
    const mask = [...flags].reduce((all, flag) => all | (FLAGS[flag] ?? 0), 0);
    compiled = RE2JS.compile(RE2JS.translateRegExp(pattern), mask);
  } catch (error) {
    throw refuse(
      `a construct it does not support (${(error as Error).message.replace(/^error parsing regexp: /, '')})`,
    );
  }
  return { source: written, test: (text) => compiled.test(text) };
}

/**
 * The first construct of `pattern` that only a backtracking engine runs, in words, or null.
 * Character classes and escapes are skipped, so `[(?=]` and `\(?=` are plain characters.
 */
export function backtrackingConstruct(pattern: string): string | null {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `a backreference (\\${next})`;
      if (!inClass && next === 'k' && pattern[i + 2] === '<') return 'a named backreference (\\k<…>)';
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(' && pattern[i + 1] === '?') {
      const rest = pattern.slice(i + 2, i + 4);
      if (rest.startsWith('=')) return 'a lookahead (?=…)';
      if (rest.startsWith('!')) return 'a negative lookahead (?!…)';
      if (rest === '<=') return 'a lookbehind (?<=…)';
      if (rest === '<!') return 'a negative lookbehind (?<!…)';
    }
  }
  return null;
}

export function formatSource(source: DeploymentSource): string {
  switch (source.kind) {
    case 'environment':
      return `environment:${source.name}`;
    case 'tags':
      return `tags:${source.pattern}`;
    case 'workflow':
      return `workflow:${source.file}`;
    default:
      return source.kind;
  }
}

/** D2: the candidates `auto` tries, in order; the last, merges, is the assumed one (T3). */
export function autoCandidates(): DeploymentSource[] {
  return [
    { kind: 'environment', name: 'production' },
    { kind: 'releases' },
    tagSource(DEFAULT_TAG_PATTERN, 'source'),
    tagSource(PACKAGE_TAG_PATTERN, 'source'),
    { kind: 'merges' },
  ];
}

/** A package's release tags, and the `--source` that would follow that package alone. */
export interface PackageTags {
  /** `@scope/name`, `name`, or `path/to/module` */
  name: string;
  tags: number;
  source: string;
}

const VERSION = String.raw`[0-9]+\.[0-9]+\.[0-9]+$`;
const AT_FORM = /^((?:@[A-Za-z0-9_.-]+\/)?[A-Za-z0-9_.-]+)@v?[0-9]+\.[0-9]+\.[0-9]+$/;
const V_FORM = /^([A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*)([-/])v[0-9]+\.[0-9]+\.[0-9]+$/;

/** Escapes every character a regular expression treats specially. */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * D2: the packages whose tags PACKAGE_TAG_PATTERN finds, most tags first (then by name), each with
 * the `tags:` source that follows its releases only (the same version forms, anchored).
 */
export function packagesOf(tagNames: readonly string[]): PackageTags[] {
  const byKey = new Map<string, PackageTags>();
  for (const tag of tagNames) {
    const at = AT_FORM.exec(tag);
    const v = at ? null : V_FORM.exec(tag);
    if (!at && !v) continue;
    const name = at ? at[1] : v![1];
    const pattern = at
      ? `^${escapeRegExp(name)}@v?${VERSION}`
      : `^${escapeRegExp(name)}${escapeRegExp(v![2])}v${VERSION}`;
    const key = `tags:${pattern}`;
    const known = byKey.get(key);
    if (known) known.tags += 1;
    else byKey.set(key, { name, tags: 1, source: key });
  }
  return [...byKey.values()].sort((a, b) => b.tags - a.tags || compareText(a.name, b.name));
}
