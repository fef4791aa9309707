// A tiny builder of hand-made worlds for the metrics engine's tests (schema/world.schema.json);
// every world it builds is checked against that schema with ajv.
// Commits are named; a name's sha is the sha1 of the name, so every test is deterministic and a
// test can write `sha('m1')` wherever it needs the commit itself. Times are ISO strings in UTC.
import { createHash } from 'node:crypto';
import type {
  DeploymentState,
  World,
  WorldCommit,
  WorldIssue,
  WorldPullRequest,
  WorldRelease,
  WorldReview,
  WorldWorkflowRun,
} from '../../src/world/types.js';
import { assertValidWorld } from './schema.js';

export function sha(name: string): string {
  return createHash('sha1').update(name).digest('hex');
}

export interface CommitSpec {
  /** names of the parent commits; none for a root commit */
  parents?: string[];
  authoredAt: string;
  /** defaults to authoredAt */
  committedAt?: string;
  message?: string;
  author?: string;
}

export interface PullRequestSpec {
  number: number;
  title?: string;
  body?: string;
  author?: string;
  createdAt: string;
  mergedAt?: string | null;
  /** defaults to mergedAt */
  closedAt?: string | null;
  state?: WorldPullRequest['state'];
  isDraft?: boolean;
  /** defaults to the default branch */
  base?: string;
  /** the name of its merge commit; defaults to `pr-N` for a merged pull request */
  merge?: string | null;
  labels?: string[];
  /** authoredAt of each of its commits */
  commits?: string[];
  reviews?: { author: string | null; state?: WorldReview['state']; at: string }[];
  additions?: number;
  deletions?: number;
}

export interface DeploymentSpec {
  id: number;
  commit: string;
  environment?: string;
  createdAt: string;
  statuses?: [DeploymentState, string][];
}

export interface ReleaseSpec {
  tagName: string;
  createdAt?: string;
  publishedAt?: string | null;
  isDraft?: boolean;
  isPrerelease?: boolean;
  /** the name of the commit; omitted: tagCommitSha is null */
  commit?: string;
}

export interface RunSpec {
  id: number;
  commit: string;
  updatedAt: string;
  workflowPath?: string;
  name?: string;
  headBranch?: string | null;
  conclusion?: string | null;
}

export interface IssueSpec {
  number: number;
  createdAt: string;
  closedAt?: string | null;
  labels?: string[];
  title?: string;
  state?: WorldIssue['state'];
}

export class WorldBuilder {
  private readonly commits: WorldCommit[] = [];
  private readonly pullRequests: WorldPullRequest[] = [];
  private readonly world: World;

  constructor(options: { generatedAt?: string; owner?: string; name?: string; defaultBranch?: string } = {}) {
    this.world = {
      schemaVersion: 1,
      generatedAt: options.generatedAt ?? '2026-04-01T00:00:00Z',
      repository: {
        owner: options.owner ?? 'acme',
        name: options.name ?? 'shop',
        defaultBranch: options.defaultBranch ?? 'main',
      },
    };
  }

  /** Adds a commit of the default branch and returns its sha. */
  commit(name: string, spec: CommitSpec): string {
    this.commits.push({
      sha: sha(name),
      parents: (spec.parents ?? []).map(sha),
      authoredAt: spec.authoredAt,
      committedAt: spec.committedAt ?? spec.authoredAt,
      message: spec.message ?? name,
      author: spec.author ?? 'ada',
    });
    return sha(name);
  }

  /** A first-parent line of commits, each the parent of the next: [name, time, message?]. */
  line(entries: [string, string, string?][], after?: string): this {
    let parent = after;
    for (const [name, time, message] of entries) {
      this.commit(name, { parents: parent ? [parent] : [], authoredAt: time, message });
      parent = name;
    }
    return this;
  }

