// Publishes the site to a Pages branch through the Git Data API: no git executable, no checkout.
// The branch moves by one fast-forward commit; if someone else moved it meanwhile, the update is
// rejected and the whole step is redone on the new tip, so two racing runs lose nothing. Nothing
// is visible on the branch until that last request: a run that fails earlier leaves it as it was.
import { createHash } from 'node:crypto';
import type { Octokit } from '@octokit/core';
import { GitHubError } from '../sources/github/errors.js';
import { MANIFEST, stalePaths, withManifest } from './pages-manifest.js';

/** Beside the site, hidden from Pages: Jekyll leaves out dot folders. */
export const CACHE_FOLDER = '.dora-cache';

export interface SiteFile {
  /** path inside the site folder, with forward slashes */
  path: string;
  content: Buffer;
}

/** Files that change in place on a published site: nothing else is written or deleted. */
export interface InPlaceUpdate {
  update: SiteFile[];
}

export interface PagesTarget {
  owner: string;
  repo: string;
  branch: string;
  /** folder on the branch ('' for its root) */
  folder: string;
}

export interface PublishResult {
  commitSha: string;
  attempts: number;
  /** files whose content changed (the others were already on the branch) */
  changed: number;
  /** files of an earlier publish that this one no longer writes, deleted from the branch */
  deleted: number;
}

/** The branch's tip and its files (path on the branch → blob sha). */
export interface BranchSnapshot {
  sha: string;
  tree: string;
  files: Map<string, string>;
  /** GitHub cut the recursive listing short (over 100,000 entries): look paths up one level at a time */
  truncated: boolean;
}

type Repo = Pick<PagesTarget, 'owner' | 'repo'>;

/** git's object id of a file, so unchanged files need no upload. */
export function blobSha(content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]))
    .digest('hex');
}

function joinPath(folder: string, path: string): string {
  const clean = folder.replace(/^\/+|\/+$/g, '');
  return clean ? `${clean}/${path}` : path;
}

/** The branch as it is now, or null when it does not exist yet. */
export async function openBranch(octokit: Octokit, target: PagesTarget): Promise<BranchSnapshot | null> {
  const sha = await branchSha(octokit, target);
  if (!sha) return null;
  const commit = await octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
    owner: target.owner,
    repo: target.repo,
    commit_sha: sha,
  });
  const tree = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    owner: target.owner,
    repo: target.repo,
    tree_sha: commit.data.tree.sha,
    recursive: '1',
  });
  const files = new Map<string, string>();
  for (const entry of tree.data.tree) {
    if (entry.type === 'blob' && entry.path && entry.sha) files.set(entry.path, entry.sha);
  }
  return { sha, tree: commit.data.tree.sha, files, truncated: tree.data.truncated };
}

/** Reads one file of the site folder, or null when the branch or the file is missing. */
export async function readBranchFile(
  octokit: Octokit,
  target: PagesTarget,
  snapshot: BranchSnapshot | null,
  path: string,
): Promise<Buffer | null> {
  if (!snapshot) return null;
  const full = joinPath(target.folder, path);
  const sha = snapshot.files.get(full);
  if (sha) return readBlob(octokit, target, sha);
  return snapshot.truncated ? readFileAt(octokit, target, snapshot.tree, full) : null;
}

/** Reads every file under a folder of the site folder (the collection cache). */
export async function readBranchFolder(
  octokit: Octokit,
  target: PagesTarget,
  snapshot: BranchSnapshot | null,
  folder: string,
): Promise<SiteFile[]> {
  if (!snapshot) return [];
  const prefix = `${joinPath(target.folder, folder)}/`;
  const files: SiteFile[] = [];
  for (const [path, sha] of snapshot.files) {
    if (!path.startsWith(prefix)) continue;
    files.push({ path: path.slice(prefix.length), content: await readBlob(octokit, target, sha) });
  }
  return files;
}

/**
 * Commits `files` under the target folder, keeping every other file of the branch (a CNAME, the
 * user's own pages). `prepare` runs on every attempt with a reader of the current tip, so a merge
 * (history.json) is redone on the newest tip.
 */
