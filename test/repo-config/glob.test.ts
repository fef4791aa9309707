// The services' path globs: `*`, `**` and `?`, matched against whole paths from the root.
import { describe, expect, it } from 'vitest';
import { compileGlobs, globToRegExp } from '../../src/repo-config/glob.js';

const matches = (glob: string, path: string) => globToRegExp(glob).test(path);

describe('globToRegExp', () => {
  it.each([
    ['src/api/**', 'src/api/a.ts', true],
    ['src/api/**', 'src/api/v1/users/get.ts', true],
    ['src/api/**', 'src/apis/a.ts', false],
    ['src/api/**', 'lib/src/api/a.ts', false],
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/a/b.ts', false],
    ['src/?.ts', 'src/a.ts', true],
    ['src/?.ts', 'src/ab.ts', false],
    ['src/?.ts', 'src//.ts', false],
    ['**/*.md', 'README.md', true],
    ['**/*.md', 'docs/guide/a.md', true],
    ['**/*.md', 'docs/a.mdx', false],
    ['src/**/test/*.ts', 'src/test/a.ts', true],
    ['src/**/test/*.ts', 'src/a/b/test/c.ts', true],
    ['src/**/test/*.ts', 'src/a/b/test/c/d.ts', false],
    ['a**b/x', 'aZZb/x', true], // a `**` inside a segment is one `*`
    ['a**b/x', 'a/b/x', false],
    ['./web/**', 'web/app.js', true],
    ['docs/a+b (1).md', 'docs/a+b (1).md', true],
    ['docs/a+b (1).md', 'docs/aab (1).md', false],
    ['package.json', 'package.json', true],
    ['package.json', 'packageXjson', false],
  ])('%s on %s: %s', (glob, path, expected) => {
    expect(matches(glob, path)).toBe(expected);
  });
});

describe('compileGlobs', () => {
  it('is true when one file matches one glob; a leading ./ or / on a file is ignored', () => {
    const matchesAny = compileGlobs(['src/api/**', 'openapi.yaml']);
    expect(matchesAny(['README.md', 'openapi.yaml'])).toBe(true);
    expect(matchesAny(['/src/api/x.ts'])).toBe(true);
    expect(matchesAny(['./src/api/x.ts'])).toBe(true);
    expect(matchesAny(['src/web/x.ts', 'docs/api.md'])).toBe(false);
    expect(matchesAny([])).toBe(false);
  });

  it('matches nothing without globs', () => {
    expect(compileGlobs([])(['a'])).toBe(false);
  });
});
