// GraphQL objects built from world records. Fields that take arguments are functions: graphql-js's
// default resolver calls them with the field's arguments.
import type {
  WorldCommit,
  WorldDeployment,
  WorldPullRequest,
  WorldRelease,
  WorldTag,
} from '../../../src/world/types.js';
import type { SimState } from '../state.js';
import { walkHistory } from '../world-index.js';
import { paginate, type ConnectionArgs } from './connection.js';

const WEB = 'https://github.com';

function nodeId(kind: string, key: string | number): string {
  return Buffer.from(`${kind}:${key}`).toString('base64');
}

/** GitHub's GraphQL gives a bot's login without the `[bot]` suffix that REST shows. */
export function actorView(login: string | null | undefined): object | null {
  if (login == null) return null;
  const bot = login.endsWith('[bot]');
  const name = bot ? login.slice(0, -'[bot]'.length) : login;
  return {
    __typename: bot ? 'Bot' : 'User',
    id: nodeId('actor', login),
    login: name,
    avatarUrl: `https://avatars.githubusercontent.com/${name}`,
    resourcePath: `/${name}`,
    url: `${WEB}/${name}`,
  };
}

/** GitActor.user is a User: a bot's commits carry its name (`dependabot[bot]`) and no user. */
function gitActor(login: string | null | undefined, date: string): object {
  const email = login ? `${login}@users.noreply.github.com` : null;
  return { name: login ?? null, email, date, user: login?.endsWith('[bot]') ? null : actorView(login) };
}

/** The date of a commit nothing in the world dates: GitHub never answers null for one. */
function undated(sim: SimState): string {
  return sim.index.world.generatedAt ?? '2000-01-01T00:00:00Z';
}

export function commitView(sim: SimState, sha: string, data?: Partial<WorldCommit>): object {
  const known = data ?? sim.index.commits.get(sha) ?? sim.index.elsewhere.get(sha);
  const message = known?.message ?? '';
  // Commit.authoredDate and committedDate are non-null, on any branch or none.
  const committedAt = known?.committedAt ?? known?.authoredAt ?? undated(sim);
  const authoredAt = known?.authoredAt ?? committedAt;
  return {
    __typename: 'Commit',
    id: nodeId('commit', sha),
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    authoredDate: authoredAt,
    committedDate: committedAt,
    message,
    messageHeadline: message.split('\n')[0],
    author: gitActor(known?.author, authoredAt),
    committer: gitActor(known?.author, committedAt),
    commitUrl: `${WEB}/commit/${sha}`,
    commitResourcePath: `/commit/${sha}`,
    url: `${WEB}/commit/${sha}`,
    parents: (args: ConnectionArgs) =>
      paginate(
        (known?.parents ?? []).map((p) => commitView(sim, p)),
        args,
        'parents',
      ),
    history: (args: ConnectionArgs & { since?: string; until?: string }) => {
      sim.requirePermission('contents');
      // A commit the world does not hold has no known parents: its history is itself.
      const order =
        sha === sim.index.head
          ? sim.index.history
          : sim.index.commits.has(sha)
            ? walkHistory(sha, sim.index.commits)
            : [sha];
      const dateOf = (s: string): string =>
        s === sha ? committedAt : (sim.index.commits.get(s) as WorldCommit).committedAt;
      let list = order;
      if (args.since) list = list.filter((s) => dateOf(s) >= (args.since as string));
      if (args.until) list = list.filter((s) => dateOf(s) <= (args.until as string));
      return paginate(list, args, 'history', (s) => commitView(sim, s));
    },
  };
}

function tagView(sim: SimState, tag: WorldTag): object {
  const known = sim.index.commits.get(tag.sha) ?? sim.index.elsewhere.get(tag.sha);
  // A lightweight tag points at its commit; the world stores the commit's date as taggedAt then.
  if (known && known.committedAt === tag.taggedAt) return commitView(sim, tag.sha, known);
  return {
    __typename: 'Tag',
    id: nodeId('tag', tag.name),
    oid: nodeId('tag-oid', tag.name),
    abbreviatedOid: tag.name.slice(0, 7),
    name: tag.name,
    message: '',
    tagger: gitActor('release-bot', tag.taggedAt),
    target: commitView(sim, tag.sha),
  };
}

export function refView(sim: SimState, prefix: 'refs/heads/' | 'refs/tags/', name: string): object {
  const tag = prefix === 'refs/tags/' ? (sim.index.world.tags ?? []).find((t) => t.name === name) : undefined;
  const target = () => {
    if (tag) return tagView(sim, tag);
    const sha = sim.git.refs.get(`${prefix}${name}`);
    return sha ? commitView(sim, sha) : null;
  };
  return { __typename: 'Ref', id: nodeId('ref', prefix + name), name, prefix, target };
}