export async function publishFiles(
  octokit: Octokit,
  target: PagesTarget,
  message: string,
  prepare: (read: (path: string) => Promise<Buffer | null>) => Promise<SiteFile[] | InPlaceUpdate>,
  options: { maxAttempts?: number; snapshot?: BranchSnapshot | null } = {},
): Promise<PublishResult> {
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    // The first attempt may build on the tip read before collecting: if the branch moved since,
    // the fast-forward is refused and the next attempt reads it afresh.
    const tip =
      attempt === 1 && options.snapshot !== undefined ? options.snapshot : await openBranch(octokit, target);
    const read = (path: string) => readBranchFile(octokit, target, tip, path);
    const prepared = await prepare(read);
    // An update in place (a history entry alone) keeps the published site, its manifest included.
    const inPlace = !Array.isArray(prepared);
    const files = inPlace ? prepared.update : withManifest(prepared);
    const changed = await changedFiles(octokit, target, tip, files);
    const stale = inPlace ? [] : await staleFiles(octokit, target, tip, files, read);
    if (tip && changed.length === 0 && stale.length === 0) {
      return { commitSha: tip.sha, attempts: attempt, changed: 0, deleted: 0 };
    }
    const tree = await createTree(octokit, target, changed, stale, tip?.tree);
    const commit = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
      owner: target.owner,
      repo: target.repo,
      message,
      tree,
      parents: tip ? [tip.sha] : [],
    });
    if (await moveBranch(octokit, target, commit.data.sha, tip?.sha ?? null)) {
      return {
        commitSha: commit.data.sha,
        attempts: attempt,
        changed: changed.length,
        deleted: stale.length,
      };
    }
    if (attempt >= maxAttempts) {
      throw new GitHubError(
        `pages-branch: ${target.branch} kept moving under ${maxAttempts} attempts to publish; try again later`,
      );
    }
  }
}

/** The files whose content the branch does not hold yet at their path. */
async function changedFiles(
  octokit: Octokit,
  target: PagesTarget,
  tip: BranchSnapshot | null,
  files: SiteFile[],
): Promise<SiteFile[]> {
  const changed: SiteFile[] = [];
  for (const file of files) {
    const full = joinPath(target.folder, file.path);
    let sha = tip?.files.get(full);
    // a listing GitHub cut short may lack the path: look it up one level at a time
    if (sha === undefined && tip?.truncated)
      sha = (await entryAt(octokit, target, tip.tree, full)) ?? undefined;
    if (sha !== blobSha(file.content)) changed.push(file);
  }
  return changed;
}

/** The earlier publish's files this one does not write, of those on the branch. */
async function staleFiles(
  octokit: Octokit,
  target: PagesTarget,
  tip: BranchSnapshot | null,
  files: SiteFile[],
  read: (path: string) => Promise<Buffer | null>,
): Promise<string[]> {
  if (!tip) return [];
  const folder = joinPath(target.folder, '');
  const onBranch = [...tip.files.keys()]
    .filter((path) => path.startsWith(folder))
    .map((path) => path.slice(folder.length));
  return stalePaths({
    manifest: await read(MANIFEST),
    onBranch,
    ownFolders: [`${CACHE_FOLDER}/`],
    writing: files.map((f) => f.path),
    // a listing GitHub cut short may lack the path: look it up one level at a time
    present: async (path) => {
      const full = joinPath(target.folder, path);
      return (
        tip.files.has(full) || (tip.truncated && (await entryAt(octokit, target, tip.tree, full)) !== null)
      );
    },
  });
}

/** Blobs by repository and sha: content-addressed, so a blob read once is never read again. */
const blobs = new Map<string, Buffer>();

async function readBlob(octokit: Octokit, repo: Repo, sha: string): Promise<Buffer> {
  const key = `${repo.owner}/${repo.repo}/${sha}`;
  const known = blobs.get(key);
  if (known) return known;
  const blob = await octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    owner: repo.owner,
    repo: repo.repo,
    file_sha: sha,
  });
  const content = Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
  blobs.set(key, content);
  return content;
}

