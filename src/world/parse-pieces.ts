// JSON.parse of a world file without the file as one string. A 70 MB world read as one
// string keeps that string (and the parser's garbage) in the heap long after the parse: the
// garbage collector has no reason to run before the metrics add to it. Here the top-level
// object is taken apart on its bytes, and each of its lists is parsed in batches of about 64 KB,
// so no string outlives its batch. The result equals JSON.parse's; anything this parser does not
// accept exactly as JSON.parse would (not an object, a syntax error anywhere) gives undefined, and
// the caller parses the whole text for JSON.parse's own verdict and message.
//
// Finding where a batch may end without reading every byte in JavaScript: a list of objects
// repeats how its first item opens (`{"sha":` in a compact file, `\n    {\n      "sha":` in an
// indented one), so the next cut is searched for natively as a comma followed by those bytes.
// A cut found that way is taken only when the batch before it parses as a list by itself, which
// proves the comma stands at the list's own depth and outside any string: a cut inside a string
// leaves that string unterminated, and one inside a nested value leaves a bracket unclosed. On
// the first cut that does not parse, the rest of the list is read byte by byte as before.

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const LEFT_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RIGHT_BRACKET = 0x5d;
const LEFT_BRACE = 0x7b;
const RIGHT_BRACE = 0x7d;

const BATCH = 1 << 16;
const MAX_LEAP = 8 * BATCH;

/** JSON's whitespace (undefined, past the end, is not). */
function isSpace(c: number | undefined): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB;
}

class NotAccepted extends Error {}

/** JSON.parse of `bytes` (UTF-8, an optional byte order mark) when they hold an object; else undefined. */
export function parseObjectInPieces(bytes: Buffer): Record<string, unknown> | undefined {
  try {
    return new PieceParser(bytes).document();
  } catch (error) {
    if (error instanceof NotAccepted || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

class PieceParser {
  private pos = 0;

  constructor(private readonly bytes: Buffer) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.pos = 3;
  }

  document(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.space();
    this.expect(LEFT_BRACE);
    this.space();
    if (this.bytes[this.pos] === RIGHT_BRACE) {
      this.pos += 1;
    } else {
      for (;;) {
        this.space();
        if (this.bytes[this.pos] !== QUOTE) throw new NotAccepted();
        const start = this.pos;
        this.pos = this.stringEnd(start);
        const key = JSON.parse(this.text(start, this.pos)) as string;
        this.space();
        this.expect(COLON);
        this.space();
        const value = this.bytes[this.pos] === LEFT_BRACKET ? this.list() : this.value();
        // As JSON.parse does: an own property even for "__proto__"; a repeated key keeps its place.
        Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
        this.space();
        const next = this.bytes[this.pos++];
        if (next === RIGHT_BRACE) break;
        if (next !== COMMA) throw new NotAccepted();
      }
    }
    this.space();
    if (this.pos !== this.bytes.length) throw new NotAccepted();
    return out;
  }

  /** A value other than a list: up to the comma or brace that ends it at its own depth. */
  private value(): unknown {
    const bytes = this.bytes;
    const start = this.pos;
    let depth = 0;
    let i = start;
    for (; i < bytes.length; i++) {
      const c = bytes[i];
      if (c === QUOTE) i = this.stringEnd(i) - 1;
      else if (c === LEFT_BRACE || c === LEFT_BRACKET) depth += 1;
      else if (c === RIGHT_BRACE || c === RIGHT_BRACKET) {
        if (depth === 0) break;
        depth -= 1;
      } else if (c === COMMA && depth === 0) break;
    }
    this.pos = i;
    return JSON.parse(this.text(start, i));
  }

  /** A list, parsed a batch of whole items at a time. */
  private list(): unknown[] {
    const bytes = this.bytes;
    const out: unknown[] = [];
    let i = this.pos + 1;
    const opening = this.itemOpening(i);
    let separated = false; // a comma was seen at the list's own depth
    if (opening !== null) {
      for (;;) {
        const cut = bytes.indexOf(opening, i + BATCH);
        // Past a few batches the cut may lie beyond the list: the bytes in between are read below.
        if (cut < 0 || cut - i > MAX_LEAP || !this.tryBatch(out, i, cut)) break;
        i = cut + 1;
        separated = true;
      }
    }
    let batchStart = i;
    let filled = false; // the batch holds more than whitespace
    let depth = 0;
    for (; ; i++) {
      if (i >= bytes.length) throw new NotAccepted();
      const c = bytes[i];
      if (c === QUOTE) {
        i = this.stringEnd(i) - 1;
        filled = true;
      } else if (c === LEFT_BRACE || c === LEFT_BRACKET) {
        depth += 1;
        filled = true;
      } else if (c === RIGHT_BRACE || c === RIGHT_BRACKET) {
        if (depth > 0) {
          depth -= 1;
        } else {
          if (c !== RIGHT_BRACKET) throw new NotAccepted();
          if (filled) this.batch(out, batchStart, i);
          else if (separated) throw new NotAccepted(); // `[1,]`: JSON.parse refuses it
          break;
        }
      } else if (c === COMMA && depth === 0) {
        if (!filled) throw new NotAccepted(); // `[,1]`, `[1,,2]`
        separated = true;
        if (i - batchStart >= BATCH) {
          this.batch(out, batchStart, i);
          batchStart = i + 1;
          filled = false;
        }
      } else if (c !== SPACE && c !== LF && c !== CR && c !== TAB) {
        filled = true;
      }
    }
    this.pos = i + 1;
    return out;
  }

  /**
   * A comma and the bytes that open the list's first item up to its first key's colon, when
   * that item is an object with a plain key; else null (the list is read byte by byte).
   */
  private itemOpening(start: number): Buffer | null {
    const bytes = this.bytes;
    let i = start;
    while (isSpace(bytes[i])) i++;
    if (bytes[i] !== LEFT_BRACE) return null;
    i++;
    while (isSpace(bytes[i])) i++;
    if (bytes[i] !== QUOTE) return null;
    const keyEnd = bytes.indexOf(QUOTE, i + 1);
    if (keyEnd < 0 || keyEnd - start > 256 || bytes.subarray(i, keyEnd).includes(BACKSLASH)) return null;
    i = keyEnd + 1;
    while (isSpace(bytes[i])) i++;
    if (bytes[i] !== COLON) return null;
    return Buffer.concat([Buffer.of(COMMA), bytes.subarray(start, i + 1)]);
  }

  /** The items between `start` and `end` when they parse as a list by themselves. */
  private tryBatch(out: unknown[], start: number, end: number): boolean {
    let items: unknown[];
    try {
      items = JSON.parse(`[${this.text(start, end)}]`) as unknown[];
    } catch {
      return false;
    }
    for (const item of items) out.push(item);
    return true;
  }

  private batch(out: unknown[], start: number, end: number): void {
    const items = JSON.parse(`[${this.text(start, end)}]`) as unknown[];
    for (const item of items) out.push(item);
  }

  /** The position just after the string that starts (with its quote) at `start`. */
  private stringEnd(start: number): number {
    const bytes = this.bytes;
    for (let i = start + 1; i < bytes.length; i++) {
      const c = bytes[i];
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) return i + 1;
    }
    throw new NotAccepted();
  }

  private space(): void {
    const bytes = this.bytes;
    let i = this.pos;
    while (i < bytes.length && isSpace(bytes[i])) i++;
    this.pos = i;
  }

  private expect(byte: number): void {
    if (this.bytes[this.pos] !== byte) throw new NotAccepted();
    this.pos += 1;
  }

  private text(start: number, end: number): string {
    return this.bytes.toString('utf8', start, end);
  }
}
