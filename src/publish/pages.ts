// Publishes the site to a Pages branch through the Git Data API: no git executable, no checkout.
// The branch moves by one fast-forward commit; if someone else moved it meanwhile, the update is
// rejected and the whole step is redone on the new tip, so two racing runs lose nothing.
import type { Octokit } from '@octokit/core';

export interface SiteFile {
  /** path inside the site folder, with forward slashes */
  path: string;
  content: Buffer;
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
}

/** Reads one file of the branch, or null when the branch or the file is missing. */
export async function readBranchFile(
  octokit: Octokit,
  target: PagesTarget,
  path: string,
): Promise<Buffer | null> {
  const tip = await branchTip(octokit, target);
  if (!tip) return null;
  return readFileAt(octokit, target, tip.tree, joinPath(target.folder, path));
}

/** Reads every file under a folder of the branch (used for the collection cache). */
export async function readBranchFolder(
  octokit: Octokit,
  target: PagesTarget,
  folder: string,
): Promise<SiteFile[]> {
  const tip = await branchTip(octokit, target);
  if (!tip) return [];
  const prefix = `${joinPath(target.folder, folder)}/`;
  const tree = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    owner: target.owner,
    repo: target.repo,
    tree_sha: tip.tree,
    recursive: '1',
  });
  const files: SiteFile[] = [];
  for (const entry of tree.data.tree) {
    if (entry.type !== 'blob' || !entry.path?.startsWith(prefix) || !entry.sha) continue;
    files.push({
      path: entry.path.slice(prefix.length),
      content: await readBlob(octokit, target, entry.sha),
    });
  }
  return files;
}

/**
 * Commits `files` under the target folder. `prepare` runs on every attempt with the files of the
 * current tip it asks for, so a merge (history.json) is redone on the newest tip.
 */
export async function publishFiles(
  octokit: Octokit,
  target: PagesTarget,
  message: string,
  prepare: (read: (path: string) => Promise<Buffer | null>) => Promise<SiteFile[]>,
  maxAttempts = 5,
): Promise<PublishResult> {
  for (let attempt = 1; ; attempt++) {
    const tip = await branchTip(octokit, target);
    const read = (path: string) =>
      tip ? readFileAt(octokit, target, tip.tree, joinPath(target.folder, path)) : Promise.resolve(null);
    const files = await prepare(read);
    const tree = await createTree(octokit, target, files, tip?.tree);
    const commit = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
      owner: target.owner,
      repo: target.repo,
      message,
      tree,
      parents: tip ? [tip.sha] : [],
    });
    if (await moveBranch(octokit, target, commit.data.sha, tip !== null)) {
      return { commitSha: commit.data.sha, attempts: attempt };
    }
    if (attempt >= maxAttempts) {
      throw new Error(
        `pages-branch: ${target.branch} kept moving under ${maxAttempts} attempts to publish; try again later`,
      );
    }
  }
}

function joinPath(folder: string, path: string): string {
  const clean = folder.replace(/^\/+|\/+$/g, '');
  return clean ? `${clean}/${path}` : path;
}

async function branchTip(
  octokit: Octokit,
  target: PagesTarget,
): Promise<{ sha: string; tree: string } | null> {
  try {
    const ref = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner: target.owner,
      repo: target.repo,
      ref: `heads/${target.branch}`,
    });
    const commit = await octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
      owner: target.owner,
      repo: target.repo,
      commit_sha: ref.data.object.sha,
    });
    return { sha: ref.data.object.sha, tree: commit.data.tree.sha };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

async function readBlob(octokit: Octokit, target: PagesTarget, sha: string): Promise<Buffer> {
  const blob = await octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
    owner: target.owner,
    repo: target.repo,
    file_sha: sha,
  });
  return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
}

async function readFileAt(octokit: Octokit, target: PagesTarget, treeSha: string, path: string) {
  let sha = treeSha;
  for (const part of path.split('/')) {
    const tree = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: target.owner,
      repo: target.repo,
      tree_sha: sha,
    });
    const entry = tree.data.tree.find((e) => e.path === part);
    if (!entry?.sha) return null;
    sha = entry.sha;
  }
  return readBlob(octokit, target, sha);
}

async function createTree(octokit: Octokit, target: PagesTarget, files: SiteFile[], baseTree?: string) {
  const entries = [];
  for (const file of files) {
    const blob = await octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
      owner: target.owner,
      repo: target.repo,
      content: file.content.toString('base64'),
      encoding: 'base64',
    });
    entries.push({
      path: joinPath(target.folder, file.path),
      mode: '100644' as const,
      type: 'blob' as const,
      sha: blob.data.sha,
    });
  }
  const tree = await octokit.request('POST /repos/{owner}/{repo}/git/trees', {
    owner: target.owner,
    repo: target.repo,
    tree: entries,
    ...(baseTree ? { base_tree: baseTree } : {}),
  });
  return tree.data.sha;
}

/** Fast-forwards the branch (or creates it); false when someone else moved it first. */
async function moveBranch(
  octokit: Octokit,
  target: PagesTarget,
  sha: string,
  exists: boolean,
): Promise<boolean> {
  try {
    if (exists) {
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
    // 422: "Update is not a fast forward" or "Reference already exists": the branch moved.
    if ((error as { status?: number }).status === 422) return false;
    throw error;
  }
}
