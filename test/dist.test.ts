// STYLE.md habit 12: the committed bundle is what a fresh build of the sources produces.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe('dist/', () => {
  it('equals a fresh build of src/ and templates/, and resolves every module', () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'dist-check-')), 'dist');
    execFileSync(process.execPath, ['scripts/build.mjs', '--out', fresh], { cwd: root, stdio: 'pipe' });
    const committed = join(root, 'dist');
    const names = (dir: string) =>
      listFiles(dir)
        .map((file) => relative(dir, file))
        .sort();
    expect(names(committed)).toEqual(names(fresh));
    const differing = names(fresh).filter(
      (name) => !readFileSync(join(fresh, name)).equals(readFileSync(join(committed, name))),
    );
    expect(differing, 'dist/ is stale: run npm run build and commit dist/').toEqual([]);
    for (const name of names(fresh).filter((n) => n.endsWith('.js'))) {
      expect(readFileSync(join(fresh, name), 'utf8')).not.toContain('@@notfound');
    }
  }, 180_000);
});