/** The blob sha at a path, walking the tree one level at a time (for a truncated listing). */
async function entryAt(octokit: Octokit, repo: Repo, treeSha: string, path: string) {
  let sha = treeSha;
  let type = 'tree';
  for (const part of path.split('/')) {
    if (type !== 'tree') return null;
    const tree = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: repo.owner,
      repo: repo.repo,
      tree_sha: sha,
    });
    const entry = tree.data.tree.find((e) => e.path === part);
    if (!entry?.sha) return null;
    sha = entry.sha;
    type = entry.type ?? 'blob';
  }
  return type === 'blob' ? sha : null;
}

async function readFileAt(octokit: Octokit, repo: Repo, treeSha: string, path: string) {
  const sha = await entryAt(octokit, repo, treeSha, path);
  return sha ? readBlob(octokit, repo, sha) : null;
}

function isUtf8(content: Buffer): boolean {
  return Buffer.from(content.toString('utf8'), 'utf8').equals(content);
}

/**
 * One tree over the base tree. Text goes inline (`content`), so a publish is three writes however
 * many files changed; GitHub asks for a second between writes. Other bytes need a blob each.
 */
async function createTree(
  octokit: Octokit,
  target: PagesTarget,
  files: SiteFile[],
  deleted: string[],
  baseTree?: string,
) {
  // A null sha deletes the path from the base tree.
  const entries: {
    path: string;
    mode: '100644';
    type: 'blob';
    content?: string;
    sha?: string | null;
  }[] = deleted.map((path) => ({
    path: joinPath(target.folder, path),
    mode: '100644' as const,
    type: 'blob' as const,
    sha: null,
  }));
  for (const file of files) {
    const path = joinPath(target.folder, file.path);
    if (isUtf8(file.content)) {
      entries.push({
        path,
        mode: '100644' as const,
        type: 'blob' as const,
        content: file.content.toString('utf8'),
      });
      continue;
    }
    const blob = await octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
      owner: target.owner,
      repo: target.repo,
      content: file.content.toString('base64'),
      encoding: 'base64',
    });
    entries.push({ path, mode: '100644' as const, type: 'blob' as const, sha: blob.data.sha });
  }
  const tree = await octokit.request('POST /repos/{owner}/{repo}/git/trees', {
    owner: target.owner,
    repo: target.repo,
    tree: entries,
    ...(baseTree ? { base_tree: baseTree } : {}),
  });
  return tree.data.sha;
}

/** Where the branch points now, or null when it does not exist. */
async function branchSha(octokit: Octokit, target: PagesTarget): Promise<string | null> {
  try {
    const ref = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner: target.owner,
      repo: target.repo,
      ref: `heads/${target.branch}`,
    });
    return ref.data.object.sha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

/** Fast-forwards the branch from `from` (or creates it); false when someone else moved it first. */
async function moveBranch(
  octokit: Octokit,
  target: PagesTarget,
  sha: string,
  from: string | null,
): Promise<boolean> {
  try {
    if (from) {
      await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        owner: target.owner,
        repo: target.repo,
        ref: `heads/${target.branch}`,
        sha,
        force: false,
      });
    } else {
      await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
        owner: target.owner,
        repo: target.repo,
        ref: `refs/heads/${target.branch}`,
        sha,
      });
    }
    return true;
  } catch (error) {
    // 422 "Update is not a fast forward" / "Reference already exists" means the branch moved; a
    // 422 on a branch that did not move (a protection rule) would never pass, so it is not retried.
    if ((error as { status?: number }).status !== 422) throw error;
    if ((await branchSha(octokit, target)) !== from) return false;
    throw new GitHubError(
      `pages-branch: GitHub refused to move ${target.branch} (${messageOf(error)}); is the branch protected?`,
      422,
    );
  }
}

function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: { message?: unknown } } }).response?.data;
  const text = typeof data?.message === 'string' ? data.message : String((error as Error).message);
  return text.split('\n')[0].slice(0, 160);
}
