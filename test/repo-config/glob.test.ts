// The services' path globs: picomatch's syntax with dot: true (braces, classes, a leading ! that
// takes paths out again, a bare folder name for everything under it), matched against whole paths
// from the root on a linear-time engine.
import picomatch from 'picomatch';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { compileGlob, compileGlobs, GlobRefused } from '../../src/repo-config/glob.js';

const matches = (glob: string, path: string) => compileGlobs([glob])([path]);

describe('one glob', () => {
  it.each([
    ['src/api/**', 'src/api/a.ts', true],
    ['src/api/**', 'src/api/v1/users/get.ts', true],
    ['src/api/**', 'src/apis/a.ts', false],
    ['src/api/**', 'lib/src/api/a.ts', false],
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/a/b.ts', false],
    ['src/?.ts', 'src/a.ts', true],
    ['src/?.ts', 'src/ab.ts', false],
    ['**/*.md', 'README.md', true],
    ['**/*.md', 'docs/guide/a.md', true],
    ['**/*.md', 'docs/a.mdx', false],
    ['src/**/test/*.ts', 'src/test/a.ts', true],
    ['src/**/test/*.ts', 'src/a/b/test/c.ts', true],
    ['src/**/test/*.ts', 'src/a/b/test/c/d.ts', false],
    ['./web/**', 'web/app.js', true],
    ['/web/**', 'web/app.js', true],
    ['docs/a+b (1).md', 'docs/a+b (1).md', true],
    ['docs/a+b (1).md', 'docs/aab (1).md', false],
    ['package.json', 'package.json', true],
    ['package.json', 'packageXjson', false],
  ])('%s on %s: %s', (glob, path, expected) => {
    expect(matches(glob, path)).toBe(expected);
  });
});

describe('braces, classes and dotfiles (picomatch with dot: true)', () => {
  it.each([
    ['{api,web}/**', 'api/a.ts', true],
    ['{api,web}/**', 'web/b/c.ts', true],
    ['{api,web}/**', 'cli/a.ts', false],
    ['src/*.{js,ts}', 'src/a.ts', true],
    ['src/*.{js,ts}', 'src/a.css', false],
    ['{api/v1,web}/**', 'api/v1/a.ts', true],
    ['{api/v1,web}/**', 'api/v2/a.ts', false],
    ['src/[ab].ts', 'src/a.ts', true],
    ['src/[ab].ts', 'src/c.ts', false],
    ['src/[a-c]x.ts', 'src/bx.ts', true],
    ['src/[^a-c]x.ts', 'src/bx.ts', false],
    ['src/[^a-c]x.ts', 'src/dx.ts', true],
    ['src/[!a-c]x.ts', 'src/dx.ts', true],
    ['src/[!a-c]x.ts', 'src/ax.ts', false],
    ['**', '.github/workflows/ci.yml', true],
    ['*', '.env', true],
    ['src/**', 'src/.eslintrc', true],
    ['src/**/*.yml', 'src/.config/a.yml', true],
    ['.github/**', '.github/dependabot.yml', true],
    ['docs/\\(old\\)/**', 'docs/(old)/a.md', true],
    ['docs/\\*.md', 'docs/*.md', true],
    ['docs/\\*.md', 'docs/a.md', false],
    ['docs/\\[a\\].md', 'docs/[a].md', true],
    ['src/a+b.ts', 'src/a+b.ts', true],
    ['src/a+b.ts', 'src/aab.ts', false],
  ])('%s on %s: %s', (glob, path, expected) => {
    expect(matches(glob, path)).toBe(expected);
  });
});

describe('a bare folder name matches everything under it', () => {
  it.each([
    ['api', 'api/handlers/users.ts', true],
    ['api', 'api', true],
    ['api/', 'api/handlers/users.ts', true],
    ['api', 'apis/a.ts', false],
    ['api', 'src/api/a.ts', false],
    ['services/checkout', 'services/checkout/src/pay.ts', true],
    ['services/checkout/', 'services/checkout-v2/src/pay.ts', false],
    ['src/*/', 'src/a/b/c.ts', true],
  ])('%s on %s: %s', (glob, path, expected) => {
    expect(matches(glob, path)).toBe(expected);
  });
});

