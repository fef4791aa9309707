// metrics.json without one giant string: at 730 days a report's records make tens of
// megabytes of JSON, held twice (the string, then its copy with the newline) on top of the report.
// The text is produced piece by piece — a record at a time — and written in chunks of 32K
// characters; the bytes equal JSON.stringify(value) (or JSON.stringify(value, null, 2)) exactly.
import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Below this depth, plain objects and lists are written member by member; deeper, whole. */
const SPLIT_DEPTH = 3;
/**
 * Characters per written piece: 32K stays below V8's large-object size even as two-byte text, so a
 * piece dies young instead of waiting for a full collection (the 50k world's peak: 13 MB less).
 */
const CHUNK = 1 << 15;

/** The pieces of JSON.stringify(value, null, pretty ? 2 : undefined), in order. */
export function* jsonPieces(value: unknown, pretty = false): Generator<string> {
  const written = yield* pieces(value, pretty, '', 0);
  if (!written) throw new TypeError('jsonPieces: the value has no JSON form');
}

/**
 * Returns false (having yielded nothing) when JSON.stringify would give undefined. Members written
 * whole are gathered into one piece of up to a chunk, so that a list of records costs one yield
 * per chunk, not several per record.
 */
function* pieces(value: unknown, pretty: boolean, indent: string, depth: number): Generator<string, boolean> {
  if (depth >= SPLIT_DEPTH || !splittable(value)) {
    const text = whole(value, pretty, indent);
    if (text === undefined) return false;
    yield text;
    return true;
  }
  const inner = `${indent}  `;
  const split = depth + 1 < SPLIT_DEPTH;
  let held = '';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return true;
    }
    for (let i = 0; i < value.length; i++) {
      held += `${i === 0 ? '[' : ','}${pretty ? `\n${inner}` : ''}`;
      const item: unknown = value[i];
      if (split && splittable(item)) {
        yield held;
        held = '';
        yield* pieces(item, pretty, inner, depth + 1);
      } else {
        held += whole(item, pretty, inner) ?? 'null';
        if (held.length >= CHUNK) {
          yield held;
          held = '';
        }
      }
    }
    yield `${held}${pretty ? `\n${indent}]` : ']'}`;
    return true;
  }
  const object = value as Record<string, unknown>;
  let first = true;
  for (const key of Object.keys(object)) {
    const member = object[key];
    const text = split && splittable(member) ? null : whole(member, pretty, inner);
    if (text === undefined) continue; // JSON leaves out undefined, functions and symbols
    held += `${first ? '{' : ','}${pretty ? `\n${inner}` : ''}${JSON.stringify(key)}${pretty ? ': ' : ':'}`;
    first = false;
    if (text === null) {
      yield held;
      held = '';
      yield* pieces(member, pretty, inner, depth + 1);
    } else {
      held += text;
      if (held.length >= CHUNK) {
        yield held;
        held = '';
      }
    }
  }
  yield first ? '{}' : `${held}${pretty ? `\n${indent}}` : '}'}`;
  return true;
}

/** JSON.stringify of a value written whole at this indentation (undefined: JSON has no form for it). */
function whole(value: unknown, pretty: boolean, indent: string): string | undefined {
  const text = JSON.stringify(value, null, pretty ? 2 : undefined);
  // Raw newlines occur only between tokens: each one starts a line to indent.
  return pretty && indent && text !== undefined ? text.replace(/\n/g, `\n${indent}`) : text;
}

/** Plain objects and lists without toJSON: what this writer may take apart. */
function splittable(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** The pieces joined into chunks of about `size` characters. */
function* chunks(parts: Iterable<string>, size = CHUNK): Generator<string> {
  let held: string[] = [];
  let length = 0;
  for (const part of parts) {
    held.push(part);
    length += part.length;
    if (length >= size) {
      yield held.join('');
      held = [];
      length = 0;
    }
  }
  if (length > 0) yield held.join('');
}

/** JSON.stringify(value) and a newline, written to a stream as it is produced. */
export async function writeJsonLine(out: Writable, value: unknown): Promise<void> {
  for (const chunk of chunks(withNewline(jsonPieces(value)))) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}

/** JSON.stringify(value, null, 2) and a newline, written to a new file `path`. */
export function writeJsonFile(path: string, value: unknown): void {
  const fd = openSync(path, 'w', 0o644);
  try {
    for (const chunk of chunks(withNewline(jsonPieces(value, true)))) {
      const bytes = Buffer.from(chunk, 'utf8');
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
    }
  } finally {
    closeSync(fd);
  }
}

function* withNewline(parts: Iterable<string>): Generator<string> {
  yield* parts;
  yield '\n';
}
