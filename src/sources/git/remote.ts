// The repository's owner and name, read from the origin remote's URL. Only the path is kept: a URL
// may carry credentials (https://user:token@host/...), which must never reach the world file.
import { basename, dirname } from 'node:path';

export interface RepositoryName {
  owner: string;
  name: string;
}

// GitHub's characters for owners and repository names (GitLab's are a subset of these too).
const SEGMENT = /^[A-Za-z0-9_.-]+$/;

/** owner/name from a remote URL (https, ssh, scp-like `git@host:owner/name.git`, file), or null. */
export function parseRemoteUrl(url: string): RepositoryName | null {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (scheme !== null) {
    const path = pathOfUrl(trimmed);
    if (path === null) return null;
    return scheme[1].toLowerCase() === 'file' ? fromFilePath(path) : fromHostPath(path);
  }
  // scp-like syntax: a colon before the first slash, and more than a Windows drive letter before it.
  const scp = /^(?:[^@/]+@)?([^/:]{2,}):(.*)$/.exec(trimmed);
  if (scp !== null) return fromHostPath(scp[2]);
  return fromFilePath(trimmed);
}

/** The fallback when origin says nothing usable: owner `local`, name from the directory. */
export function localRepositoryName(directory: string): RepositoryName {
  // A path to the .git directory itself names the work tree above it.
  const base = basename(directory) === '.git' ? basename(dirname(directory)) : basename(directory);
  const name = base.replace(/\.git$/, '');
  return { owner: 'local', name: name === '' ? 'repository' : name };
}

function pathOfUrl(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
}

/** host/owner/name: the whole path (GitLab subgroups give owner `group/subgroup`). */
function fromHostPath(path: string): RepositoryName | null {
  const segments = splitPath(path);
  if (segments[0]?.startsWith('~')) segments.shift(); // ssh://host/~user/name: a home directory, not an owner
  if (segments.length < 2 || !segments.every(isName)) return null;
  return { owner: segments.slice(0, -1).join('/'), name: segments[segments.length - 1] };
}

/** A local path such as /srv/mirrors/owner/name.git: its last two directories. */
function fromFilePath(path: string): RepositoryName | null {
  const [owner, name] = splitPath(path).slice(-2);
  if (owner === undefined || name === undefined || !isName(owner) || !isName(name)) return null;
  return { owner, name };
}

function splitPath(path: string): string[] {
  const segments = path.split(/[\\/]+/).filter((segment) => segment !== '');
  if (segments.length > 0)
    segments[segments.length - 1] = segments[segments.length - 1].replace(/\.git$/, '');
  return segments;
}

function isName(segment: string): boolean {
  return SEGMENT.test(segment) && segment !== '.' && segment !== '..';
}

/**
 * The host a remote URL names, lowercased, without user or port (https, ssh, git, scp-like
 * `git@host:owner/name`); null for a local path or a file:// URL, which name no web page.
 */
export function remoteHost(url: string): string | null {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (scheme !== null) {
    if (scheme[1].toLowerCase() === 'file') return null;
    try {
      return new URL(trimmed).hostname.toLowerCase() || null;
    } catch {
      return null;
    }
  }
  const scp = /^(?:[^@/]+@)?([^/:]{2,}):/.exec(trimmed);
  return scp === null ? null : scp[1].toLowerCase();
}

// GitHub's own names for github.com in a remote (ssh.github.com serves ssh on port 443).
const GITHUB_HOSTS = new Set(['github.com', 'www.github.com', 'ssh.github.com']);

/**
 * Where a report may link the records of a clone: github.com when the remote names it, the GitHub
 * server the user names (GITHUB_SERVER_URL, e.g. GitHub Enterprise Server) when the remote names
 * that host, and nowhere otherwise. The report's links have GitHub's shapes (/pull/N, /commit/SHA,
 * /issues/N), which GitLab, Bitbucket or a mirror on disk do not serve, and an owner/name on another
 * host may be someone else's repository on github.com.
 */
export function webServerFor(host: string | null, namedServer: string | undefined): string | null {
  if (host === null) return null;
  if (GITHUB_HOSTS.has(host)) return 'https://github.com';
  if (!namedServer) return null;
  try {
    const named = new URL(namedServer);
    const web = /^https?:$/.test(named.protocol) && !named.username && !named.password;
    return web && named.hostname.toLowerCase() === host ? named.origin : null;
  } catch {
    return null;
  }
}