describe('negation: as in GitHub paths filters, the last glob that matches a path decides', () => {
  it('takes out paths a leading ! matches, and a later glob takes them back', () => {
    const docsOut = compileGlobs(['src/**', '!src/**/*.md']);
    expect(docsOut(['src/a.ts'])).toBe(true);
    expect(docsOut(['src/guide/a.md'])).toBe(false);
    expect(docsOut(['src/guide/a.md', 'src/b.ts'])).toBe(true);
    const backIn = compileGlobs(['src/**', '!src/**/*.md', 'src/api/README.md']);
    expect(backIn(['src/api/README.md'])).toBe(true);
    expect(backIn(['src/web/README.md'])).toBe(false);
  });

  it('selects nothing with negated globs alone', () => {
    expect(compileGlobs(['!docs/**'])(['src/a.ts'])).toBe(false);
  });
});

describe('files', () => {
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

  it('lets `**` and `*` cross a newline or any other character a hostile name holds', () => {
    expect(matches('src/**', 'src/a\nb/c.ts')).toBe(true);
    expect(matches('src/*.ts', 'src/a\nb.ts')).toBe(true);
    expect(matches('src/*.ts', 'src/a\u202eb.ts')).toBe(true);
  });
});

describe('refusals', () => {
  it.each([['(?=a)b'], ['(a)\\1'], ['!'], ['']])('%j is refused with its reason', (glob) => {
    expect(() => compileGlob(glob)).toThrow(GlobRefused);
  });
});

describe('the same answers as picomatch itself on paths from git', () => {
  // Seeded, so a failure reproduces. Paths are short: picomatch's own expressions backtrack.
  let seed = 20261203;
  const random = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((seed / 2_147_483_648) * n);
  };
  const pick = <T>(items: readonly T[]) => items[random(items.length)];
  const globParts = ['a', 'b', '.c', '*', '?', '**', '[ab]', '[^a]', '{a,.c}', '*.ts', 'a*', '.*'];
  const pathParts = ['a', 'b', '.c', 'ab', 'a.ts', '.ts', 'b.ts', 'x'];

  it('agrees on 500 seeded globs, each against 40 seeded paths', () => {
    const options = { dot: true, posix: true, noextglob: true, windows: false };
    let compared = 0;
    for (let i = 0; i < 500; i++) {
      const glob = Array.from({ length: 1 + random(4) }, () => pick(globParts)).join('/');
      // A bare folder name also matches everything under it (our one addition to picomatch).
      const asWritten = picomatch(glob, options);
      const under = picomatch(`${glob}/**`, options);
      const bare = !picomatch.scan(glob).isGlob;
      const ours = compileGlobs([glob]);
      for (let j = 0; j < 40; j++) {
        const path = Array.from({ length: 1 + random(5) }, () => pick(pathParts)).join('/');
        const expected = asWritten(path) || (bare && under(path));
        const got = ours([path]);
        if (got !== expected) expect({ glob, path, matches: got }).toEqual({ glob, path, matches: expected });
        compared++;
      }
    }
    expect(compared).toBe(20_000);
  });
});

describe('a pathological path stays linear (a pull request can name any path)', () => {
  it('three ** against one path of 3,000 folders: answered on the linear engine in well under a second', () => {
    const path = `${Array.from({ length: 3000 }, (_, i) => 'abc'[i % 3]).join('/')}/zzz`;
    const glob = 'a/**/b/**/c/**/d';
    // The expression runs on re2js, whose time is linear in the path whatever the glob.
    expect(compileGlob(glob).regex).toBeInstanceOf(RE2JS);
    const started = performance.now();
    expect(matches(glob, path)).toBe(false);
    expect(matches(glob, `${path}/d`)).toBe(true);
    expect(matches('*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
    // A guard only: picomatch's own expression takes tens of seconds here, re2js a millisecond.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