function reviews(pr: WorldPullRequest): object[] {
  // PENDING reviews are visible only to their author, and have no submittedAt.
  return (pr.reviews ?? [])
    .filter((r) => r.state !== 'PENDING')
    .map((r) => ({
      __typename: 'PullRequestReview',
      id: nodeId('review', `${pr.number}:${r.submittedAt}`),
      author: actorView(r.author),
      state: r.state,
      submittedAt: r.submittedAt,
      createdAt: r.submittedAt,
    }));
}

export function pullRequestView(sim: SimState, pr: WorldPullRequest): object {
  return {
    __typename: 'PullRequest',
    id: nodeId('pr', pr.number),
    number: pr.number,
    title: pr.title,
    body: pr.body ?? '',
    author: actorView(pr.author),
    state: pr.state,
    isDraft: pr.isDraft ?? false,
    createdAt: pr.createdAt,
    updatedAt: sim.index.updatedAt.get(pr),
    mergedAt: pr.mergedAt ?? null,
    closedAt: pr.closedAt ?? null,
    merged: pr.state === 'MERGED',
    baseRefName: pr.baseRefName ?? sim.index.defaultBranch,
    headRefName: pr.headRefName ?? '',
    mergeCommit: pr.mergeCommitSha ? commitView(sim, pr.mergeCommitSha) : null,
    additions: pr.additions ?? 0,
    deletions: pr.deletions ?? 0,
    changedFiles: pr.changedFiles ?? pr.files?.length ?? 0,
    url: `${WEB}/${sim.index.world.repository.owner}/${sim.index.world.repository.name}/pull/${pr.number}`,
    labels: (args: ConnectionArgs) =>
      paginate(
        (pr.labels ?? []).map((name) => ({ __typename: 'Label', id: nodeId('label', name), name })),
        args,
        'labels',
      ),
    files: (args: ConnectionArgs) =>
      paginate(
        (pr.files ?? []).map((path) => ({ path, additions: 0, deletions: 0, changeType: 'MODIFIED' })),
        args,
        'files',
      ),
    commits: (args: ConnectionArgs) =>
      paginate(
        (pr.commits ?? []).map((c) => ({
          __typename: 'PullRequestCommit',
          id: nodeId('prc', `${pr.number}:${c.sha}`),
          commit: commitView(sim, c.sha, c),
        })),
        args,
        'commits',
      ),
    reviews: (args: ConnectionArgs & { states?: string[] }) =>
      paginate(
        reviews(pr).filter((r) => !args.states || args.states.includes((r as { state: string }).state)),
        args,
        'reviews',
      ),
  };
}

export function deploymentView(sim: SimState, d: WorldDeployment): object {
  // Statuses come newest first, as GitHub lists them.
  const statuses = [...(d.statuses ?? [])].reverse().map((s, i) => ({
    __typename: 'DeploymentStatus',
    id: nodeId('status', `${d.id}:${i}`),
    state: s.state.toUpperCase(),
    createdAt: s.createdAt,
    updatedAt: s.createdAt,
  }));
  const isSha = /^[0-9a-f]{40}$/.test(d.ref ?? '');
  return {
    __typename: 'Deployment',
    id: nodeId('deployment', d.id),
    databaseId: d.id,
    commitOid: d.sha,
    commit: commitView(sim, d.sha),
    environment: d.environment,
    originalEnvironment: d.environment,
    latestEnvironment: d.environment,
    createdAt: d.createdAt,
    updatedAt: d.statuses?.at(-1)?.createdAt ?? d.createdAt,
    // Deployment.creator is non-null: a deleted account shows as GitHub's `ghost` user.
    creator: actorView(d.creator ?? 'ghost'),
    ref: d.ref && !isSha ? refView(sim, 'refs/heads/', d.ref) : null,
    task: 'deploy',
    statuses: (args: ConnectionArgs) => paginate(statuses, args, 'statuses'),
  };
}

export function releaseView(sim: SimState, r: WorldRelease, databaseId: number): object {
  const tag = (sim.index.world.tags ?? []).find((t) => t.name === r.tagName);
  const commit = r.tagCommitSha ?? tag?.sha ?? null;
  return {
    __typename: 'Release',
    id: nodeId('release', databaseId),
    databaseId,
    tagName: r.tagName,
    name: r.name ?? null,
    createdAt: r.createdAt,
    publishedAt: r.publishedAt ?? null,
    isDraft: r.isDraft ?? false,
    isPrerelease: r.isPrerelease ?? false,
    tagCommit: commit ? commitView(sim, commit) : null,
    tag: tag ? refView(sim, 'refs/tags/', tag.name) : null,
  };
}
