// The incremental cache (--cache DIR): what the last run collected and where each listing may
// stop next time. One JSON file per API root and repository; never the token.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { World } from '../../world/types.js';

export interface CacheMarks {
  /** latest updatedAt of a pull request seen */
  pullRequests?: string;
  /** latest updated_at of an incident issue seen */
  issues?: string;
}

export interface CacheFile {
  version: 1;
  apiUrl: string;
  repo: string;
  includeFiles: boolean;
  /** the earliest `since` the cached records serve; a run reaching further back collects afresh */
  since: string;
  /** the listings the cached world holds in full down to `since` (e.g. environment:production) */
  kinds: string[];
  marks: CacheMarks;
  world: World;
}

function fileOf(dir: string, repo: string): string {
  return join(dir, `github-${encodeURIComponent(repo.toLowerCase()).replace(/%2F/gi, '--')}.json`);
}

/** The cache for this repository, or null when there is none or it cannot serve this run. */
export function readCache(
  dir: string,
  repo: string,
  apiUrl: string,
  includeFiles: boolean,
  since: Date,
): CacheFile | null {
  let cache: CacheFile;
  try {
    cache = JSON.parse(readFileSync(fileOf(dir, repo), 'utf8')) as CacheFile;
  } catch {
    return null; // no cache yet, or an unreadable one: collect in full and write a fresh one
  }
  const fits =
    cache.version === 1 &&
    cache.apiUrl === apiUrl &&
    cache.repo.toLowerCase() === repo.toLowerCase() &&
    cache.includeFiles === includeFiles &&
    Date.parse(cache.since) <= since.getTime() &&
    typeof cache.world === 'object' &&
    Array.isArray(cache.kinds);
  return fits ? cache : null;
}

export function writeCache(dir: string, cache: CacheFile): void {
  mkdirSync(dir, { recursive: true });
  const file = fileOf(dir, cache.repo);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(cache));
  renameSync(temporary, file); // a crash mid-write leaves the previous cache whole
}
