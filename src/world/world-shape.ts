// world.schema.json written out as data for the reader (../shared/world/world.schema.json is the
// contract; test/world checks that this reader and ajv agree on the shipped worlds).
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
  type Leaf,
} from './world-checks.js';

export interface Field {
  readonly key: string;
  readonly required: boolean;
  readonly type: Leaf | Shape | List;
}

export interface Shape {
  readonly kind: 'shape';
  readonly expected: string;
  readonly fields: readonly Field[];
}

export interface List {
  readonly kind: 'list';
  readonly expected: string;
  readonly items: Leaf | Shape;
}

type FieldSpec = [key: string, type: Leaf | Shape | List, required?: 'required'];

function shape(fields: FieldSpec[]): Shape {
  const required = fields.filter((f) => f[2] === 'required').map((f) => f[0]);
  const expected = required.length ? `an object with ${required.join(', ')}` : 'an object';
  return {
    kind: 'shape',
    expected,
    fields: fields.map(([key, type, r]) => ({ key, type, required: r === 'required' })),
  };
}

function listOf(items: Leaf | Shape): List {
  return { kind: 'list', expected: 'a list', items };
}

const COMMIT = shape([
  ['sha', SHA, 'required'],
  ['parents', listOf(SHA)],
  ['authoredAt', TIME, 'required'],
  ['committedAt', TIME, 'required'],
  ['message', STRING],
  ['author', STRING_OR_NULL],
]);

const REVIEW = shape([
  ['author', STRING_OR_NULL],
  ['state', oneOf('APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'), 'required'],
  ['submittedAt', TIME, 'required'],
]);

const PULL_REQUEST = shape([
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
  ['mergeCommitSha', SHA_OR_NULL],
  ['labels', listOf(STRING)],
  ['additions', COUNT],
  ['deletions', COUNT],
  ['changedFiles', COUNT],
  ['files', listOf(STRING)],
  ['commits', listOf(COMMIT)],
  ['reviews', listOf(REVIEW)],
]);

const DEPLOYMENT_STATUS = shape([
  ['state', oneOf('success', 'failure', 'error', 'inactive', 'in_progress', 'queued', 'pending'), 'required'],
  ['createdAt', TIME, 'required'],
]);

const DEPLOYMENT = shape([
  ['id', INTEGER, 'required'],
  ['sha', SHA, 'required'],
  ['ref', STRING],
  ['environment', STRING, 'required'],
  ['createdAt', TIME, 'required'],
  ['creator', STRING_OR_NULL],
  ['statuses', listOf(DEPLOYMENT_STATUS)],
]);

const RELEASE = shape([
  ['tagName', STRING, 'required'],
  ['name', STRING_OR_NULL],
  ['createdAt', TIME, 'required'],
  ['publishedAt', TIME_OR_NULL],
  ['isDraft', BOOLEAN],
  ['isPrerelease', BOOLEAN],
  ['tagCommitSha', SHA_OR_NULL],
]);

const TAG = shape([
  ['name', STRING, 'required'],
  ['sha', SHA, 'required'],
  ['taggedAt', TIME, 'required'],
]);

const WORKFLOW_RUN = shape([
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

const ISSUE = shape([
  ['number', NUMBER, 'required'],
  ['title', STRING, 'required'],
  ['author', STRING_OR_NULL],
  ['state', oneOf('OPEN', 'CLOSED'), 'required'],
  ['labels', listOf(STRING)],
  ['createdAt', TIME, 'required'],
  ['closedAt', TIME_OR_NULL],
]);

const REPOSITORY = shape([
  ['owner', NON_EMPTY, 'required'],
  ['name', NON_EMPTY, 'required'],
  ['defaultBranch', NON_EMPTY, 'required'],
]);

export const WORLD = shape([
  ['schemaVersion', SCHEMA_VERSION, 'required'],
  ['generatedAt', TIME],
  ['repository', REPOSITORY, 'required'],
  ['commits', listOf(COMMIT)],
  ['pullRequests', listOf(PULL_REQUEST)],
  ['deployments', listOf(DEPLOYMENT)],
  ['releases', listOf(RELEASE)],
  ['tags', listOf(TAG)],
  ['workflowRuns', listOf(WORKFLOW_RUN)],
  ['issues', listOf(ISSUE)],
]);
