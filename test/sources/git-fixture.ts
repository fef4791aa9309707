// Real repositories for the git source's tests, built with the git command line in a temp dir.
// Every name, e-mail and date is set explicitly so that the expected world is known exactly.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { World } from '../../src/world/types.js';
import { assertValidWorld } from '../support/schema.js';

const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Ada Author',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Cy Committer',
  GIT_COMMITTER_EMAIL: 'cy@example.com',
};
const GIT_CONFIG = ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'];

export function makeTempRoot(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'git-source-'));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export interface GitDates {
  authored?: string; // anything git accepts, e.g. 2026-03-01T12:00:00+02:00
  committed?: string;
  author?: string;
}

/** Runs git in DIR with fixed identities; returns its trimmed stdout. */
export function git(dir: string, args: string[], dates: GitDates = {}, input?: string | Buffer): string {
  const env = { ...GIT_ENV };
  if (dates.authored !== undefined) env.GIT_AUTHOR_DATE = dates.authored;
  env.GIT_COMMITTER_DATE = dates.committed ?? dates.authored ?? '2026-01-01T00:00:00Z';
  if (dates.author !== undefined) env.GIT_AUTHOR_NAME = dates.author;
  const out = execFileSync('git', [...GIT_CONFIG, ...args], { cwd: dir, env, input, encoding: 'utf8' });
  return out.trim();
}

export function initRepository(dir: string): string {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q']);
  return dir;
}

/** Commits MESSAGE verbatim, changing FILE so that the commit can be reverted; returns its sha. */
export function commit(dir: string, message: string, dates: GitDates, file = 'file.txt'): string {
  writeFileSync(join(dir, file), `${message}\n${dates.authored ?? ''}\n`);
  git(dir, ['add', file]);
  git(dir, ['commit', '-q', '--cleanup=verbatim', '-F', '-'], dates, message);
  return git(dir, ['rev-parse', 'HEAD']);
}

/** A fast-import stream of COUNT linear commits, one a minute from 2026-01-01, tagged every TAG_EVERY. */
export function fastImportHistory(count: number, message: (index: number) => string, tagEvery = 0): string {
  const parts: string[] = [];
  const start = Date.UTC(2026, 0, 1) / 1000;
  for (let i = 1; i <= count; i += 1) {
    const text = Buffer.from(message(i), 'utf8');
    const when = `${start + i * 60} +0000`;
    parts.push(`commit refs/heads/main\nmark :${i}\nauthor A <a@example.com> ${when}\n`);
    parts.push(`committer C <c@example.com> ${when}\ndata ${text.length}\n${text.toString('utf8')}\n`);
    if (i > 1) parts.push(`from :${i - 1}\n`);
    parts.push('\n');
    if (tagEvery > 0 && i % tagEvery === 0) parts.push(`reset refs/tags/v${i}\nfrom :${i}\n\n`);
  }
  return parts.join('');
}

export function importHistory(dir: string, stream: string): void {
  initRepository(dir);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env: GIT_ENV, input: stream });
}

/** Validates WORLD against schema/world.schema.json (ajv, through test/support/schema.ts). */
export async function expectValidWorld(world: World): Promise<void> {
  assertValidWorld(world);
}
