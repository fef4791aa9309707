// The world file (schema/world.schema.json): a repository's history as one JSON document. Field
// names follow GitHub's GraphQL API; every list may be missing (missing means empty).
// These types are inferred from the shape the reader checks (world-shape.ts), the same shape
// that schema/world.schema.json is generated from: a field is added or changed there, once.
import type { Accepted } from './world-checks.js';
import type {
  COMMIT,
  DEPLOYMENT,
  DEPLOYMENT_STATUS,
  ISSUE,
  PULL_REQUEST,
  RELEASE,
  REPOSITORY,
  REVIEW,
  TAG,
  WORKFLOW_RUN,
  WORLD,
} from './world-shape.js';

export type { IsoTime, Sha } from './world-checks.js';

export type World = Accepted<typeof WORLD>;
export type WorldRepository = Accepted<typeof REPOSITORY>;
export type WorldCommit = Accepted<typeof COMMIT>;
export type WorldPullRequest = Accepted<typeof PULL_REQUEST>;
export type WorldReview = Accepted<typeof REVIEW>;
export type WorldDeployment = Accepted<typeof DEPLOYMENT>;
export type WorldDeploymentStatus = Accepted<typeof DEPLOYMENT_STATUS>;
export type DeploymentState = WorldDeploymentStatus['state'];
export type WorldRelease = Accepted<typeof RELEASE>;
export type WorldTag = Accepted<typeof TAG>;
export type WorldWorkflowRun = Accepted<typeof WORKFLOW_RUN>;
export type WorldIssue = Accepted<typeof ISSUE>;
