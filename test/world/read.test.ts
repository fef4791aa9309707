// The world reader: accepts the contract's example, rejects broken worlds with one exact line
// naming the JSON path, and agrees with ajv (the schema's own validator) on what is valid.
import { UserError } from '../../src/errors.js';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorld, readWorldFile } from '../../src/world/read.js';
import { exampleWorldPath as examplePath, isValidWorld } from '../support/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'world-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Tests break worlds at arbitrary paths; a loose type keeps each case on one line.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** A fresh copy of test/fixtures/world-example.json, to break in one place. */
function example(): Loose {
  return JSON.parse(readFileSync(examplePath, 'utf8'));
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError, got none');
}

function fileWith(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('readWorldFile', () => {
  it('reads the example world of the fixtures as it is', () => {
    const world = readWorldFile(examplePath);
    expect(world).toEqual(example());
    expect(world.repository).toEqual({ owner: 'acme', name: 'shop', defaultBranch: 'main' });
  });

  it('names a missing file', () => {
    const path = join(dir, 'nowhere.json');
    expect(messageOf(() => readWorldFile(path))).toBe(`${path}: no such file; expected a world file (JSON)`);
  });

  it("passes on JSON.parse's complaint on one line, with line and column when it gives a position", () => {
    const path = fileWith('cut.json', '{\n  "schemaVersion": 1\n  "repository": {}\n}');
    const message = messageOf(() => readWorldFile(path));
    expect(message).toMatch(new RegExp(`^${path}: not JSON: .*position 25.*line 3,? column 3\\)$`));
    expect(message).not.toContain('\n');
  });

  it('keeps a parser message that quotes hostile file contents on one line', () => {
    const path = fileWith('hostile.json', '{"a":\n\u001b[31mred\u2028}');
    const message = messageOf(() => readWorldFile(path));
    expect(message.startsWith(`${path}: not JSON: `)).toBe(true);
    for (const c of ['\n', '\u001b', '\u2028']) expect(message).not.toContain(c);
  });

  it('refuses an empty file and a list', () => {
    expect(messageOf(() => readWorldFile(fileWith('empty.json', '')))).toBe(
      `${join(dir, 'empty.json')}: not JSON: Unexpected end of JSON input`,
    );
    expect(messageOf(() => readWorldFile(fileWith('list.json', '[]')))).toBe(
      `${join(dir, 'list.json')}: the top level is a list; expected an object with schemaVersion and repository`,
    );
  });

  it('names a file too large for one string (a 600 MB sparse file: no disk space used)', () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, 600 * 1024 * 1024);
    try {
      expect(messageOf(() => readWorldFile(path))).toBe(
        `${path}: too large to read as one string (the limit is about 512 MB)`,
      );
    } finally {
      rmSync(path);
    }
  });

  it('accepts a byte order mark', () => {
    const path = fileWith('bom.json', '\ufeff' + readFileSync(examplePath, 'utf8'));
    expect(readWorldFile(path).schemaVersion).toBe(1);
  });
});

