// Services in summary.md and the pull request comment: a per-service table, only when a
// configuration declares services; hostile names inert; the comment cut to fit with a note.
// Figures by hand from fixture.ts's monorepo in the 7-day window [01-08, 01-15) against
// [01-01, 01-08) (see test/context/service-trends.test.ts).
import { describe, expect, it } from 'vitest';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { withContext } from '../../src/context/index.js';
import { computeMetrics, runEngine } from '../../src/metrics/index.js';
import { COMMENT_LIMIT, fitComment } from '../../src/publish/comment.js';
import { pullRequestComment, type PullRequestContext } from '../../src/report/pr-comment.js';
import { servicesTable, shortName } from '../../src/report/services-table.js';
import { markdownCell } from '../../src/report/markdown-text.js';
import { markdownSummary } from '../../src/report/markdown-summary.js';
import { monorepoWorld } from '../context/fixture.js';

const CONFIG = `
services:
  - name: api
    paths: ["src/api/**"]
    labels: [api]
    targets: { deploymentsPerWeek: 1, leadTimeHours: 30, changeFailureRate: 0.1, timeToRestoreHours: 1 }
  - name: web
    paths: web/**
  - name: mobile
    paths: ["mobile/**"]
    targets: { leadTimeHours: 24 }
`;

const PR: PullRequestContext = {
  number: 7,
  createdAt: '2026-01-14T00:00:00Z',
  additions: 5,
  deletions: 1,
  draft: false,
  reviewed: false,
};
const NOW = new Date('2026-01-15T00:00:00Z');

function reportWith(config: string | null) {
  const world = monorepoWorld();
  const run = runEngine(world, { days: 7, until: NOW });
  return withContext(run, config === null ? null : parseContextConfig(config, '.github/dora.yml'));
}

/** Unescaped pipes: the cell borders of a table row. */
const borders = (row: string) => row.replace(/\\./g, '').split('|').length - 1;

describe('services in summary.md', () => {
  const summary = markdownSummary(reportWith(CONFIG));

  it('lists each service’s four keys with their trend labels and its standing', () => {
    expect(summary).toContain('**Services** (declared in .github/dora.yml)');
    expect(summary).toContain(
      '| Service | Deployments a week | Lead time (median) | Change failure rate | Time to restore (median) | Targets |',
    );
    // api: 1 a week (1 before); 38 h (12 h before); 0 of 1 (0 of 1); no incident; targets:
    // frequency ≥ 1 met, lead ≤ 30 h missed, failure rate ≤ 10% met, restore: no data
    expect(summary).toContain(
      '| api | 1 (same) | 38 hours (worse) | 0% (0 of 1) (same) | no data | met 2 of 4 (1 without data) |',
    );
    // web: incident #10 on d5 (1 of 1, 0 of 1 before), restored in 2 h (nothing before)
    expect(summary).toContain(
      '| web | 1 (same) | 24 hours (worse) | 100% (1 of 1) (worse) | 2 hours | none set |',
    );
    expect(summary).toContain(
      '| mobile | no data | no data | no data | no data | met 0 of 1 (1 without data) |',
    );
    expect(summary).toContain('In brackets: against the 7 days before (N1; better, worse or same)');
  });

  it('has no services section without a configuration or without services in it', () => {
    expect(markdownSummary(reportWith(null))).not.toContain('Services');
    const noServices = markdownSummary(reportWith('impact:\n  labels: { bug: 2 }\n'));
    expect(noServices).not.toContain('| Service |');
    expect(markdownSummary(computeMetrics(monorepoWorld()))).not.toContain('| Service |');
  });

  it('keeps a hostile service name inside its one cell', () => {
    const hostile = 'a|b\n| x | y |\r\n<img src=x onerror=alert(1)> @octo/team `c` **d** [e](http://evil)';
    const summaryText = markdownSummary(
      reportWith(`services:\n  - name: ${JSON.stringify(hostile)}\n    paths: ["src/**"]\n`),
    );
    const rows = summaryText.split('\n').filter((line) => line.startsWith('| a'));
    expect(rows).toHaveLength(1);
    expect(borders(rows[0])).toBe(7); // six cells
    expect(rows[0]).not.toMatch(/(^|[^\\])[<`*[]/);
    expect(rows[0]).toContain('@\u2060octo');
  });
});

describe('markdownCell and shortName', () => {
  it('escapes table, HTML and inline Markdown, and joins lines', () => {
    expect(markdownCell('a|b\nc')).toBe('a\\|b c');
    expect(markdownCell('<b>&x_y*</b>')).toBe('\\<b\\>\\&x\\_y\\*\\</b\\>');
    expect(markdownCell('back\\slash')).toBe('back\\\\slash');
    expect(markdownCell('@team')).toBe('@\u2060team');
    expect(markdownCell('checkout-api')).toBe('checkout-api');
  });

  it('cuts a long name to 80 code points without splitting a pair', () => {
    expect(shortName('x'.repeat(80))).toBe('x'.repeat(80));
    const cut = shortName('😀'.repeat(100));
    expect([...cut]).toHaveLength(80);
    expect(cut.endsWith('😀…')).toBe(true);
  });
});

describe('services in the pull request comment', () => {
  it('shows the services’ table between the repository’s figures and the pull request', () => {
    const body = pullRequestComment(reportWith(CONFIG), PR, NOW, null);
    const services = body.indexOf('| Service |');
    expect(services).toBeGreaterThan(body.indexOf('| Metric | Now |'));
    expect(services).toBeLessThan(body.indexOf('**This pull request (#7)**'));
    expect(body).toContain('| api | 1 (same) | 38 hours (worse) |');
    expect(pullRequestComment(reportWith(null), PR, NOW, null)).not.toContain('| Service |');
  });

  it('stays under 65,536 characters with 50 hostile long-named services, cut with a note', () => {
    const name = (i: number) => JSON.stringify(`${i}|${'<@x>|'.repeat(2000)}`);
    const services = Array.from({ length: 50 }, (_, i) => `  - name: ${name(i)}\n    paths: ["src/**"]`);
    const body = pullRequestComment(reportWith(`services:\n${services.join('\n')}\n`), PR, NOW, null);
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(fitComment(body)).not.toContain('cut to fit GitHub’s comment limit');
    expect(body.split('\n').filter((line) => /^\| \d/.test(line))).toHaveLength(10);
    expect(body).toContain('… 40 more services (10 of 50 shown): every service is in the full report.');
  });
});

describe('servicesTable', () => {
  it('stops at the character budget and says how many were left out', () => {
    const report = reportWith(CONFIG);
    const lines = servicesTable(report.context.services!, { budget: 300, elsewhere: 'see the report' });
    // header 150 characters, api's row 1 + 98 (249), web's 1 + 82 more would make 332 > 300
    expect(lines.filter((line) => line.startsWith('| ')).map((line) => line.split(' | ')[0])).toEqual([
      '| Service',
      '| ---',
      '| api',
    ]);
    expect(lines.at(-1)).toBe('… 2 more services (1 of 3 shown): see the report.');
  });
});
