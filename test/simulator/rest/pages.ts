// REST: GET /repos/{owner}/{repo}/pages (where GitHub Pages serves the site), and the site itself
// over plain HTTP at /pages/OWNER/REPO/..., as GitHub Enterprise Server serves Pages without a
// subdomain: the gh-pages branch's files, or the files a test deployed as deploy-pages does.
import type { RestReply, RestRequest, Route } from './http.js';
import { notFound, ok, repoUrl } from './http.js';
import type { SimState } from '../state.js';

const REPO = '^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';
const BRANCH = 'gh-pages';

function siteExists(sim: SimState): boolean {
  const pages = sim.options.pages;
  if (pages === null) return false;
  return pages?.build === 'workflow' || sim.git.refs.has(`refs/heads/${BRANCH}`);
}

function pagesJson(req: RestRequest): RestReply {
  const { sim } = req;
  if (!siteExists(sim)) return notFound();
  const { owner, name } = sim.world.repository;
  const ghes = req.base.endsWith('/api/v3');
  const served =
    sim.options.pages?.address === 'served' || (ghes && sim.options.pages?.address !== 'github.io');
  const origin = req.base.replace(/\/api\/v3$/, '');
  const host = `${owner.toLowerCase()}.github.io`;
  const htmlUrl = served
    ? `${origin}/pages/${owner}/${name}/`
    : `https://${host}/${name.toLowerCase() === host ? '' : `${name}/`}`;
  const workflow = sim.options.pages?.build === 'workflow';
  return ok({
    url: `${repoUrl(req)}/pages`,
    status: 'built',
    cname: null,
    custom_404: false,
    html_url: htmlUrl,
    build_type: workflow ? 'workflow' : 'legacy',
    source: workflow ? null : { branch: BRANCH, path: '/' },
    public: true,
    https_enforced: !served,
  });
}

export const pagesRoutes: Route[] = [
  { method: 'GET', pattern: new RegExp(`${REPO}/pages$`), permission: 'pages', handle: pagesJson },
];

/** GET /pages/OWNER/REPO/PATH: the site's file, or null when this is no request for the site. */
export function servePages(sim: SimState, method: string, path: string): RestReply | null {
  const { owner, name } = sim.world.repository;
  const prefix = `/pages/${owner}/${name}/`;
  if (!path.toLowerCase().startsWith(prefix.toLowerCase())) return null;
  if (method !== 'GET' || !siteExists(sim)) return { status: 404, body: '404 Not Found' };
  let file = decodeURIComponent(path.slice(prefix.length));
  if (file === '' || file.endsWith('/')) file += 'index.html';
  let content: Buffer | undefined;
  if (sim.options.pages?.build === 'workflow') {
    content = sim.deployedSite.get(file);
  } else {
    const tip = sim.git.refs.get(`refs/heads/${BRANCH}`) as string;
    const commit = sim.git.objects.get(tip);
    const entry = commit?.type === 'commit' ? sim.git.flatten(commit.tree).get(file) : undefined;
    const blob = entry ? sim.git.objects.get(entry.sha) : undefined;
    content = blob?.type === 'blob' ? blob.content : undefined;
  }
  if (!content) return { status: 404, body: '404 Not Found' };
  return { status: 200, body: content };
}
