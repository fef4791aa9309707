// Writes world files whole or not at all: into a temporary file beside the target, flushed to
// disk, then renamed over it (a rename within one directory is atomic). The JSON is produced one
// list item at a time, so a world of any size is written without one giant string; the bytes
// equal JSON.stringify(world) (or JSON.stringify(world, null, 2) when pretty) plus a newline.
import { UserError } from '../errors.js';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { World } from './types.js';

export interface WriteWorldOptions {
  /** Two-space indentation, for files people read and diff (examples/world.json). */
  pretty?: boolean;
}

// File system refusals caused by the path the user chose; anything else is a bug and is rethrown.
const USER_ERRORS: Record<string, string> = {
  ENOENT: 'the directory does not exist',
  ENOTDIR: 'a parent of it is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file is too large for this system',
};

let tempCounter = 0;

export function writeWorldFile(path: string, world: World, options: WriteWorldOptions = {}): void {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${tempCounter++}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', 0o644);
    writeJson(new ChunkedWriter(fd), world as unknown as Record<string, unknown>, options.pretty === true);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
  } catch (error) {
    removeQuietly(fd, temp); // the first error is the one to report
    const reason = USER_ERRORS[(error as NodeJS.ErrnoException).code ?? ''];
    if (reason !== undefined) throw new UserError(`${path}: cannot write the world file: ${reason}`);
    throw error;
  }
}

function removeQuietly(fd: number | null, temp: string): void {
  try {
    if (fd !== null) closeSync(fd);
  } catch {
    // already closed or never usable: nothing to release
  }
  try {
    rmSync(temp, { force: true });
  } catch {
    // cannot even look at the directory: the temporary file was never created there
  }
}

/** Collects text and writes it in chunks of about a megabyte, retrying short writes. */
class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly fd: number) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) this.flush();
  }

  flush(): void {
    const bytes = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.size = 0;
    for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done, bytes.length - done);
  }
}

function stringify(value: unknown, pretty: boolean, indent: string): string {
  // JSON.stringify gives undefined for undefined, functions and symbols; inside a list that is null.
  const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
  return pretty ? text.replace(/\n/g, `\n${indent}`) : text; // raw newlines occur only between tokens
}

function writeJson(out: ChunkedWriter, world: Record<string, unknown>, pretty: boolean): void {
  let first = true;
  out.write('{');
  for (const key of Object.keys(world)) {
    const value = world[key];
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    out.write(`${first ? '' : ','}${pretty ? '\n  ' : ''}${JSON.stringify(key)}${pretty ? ': ' : ':'}`);
    first = false;
    if (!Array.isArray(value) || value.length === 0) {
      out.write(stringify(value, pretty, '  '));
      continue;
    }
    out.write('[');
    for (let i = 0; i < value.length; i++) {
      out.write(`${i === 0 ? '' : ','}${pretty ? '\n    ' : ''}${stringify(value[i], pretty, '    ')}`);
    }
    out.write(pretty ? '\n  ]' : ']');
  }
  out.write(pretty && !first ? '\n}\n' : '}\n');
  out.flush();
}