describe('parseWorld', () => {
  it('returns the very object it was given, absent lists left absent, unknown keys kept', () => {
    const value = {
      schemaVersion: 1,
      repository: { owner: 'o', name: 'n', defaultBranch: 'main' },
      extra: [1],
    };
    const world = parseWorld(value, 'w.json');
    expect(world).toBe(value);
    expect(Object.keys(world)).toEqual(['schemaVersion', 'repository', 'extra']);
    expect(world.pullRequests).toBeUndefined();
  });

  const cases: [string, (w: Loose) => void, string][] = [
    [
      'a time that is not one',
      (w) => (w.pullRequests[3].mergedAt = 'yesterday'),
      'pullRequests[3].mergedAt: "yesterday" is not an ISO 8601 time (for example 2026-03-01T12:00:00Z)',
    ],
    [
      'a number where a time or null belongs',
      (w) => (w.pullRequests[3].closedAt = 5),
      'pullRequests[3].closedAt: 5 is not an ISO 8601 time (for example 2026-03-01T12:00:00Z) or null',
    ],
    [
      'a missing required key',
      (w) => delete w.pullRequests[0].title,
      'pullRequests[0].title: missing; expected a string',
    ],
    [
      'a missing repository',
      (w) => delete w.repository,
      'repository: missing; expected an object with owner, name, defaultBranch',
    ],
    ['an empty owner', (w) => (w.repository.owner = ''), 'repository.owner: "" is not a non-empty string'],
    [
      'a wrong enum',
      (w) => (w.pullRequests[1].state = 'merged'),
      'pullRequests[1].state: "merged" is not one of OPEN, CLOSED, MERGED',
    ],
    [
      'a deployment status outside the enum',
      (w) => (w.deployments[2].statuses[1].state = 'SUCCESS'),
      'deployments[2].statuses[1].state: "SUCCESS" is not one of success, failure, error, inactive, in_progress, queued, pending',
    ],
    [
      'an upper-case sha',
      (w) => (w.commits[2].sha = w.commits[2].sha.toUpperCase()),
      'commits[2].sha: "%SHA%" is not a commit sha (40 lowercase hex digits)',
    ],
    [
      'a short parent sha',
      (w) => (w.commits[1].parents[0] = 'abc123'),
      'commits[1].parents[0]: "abc123" is not a commit sha (40 lowercase hex digits)',
    ],
    [
      'a bad merge commit sha',
      (w) => (w.pullRequests[0].mergeCommitSha = 'zz'),
      'pullRequests[0].mergeCommitSha: "zz" is not a commit sha (40 lowercase hex digits)',
    ],
    [
      'schema version 2',
      (w) => (w.schemaVersion = 2),
      'schemaVersion: 2 is not 1 (the only schema version there is)',
    ],
    ['a null list', (w) => (w.pullRequests = null), 'pullRequests: null is not a list'],
    ['an object for a list', (w) => (w.tags = {}), 'tags: an object is not a list'],
    [
      'a list for a pull request',
      (w) => (w.pullRequests[2] = []),
      'pullRequests[2]: a list is not an object with number, title, state, createdAt',
    ],
    [
      'pull request number 0',
      (w) => (w.pullRequests[0].number = 0),
      'pullRequests[0].number: 0 is not a whole number (1 or more)',
    ],
    ['a fractional id', (w) => (w.deployments[0].id = 1.5), 'deployments[0].id: 1.5 is not an integer'],
    [
      'negative additions',
      (w) => (w.pullRequests[4].additions = -1),
      'pullRequests[4].additions: -1 is not a whole number (0 or more)',
    ],
    [
      'a string draft flag',
      (w) => (w.pullRequests[4].isDraft = 'no'),
      'pullRequests[4].isDraft: "no" is not true or false',
    ],
    ['a numeric label', (w) => (w.issues[1].labels[1] = 7), 'issues[1].labels[1]: 7 is not a string'],
    [
      'a review without a time',
      (w) => delete w.pullRequests[0].reviews[1].submittedAt,
      'pullRequests[0].reviews[1].submittedAt: missing; expected an ISO 8601 time (for example 2026-03-01T12:00:00Z)',
    ],
    [
      'a workflow run with a null status',
      (w) => (w.workflowRuns[0].status = null),
      'workflowRuns[0].status: null is not a string',
    ],
    [
      'a release published on 30 February',
      (w) => (w.releases[0].publishedAt = '2026-02-30T10:00:00Z'),
      'releases[0].publishedAt: "2026-02-30T10:00:00Z" is not an ISO 8601 time (for example 2026-03-01T12:00:00Z)',
    ],
  ];

  it.each(cases)('names the path of %s', (_, breakIt, expected) => {
    const world = example();
    const sha = world.commits[2].sha.toUpperCase();
    breakIt(world);
    expect(messageOf(() => parseWorld(world, 'world.json'))).toBe(
      `world.json: ${expected.replace('%SHA%', sha)}`,
    );
    expect(isValidWorld(world)).toBe(false); // ajv agrees that it is broken
  });

  it('reports the first violation in document order', () => {
    const world = example();
    world.issues[0].state = 'done';
    world.pullRequests[5].title = 42;
    world.commits[7].authoredAt = 'soon';
    expect(messageOf(() => parseWorld(world, 'w.json'))).toBe(
      'w.json: commits[7].authoredAt: "soon" is not an ISO 8601 time (for example 2026-03-01T12:00:00Z)',
    );
  });

  it('quotes long hostile values shortened to 60 characters, escaped, on one line', () => {
    const world = example();
    world.pullRequests[0].createdAt = `\u001b[2J\nrm -rf / \u202e${'x'.repeat(100)}`;
    const message = messageOf(() => parseWorld(world, 'w.json'));
    expect(message).toBe(
      `w.json: pullRequests[0].createdAt: "\\u001b[2J\\nrm -rf / \\u202e${'x'.repeat(44)}…" is not an ISO 8601 time (for example 2026-03-01T12:00:00Z)`,
    );
  });
});

