// The world file (schema/world.schema.json): a repository's history as one JSON document.
// Field names follow GitHub's GraphQL API. Every list may be missing (missing means empty).

export type Sha = string;
export type IsoTime = string;

export interface WorldCommit {
  sha: Sha;
  parents?: Sha[];
  authoredAt: IsoTime;
  committedAt: IsoTime;
  message?: string;
  author?: string | null;
}

export interface WorldReview {
  author?: string | null;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  submittedAt: IsoTime;
}

export interface WorldPullRequest {
  number: number;
  title: string;
  body?: string;
  author?: string | null;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  isDraft?: boolean;
  createdAt: IsoTime;
  mergedAt?: IsoTime | null;
  closedAt?: IsoTime | null;
  baseRefName?: string;
  headRefName?: string;
  mergeCommitSha?: Sha | null;
  labels?: string[];
  additions?: number;
  deletions?: number;
  changedFiles?: number;
  files?: string[];
  commits?: WorldCommit[];
  reviews?: WorldReview[];
}

export type DeploymentState =
  'success' | 'failure' | 'error' | 'inactive' | 'in_progress' | 'queued' | 'pending';

export interface WorldDeployment {
  id: number;
  sha: Sha;
  ref?: string;
  environment: string;
  createdAt: IsoTime;
  creator?: string | null;
  statuses?: { state: DeploymentState; createdAt: IsoTime }[];
}

export interface WorldRelease {
  tagName: string;
  name?: string | null;
  createdAt: IsoTime;
  publishedAt?: IsoTime | null;
  isDraft?: boolean;
  isPrerelease?: boolean;
  tagCommitSha?: Sha | null;
}

export interface WorldTag {
  name: string;
  sha: Sha;
  taggedAt: IsoTime;
}

export interface WorldWorkflowRun {
  id: number;
  name?: string;
  workflowPath: string;
  headBranch?: string | null;
  headSha: Sha;
  event?: string;
  status: string;
  conclusion?: string | null;
  createdAt: IsoTime;
  updatedAt: IsoTime;
  runStartedAt?: IsoTime | null;
}

export interface WorldIssue {
  number: number;
  title: string;
  author?: string | null;
  state: 'OPEN' | 'CLOSED';
  labels?: string[];
  createdAt: IsoTime;
  closedAt?: IsoTime | null;
}

export interface WorldRepository {
  owner: string;
  name: string;
  defaultBranch: string;
}

export interface World {
  schemaVersion: 1;
  generatedAt?: IsoTime;
  repository: WorldRepository;
  commits?: WorldCommit[];
  pullRequests?: WorldPullRequest[];
  deployments?: WorldDeployment[];
  releases?: WorldRelease[];
  tags?: WorldTag[];
  workflowRuns?: WorldWorkflowRun[];
  issues?: WorldIssue[];
}
