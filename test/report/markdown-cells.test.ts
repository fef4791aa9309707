// One escaper for every Markdown cell the product writes (summary.md, the job summary, the pull
// request comment): hostile labels, titles and names render as themselves, inside their one cell,
// with no link, mention, reference, HTML, emphasis or code of their own. Rendered by marked with
// GFM (tables, autolinks, strikethrough); GitHub's own mentions and references are checked on the
// text, since they are made after rendering.
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { withContext } from '../../src/context/index.js';
import { runEngine } from '../../src/metrics/index.js';
import { pullRequestComment } from '../../src/report/pr-comment.js';
import { markdownSummary } from '../../src/report/markdown-summary.js';
import { markdownCell, markdownCode, markdownLink } from '../../src/report/markdown-text.js';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { monorepoWorld } from '../context/fixture.js';

const HOSTILE = [
  '@octocat please look',
  '@acme/admins',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[click](https://evil.example)',
  '![pixel](https://evil.example/p.png)',
  '<https://evil.example>',
  'see https://evil.example/x now',
  'see www.evil.example now',
  'ftp://evil.example/x',
  'mail a@evil.example',
  '[ref]: https://evil.example',
  'a | b | c',
  'line1\nline2\r\n| --- | --- |\u2028x',
  '`code` and ``more``',
  '**bold** _em_ *it* ~~del~~ ~x~',
  '#123 and GH-45 and acme/shop#7',
  '&lt;b&gt; &amp; &#64;',
  '$x^2$ and $$y$$',
  '- item',
  '+ item',
  '1. item',
  '2) item',
  '# heading',
  '> quote',
  '=== setext',
  'back\\slash\\|',
  ':+1: <!-- comment -->',
];

const marked = new Marked({ gfm: true });
const render = (markdown: string) => marked.parse(markdown, { async: false });

/** The text a reader sees: tags dropped, entities decoded, word joiners removed. */
function seen(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u2060/g, '')
    .trim();
}

const flat = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

/** No mention, email or issue reference survives for GitHub to link after rendering. */
function expectNoGitHubLinks(text: string) {
  expect(text).not.toMatch(/@[A-Za-z0-9]/);
  expect(text).not.toMatch(/#\d|GH-\d/i);
}

describe('markdownCell', () => {
  it.each(HOSTILE)('%j renders as itself in one table cell, with no markup of its own', (label) => {
    const table = `| Name | Other |\n| --- | --- |\n| ${markdownCell(label)} | x |\n`;
    const html = render(table);
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((match) => match[1]);
    expect(cells).toHaveLength(2);
    expect(cells[1]).toBe('x');
    expect(cells[0]).not.toMatch(/<(?!\/?td)/); // no tag but the cell's own: no link, image, code, HTML
    expect(seen(cells[0])).toBe(flat(label));
    expectNoGitHubLinks(cells[0]);
  });

  it.each(HOSTILE)('%j renders as itself in one list item', (label) => {
    const html = render(`- ${markdownCell(label)}\n`);
    expect(html.match(/<li>/g)).toHaveLength(1);
    const item = html.replace(/^<ul>\s*<li>|<\/li>\s*<\/ul>\s*$/g, '');
    expect(item).not.toMatch(/</);
    expect(seen(item)).toBe(flat(label));
  });

  it('leaves the product’s own words as they are', () => {
    for (const text of [
      '38 hours (worse)',
      '0% (0 of 1) (same)',
      'met 2 of 4 (1 without data)',
      'checkout-api',
    ]) {
      expect(markdownCell(text)).toBe(text);
    }
  });
});

describe('markdownCode and markdownLink', () => {
  it.each(['tags:^v\\d+$', 'environment:prod`uction', '``a``', '`', 'a\nb'])(
    '%j is one code span',
    (text) => {
      const html = render(`x ${markdownCode(text)} y`);
      const codes = [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)];
      expect(codes).toHaveLength(1);
      expect(seen(codes[0][1])).toBe(flat(text));
    },
  );

  it('links only to http(s) addresses, with characters that would end the link encoded', () => {
    const html = render(markdownLink('Full report', 'https://acme.example/re port)(x)<b>"'));
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('href="https://acme.example/re%20port%29%28x%29%3Cb%3E%22"');
    expect(markdownLink('Full report', 'javascript:alert(1)')).toBe('Full report');
    expect(markdownLink('Full report', 'not a url')).toBe('Full report');
  });
});

describe('summary.md and the pull request comment with hostile text everywhere', () => {
  const NOW = new Date('2026-01-15T00:00:00Z');
  const hostileName = HOSTILE.join(' ');

  function hostileReport() {
    const world = monorepoWorld();
    world.repository.owner = '@octocat <b>';
    world.repository.name = '[x](https://evil.example) #12';
    const run = runEngine(world, { days: 7, until: NOW });
    run.report.source.deployments = 'environment:`prod` | @team';
    run.report.dataQuality.notes.push(`A note naming ${hostileName}`);
    const config = `services:\n  - name: ${JSON.stringify(hostileName)}\n    paths: ["src/**"]\n`;
    return withContext(run, parseContextConfig(config, '.github/dora.yml'));
  }

  it('summary.md: no link, image, HTML or mention of the hostile text; each row keeps its cells', () => {
    const markdown = markdownSummary(hostileReport());
    const html = render(markdown);
    expect(html).not.toMatch(/<(a|img|script|em|del|h[1-6] (?!id))\b/);
    expect(html.match(/<h2/g)).toHaveLength(1);
    expect(html.match(/<code>/g)).toHaveLength(1); // the deployment source, as one code span
    expect(html.match(/<strong>/g)).toHaveLength(2); // **Services**, **What was left out**
    for (const row of html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
      const cells = (row.match(/<t[dh]>/g) ?? []).length;
      expect([5, 6]).toContain(cells); // the figures' table has 5 columns, the services' 6
    }
    expect(seen(html)).toContain(flat(hostileName));
    // GitHub makes no mention inside a code span: only the text outside them is checked.
    expectNoGitHubLinks(markdown.replace(/``.*?``/g, '').replace(/\\./g, ''));
  });

  it("the comment: the same, with links only to the report (its metrics' cards and the whole)", () => {
    const pr = {
      number: 7,
      createdAt: '2026-01-14T00:00:00Z',
      additions: 5,
      deletions: 1,
      draft: false,
      reviewed: false,
    };
    const markdown = pullRequestComment(hostileReport(), pr, NOW, 'https://acme.example/report (1)/');
    const html = render(markdown);
    // one link per metric row to its card, and one to the whole report; none elsewhere
    const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    expect(html.match(/<a /g)).toHaveLength(hrefs.length);
    expect(hrefs).toContain('https://acme.example/report%20%281%29/');
    for (const href of hrefs)
      expect(href).toMatch(/^https:\/\/acme\.example\/report%20%281%29\/(?:#[a-z][\w-]*)?$/);
    expect(hrefs.filter((h) => h.includes('#metric-'))).toHaveLength(4);
    expect(html).not.toMatch(/<(img|script|em|del)\b/);
    expect(html.match(/<code>/g)).toHaveLength(1);
    for (const row of html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
      expect([5, 6]).toContain((row.match(/<t[dh]>/g) ?? []).length);
    }
    expect(seen(html)).toContain(flat(hostileName).slice(0, 60));
  });
});
