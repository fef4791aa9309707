// Everything the simulator serves and remembers: the world (and its index), what clients wrote
// (issue comments, git objects and refs), rate-limit buckets, request counts and pending faults.
import type { World } from '../../src/world/types.js';
import { indexWorld, type WorldIndex } from './world-index.js';
import { GitStore } from './git-store.js';
import { TypedError } from './graphql/connection.js';
import { faultMatches } from './token.js';

/** Fine-grained token permissions a test can withhold to see the collector's 403 messages. */
export type Permission = 'contents' | 'pull-requests' | 'deployments' | 'issues' | 'actions' | 'pages';

/**
 * The repository's GitHub Pages site. `branch` (GitHub's "legacy" build) serves the gh-pages
 * branch and exists once the branch does; `workflow` serves what a test deployed (as
 * actions/deploy-pages does) and exists from the start. `address` is where GET /pages says the
 * site is: `github.io` (OWNER.github.io/REPO, as github.com) or `served` (the simulator's own
 * /pages/OWNER/REPO/, as GitHub Enterprise Server serves sites without a subdomain), where the
 * simulator serves the site over HTTP.
 */
export interface PagesOptions {
  build?: 'branch' | 'workflow';
  address?: 'github.io' | 'served';
}

export interface Fault {
  type:
    | 'secondary-rate-limit'
    | 'status'
    | 'slow'
    | 'graphql-rate-limited'
    // on the wire (wire-faults.ts)
    | 'reset'
    | 'hang'
    | 'cut-short'
    | 'empty'
    | 'html'
    | 'graphql-no-data'
    // the request is carried out, then the connection drops before its answer (a lost reply)
    | 'reset-after';
  count?: number;
  retryAfter?: number;
  status?: number;
  ms?: number;
  /** graphql-rate-limited: seconds until the reported reset (default 1) */
  resetAfter?: number;
  /** graphql-rate-limited: the error's type (default RATE_LIMITED; GitHub also sends RATE_LIMIT) */
  errorType?: string;
  /** only requests of this method (token.ts) */
  method?: string;
  /** only requests whose path contains this (token.ts) */
  path?: string;
}

export interface Comment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface Bucket {
  limit: number;
  used: number;
  /** epoch seconds */
  reset: number;
}

export interface SimOptions {
  world: World;
  port?: number;
  /** the one token accepted; default: any non-empty token */
  token?: string;
  now?: Date;
  /**
   * the login GET /user, GraphQL's viewer and comment authors report (default `dora-bot`); with
   * installationToken, a GitHub App's bot (`my-app[bot]`) or the job token's (the default)
   */
  login?: string;
  /** points (GraphQL) or requests (REST) per hour before the primary rate limit bites */
  rateLimit?: number;
  deny?: Permission[];
  /** permissions granted read-only: writes answer 403 (token.ts) */
  readOnly?: Permission[];
  /**
   * an installation token (GITHUB_TOKEN, or a GitHub App's from actions/create-github-app-token):
   * GET /user answers 403; comments are github-actions[bot]'s unless `login` names the App's bot
   */
  installationToken?: boolean;
  /** entries of a recursive tree listing before GitHub cuts it and says `truncated` (100,000) */
  treeListingLimit?: number;
  /** a filtered run listing past GitHub's 1,000-result cap counts 1,000 in `total_count` */
  clampRunCount?: boolean;
  /** null: Pages is not set up (GET /pages answers 404); default: from the gh-pages branch, at github.io (GHES: served) */
  pages?: PagesOptions | null;
}

export class SimState {
  index: WorldIndex;
  readonly git: GitStore;
  readonly comments = new Map<number, Comment>();
  nextCommentId = 9_000_001;
  readonly stats = { requests: { graphql: 0, rest: 0 }, points: 0 };
  readonly buckets: { core: Bucket; graphql: Bucket };
  faults: Fault[] = [];
  /** the files a test deployed to a `workflow` Pages site (path → content) */
  deployedSite = new Map<string, Buffer>();

  constructor(readonly options: SimOptions) {
    this.index = indexWorld(options.world);
    this.git = new GitStore();
    this.git.seed(this.index);
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const limit = options.rateLimit ?? 5000;
    this.buckets = { core: { limit, used: 0, reset }, graphql: { limit, used: 0, reset } };
  }

  get world(): World {
    return this.index.world;
  }

  setWorld(world: World): void {
    this.index = indexWorld(world);
    this.git.seed(this.index);
  }

  /** Re-derive the index after a test changed the world object in place. */
  refresh(): void {
    this.setWorld(this.index.world);
  }

  now(): Date {
    return this.options.now ?? new Date();
  }

  login(): string {
    return this.options.login ?? (this.options.installationToken ? 'github-actions[bot]' : 'dora-bot');
  }

  denied(permission: Permission): boolean {
    return (this.options.deny ?? []).includes(permission);
  }

  /** GraphQL: a field the token may not read fails as GitHub's FORBIDDEN does. */
  requirePermission(permission: Permission): void {
    if (this.denied(permission)) throw new TypedError('FORBIDDEN', 'Resource not accessible by integration');
  }

  /** Takes the next fault that applies to this kind of request, honouring its count. */
  takeFault(kind: 'graphql' | 'rest', method = 'POST', path = '/graphql'): Fault | null {
    const index = this.faults.findIndex(
      (f) => (!f.type.startsWith('graphql-') || kind === 'graphql') && faultMatches(f, method, path),
    );
    if (index < 0) return null;
    const fault = this.faults[index];
    const left = (fault.count ?? 1) - 1;
    if (left <= 0) this.faults.splice(index, 1);
    else this.faults[index] = { ...fault, count: left };
    return fault;
  }

  /** Primary rate limit: returns false (and spends nothing) when the bucket cannot pay. */
  spend(resource: 'core' | 'graphql', points: number): boolean {
    const bucket = this.buckets[resource];
    const nowSeconds = Math.floor(Date.now() / 1000);
    if (nowSeconds >= bucket.reset) {
      bucket.used = 0;
      bucket.reset = nowSeconds + 3600;
    }
    if (bucket.used + points > bucket.limit) return false;
    bucket.used += points;
    this.stats.points += points;
    return true;
  }

  rateHeaders(resource: 'core' | 'graphql'): Record<string, string> {
    const bucket = this.buckets[resource];
    return {
      'x-ratelimit-limit': String(bucket.limit),
      'x-ratelimit-remaining': String(Math.max(0, bucket.limit - bucket.used)),
      'x-ratelimit-used': String(bucket.used),
      'x-ratelimit-reset': String(bucket.reset),
      'x-ratelimit-resource': resource,
    };
  }
}
