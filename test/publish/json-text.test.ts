// Metrics.json written piece by piece has exactly JSON.stringify's bytes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonPieces, writeJsonFile, writeJsonLine } from '../../src/publish/json-text.js';

const awkward = {
  schemaVersion: 1,
  empty: {},
  none: [],
  skipped: undefined,
  fn: () => 1,
  when: new Date(Date.UTC(2026, 0, 2)),
  numbers: [1.5, -0, NaN, Infinity, null, undefined, () => 2],
  text: 'line\nbreak "quoted" — ünïcödé \u2028',
  nested: {
    records: {
      changes: [
        { id: '#1', hours: 1.25, tags: ['a', 'b'], deep: { deeper: { deepest: [1, { x: undefined }] } } },
        { id: '#2', hours: null, tags: [], deep: {} },
      ],
      empty: [],
      nothing: {},
    },
    list: [[[[1, 2]]], { a: [{}] }],
  },
  bare: Object.assign(Object.create(null) as object, { k: 'v' }),
  classed: new (class Point {
    x = 1;
  })(),
};

describe('jsonPieces', () => {
  it('joins to JSON.stringify, compact and with two-space indentation', () => {
    for (const value of [awkward, [], {}, [awkward, awkward], 'text', 3, null]) {
      expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
      expect([...jsonPieces(value, true)].join('')).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('joins to JSON.stringify when runs of items are stringified together', () => {
    // Runs longer than a group, broken by items taken apart (objects and lists above depth 3).
    const mixed = Array.from(
      { length: 300 },
      (_, i) => [i, null, undefined, () => i, new Date(i * 1e9), `s${i}\n`, { a: [i] }, [i, [i]], -0][i % 9],
    );
    for (const value of [mixed, { a: mixed }, { a: { b: mixed } }, { a: { b: { c: mixed } } }, [[mixed]]]) {
      expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
      expect([...jsonPieces(value, true)].join('')).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('never holds much more than a megabyte of text at once', () => {
    const records = Array.from({ length: 30_000 }, (_, i) => ({ id: i, text: 'x'.repeat(100) }));
    const parts = [...jsonPieces({ records: { changes: records } })];
    expect(parts.join('')).toBe(JSON.stringify({ records: { changes: records } }));
    expect([...jsonPieces({ records: { changes: records } }, true)].join('')).toBe(
      JSON.stringify({ records: { changes: records } }, null, 2),
    );
    expect(parts.length).toBeGreaterThan(3);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan((1 << 20) + 200);
  });

  it('writes a stream and a file with a final newline', async () => {
    const out = new PassThrough();
    const parts: Buffer[] = [];
    out.on('data', (chunk: Buffer) => parts.push(chunk));
    await writeJsonLine(out, awkward);
    expect(Buffer.concat(parts).toString('utf8')).toBe(`${JSON.stringify(awkward)}\n`);
    const file = join(mkdtempSync(join(tmpdir(), 'json-text-')), 'metrics.json');
    writeJsonFile(file, awkward);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(awkward, null, 2)}\n`);
  });
});
