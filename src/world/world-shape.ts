// The one definition of the world file: the reader checks worlds against it (validate.ts),
// src/world/types.ts infers the TypeScript types from it, and `npm run schema` writes it out as
// schema/world.schema.json (JSON Schema), which test/world/schema.test.ts keeps in step.
// A field is [key, type, 'required' | 'optional' (the default), description for the schema].
import {
  BOOLEAN,
  COUNT,
  INTEGER,
  NON_EMPTY,
  NUMBER,
  SCHEMA_VERSION,
  SHA,
  SHA_OR_NULL,
  STRING,
  STRING_OR_NULL,
  TIME,
  TIME_OR_NULL,
  oneOf,
  type Accepted,
  type Accepts,
  type Leaf,
} from './world-checks.js';

type FieldType = Leaf | Shape | List;

export interface Field {
  readonly key: string;
  readonly required: boolean;
  readonly type: FieldType;
  readonly description?: string;
}

export interface Shape<T = unknown> extends Accepts<T> {
  readonly kind: 'shape';
  readonly expected: string;
  readonly fields: readonly Field[];
  /** Set for a shape written once under the schema's $defs and referred to by this name. */
  readonly def?: string;
}

export interface List<T = unknown> extends Accepts<T> {
  readonly kind: 'list';
  readonly expected: string;
  readonly items: Leaf | Shape;
}

type FieldSpec = readonly [
  key: string,
  type: FieldType,
  presence?: 'required' | 'optional',
  description?: string,
];
type RequiredSpec = readonly [string, FieldType, 'required', ...unknown[]];

/** The object type a list of fields describes: required keys, then optional ones. */
type ObjectOf<S extends readonly FieldSpec[]> = Flat<
  { [F in S[number] as F extends RequiredSpec ? F[0] : never]: Accepted<F[1]> } & {
    [F in S[number] as F extends RequiredSpec ? never : F[0]]?: Accepted<F[1]>;
  }
>;
type Flat<T> = { [K in keyof T]: T[K] } & {};

function shape<const S extends readonly FieldSpec[]>(fields: S, def?: string): Shape<ObjectOf<S>> {
  const required = fields.filter((f) => f[2] === 'required').map((f) => f[0]);
  const expected = required.length ? `an object with ${required.join(', ')}` : 'an object';
  return {
    kind: 'shape',
    expected,
    fields: fields.map(([key, type, presence, description]) => ({
      key,
      type,
      required: presence === 'required',
      ...(description === undefined ? {} : { description }),
    })),
    ...(def === undefined ? {} : { def }),
  };
}

function listOf<T>(items: Leaf<T> | Shape<T>): List<T[]> {
  return { kind: 'list', expected: 'a list', items };
}

export const COMMIT = shape(
  [
    ['sha', SHA, 'required'],
    ['parents', listOf(SHA), 'optional', 'Parent shas, first parent first; none for a root commit.'],
    ['authoredAt', TIME, 'required', 'The author date.'],
    ['committedAt', TIME, 'required', 'The committer date.'],
    ['message', STRING],
    ['author', STRING_OR_NULL],
  ],
  'commit',
);

export const REVIEW = shape([
  ['author', STRING_OR_NULL],
  ['state', oneOf('APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'), 'required'],
  ['submittedAt', TIME, 'required'],
]);

export const PULL_REQUEST = shape([
  ['number', NUMBER, 'required'],
  ['title', STRING, 'required'],
  ['body', STRING],
  ['author', STRING_OR_NULL],
  ['state', oneOf('OPEN', 'CLOSED', 'MERGED'), 'required'],
  ['isDraft', BOOLEAN],
  ['createdAt', TIME, 'required'],
  ['mergedAt', TIME_OR_NULL],
  ['closedAt', TIME_OR_NULL],
  ['baseRefName', STRING],
  ['headRefName', STRING],
  ['mergeCommitSha', SHA_OR_NULL, 'optional', 'The commit the merge put on the base branch.'],
  ['labels', listOf(STRING)],
  ['additions', COUNT],
  ['deletions', COUNT],
  ['changedFiles', COUNT],
  ['files', listOf(STRING), 'optional', 'Paths of the files the change touches.'],
  ['commits', listOf(COMMIT), 'optional', "The pull request's own commits."],
  ['reviews', listOf(REVIEW)],
]);

export const DEPLOYMENT_STATUS = shape([
  ['state', oneOf('success', 'failure', 'error', 'inactive', 'in_progress', 'queued', 'pending'), 'required'],
  ['createdAt', TIME, 'required'],
]);

export const DEPLOYMENT = shape([
  ['id', INTEGER, 'required'],
  ['sha', SHA, 'required'],
  ['ref', STRING],
  ['environment', STRING, 'required'],
  ['createdAt', TIME, 'required'],
  ['creator', STRING_OR_NULL],
  ['statuses', listOf(DEPLOYMENT_STATUS), 'optional', 'Oldest first.'],
]);

export const RELEASE = shape([
  ['tagName', STRING, 'required'],
  ['name', STRING_OR_NULL],
  ['createdAt', TIME, 'required'],
  ['publishedAt', TIME_OR_NULL],
  ['isDraft', BOOLEAN],
  ['isPrerelease', BOOLEAN],
  ['tagCommitSha', SHA_OR_NULL],
]);

export const TAG = shape([
  ['name', STRING, 'required'],
  ['sha', SHA, 'required', 'The commit the tag points to.'],
  ['taggedAt', TIME, 'required', "The tagger date, or the commit's committer date for a lightweight tag."],
]);

export const WORKFLOW_RUN = shape([
  ['id', INTEGER, 'required'],
  ['name', STRING],
  ['workflowPath', STRING, 'required'],
  ['headBranch', STRING_OR_NULL],
  ['headSha', SHA, 'required'],
  ['event', STRING],
  ['status', STRING, 'required'],
  ['conclusion', STRING_OR_NULL],
  ['createdAt', TIME, 'required'],
  ['updatedAt', TIME, 'required'],
  ['runStartedAt', TIME_OR_NULL],
]);

export const ISSUE = shape([
  ['number', NUMBER, 'required'],
  ['title', STRING, 'required'],
  ['author', STRING_OR_NULL],
  ['state', oneOf('OPEN', 'CLOSED'), 'required'],
  ['labels', listOf(STRING)],
  ['createdAt', TIME, 'required'],
  ['closedAt', TIME_OR_NULL],
]);

export const REPOSITORY = shape([
  ['owner', NON_EMPTY, 'required'],
  ['name', NON_EMPTY, 'required'],
  ['defaultBranch', NON_EMPTY, 'required'],
]);

// Every list may be missing, which means empty.
export const WORLD = shape([
  ['schemaVersion', SCHEMA_VERSION, 'required'],
  [
    'generatedAt',
    TIME,
    'optional',
    'When the snapshot was taken: the default end of the reporting window when computing from the file.',
  ],
  ['repository', REPOSITORY, 'required'],
  [
    'commits',
    listOf(COMMIT),
    'optional',
    'Commits of the default branch, in any order, as far back as the metrics need. A commit absent from a non-empty list is taken to be off the default branch.',
  ],
  ['pullRequests', listOf(PULL_REQUEST)],
  ['deployments', listOf(DEPLOYMENT)],
  ['releases', listOf(RELEASE)],
  ['tags', listOf(TAG)],
  ['workflowRuns', listOf(WORKFLOW_RUN)],
  ['issues', listOf(ISSUE)],
]);
