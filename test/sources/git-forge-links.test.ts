// --git links a report's records only where they lead: to github.com when origin is on github.com,
// to the GitHub server the user names (GITHUB_SERVER_URL, e.g. GitHub Enterprise Server) when origin
// is on that host, and nowhere for GitLab, Bitbucket, any other host, a file:// URL or a local path.
// The links have GitHub's shapes (/commit/SHA, /pull/N), and github.com/OWNER/NAME taken from a
// GitLab remote may be someone else's repository. Real clones, built with git, through the pipeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/cli-flags.js';
import { runPipeline } from '../../src/pipeline.js';
import { commit, git, initRepository, makeTempRoot } from './git-fixture.js';

const temp = makeTempRoot();
afterAll(() => temp.cleanup());
const silent = { info: () => undefined, warn: () => undefined, debug: () => undefined };
let dir: string;
let runs = 0;

beforeAll(() => {
  dir = initRepository(join(temp.root, 'widgets'));
  for (let day = 1; day <= 6; day++) {
    commit(dir, `feat: change ${day}`, { authored: `2026-03-0${day}T10:00:00Z` });
    if (day % 2 === 0) git(dir, ['tag', `v1.${day}.0`]);
  }
  git(dir, ['remote', 'add', 'origin', 'https://github.com/acme/widgets.git']);
});

/** Every `url` in metrics.json, and every href of the page that leaves it. */
function linksOf(out: string): { urls: string[]; hrefs: string[]; home: string | null } {
  const metrics = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')) as {
    repository: { url: string | null };
  };
  const urls: string[] = [];
  JSON.stringify(metrics, (key, value: unknown) => {
    if (key === 'url' && typeof value === 'string') urls.push(value);
    return value;
  });
  const page = readFileSync(join(out, 'index.html'), 'utf8');
  const hrefs = [...page.matchAll(/href="(https?:[^"]*)"/g)].map((m) => m[1]);
  return { urls, hrefs, home: metrics.repository.url };
}

async function reportFor(remote: string, env: Record<string, string> = {}) {
  git(dir, ['remote', 'set-url', 'origin', remote]);
  runs += 1;
  const out = join(temp.root, `report-${runs}`);
  const flags = parseFlags(['--git', dir, '--until', '2026-03-10T00:00:00Z', '--out', out], env);
  await runPipeline(flags.config!, silent);
  return linksOf(out);
}

// Links the page always carries (the definitions, the DORA research), not the repository's.
const own = (href: string) => /^https:\/\/(github\.com|ghe\.example\.com)\//.test(href);

describe('--git: links follow the host of origin', () => {
  it.each([
    ['https', 'https://github.com/acme/widgets.git'],
    ['scp-like ssh', 'git@github.com:acme/widgets.git'],
    ['ssh on port 443', 'ssh://git@ssh.github.com:443/acme/widgets.git'],
  ])('github.com (%s): every record links to https://github.com/acme/widgets', async (_shape, remote) => {
    const { urls, hrefs, home } = await reportFor(remote);
    expect(home).toBe('https://github.com/acme/widgets');
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls)
      expect(url).toMatch(/^https:\/\/github\.com\/acme\/widgets(\/(commit|releases\/tag)\/[^/]+)?$/);
    expect(hrefs.filter(own).length).toBeGreaterThan(0);
  });

  it.each([
    ['GitLab over https', 'https://gitlab.com/acme/widgets.git'],
    ['GitLab, scp-like, a subgroup', 'git@gitlab.com:acme/tools/widgets.git'],
    ['Bitbucket', 'https://bitbucket.org/acme/widgets.git'],
    ['a file:// URL', 'file:///srv/mirrors/acme/widgets.git'],
    ['a local path', '/srv/mirrors/acme/widgets.git'],
    ['a relative path', '../acme/widgets'],
    ['a host the user did not name', 'https://ghe.example.com/acme/widgets.git'],
  ])('%s: no link at all', async (_shape, remote) => {
    const { urls, hrefs, home } = await reportFor(remote);
    expect(home).toBeNull();
    expect(urls).toEqual([]);
    expect(hrefs.filter(own)).toEqual([]);
  });

  it('the GitHub server the user names (GITHUB_SERVER_URL) when origin is on it', async () => {
    const named = await reportFor('git@ghe.example.com:acme/widgets.git', {
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
    });
    expect(named.home).toBe('https://ghe.example.com/acme/widgets');
    for (const url of named.urls) expect(url).toMatch(/^https:\/\/ghe\.example\.com\/acme\/widgets(\/|$)/);
    // A GitLab remote stays unlinked whatever server is named.
    const other = await reportFor('https://gitlab.com/acme/widgets.git', {
      GITHUB_SERVER_URL: 'https://ghe.example.com',
    });
    expect(other.home).toBeNull();
    expect(other.urls).toEqual([]);
  });
});
