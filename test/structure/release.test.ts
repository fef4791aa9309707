// Ready to publish: the release script (run by .github/workflows/release.yml after a build)
// refuses a dist/ the build changed, a version package.json does not declare and a tag that
// exists, tags vX.Y.Z and moves vX (not back over a later release); action.yml carries the
// Marketplace's branding; the README's `uses:` lines name OWNER until the name is chosen.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../action/run-action.js';

const SCRIPT = join(ROOT, 'scripts', 'release.mjs');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

/** A clone of a bare remote holding package.json at `version` and a built dist/. */
function repository(version: string): { work: string; remote: string } {
  const base = mkdtempSync(join(tmpdir(), 'release-'));
  const remote = join(base, 'remote.git');
  const work = join(base, 'work');
  execFileSync('git', ['init', '--quiet', '--bare', remote]);
  execFileSync('git', ['clone', '--quiet', remote, work], { stdio: 'ignore' });
  git(work, 'config', 'user.name', 'Release Test');
  git(work, 'config', 'user.email', 'release@example.com');
  mkdirSync(join(work, 'dist'));
  writeFileSync(join(work, 'dist', 'index.js'), 'built();\n');
  bump(work, version);
  return { work, remote };
}

function bump(work: string, version: string): string {
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'x', version }));
  git(work, 'add', '-A');
  git(work, 'commit', '--quiet', '-m', `Version ${version}`);
  git(work, 'push', '--quiet', 'origin', 'HEAD:main');
  return git(work, 'rev-parse', 'HEAD');
}

function release(work: string, version: string) {
  const run = spawnSync(process.execPath, [SCRIPT, version], { cwd: work, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** The commit a tag of the remote points at. */
function remoteTag(remote: string, tag: string): string {
  return git(remote, 'rev-parse', `refs/tags/${tag}^{commit}`);
}

describe('scripts/release.mjs', () => {
  it('tags vX.Y.Z and moves vX release by release, never back over a later one', () => {
    const { work, remote } = repository('1.2.0');
    const first = git(work, 'rev-parse', 'HEAD');
    expect(release(work, '1.2.0')).toMatchObject({ code: 0 });
    expect(remoteTag(remote, 'v1.2.0')).toBe(first);
    expect(remoteTag(remote, 'v1')).toBe(first);
    const second = bump(work, '1.3.0');
    const moved = release(work, 'v1.3.0');
    expect(moved.code).toBe(0);
    expect(moved.out).toContain('moved v1 to v1.3.0');
    expect(remoteTag(remote, 'v1.3.0')).toBe(second);
    expect(remoteTag(remote, 'v1')).toBe(second);
    // a fix to the older line: tagged, and v1 stays on the later release
    const fix = bump(work, '1.2.1');
    const kept = release(work, '1.2.1');
    expect(kept.code).toBe(0);
    expect(kept.out).toContain('v1 stays where it is: v1.3.0 is later than v1.2.1');
    expect(remoteTag(remote, 'v1.2.1')).toBe(fix);
    expect(remoteTag(remote, 'v1')).toBe(second);
  });

  it('refuses a dist/ the build changed, another version than package.json, a tag that exists', () => {
    const { work, remote } = repository('2.0.0');
    writeFileSync(join(work, 'dist', 'index.js'), 'built differently();\n');
    const stale = release(work, '2.0.0');
    expect(stale.code).toBe(2);
    expect(stale.err).toBe(
      'release: dist/ is not what the sources build (1 file differs): run npm run build and commit dist/\n',
    );
    git(work, 'checkout', '--quiet', '--', 'dist');
    expect(release(work, '2.0.1').err).toBe(
      'release: package.json says 2.0.0, not 2.0.1: bump it in a commit first\n',
    );
    expect(release(work, 'latest').err).toMatch(/^release: "latest" is not a version \(expected X\.Y\.Z/);
    expect(release(work, '2.0.0').code).toBe(0);
    const again = release(work, '2.0.0');
    expect(again.code).toBe(2);
    expect(again.err).toContain('v2.0.0 exists already');
    expect(git(remote, 'tag', '--list').split('\n').sort()).toEqual(['v2', 'v2.0.0']);
  });
});

describe('the release workflow', () => {
  const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
    on: { workflow_dispatch: { inputs: { version: { required: boolean } } } };
    permissions: Record<string, string>;
    jobs: { release: { steps: { run?: string; env?: Record<string, string> }[] } };
  };
  const runs = workflow.jobs.release.steps.map((s) => s.run ?? '');

  it('builds, then releases with the script, with the version kept out of the shell text', () => {
    expect(workflow.on.workflow_dispatch.inputs.version.required).toBe(true);
    expect(workflow.permissions).toEqual({ contents: 'write' });
    const build = runs.findIndex((r) => r.includes('npm run build'));
    const script = runs.findIndex((r) => r.includes('node scripts/release.mjs "$VERSION"'));
    expect(build).toBeGreaterThan(-1);
    expect(script).toBeGreaterThan(build);
    for (const run of runs) expect(run).not.toContain('${{');
  });
});

describe('ready for the Marketplace', () => {
  it("action.yml has branding, and the README's uses: lines keep OWNER until the name is chosen", () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      branding?: { icon?: string; color?: string };
    };
    expect(action.branding?.icon).toMatch(/^[a-z0-9-]+$/);
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
      action.branding?.color,
    );
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const uses = [...readme.matchAll(/uses: (\S*dora-flow-action\S*)/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toBe('OWNER/dora-flow-action@v1');
  });
});
