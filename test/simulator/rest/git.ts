// REST: the Git Data API (refs, blobs, trees, commits), as a Pages publisher uses it.
import type { GitActor, TreeEntry } from '../git-store.js';
import {
  notFound,
  ok,
  repoUrl,
  validationFailed,
  type RestReply,
  type RestRequest,
  type Route,
} from './http.js';

const GIT = '^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)/git';
const SHA = /^[0-9a-f]{40}$/;
const MODES = ['100644', '100755', '040000', '160000', '120000'];

function refJson(req: RestRequest, ref: string, sha: string): object {
  return {
    ref,
    node_id: Buffer.from(`ref:${ref}`).toString('base64'),
    url: `${repoUrl(req)}/git/${ref}`,
    object: { type: 'commit', sha, url: `${repoUrl(req)}/git/commits/${sha}` },
  };
}

function getRef(req: RestRequest): RestReply {
  const ref = `refs/${req.params.ref}`;
  const sha = req.sim.git.refs.get(ref);
  return sha ? ok(refJson(req, ref, sha)) : notFound();
}

function matchingRefs(req: RestRequest): RestReply {
  const prefix = `refs/${req.params.ref ?? ''}`;
  const refs = [...req.sim.git.refs]
    .filter(([ref]) => ref.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return ok(refs.map(([ref, sha]) => refJson(req, ref, sha)));
}

function createRef(req: RestRequest): RestReply {
  const { ref, sha } = (req.body ?? {}) as { ref?: unknown; sha?: unknown };
  if (typeof ref !== 'string' || !/^refs\/[^/]+\/.+/.test(ref)) {
    return validationFailed('Reference name must start with refs/ and have at least two slashes');
  }
  if (typeof sha !== 'string' || !req.sim.git.hasCommit(sha))
    return validationFailed('Object does not exist');
  if (req.sim.git.refs.has(ref)) return validationFailed('Reference already exists');
  req.sim.git.refs.set(ref, sha);
  return ok(refJson(req, ref, sha), 201);
}

function updateRef(req: RestRequest): RestReply {
  const ref = `refs/${req.params.ref}`;
  const current = req.sim.git.refs.get(ref);
  if (req.method === 'DELETE') {
    if (!current) return validationFailed('Reference does not exist');
    req.sim.git.refs.delete(ref);
    return { status: 204 };
  }
  const { sha, force } = (req.body ?? {}) as { sha?: unknown; force?: unknown };
  if (!current) return validationFailed('Reference does not exist');
  if (typeof sha !== 'string' || !req.sim.git.hasCommit(sha))
    return validationFailed('Object does not exist');
  if (force !== true && !req.sim.git.isAncestor(current, sha)) {
    return validationFailed('Update is not a fast forward');
  }
  req.sim.git.refs.set(ref, sha);
  return ok(refJson(req, ref, sha));
}

function createBlob(req: RestRequest): RestReply {
  const { content, encoding = 'utf-8' } = (req.body ?? {}) as { content?: unknown; encoding?: unknown };
  if (typeof content !== 'string') {
    return validationFailed('Invalid request.\n\n"content" wasn\'t supplied.');
  }
  if (encoding !== 'utf-8' && encoding !== 'base64') {
    return validationFailed(`encoding must be one of utf-8, base64 (got ${String(encoding)})`);
  }
  const sha = req.sim.git.writeBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
  return ok({ url: `${repoUrl(req)}/git/blobs/${sha}`, sha }, 201);
}

function getBlob(req: RestRequest): RestReply {
  const blob = req.sim.git.objects.get(req.params.sha);
  if (blob?.type !== 'blob') return notFound();
  const base64 = blob.content.toString('base64').replace(/.{60}/g, '$&\n');
  return ok({
    sha: req.params.sha,
    node_id: Buffer.from(`blob:${req.params.sha}`).toString('base64'),
    size: blob.content.length,
    url: `${repoUrl(req)}/git/blobs/${req.params.sha}`,
    content: base64,
    encoding: 'base64',
  });
}

function entryJson(req: RestRequest, e: TreeEntry): object {
  const object = req.sim.git.objects.get(e.sha);
  return {
    path: e.path,
    mode: e.type === 'tree' ? '040000' : e.mode,
    type: e.type,
    sha: e.sha,
    ...(object?.type === 'blob' ? { size: object.content.length } : {}),
    url: `${repoUrl(req)}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
  };
}

function treeJson(req: RestRequest, sha: string, recursive: boolean): object {
  const tree = req.sim.git.objects.get(sha);
  const entries: TreeEntry[] = [];
  const walk = (treeSha: string, prefix: string): void => {
    const t = req.sim.git.objects.get(treeSha);
    if (t?.type !== 'tree') return;
    for (const e of t.entries) {
      const path = prefix ? `${prefix}/${e.path}` : e.path;
      entries.push({ ...e, path });
      if (recursive && e.type === 'tree') walk(e.sha, path);
    }
  };
  if (tree?.type === 'tree') walk(sha, '');
  // GitHub cuts a recursive listing at its limit (100,000 entries or 7 MB) and says so.
  const limit = req.sim.options.treeListingLimit ?? 100_000;
  const truncated = recursive && entries.length > limit;
  return {
    sha,
    url: `${repoUrl(req)}/git/trees/${sha}`,
    tree: (truncated ? entries.slice(0, limit) : entries).map((e) => entryJson(req, e)),
    truncated,
  };
}

type TreeInput = { path?: unknown; mode?: unknown; type?: unknown; sha?: unknown; content?: unknown };

function createTree(req: RestRequest): RestReply {
  const { tree, base_tree: base } = (req.body ?? {}) as { tree?: unknown; base_tree?: unknown };
  if (!Array.isArray(tree)) return validationFailed('Invalid tree info');
  if (base != null && (typeof base !== 'string' || req.sim.git.objects.get(base)?.type !== 'tree')) {
    return validationFailed('Invalid tree info: base_tree is not a tree');
  }
  const files = base ? req.sim.git.flatten(base as string) : new Map<string, TreeEntry>();
  for (const raw of tree as TreeInput[]) {
    const { path, mode, type, sha, content } = raw ?? {};
    const validType = type === 'blob' || type === 'tree' || type === 'commit';
    if (
      typeof path !== 'string' ||
      !path ||
      typeof mode !== 'string' ||
      !MODES.includes(mode) ||
      !validType
    ) {
      return validationFailed('Invalid tree info');
    }
    // A null sha deletes the path (and everything below it).
    for (const key of [...files.keys()]) if (key === path || key.startsWith(`${path}/`)) files.delete(key);
    if (sha === null) continue;
    if (typeof content === 'string') {
      files.set(path, { path, mode, type: 'blob', sha: req.sim.git.writeBlob(Buffer.from(content)) });
    } else if (
      typeof sha === 'string' &&
      SHA.test(sha) &&
      (type === 'commit' || req.sim.git.objects.has(sha))
    ) {
      if (type === 'tree') for (const [p, e] of req.sim.git.flatten(sha)) files.set(`${path}/${p}`, e);
      else files.set(path, { path, mode, type, sha });
    } else {
      return validationFailed(`Invalid tree info: ${path} has neither content nor a known sha`);
    }
  }
  const sha = req.sim.git.buildTree(files);
  return ok(treeJson(req, sha, false), 201);
}

function commitJson(req: RestRequest, sha: string): object | null {
  const c = req.sim.git.objects.get(sha);
  if (c?.type !== 'commit') return null;
  return {
    sha,
    node_id: Buffer.from(`commit:${sha}`).toString('base64'),
    url: `${repoUrl(req)}/git/commits/${sha}`,
    html_url: `https://github.com/${req.sim.world.repository.owner}/${req.sim.world.repository.name}/commit/${sha}`,
    author: c.author,
    committer: c.committer,
    tree: { sha: c.tree, url: `${repoUrl(req)}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({ sha: p, url: `${repoUrl(req)}/git/commits/${p}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
  };
}

function createCommit(req: RestRequest): RestReply {
  const body = (req.body ?? {}) as {
    message?: unknown;
    tree?: unknown;
    parents?: unknown;
    author?: Partial<GitActor>;
    committer?: Partial<GitActor>;
  };
  if (typeof body.message !== 'string')
    return validationFailed('Invalid request.\n\n"message" wasn\'t supplied.');
  if (typeof body.tree !== 'string' || req.sim.git.objects.get(body.tree)?.type !== 'tree') {
    return validationFailed('Tree SHA does not exist');
  }
  const parents = Array.isArray(body.parents) ? body.parents : [];
  if (parents.some((p) => typeof p !== 'string' || !req.sim.git.hasCommit(p))) {
    return validationFailed('Parent SHA does not exist or is not a commit object');
  }
  const now = req.sim
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const login = req.sim.login();
  const author: GitActor = {
    name: login,
    email: `${login}@users.noreply.github.com`,
    date: now,
    ...body.author,
  };
  const committer: GitActor = { ...author, date: now, ...body.committer };
  const sha = req.sim.git.writeCommit({
    tree: body.tree,
    parents: parents as string[],
    message: body.message,
    author,
    committer,
  });
  return ok(commitJson(req, sha), 201);
}

const routes: Route[] = [
  { method: 'GET', pattern: new RegExp(`${GIT}/ref/(?<ref>.+)$`), handle: getRef },
  { method: 'GET', pattern: new RegExp(`${GIT}/matching-refs/(?<ref>.*)$`), handle: matchingRefs },
  { method: 'POST', pattern: new RegExp(`${GIT}/refs$`), handle: createRef },
  { method: 'PATCH', pattern: new RegExp(`${GIT}/refs/(?<ref>.+)$`), handle: updateRef },
  { method: 'DELETE', pattern: new RegExp(`${GIT}/refs/(?<ref>.+)$`), handle: updateRef },
  { method: 'POST', pattern: new RegExp(`${GIT}/blobs$`), handle: createBlob },
  { method: 'GET', pattern: new RegExp(`${GIT}/blobs/(?<sha>[0-9a-f]{40})$`), handle: getBlob },
  { method: 'POST', pattern: new RegExp(`${GIT}/trees$`), handle: createTree },
  {
    method: 'GET',
    pattern: new RegExp(`${GIT}/trees/(?<sha>[0-9a-f]{40})$`),
    handle: (req) =>
      req.sim.git.objects.get(req.params.sha)?.type === 'tree'
        ? ok(treeJson(req, req.params.sha, req.query.has('recursive')))
        : notFound(),
  },
  { method: 'POST', pattern: new RegExp(`${GIT}/commits$`), handle: createCommit },
  {
    method: 'GET',
    pattern: new RegExp(`${GIT}/commits/(?<sha>[0-9a-f]{40})$`),
    handle: (req) => {
      const json = commitJson(req, req.params.sha);
      return json ? ok(json) : notFound();
    },
  },
];

export const gitRoutes: Route[] = routes.map((r) => ({ ...r, permission: 'contents' as const }));
