// D2, T3, T4 and a shallow clone on real git repositories the test builds, through the bundled
// CLI (dist/cli.js) as a user runs it with --git: what metrics.json, summary.md and the report's
// first screen say about how far to trust the figures. The first screen of the assumed case is
// looked at in Chromium at laptop and phone width: the trust line is on it and no tier badge or
// industry position is anywhere on the page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithChromium, launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { openReport } from '../support/report-page.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const;
const UNTIL = '2026-06-01';

function git(dir: string, args: string[], date = '2026-05-01T10:00:00Z') {
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_AUTHOR_NAME: 'Ana',
    GIT_AUTHOR_EMAIL: 'ana@example.com',
    GIT_COMMITTER_NAME: 'Ana',
    GIT_COMMITTER_EMAIL: 'ana@example.com',
  };
  const result = spawnSync(
    'git',
    ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args],
    { cwd: dir, env, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

const day = (d: Date) => d.toISOString().slice(0, 10);
/** Noon UTC, `n` days before --until. */
const daysBefore = (n: number) => new Date(Date.parse(`${UNTIL}T12:00:00Z`) - n * 86_400_000);

/** A repository with one commit a day from `from` to `to` days before --until; `tag` names tags to add. */
function history(from: number, to: number, tag: (n: number) => string[] = () => []): string {
  const repo = mkdtempSync(join(tmpdir(), 'honesty-git-'));
  git(repo, ['init', '-q']);
  for (let n = from; n >= to; n--) {
    const when = daysBefore(n).toISOString();
    git(repo, ['commit', '-q', '--allow-empty', '-m', `feat: change ${n} (#${1000 - n})`], when);
    for (const name of tag(n)) git(repo, ['tag', name], when);
  }
  return repo;
}

interface Run {
  code: number | null;
  stderr: string;
  out: string;
  metrics: {
    source: { deployments: string; assumed: boolean; reason: string; packages: { name: string }[] | null };
    dora: Record<(typeof KEYS)[number], { tier: string | null; tierWithheld: string | null }> & {
      deploymentFrequency: { count: number };
    };
    dataQuality: { shallowHistory: boolean; historyEnds: string | null };
    previous: { beforeHistory: boolean };
  };
  summary: string;
  html: string;
}

function report(repo: string, extra: string[] = []): Run {
  const out = join(mkdtempSync(join(tmpdir(), 'honesty-out-')), 'report');
  const result = spawnSync(
    process.execPath,
    [cli, '--git', repo, '--until', UNTIL, '--days', '30', '--out', out, ...extra],
    { encoding: 'utf8', env: { ...process.env, DEBUG: '' } },
  );
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return {
    code: result.status,
    stderr: result.stderr,
    out,
    metrics: JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')) as Run['metrics'],
    summary: readFileSync(join(out, 'summary.md'), 'utf8'),
    html: readFileSync(join(out, 'index.html'), 'utf8'),
  };
}

const trustOf = (html: string) =>
  (html.match(/<p class="trust"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=');
const tierCells = (summary: string) =>
  ['Deployment frequency', 'Lead time for changes', 'Change failure rate', 'Time to restore'].map(
    (name) =>
      summary
        .split('\n')
        .find((l) => l.startsWith(`| ${name}`))!
        .split(' | ')[2],
  );

describe('--git on real histories: how far to trust the figures (D2, T3, T4, shallow)', () => {
  let commitsOnly: Run;
  beforeAll(() => {
    commitsOnly = report(history(60, 1));
  });

  it('T3: a commits-only history without tags: deployments assumed, no tier, said first', () => {
    const { metrics, summary, html } = commitsOnly;
    expect(metrics.source).toMatchObject({ deployments: 'merges', assumed: true });
    for (const key of KEYS)
      expect(metrics.dora[key], key).toMatchObject({ tier: null, tierWithheld: 'assumed-deployments' });
    expect(tierCells(summary)).toEqual(Array(4).fill('not rated: deployments assumed'));
    expect(trustOf(html)).toMatch(
      /^Deployments are assumed: nothing in this history says when code reached production/,
    );
    expect(trustOf(html)).toContain("--source 'tags:^v\\d+'");
    expect(html).not.toMatch(/class="tier tier-(?:elite|high|medium|low)"/);
    expect(html).not.toMatch(/class="position position-(?!none)/);
    expect(html).toContain('under a minute from first commit to merge (deployments assumed)');
  });

  it('D2: a changesets-style monorepo: package tags on one commit count once, and auto names them', () => {
    // a release every 5 days tags two packages on the same commit, as `changeset publish` does
    const run = report(
      history(60, 1, (n) => (n % 5 === 0 ? [`@acme/cli@1.${60 - n}.0`, `@acme/core@2.${60 - n}.0`] : [])),
    );
    const releasesInWindow = Array.from({ length: 30 }, (_, i) => i + 1).filter((n) => n % 5 === 0).length;
    expect(run.metrics.source.assumed).toBe(false);
    expect(run.metrics.source.deployments).toMatch(/^tags:/);
    expect(run.metrics.dora.deploymentFrequency.count).toBe(releasesInWindow);
    expect(run.metrics.source.packages!.map((p) => p.name).sort()).toEqual(['@acme/cli', '@acme/core']);
    expect(run.metrics.source.reason).toMatch(
      /0 tags like v1\.2\.3; 24 package tags \(12 deployments: tags on one commit are one\)/,
    );
    expect(trustOf(run.html)).toContain(
      'Deployments are the package release tags (name@1.2.3, name-v1.2.3) that auto chose; ',
    );
  });

  it('Shallow: a shallow clone says so first, earns no lead-time tier, and no frequency tier when cut inside the window', () => {
    const upstream = history(60, 1, (n) => (n % 2 === 0 ? [`v1.${60 - n}.0`] : []));
    const clone = join(mkdtempSync(join(tmpdir(), 'honesty-shallow-')), 'clone');
    // the last 10 commits, with the tags that point into them (as actions/checkout's fetch-depth gives)
    git(tmpdir(), ['clone', '-q', '--depth', '10', `file://${upstream}`, clone]);
    expect(git(clone, ['rev-parse', '--is-shallow-repository'])).toBe('true');
    const run = report(clone);
    expect(run.metrics.dataQuality.shallowHistory).toBe(true);
    expect(run.metrics.dora.leadTime).toMatchObject({ tier: null, tierWithheld: 'shallow-history' });
    // The cut is 10 days back, inside the 90-day window: the releases before it were not fetched,
    // so the rate counts days the clone cannot see, and nothing is compared with the previous window.
    expect(run.metrics.dora.deploymentFrequency.tierWithheld).toBe('history-begins-in-window');
    expect(run.metrics.previous.beforeHistory).toBe(true);
    expect(tierCells(run.summary)[0]).toBe('not rated: history begins in the window');
    expect(tierCells(run.summary)[1]).toBe('not rated: shallow clone');
    expect(trustOf(run.html)).toContain('This clone is shallow, so lead times are cut and earn no tier');
    expect(trustOf(run.html)).toContain('git fetch --unshallow --tags');
  });

  it('T4: a stale clone whose last commit is 104 days before --until says where the history ends', () => {
    const run = report(history(200, 104, (n) => (n % 3 === 0 ? [`v1.${200 - n}.0`] : [])));
    const ends = daysBefore(104);
    expect(run.metrics.dataQuality.historyEnds?.slice(0, 10)).toBe(day(ends));
    for (const key of KEYS)
      expect(run.metrics.dora[key], key).toMatchObject({
        tier: null,
        tierWithheld: 'history-ends-before-window',
      });
    expect(tierCells(run.summary)).toEqual(Array(4).fill('not rated: history ends before the window'));
    const next = day(new Date(ends.getTime() + 86_400_000));
    expect(trustOf(run.html)).toMatch(
      new RegExp(
        `^The history ends on [^,]+, before this window begins, so these figures earn no tier: pass --until ${next} or fetch the newer history\\.`,
      ),
    );
  });

  describeWithChromium('the first screen of the assumed case, in Chromium', () => {
    let chromium: LaunchedBrowser;
    beforeAll(async () => {
      chromium = await launchChromium();
    }, 60_000);
    afterAll(async () => chromium?.close());

    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ])
      it(`${width}×${height}: the trust line is on the first screen; no tier badge or position anywhere`, async () => {
        const opened = await openReport(chromium.browser, join(commitsOnly.out, 'index.html'), {
          width,
          height,
        });
        try {
          const { page } = opened;
          const trust = page.locator('p.trust');
          await expect(trust.textContent()).resolves.toMatch(/^Deployments are assumed/);
          const box = (await trust.boundingBox())!;
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeLessThan(height);
          expect(await trust.isVisible()).toBe(true);
          const rated = await page
            .locator('.tier-elite, .tier-high, .tier-medium, .tier-low, .position:not(.position-none)')
            .evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 120)));
          expect(rated).toEqual([]);
          const withheld = await page.locator('.card .tier-withheld').allTextContents();
          expect(withheld.filter((t) => /deployments are assumed/.test(t))).toHaveLength(4);
          expect(opened.problems).toEqual([]);
        } finally {
          await opened.close();
        }
      }, 60_000);
  });
});
