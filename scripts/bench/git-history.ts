// Builds the benchmark's repositories with `git fast-import`: a history of N commits on main in
// about a second, where `git commit` in a loop would take minutes. Every fifth commit is a merge
// of a one-commit side branch (two parents), messages have a subject and a body like squash and
// merge commits do, and every tenth commit is tagged (annotated and lightweight in turn).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const AUTHORS = ['Ada Lovelace', 'Grace Hopper', 'Zoë Ünicode', 'Linus T', 'Margaret Hamilton'];

function data(text: string): string {
  return `data ${Buffer.byteLength(text, 'utf8')}\n${text}\n`;
}

function person(role: 'author' | 'committer' | 'tagger', i: number, seconds: number): string {
  const name = AUTHORS[i % AUTHORS.length];
  return `${role} ${name} <${name.split(' ')[0].toLowerCase()}@example.com> ${seconds} +0100\n`;
}

/** The fast-import stream: COMMITS commits reachable from main, a tag every TAG_EVERY commits. */
export function historyStream(commits: number, end: number, tagEvery = 10, spacing = 600): string {
  const parts: string[] = [];
  const start = end - commits * spacing; // a commit every SPACING seconds, up to END (Unix seconds)
  let lastMain = 0;
  for (let i = 1; i <= commits; i += 1) {
    const when = start + i * spacing;
    const header = `mark :${i}\n${person('author', i, when - 3600)}${person('committer', i, when)}`;
    if (i % 5 === 4) {
      // A side branch's commit, merged by the next one: reachable from main, so it counts.
      parts.push(`commit refs/heads/side\n${header}${data(`feat: side change ${i}\n\nPart of #${i}.`)}`);
      parts.push(`${lastMain > 0 ? `from :${lastMain}\n` : ''}M 644 inline side.txt\n${data(`side ${i}`)}\n`);
      continue;
    }
    parts.push(`commit refs/heads/main\n${header}${data(message(i))}`);
    if (lastMain > 0) parts.push(`from :${lastMain}\n`);
    if (i % 5 === 0) parts.push(`merge :${i - 1}\n`);
    parts.push(`M 644 inline main.txt\n${data(`main ${i}`)}\n`);
    if (i % tagEvery === 0) parts.push(tag(i, when));
    lastMain = i;
  }
  return parts.join('');
}

function message(i: number): string {
  if (i % 5 === 0)
    return `Merge pull request #${i - 1} from acme/side-${i - 1}\n\nfeat: side change ${i - 1}`;
  if (i % 7 === 0)
    return `Revert "feat: change ${i - 1} (#${i - 1})"\n\nThis reverts commit ${'0'.repeat(40)}.`;
  return `feat: change ${i} (#${i})\n\nBody of change ${i}, with ✓ and 🚀.\n\nCo-authored-by: X <x@example.com>`;
}

function tag(i: number, when: number): string {
  const name = `v1.${Math.floor(i / 1000)}.${i % 1000}`;
  if (i % 20 === 0) return `reset refs/tags/${name}\nfrom :${i}\n\n`;
  return `tag ${name}\nfrom :${i}\n${person('tagger', i, when + 60)}${data(`release ${name}`)}`;
}

/**
 * The repository of COMMITS commits, built once a day and kept in the temp dir: its history ends
 * on the day it is built, so the CLI's default 90-day window holds deployments and changes.
 */
export function benchRepository(commits: number, spacing = 600): string {
  const today = new Date().toISOString().slice(0, 10);
  const root = join(tmpdir(), 'dora-bench-git');
  const shape = spacing === 600 ? `${commits}` : `${commits}-every-${spacing}s`;
  const dir = join(root, `history-${shape}-${today}`);
  if (existsSync(join(dir, 'complete'))) return dir;
  mkdirSync(root, { recursive: true });
  for (const old of readdirSync(root)) {
    if (old.startsWith(`history-${shape}-`) && !old.slice(`history-${shape}-`.length).includes('every'))
      rmSync(join(root, old), { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const end = Math.floor(Date.parse(`${today}T00:00:00Z`) / 1000);
  execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q', '--bare'], { cwd: dir, env });
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: dir,
    env,
    input: historyStream(commits, end, 10, spacing),
  });
  execFileSync('git', ['symbolic-ref', 'HEAD', 'refs/heads/main'], { cwd: dir, env });
  writeFileSync(join(dir, 'complete'), `${commits}\n`);
  return dir;
}
