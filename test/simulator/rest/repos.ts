// REST: the repository, deployments and their statuses, releases and tags.
import type { WorldDeployment, WorldRelease } from '../../../src/world/types.js';
import { notFound, ok, pageOf, repoUrl, userJson, type RestRequest, type Route } from './http.js';

const REPO = '^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';

function repository(req: RestRequest): object {
  const { owner, name, defaultBranch } = req.sim.world.repository;
  return {
    id: 1296269,
    node_id: Buffer.from(`repo:${owner}/${name}`).toString('base64'),
    name,
    full_name: `${owner}/${name}`,
    owner: { ...userJson(owner), type: 'Organization' },
    private: false,
    html_url: `https://github.com/${owner}/${name}`,
    url: repoUrl(req),
    default_branch: defaultBranch,
    has_issues: true,
    has_pages: false,
    archived: false,
    visibility: 'public',
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

function deploymentJson(req: RestRequest, d: WorldDeployment): object {
  const url = `${repoUrl(req)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: Buffer.from(`deployment:${d.id}`).toString('base64'),
    sha: d.sha,
    ref: d.ref ?? d.sha,
    task: 'deploy',
    payload: {},
    original_environment: d.environment,
    environment: d.environment,
    description: null,
    creator: userJson(d.creator),
    created_at: d.createdAt,
    updated_at: d.statuses?.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl(req),
    transient_environment: false,
    production_environment: d.environment.toLowerCase() === 'production',
  };
}

function listDeployments(req: RestRequest) {
  const q = req.query;
  // Environment names are case-insensitive on GitHub ("Production" and "production" are one).
  const environment = q.get('environment')?.toLowerCase();
  const list = (req.sim.world.deployments ?? [])
    .filter((d) => !environment || d.environment.toLowerCase() === environment)
    .filter((d) => !q.get('sha') || d.sha === q.get('sha'))
    .filter((d) => !q.get('ref') || d.ref === q.get('ref'))
    .filter(() => !q.get('task') || q.get('task') === 'deploy')
    .sort((a, b) => b.id - a.id);
  return pageOf(req, list, (d) => deploymentJson(req, d));
}

function findDeployment(req: RestRequest): WorldDeployment | undefined {
  return (req.sim.world.deployments ?? []).find((d) => d.id === Number(req.params.id));
}

function listStatuses(req: RestRequest) {
  const d = findDeployment(req);
  if (!d) return notFound();
  const url = `${repoUrl(req)}/deployments/${d.id}`;
  // newest first, as GitHub lists them; ids are stable per position
  const statuses = (d.statuses ?? []).map((s, i) => ({ ...s, id: d.id * 1000 + i })).reverse();
  return pageOf(req, statuses, (s) => ({
    url: `${url}/statuses/${s.id}`,
    id: s.id,
    node_id: Buffer.from(`status:${s.id}`).toString('base64'),
    state: s.state,
    creator: userJson(d.creator),
    description: '',
    environment: d.environment,
    target_url: '',
    log_url: '',
    environment_url: '',
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: url,
    repository_url: repoUrl(req),
  }));
}

function releaseJson(req: RestRequest, r: WorldRelease, id: number): object {
  return {
    url: `${repoUrl(req)}/releases/${id}`,
    html_url: `https://github.com/${req.sim.world.repository.owner}/${req.sim.world.repository.name}/releases/tag/${encodeURIComponent(r.tagName)}`,
    id,
    node_id: Buffer.from(`release:${id}`).toString('base64'),
    tag_name: r.tagName,
    target_commitish: r.tagCommitSha ?? req.sim.world.repository.defaultBranch,
    name: r.name ?? null,
    draft: r.isDraft ?? false,
    prerelease: r.isPrerelease ?? false,
    created_at: r.createdAt,
    published_at: r.publishedAt ?? null,
    author: userJson('release-bot'),
    assets: [],
    body: '',
  };
}

function listReleases(req: RestRequest) {
  const list = (req.sim.world.releases ?? [])
    .map((r, i) => ({ r, id: i + 1 }))
    .sort((a, b) => (a.r.createdAt < b.r.createdAt ? 1 : a.r.createdAt > b.r.createdAt ? -1 : b.id - a.id));
  return pageOf(req, list, ({ r, id }) => releaseJson(req, r, id));
}

function listTags(req: RestRequest) {
  const tags = [...(req.sim.world.tags ?? [])].sort((a, b) =>
    a.name < b.name ? 1 : a.name > b.name ? -1 : 0,
  );
  return pageOf(req, tags, (t) => ({
    name: t.name,
    commit: { sha: t.sha, url: `${repoUrl(req)}/commits/${t.sha}` },
    zipball_url: `${repoUrl(req)}/zipball/refs/tags/${encodeURIComponent(t.name)}`,
    tarball_url: `${repoUrl(req)}/tarball/refs/tags/${encodeURIComponent(t.name)}`,
    node_id: Buffer.from(`tag:${t.name}`).toString('base64'),
  }));
}

export const repoRoutes: Route[] = [
  { method: 'GET', pattern: new RegExp(`${REPO}$`), handle: (req) => ok(repository(req)) },
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}/deployments$`),
    permission: 'deployments',
    handle: listDeployments,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}/deployments/(?<id>\\d+)$`),
    permission: 'deployments',
    handle: (req) => {
      const d = findDeployment(req);
      return d ? ok(deploymentJson(req, d)) : notFound();
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}/deployments/(?<id>\\d+)/statuses$`),
    permission: 'deployments',
    handle: listStatuses,
  },
  { method: 'GET', pattern: new RegExp(`${REPO}/releases$`), permission: 'contents', handle: listReleases },
  { method: 'GET', pattern: new RegExp(`${REPO}/tags$`), permission: 'contents', handle: listTags },
];