describe('duplicate records', () => {
  // The schema cannot say "unique by number" for a list of objects: the reader refuses them itself.
  const cases: [string, (w: Loose) => void, string][] = [
    [
      'two pull requests with one number',
      (w) => (w.pullRequests[4].number = w.pullRequests[1].number),
      'pullRequests[4].number: %V repeats pullRequests[1]; expected each record once',
    ],
    [
      'two deployments with one id',
      (w) => w.deployments.push({ ...w.deployments[0] }),
      'deployments[%N].id: %V repeats deployments[0]; expected each record once',
    ],
    [
      'two issues with one number',
      (w) => w.issues.push({ ...w.issues[0] }),
      'issues[%N].number: %V repeats issues[0]; expected each record once',
    ],
    [
      'two commits with one sha',
      (w) => w.commits.push({ ...w.commits[2] }),
      'commits[%N].sha: %V repeats commits[2]; expected each record once',
    ],
    [
      'two tags with one name',
      (w) => w.tags.push({ ...w.tags[0] }),
      'tags[%N].name: %V repeats tags[0]; expected each record once',
    ],
    [
      'two releases of one tag',
      (w) => w.releases.push({ ...w.releases[0] }),
      'releases[%N].tagName: %V repeats releases[0]; expected each record once',
    ],
    [
      'two workflow runs with one id',
      (w) => w.workflowRuns.push({ ...w.workflowRuns[0] }),
      'workflowRuns[%N].id: %V repeats workflowRuns[0]; expected each record once',
    ],
  ];

  it.each(cases)('refuses %s at the second, by JSON path', (_, breakIt, expected) => {
    const world = example();
    breakIt(world);
    const list = expected.slice(0, expected.indexOf('['));
    const at = Number(/\[(\d+)\]/.exec(expected.replace('%N', String(world[list].length - 1)))![1]);
    const key = /\]\.(\w+):/.exec(expected)![1];
    const value = world[list][at][key];
    expect(messageOf(() => parseWorld(world, 'world.json'))).toBe(
      `world.json: ${expected.replace('%N', String(at)).replace('%V', JSON.stringify(value))}`,
    );
  });

  it('reads the same record in two lists, and two records of one title', () => {
    const world = example();
    world.issues.push({ ...world.issues[0], number: world.pullRequests[0].number });
    world.pullRequests[1].title = world.pullRequests[0].title;
    expect(() => parseWorld(world, 'world.json')).not.toThrow();
  });
});

describe('times: the reader and ajv-formats agree, except where Date.parse cannot read a time', () => {
  const accepted = [
    '2026-03-01T12:00:00Z',
    '2026-03-01T12:00:00.123Z',
    '2026-03-01T12:00:00.123456789Z',
    '2026-03-01T13:00:00+01:00',
    '2026-03-01T07:00:00-0500',
    '2026-03-01 12:00:00Z',
    '2026-03-01t12:00:00z',
    '2024-02-29T00:00:00Z',
    '2000-02-29T23:59:59Z',
  ];
  const refused = [
    'yesterday',
    '2026-03-01',
    '2026-03-01T12:00:00',
    '2026-03-01T12:00Z',
    '2026-13-01T12:00:00Z',
    '2026-02-29T12:00:00Z',
    '1900-02-29T12:00:00Z',
    '2026-04-31T12:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T12:60:00Z',
    '2026-03-01T12:00:00+24:00',
    ' 2026-03-01T12:00:00Z',
    '2026-03-01T12:00:00Z\n',
    '２０２６-03-01T12:00:00Z',
  ];
  // Valid RFC 3339 that Date.parse gives NaN for: the metrics could not use them.
  const refusedByDateParseOnly = ['2026-12-31T23:59:60Z', '2026-03-01T13:00:00+01'];

  const withTime = (time: string) => {
    const world = example();
    world.generatedAt = time;
    return world;
  };
  const readerAccepts = (time: string) => {
    try {
      parseWorld(withTime(time), 'w.json');
      return true;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return false;
    }
  };

  it.each(accepted)('accepts %j', (time) => {
    expect(readerAccepts(time)).toBe(true);
    expect(isValidWorld(withTime(time))).toBe(true);
  });
  it.each(refused)('refuses %j', (time) => {
    expect(readerAccepts(time)).toBe(false);
    expect(isValidWorld(withTime(time))).toBe(false);
  });
  it.each(refusedByDateParseOnly)('refuses %j, which ajv lets through', (time) => {
    expect(readerAccepts(time)).toBe(false);
    expect(isValidWorld(withTime(time))).toBe(true);
  });
});
