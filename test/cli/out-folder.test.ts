// The output folder as an unlucky user meets it: the command line replaces only a folder it wrote
// itself and that holds nothing else, never a project, and survives being killed at any point.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateWorld } from '../../scripts/lib/generate-world.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const example = join(root, 'examples', 'world.json');

function run(args: string[], cwd = root, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DEBUG: '', ...env },
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

function temp(): string {
  return mkdtempSync(join(tmpdir(), 'out-folder-'));
}

/** Every file below `dir` with its content: what a user would miss. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else files[`${prefix}${entry.name}`] = readFileSync(path, 'utf8');
    }
  };
  walk(dir, '');
  return files;
}

/** A user's project: sources, a page of its own and a git repository. */
function project(): string {
  const dir = temp();
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'main.ts'), 'export const answer = 42;\n');
  writeFileSync(join(dir, 'index.html'), '<h1>my site</h1>\n');
  const git = spawnSync('git', ['init', '-q'], { cwd: dir });
  expect(git.status).toBe(0);
  return dir;
}

describe('--out never replaces a user folder', () => {
  it('--out . in a project with an index.html: exit 2, one line, every file kept', () => {
    const dir = project();
    const before = snapshot(dir);
    const result = run(['--from-file', example, '--out', '.'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^dora-report: --out \.: is the current folder; .*never writes there/);
    expect(result.stdout).not.toMatch(/Report written/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a git work tree, the parent of the current folder and /', () => {
    const dir = project();
    const inside = join(dir, 'src');
    expect(run(['--from-file', example, '--out', dir], root).stderr).toMatch(/is a git work tree/);
    expect(run(['--from-file', example, '--out', '..'], inside).stderr).toMatch(/holds the current folder/);
    expect(run(['--from-file', example, '--out', '/'], inside).stderr).toMatch(
      /is the root of the file system/,
    );
    expect(existsSync(join(dir, 'src', 'main.ts'))).toBe(true);
  });

  it('--out site where site/ holds a README and a subfolder beside an index.html: names the first', () => {
    const dir = temp();
    const site = join(dir, 'site');
    mkdirSync(join(site, 'blog'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<p>home</p>');
    writeFileSync(join(site, 'README.md'), '# my site');
    writeFileSync(join(site, 'blog', 'post.html'), '<p>post</p>');
    const before = snapshot(site);
    const result = run(['--from-file', example, '--out', 'site'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^dora-report: --out site: holds "README.md" and no \.dora-report\.json, so it is not a report this tool wrote/,
    );
    expect(snapshot(site)).toEqual(before);
  });

  it('replaces a report it wrote, but not once the user added a file to it', () => {
    const dir = temp();
    const out = join(dir, 'report');
    expect(run(['--from-file', example, '--out', out]).code).toBe(0);
    const marker = JSON.parse(readFileSync(join(out, '.dora-report.json'), 'utf8'));
    expect(marker.entries).toEqual(expect.arrayContaining(['index.html', 'metrics.json', 'summary.md']));
    expect(run(['--from-file', example, '--out', out, '--days', '30']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')).window.days).toBe(30);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const refused = run(['--from-file', example, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/holds "notes\.txt", which is not part of the report this tool wrote/);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('an --out that cannot be written is named before any collection', () => {
    const dir = temp();
    writeFileSync(join(dir, 'file'), 'x');
    const started = Date.now();
    // Nothing listens on port 1: were the API asked first, the error would be about the network.
    const result = run([
      '--repo',
      'acme/shop',
      '--token',
      't',
      '--api-url',
      'http://127.0.0.1:1',
      '--out',
      join(dir, 'file', 'report'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out .*: cannot be made: .*file is a file/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('--out survives being killed', () => {
  it('a kill between the two renames: the next run puts a report back under the name and cleans up', () => {
    const dir = temp();
    const out = join(dir, 'report');
    expect(run(['--from-file', example, '--out', out, '--days', '30']).code).toBe(0);
    const killed = run(['--from-file', example, '--out', out], root, { DORA_TEST_KILL_BETWEEN_RENAMES: '1' });
    expect(killed.signal).toBe('SIGKILL');
    const leftovers = readdirSync(dir).filter((name) => name.startsWith('.report.dora-'));
    expect(leftovers.length).toBe(2);
    // Any later run, even one that fails after checking the folder, mends it first.
    const next = run(['--from-file', join(dir, 'missing.json'), '--out', out]);
    expect(next.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['report']);
    // The finished new report (90 days) is the one put back.
    expect(JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')).window.days).toBe(90);
    expect(run(['--from-file', example, '--out', out, '--days', '30']).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['report']);
  });

  it('SIGINT while the report is written removes the staging folder and keeps the old report', async () => {
    const dir = temp();
    const big = join(dir, 'world.json');
    writeFileSync(big, JSON.stringify(generateWorld({ pullRequests: 8000, seed: 7 })));
    const out = join(dir, 'report');
    expect(run(['--from-file', example, '--out', out]).code).toBe(0);
    const before = readFileSync(join(out, 'metrics.json'), 'utf8');
    const child = spawn(process.execPath, [cli, '--from-file', big, '--out', out], { cwd: dir });
    const staging = join(dir, `.report.dora-staging-${child.pid}`);
    const seen = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        if (existsSync(staging)) {
          clearInterval(timer);
          child.kill('SIGINT');
          resolve(true);
        }
      }, 2);
      child.on('close', () => {
        clearInterval(timer);
        resolve(false);
      });
    });
    expect(seen).toBe(true);
    const code = await new Promise<number | null>((resolve) =>
      child.exitCode !== null ? resolve(child.exitCode) : child.on('close', resolve),
    );
    expect(code).toBe(130);
    expect(readdirSync(dir).sort()).toEqual(['report', 'world.json']);
    expect(readFileSync(join(out, 'metrics.json'), 'utf8')).toBe(before);
  }, 60_000);
});
