// Reads and validates world files (schema/world.schema.json). Worlds can hold 50,000 pull
// requests, so the parsed value is checked in place and returned as is: no normalised copy,
// and absent lists stay absent (they mean empty).
import { UserError } from '../errors.js';
import { readFileSync } from 'node:fs';
import type { World } from './types.js';
import { refuseDuplicates } from './duplicates.js';
import { parseObjectInPieces } from './parse-pieces.js';
import { validateShape } from './validate.js';
import { toOneLine } from './world-error.js';
import { WORLD } from './world-shape.js';

/** Checks `value` against world.schema.json; `origin` (a file name) starts every message. */
export function parseWorld(value: unknown, origin: string): World {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    throw new UserError(
      `${origin}: the top level is ${got}; expected an object with schemaVersion and repository`,
    );
  }
  validateShape(value, WORLD, origin);
  refuseDuplicates(value as World, origin);
  return value as World;
}

export function readWorldFile(path: string): World {
  const bytes = readBytes(path);
  // Parsed a list batch at a time, the file never becomes one string. Anything that is
  // not an object of valid JSON is parsed whole, for JSON.parse's own message.
  const value = parseObjectInPieces(bytes) ?? parseJson(decode(bytes, path), path);
  return parseWorld(value, path);
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such file; expected a world file (JSON)`);
    if (code === 'EISDIR') throw new UserError(`${path}: is a directory; expected a world file (JSON)`);
    if (code === 'EACCES') throw new UserError(`${path}: permission denied; expected a readable world file`);
    if (code === 'ERR_FS_FILE_TOO_LARGE') throw tooLarge(path);
    throw error;
  }
}

function decode(bytes: Buffer, path: string): string {
  try {
    return bytes.toString('utf8');
  } catch (error) {
    // V8 strings stop at 2^29 - 24 characters.
    if ((error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') throw tooLarge(path);
    throw error;
  }
}

function tooLarge(path: string): UserError {
  return new UserError(`${path}: too large to read as one string (the limit is about 512 MB)`);
}

function parseJson(text: string, path: string): unknown {
  try {
    // Editors on Windows save a byte order mark; JSON.parse refuses it.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new UserError(`${path}: not JSON: ${describeSyntaxError(error.message, text)}`);
  }
}

/** V8's message, on one line, with the line and column when it gives a position. */
function describeSyntaxError(message: string, text: string): string {
  // V8 quotes a slice of the file in some messages: hostile text, kept on one line and short.
  const oneLine = toOneLine(message, 200);
  const position = /at position (\d+)/.exec(message);
  // Newer V8 versions add "(line 2 column 7)" themselves.
  if (position === null || /\(line \d+ column \d+\)/.test(message)) return oneLine;
  const at = Math.min(Number(position[1]), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `${oneLine} (line ${line}, column ${at - lineStart + 1})`;
}
