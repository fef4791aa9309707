// The streaming parser of `git log -z` output and its UTC time formatting.
import { describe, expect, it } from 'vitest';
import { CommitLogParser, isoFromUnixSeconds } from '../../src/sources/git/commits.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

function record(fields: string[]): string {
  return fields.map((field) => `${field}\0`).join('');
}

describe('isoFromUnixSeconds', () => {
  it('agrees with Date on edges and on 100,000 random seconds from 1901 to 9999', () => {
    const edges = [
      0, 59, 60, 86_399, 86_400, 951_782_400, 951_868_800, 4_107_542_400, 253_402_300_799, -1, -86_401,
    ];
    const random = Array.from(
      { length: 100_000 },
      () => Math.floor(Math.random() * 255_549_784_447) - 2_147_483_648,
    );
    for (const seconds of [...edges, ...random]) {
      expect(isoFromUnixSeconds(seconds)).toBe(new Date(seconds * 1000).toISOString().slice(0, 19) + 'Z');
    }
  });
});

describe('CommitLogParser', () => {
  it('parses records split anywhere, even inside a multi-byte character', () => {
    const message = 'feat: 🚀 and ✓ and שלום\n\nbody\n';
    const text =
      record([SHA_A, SHA_B, '1772359200', '1772362800', 'Zoë', message]) +
      record([SHA_B, '', '0', '0', '', '']);
    const bytes = Buffer.from(text, 'utf8');
    for (let size = 1; size <= 7; size += 1) {
      const parser = new CommitLogParser();
      for (let offset = 0; offset < bytes.length; offset += size)
        parser.push(bytes.subarray(offset, offset + size));
      expect(parser.end()).toEqual([
        {
          sha: SHA_A,
          parents: [SHA_B],
          authoredAt: '2026-03-01T10:00:00Z',
          committedAt: '2026-03-01T11:00:00Z',
          message: 'feat: 🚀 and ✓ and שלום\n\nbody',
          author: 'Zoë',
        },
        {
          sha: SHA_B,
          parents: [],
          authoredAt: '1970-01-01T00:00:00Z',
          committedAt: '1970-01-01T00:00:00Z',
          message: '',
          author: null,
        },
      ]);
    }
  });

  it('reports output that stops in the middle of a commit', () => {
    const parser = new CommitLogParser();
    parser.push(Buffer.from(`${SHA_A}\0\u0000123\0`));
    expect(() => parser.end()).toThrow('git log: output ended in the middle of a commit');
  });

  it('reports output that is not a commit record', () => {
    const parser = new CommitLogParser();
    expect(() => parser.push(Buffer.from(record(['gpg: Signature made', '', '1', '1', 'x', 'y'])))).toThrow(
      'git log: unexpected output near "gpg: Signature made"',
    );
  });
});
