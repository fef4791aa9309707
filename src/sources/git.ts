// The git source: a world (world/README.md) built from a local clone, bare or with a work tree,
// with no token and no network. Only commits and tags can come from git; pull requests,
// deployments and the rest stay empty, so the metrics fall back to commits (L1) and to tags or
// merges as deployments (D2).
//
// It runs six git commands whatever the history's size (listed by gitReadCommands, which the
// benchmark times on their own): the history is one streamed `git log`, the tags one for-each-ref.
import { UserError } from '../errors.js';
import { realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { World } from '../world/types.js';
import { CommitLogParser, LOG_FORMAT } from './git/commits.js';
import { BRANCHES_FORMAT, TAGS_FORMAT, chooseBranch, parseBranches, parseTags } from './git/refs.js';
import { localRepositoryName, parseRemoteUrl, remoteHost } from './git/remote.js';
import { gitEnvironment, gitFailure, runGit, streamGit, type GitResult } from './git/run.js';

export { UserError };

export interface GitSourceOptions {
  branch?: string;
  now?: Date;
  onProgress?: (message: string) => void;
}

// Settings of the user's (or of the repository's own config) that would change what these commands
// print: signature checks interleaved with the log, colours, messages re-encoded out of UTF-8.
const NEUTRAL_CONFIG = ['log.showSignature=false', 'color.ui=false', 'i18n.logOutputEncoding=UTF-8'].flatMap(
  (setting) => ['-c', setting],
);

function git(directory: string, ...args: string[]): string[] {
  return ['--no-pager', ...NEUTRAL_CONFIG, '-C', directory, ...args];
}

const COMMANDS = {
  probe: (dir: string) => git(dir, 'rev-parse', '--is-shallow-repository', '--show-object-format'),
  head: (dir: string) => git(dir, 'symbolic-ref', '-q', 'HEAD'),
  branches: (dir: string) =>
    git(dir, 'for-each-ref', `--format=${BRANCHES_FORMAT}`, 'refs/heads', 'refs/remotes'),
  originUrl: (dir: string) => git(dir, 'config', '--get', 'remote.origin.url'),
  tags: (dir: string) => git(dir, 'for-each-ref', `--format=${TAGS_FORMAT}`, 'refs/tags'),
  log: (dir: string, ref: string) => git(dir, 'log', '-z', `--format=${LOG_FORMAT}`, ref, '--'),
};

/** The argument lists (after `git`) that readGitWorld runs for DIR reading REF, in order. */
export function gitReadCommands(directory: string, ref: string): string[][] {
  const { probe, head, branches, originUrl, tags, log } = COMMANDS;
  return [
    probe(directory),
    head(directory),
    branches(directory),
    originUrl(directory),
    tags(directory),
    log(directory, ref),
  ];
}

/** Reads the world of the clone at DIR: the default branch's commits and every tag of a commit. */
export async function readGitWorld(
  dir: string,
  options: GitSourceOptions = {},
): Promise<{ world: World; warnings: string[]; remoteHost: string | null }> {
  const label = `--git ${dir}`;
  const progress = options.onProgress ?? (() => undefined);
  const directory = await resolveDirectory(label, dir);
  const env = gitEnvironment(dirname(directory));
  // All but the log at once: in something that is no repository they all fail, and the probe says why.
  const [probe, head, branches, originUrl, tagList] = await Promise.all([
    runGit(COMMANDS.probe(directory), env),
    runGit(COMMANDS.head(directory), env),
    runGit(COMMANDS.branches(directory), env),
    runGit(COMMANDS.originUrl(directory), env),
    runGit(COMMANDS.tags(directory), env),
  ]);
  const shallow = checkProbe(label, directory, probe);
  if (branches.code !== 0) throw gitFailure('for-each-ref', branches);
  if (tagList.code !== 0) throw gitFailure('for-each-ref', tagList);
  const branch = chooseBranch(
    label,
    parseBranches(branches.stdout),
    head.code === 0 ? head.stdout.trim() : null,
    options.branch,
  );
  progress(`git: reading the history of ${branch.name} (${branch.ref})`);

  const parser = new CommitLogParser((count) => progress(`git: ${count} commits read`));
  const logArgs = COMMANDS.log(directory, branch.ref);
  const log = await streamGit(logArgs, env, (chunk) => parser.push(chunk));
  if (log.code !== 0) throw gitFailure('log', log);
  const commits = parser.end();
  const { tags, skipped } = parseTags(tagList.stdout);
  progress(`git: ${commits.length} commits, ${tags.length} tags (${skipped} tags of no commit skipped)`);

  const url = originUrl.code === 0 ? originUrl.stdout.trim() : '';
  const { owner, name } = parseRemoteUrl(url) ?? localRepositoryName(directory);
  const world: World = {
    schemaVersion: 1,
    generatedAt: (options.now ?? new Date()).toISOString().slice(0, 19) + 'Z',
    repository: { owner, name, defaultBranch: branch.name },
    commits,
    tags,
  };
  return { world, warnings: shallow ? [shallowWarning(label)] : [], remoteHost: remoteHost(url) };
}

async function resolveDirectory(label: string, dir: string): Promise<string> {
  try {
    return await realpath(dir);
  } catch {
    // The path does not exist: say so, rather than that it is no repository.
    throw noSuchFolder(label);
  }
}

/** Checks that DIR itself is a repository; returns whether it is a shallow clone. */
function checkProbe(label: string, directory: string, result: GitResult): boolean {
  if (result.stderr.includes('dubious ownership')) {
    throw new UserError(
      `${label}: git refuses a repository owned by another user ` +
        `(expected one you own, or run: git config --global --add safe.directory ${directory})`,
    );
  }
  if (result.code !== 0) throw notARepository(label);
  const [shallow, objectFormat] = result.stdout.trim().split('\n');
  // The world's shas are 40 hex digits, as on GitHub, which has no SHA-256 repositories.
  if (objectFormat !== 'sha1') {
    throw new UserError(`${label}: a ${objectFormat} repository (expected sha1 object names, as on GitHub)`);
  }
  return shallow === 'true';
}

function noSuchFolder(label: string): UserError {
  return new UserError(`${label}: no such folder (expected the path of a git clone)`);
}

function notARepository(label: string): UserError {
  return new UserError(`${label}: not a git repository (expected a clone, bare or with a work tree)`);
}

function shallowWarning(label: string): string {
  return (
    `${label}: a shallow clone, so the history is truncated: lead times and deployments before the cut are missing. ` +
    'In a GitHub workflow use actions/checkout with fetch-depth: 0 (and fetch-tags: true); ' +
    'locally run git fetch --unshallow --tags'
  );
}
