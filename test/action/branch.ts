// Reads a branch back through the simulator's Git Data API, as any client of GitHub would.
import type { Simulator } from '../simulator/server.js';

export interface BranchCommit {
  sha: string;
  parents: string[];
  message: string;
  /** path → content */
  files: Map<string, Buffer>;
}

async function get<T>(sim: Simulator, path: string): Promise<T | null> {
  const { owner, name } = sim.world.repository;
  const response = await fetch(`${sim.url}/repos/${owner}/${name}${path}`, {
    headers: { authorization: 'token test-token', accept: 'application/vnd.github+json' },
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function branchTip(sim: Simulator, branch: string): Promise<string | null> {
  const ref = await get<{ object: { sha: string } }>(sim, `/git/ref/heads/${branch}`);
  return ref?.object.sha ?? null;
}

/** The commit `sha` with every file of its tree. */
export async function readCommit(sim: Simulator, sha: string): Promise<BranchCommit> {
  const commit = await get<{ tree: { sha: string }; parents: { sha: string }[]; message: string }>(
    sim,
    `/git/commits/${sha}`,
  );
  if (!commit) throw new Error(`commit ${sha} not found`);
  const tree = await get<{ tree: { path: string; type: string; sha: string }[] }>(
    sim,
    `/git/trees/${commit.tree.sha}?recursive=1`,
  );
  const files = new Map<string, Buffer>();
  for (const entry of tree?.tree ?? []) {
    if (entry.type !== 'blob') continue;
    const blob = await get<{ content: string; encoding: string }>(sim, `/git/blobs/${entry.sha}`);
    files.set(entry.path, Buffer.from(blob?.content ?? '', 'base64'));
  }
  return { sha, parents: commit.parents.map((p) => p.sha), message: commit.message, files };
}

export async function readBranch(sim: Simulator, branch = 'gh-pages'): Promise<BranchCommit | null> {
  const tip = await branchTip(sim, branch);
  return tip ? readCommit(sim, tip) : null;
}

export interface HistoryFile {
  schemaVersion: number;
  entries: { date: string; until: string; deploymentsPerWeek: number }[];
}

export function historyOf(commit: BranchCommit, path = 'history.json'): HistoryFile {
  const file = commit.files.get(path);
  if (!file) throw new Error(`${path} is not on the branch (files: ${[...commit.files.keys()].join(', ')})`);
  return JSON.parse(file.toString('utf8')) as HistoryFile;
}

async function post<T>(sim: Simulator, path: string, body: unknown, method = 'POST'): Promise<T> {
  const { owner, name } = sim.world.repository;
  const response = await fetch(`${sim.url}/repos/${owner}/${name}${path}`, {
    method,
    headers: { authorization: 'token test-token', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Commits one file onto a branch through the Git Data API, as another tool or a person would. */
export async function commitFile(sim: Simulator, branch: string, path: string, content: string) {
  const tip = await branchTip(sim, branch);
  if (!tip) throw new Error(`${branch} does not exist`);
  const base = await get<{ tree: { sha: string } }>(sim, `/git/commits/${tip}`);
  const tree = await post<{ sha: string }>(sim, '/git/trees', {
    base_tree: base?.tree.sha,
    tree: [{ path, mode: '100644', type: 'blob', content }],
  });
  const commit = await post<{ sha: string }>(sim, '/git/commits', {
    message: `Edit ${path}`,
    tree: tree.sha,
    parents: [tip],
  });
  await post(sim, `/git/refs/heads/${branch}`, { sha: commit.sha }, 'PATCH');
  return commit.sha;
}
