// The README's pictures: the top of the example report, and the pull request comment drawn the way
// GitHub shows a comment. `npx tsx test/action/screenshots.ts` after `npm run build`; writes
// docs/report.png and docs/comment.png (Chromium at /usr/bin/chromium, or CHROMIUM_PATH).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MetricsReport } from '../../src/metrics/types.js';
import { COMMENT_MARKER, fitComment } from '../../src/publish/comment.js';
import { pullRequestComment } from '../../src/report/pr-comment.js';
import type { World } from '../../src/world/types.js';
import { launchChromium } from '../support/chromium.js';
import { ROOT } from './run-action.js';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** Just the Markdown the comment uses: headings, tables, bold, inline code, links, paragraphs. */
function inline(text: string): string {
  return escape(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[([^\]]+)\]\((https:[^)]+)\)/g, '<a href="$2">$1</a>');
}

function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  const blocks = markdown
    .replace(COMMENT_MARKER, '')
    .trim()
    .split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    if (lines[0].startsWith('### ')) out.push(`<h3>${inline(lines[0].slice(4))}</h3>`);
    else if (lines[0].startsWith('|')) {
      const cells = (line: string) =>
        line
          .slice(1, -1)
          .split(' | ')
          .map((c) => c.trim());
      const [head, , ...rows] = lines;
      out.push(
        '<table><thead><tr>',
        ...cells(head).map((c) => `<th>${inline(c)}</th>`),
        '</tr></thead><tbody>',
        ...rows.map(
          (r) =>
            `<tr>${cells(r)
              .map((c) => `<td>${inline(c)}</td>`)
              .join('')}</tr>`,
        ),
        '</tbody></table>',
      );
    } else out.push(`<p>${inline(lines.join(' '))}</p>`);
  }
  return out.join('\n');
}

const STYLE = `
body { margin: 0; padding: 24px; background: #fff; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; max-width: 880px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; border-radius: 6px 6px 0 0; color: #59636e; }
.head strong { color: #1f2328; }
.body { padding: 4px 16px 12px; }
h3 { font-size: 1.25em; margin: 12px 0 8px; }
table { border-collapse: collapse; margin: 8px 0 12px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) td { background: #f6f8fa; }
code { background: #eff1f3; padding: 0.2em 0.4em; border-radius: 6px; font-size: 85%; }
a { color: #0969da; text-decoration: none; }`;

async function main(): Promise<void> {
  const docs = join(ROOT, 'docs');
  mkdirSync(docs, { recursive: true });
  const out = mkdtempSync(join(tmpdir(), 'dora-screens-'));
  const site = join(out, 'site');
  execFileSync(
    process.execPath,
    [join(ROOT, 'dist', 'cli.js'), '--from-file', join(ROOT, 'examples', 'world.json'), '--out', site],
    {
      stdio: 'ignore',
    },
  );
  const report = JSON.parse(readFileSync(join(site, 'metrics.json'), 'utf8')) as MetricsReport;
  const world = JSON.parse(readFileSync(join(ROOT, 'examples', 'world.json'), 'utf8')) as World;
  const now = new Date(report.window.until);
  const pr = (world.pullRequests ?? []).filter((p) => p.state === 'OPEN' && !p.isDraft).at(-1);
  if (!pr) throw new Error('the example world has no open pull request');
  const body = fitComment(
    pullRequestComment(
      report,
      {
        number: pr.number,
        createdAt: pr.createdAt,
        additions: pr.additions ?? 0,
        deletions: pr.deletions ?? 0,
        draft: false,
        reviewed: false,
      },
      now,
      'https://acme.github.io/storefront/',
    ),
  );
  const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>comment</title><style>${STYLE}</style>
<div class="comment"><div class="head"><strong>github-actions</strong> <span>bot</span> commented</div>
<div class="body">${markdownToHtml(body)}</div></div></html>`;
  writeFileSync(join(out, 'comment.html'), page);

  const { browser, close } = await launchChromium();
  try {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
    await tab.goto(`file://${join(site, 'index.html')}`);
    await tab.waitForFunction(() => document.querySelectorAll('canvas').length > 0);
    await tab.waitForTimeout(800); // Chart.js animates its first draw
    await tab.screenshot({ path: join(docs, 'report.png'), clip: { x: 0, y: 0, width: 1200, height: 900 } });
    await tab.setViewportSize({ width: 940, height: 600 });
    await tab.goto(`file://${join(out, 'comment.html')}`);
    await tab.locator('.comment').screenshot({ path: join(docs, 'comment.png') });
  } finally {
    await close();
  }
  for (const name of ['report.png', 'comment.png']) {
    console.log(`${name}: ${statSync(join(docs, name)).size} bytes`);
  }
}

await main();
