// JSON.parse of a world file without the file as one string. A 70 MB world read as one
// string keeps that string (and the parser's garbage) in the heap long after the parse: the
// garbage collector has no reason to run before the metrics add to it. Here the top-level
// object is taken apart on its bytes, and each of its lists is parsed in batches of about 64 KB,
// so no string outlives its batch. The result equals JSON.parse's; anything this parser does not
// accept exactly as JSON.parse would (not an object, a syntax error anywhere) gives undefined, and
// the caller parses the whole text for JSON.parse's own verdict and message.

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
    let batchStart = i;
    let filled = false; // the batch holds more than whitespace
    let separated = false; // a comma was seen at the list's own depth
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
    for (; i < bytes.length; i++) {
      const c = bytes[i];
      if (c !== SPACE && c !== LF && c !== CR && c !== TAB) break;
    }
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
