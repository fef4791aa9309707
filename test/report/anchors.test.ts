// Details on demand: the pull request comment and the job summary link to the section of the
// report they speak of, by the page's stable ids, and every one of those ids is on the page.
import { describe, expect, it } from 'vitest';
import { reportLinks } from '../../src/publish/job-summary.js';
import { sectionUrl } from '../../src/report/anchors.js';
import { pullRequestComment } from '../../src/report/pr-comment.js';
import { renderReportHtml } from '../../src/report/render.js';
import { demoReport } from '../support/demo-report.js';

const URL = 'https://acme.github.io/storefront/';
const PR = {
  number: 5,
  createdAt: '2026-10-30T00:00:00Z',
  additions: 1,
  deletions: 1,
  draft: false,
  reviewed: false,
};

function linkedIds(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(https:\/\/acme\.github\.io\/storefront\/#([\w-]+)\)/g)].map((m) => m[1]);
}

describe('links into the report', () => {
  const report = demoReport();
  const html = renderReportHtml(report);

  it('the comment links each metric to its card; each id is on the page', () => {
    const comment = pullRequestComment(report, PR, new Date('2026-11-01T00:00:00Z'), URL);
    expect(comment).toContain(`| [Lead time for changes](${URL}#metric-leadTime) |`);
    expect(comment).toContain(`| [Cycle time](${URL}#flow-cycle) |`);
    const ids = linkedIds(comment);
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(html, id).toContain(` id="${id}"`);
    // without an address the names stay plain
    expect(pullRequestComment(report, PR, new Date(), null)).toContain('| Lead time for changes |');
  });

  it('the job summary links the report and the sections its table speaks of', () => {
    const links = reportLinks(URL);
    expect(links).toMatch(/^\[The full report\]\(https:\/\/acme\.github\.io\/storefront\/\): /);
    expect(linkedIds(links)).toEqual(['dora', 'flow', 'data-quality']);
    for (const id of linkedIds(links)) expect(html, id).toContain(` id="${id}"`);
  });

  it('an address that already has a fragment gets the section instead', () => {
    expect(sectionUrl('https://x.test/r/index.html#top', 'dora')).toBe('https://x.test/r/index.html#dora');
  });
});