  pullRequest(spec: PullRequestSpec): this {
    const merged = spec.mergedAt ?? null;
    const merge = spec.merge === undefined ? (merged ? `pr-${spec.number}` : null) : spec.merge;
    this.pullRequests.push({
      number: spec.number,
      title: spec.title ?? `feat: change ${spec.number}`,
      body: spec.body ?? '',
      author: spec.author ?? 'ada',
      state: spec.state ?? (merged ? 'MERGED' : spec.closedAt ? 'CLOSED' : 'OPEN'),
      isDraft: spec.isDraft ?? false,
      createdAt: spec.createdAt,
      mergedAt: merged,
      closedAt: spec.closedAt === undefined ? merged : spec.closedAt,
      baseRefName: spec.base ?? this.world.repository.defaultBranch,
      headRefName: `topic-${spec.number}`,
      mergeCommitSha: merge === null ? null : sha(merge),
      labels: spec.labels ?? [],
      additions: spec.additions ?? 10,
      deletions: spec.deletions ?? 0,
      changedFiles: 1,
      commits: (spec.commits ?? []).map((at, i) => ({
        sha: sha(`pr-${spec.number}-commit-${i}`),
        authoredAt: at,
        committedAt: at,
        message: `work ${i}`,
      })),
      reviews: (spec.reviews ?? []).map((r) => ({
        author: r.author,
        state: r.state ?? 'APPROVED',
        submittedAt: r.at,
      })),
    });
    return this;
  }

  deployment(spec: DeploymentSpec): this {
    (this.world.deployments ??= []).push({
      id: spec.id,
      sha: sha(spec.commit),
      ref: 'main',
      environment: spec.environment ?? 'production',
      createdAt: spec.createdAt,
      creator: 'deployer',
      statuses: (spec.statuses ?? [['success', spec.createdAt]]).map(([state, createdAt]) => ({
        state,
        createdAt,
      })),
    });
    return this;
  }

  /** A production deployment of a commit that succeeds at `at`. */
  deploy(id: number, commit: string, at: string): this {
    return this.deployment({ id, commit, createdAt: at });
  }

  release(spec: ReleaseSpec): this {
    const release: WorldRelease = {
      tagName: spec.tagName,
      name: spec.tagName,
      createdAt: spec.createdAt ?? spec.publishedAt ?? '2026-01-01T00:00:00Z',
      publishedAt: spec.publishedAt === undefined ? null : spec.publishedAt,
      isDraft: spec.isDraft ?? false,
      isPrerelease: spec.isPrerelease ?? false,
      tagCommitSha: spec.commit === undefined ? null : sha(spec.commit),
    };
    (this.world.releases ??= []).push(release);
    return this;
  }

  tag(name: string, commit: string, taggedAt: string): this {
    (this.world.tags ??= []).push({ name, sha: sha(commit), taggedAt });
    return this;
  }

  run(spec: RunSpec): this {
    const run: WorldWorkflowRun = {
      id: spec.id,
      name: spec.name ?? 'Deploy',
      workflowPath: spec.workflowPath ?? '.github/workflows/deploy.yml',
      headBranch: spec.headBranch === undefined ? this.world.repository.defaultBranch : spec.headBranch,
      headSha: sha(spec.commit),
      event: 'push',
      status: 'completed',
      conclusion: spec.conclusion === undefined ? 'success' : spec.conclusion,
      createdAt: spec.updatedAt,
      updatedAt: spec.updatedAt,
      runStartedAt: spec.updatedAt,
    };
    (this.world.workflowRuns ??= []).push(run);
    return this;
  }

  issue(spec: IssueSpec): this {
    const closed = spec.closedAt ?? null;
    (this.world.issues ??= []).push({
      number: spec.number,
      title: spec.title ?? `outage ${spec.number}`,
      author: 'oncall',
      state: spec.state ?? (closed ? 'CLOSED' : 'OPEN'),
      labels: spec.labels ?? ['incident'],
      createdAt: spec.createdAt,
      closedAt: closed,
    });
    return this;
  }

  build(): World {
    const world: World = structuredClone(this.world);
    if (this.commits.length) world.commits = structuredClone(this.commits);
    if (this.pullRequests.length) world.pullRequests = structuredClone(this.pullRequests);
    assertValidWorld(world);
    return world;
  }
}
