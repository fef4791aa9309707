import { UserError } from '../../src/errors.js';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cssString, renderReport } from '../../src/report/render.js';
import { makeReport } from '../support/metrics-report-fixture.js';

const templates = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'render-test-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('renderReport', () => {
  it('writes index.html and its assets, and keeps the files the caller wrote', async () => {
    const out = join(work, 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'metrics.json'), '{}');
    const { indexPath } = await renderReport(makeReport(), {
      outDir: out,
      generatedAt: new Date('2026-10-05T08:00:00Z'),
    });
    expect(indexPath).toBe(join(out, 'index.html'));
    expect(readdirSync(out).sort()).toEqual([
      'assets',
      'csv',
      'definitions.html',
      'index.html',
      'methodology.html',
      'metrics.json',
    ]);
    expect(readdirSync(join(out, 'assets')).sort()).toEqual([
      'chart.umd.min.js',
      'print-footer.css',
      'report.css',
      'report.js',
    ]);
    expect(readdirSync(work)).toEqual(['site']); // no temporary folder left beside it
    const html = readFileSync(indexPath, 'utf8');
    expect(html).toContain(
      '<h1><a href="https://github.com/acme/shop" rel="noopener noreferrer"><bdi>acme/shop</bdi></a></h1>',
    );
    expect(html).toContain('19 hours from first commit to production');
    expect(html).toContain('5 Oct 2026, 08:00 UTC');
  });

  it('has a strict CSP and no inline script or style', async () => {
    const { indexPath } = await renderReport(makeReport(), { outDir: join(work, 'site') });
    const html = readFileSync(indexPath, 'utf8');
    expect(html).toContain(
      `content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;`,
    );
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts) {
      if (body.trim()) expect(attributes).toContain('type="application/json"');
      else expect(attributes).toMatch(/src="assets\/[\w.]+\.js"/);
    }
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=|<style/i);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\/(?!github\.com\/acme\/shop)/);
  });

  it('replaces an earlier report whole', async () => {
    const out = join(work, 'site');
    await renderReport(makeReport(), { outDir: out });
    writeFileSync(join(out, 'assets', 'stale.js'), '');
    await renderReport(
      makeReport((r) => (r.repository.name = 'shop2')),
      { outDir: out },
    );
    expect(readdirSync(join(out, 'assets'))).not.toContain('stale.js');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('acme/shop2');
  });

  it('leaves the output folder untouched when rendering fails', async () => {
    const out = join(work, 'site');
    await renderReport(makeReport(), { outDir: out });
    const before = readFileSync(join(out, 'index.html'), 'utf8');
    const broken = join(work, 'broken');
    cpSync(templates, broken, { recursive: true });
    writeFileSync(join(broken, 'partials', 'summary.hbs'), '{{#each summary}}unclosed');
    await expect(renderReport(makeReport(), { outDir: out, templateDir: broken })).rejects.toThrow();
    await expect(
      renderReport(makeReport(), { outDir: out, currency: 'dollars', downtimeCostPerHour: 5 }),
    ).rejects.toThrow(UserError);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(before);
    expect(readdirSync(work).sort()).toEqual(['broken', 'site']);
  });

  it('renders with a user template folder, falling back to the built-in partials and assets', async () => {
    const custom = join(work, 'mine');
    mkdirSync(join(custom, 'partials'), { recursive: true });
    writeFileSync(
      join(custom, 'layout.hbs'),
      '<!DOCTYPE html><title>{{title}}</title>{{> summary}}<p>{{duration 30}} {{money 1234 "EUR"}}</p>',
    );
    writeFileSync(join(custom, 'report.css'), 'body { color: red }');
    const { indexPath } = await renderReport(makeReport(), {
      outDir: join(work, 'site'),
      templateDir: custom,
    });
    const html = readFileSync(indexPath, 'utf8');
    expect(html).toContain('<title>Delivery report: acme/shop</title>');
    expect(html).toContain('At a glance');
    expect(html).toContain('<p>30 hours €1,234</p>');
    expect(readFileSync(join(work, 'site', 'assets', 'report.css'), 'utf8')).toBe('body { color: red }');
    expect(existsSync(join(work, 'site', 'assets', 'report.js'))).toBe(true);
  });

  it('names a template folder without layout.hbs, and an output path that is a file', async () => {
    await expect(
      renderReport(makeReport(), { outDir: join(work, 'site'), templateDir: work }),
    ).rejects.toThrow(
      new UserError(`template-dir: "${work}" has no layout.hbs (expected a copy of the templates folder)`),
    );
    writeFileSync(join(work, 'file'), '');
    await expect(renderReport(makeReport(), { outDir: join(work, 'file') })).rejects.toThrow(/is a file/);
  });

  it('says why the flow sections are empty in a commits-only world', async () => {
    const report = makeReport((r) => ((r.flow = null), (r.previous.flow = null)));
    const html = readFileSync((await renderReport(report, { outDir: join(work, 'site') })).indexPath, 'utf8');
    expect(html).toContain('<p class="callout empty-flow">This history has no pull requests');
    expect(html).not.toContain('id="chart-phases"');
    expect(html).not.toContain('Bottleneck');
  });

  it('N1: a previous window before the history is not named as compared, and its flow bars are empty', async () => {
    const render = async (report: ReturnType<typeof makeReport>, dir: string) =>
      readFileSync((await renderReport(report, { outDir: join(work, dir) })).indexPath, 'utf8');
    const old = await render(makeReport(), 'old');
    expect(old).toContain('28 days, compared with 10 Aug 2026 – 6 Sept 2026</p>');
    const young = await render(
      makeReport((r) => {
        r.previous.beforeHistory = true;
        r.dataQuality.historyBegins = '2026-09-12T08:00:00Z';
      }),
      'young',
    );
    expect(young).toContain('28 days, the history begins on 12 Sept 2026</p>');
    expect(young).not.toContain(', compared with');
    // The work mix sets nothing beside this window's bars: the previous window's are empty.
    const emptyBefore = '{"label":"Previous window","data":[null,null,null,null,null]';
    expect(young).toContain(emptyBefore);
    expect(old).not.toContain(emptyBefore);
  });

  it('escapes GitHub text in the HTML and in the chart data', async () => {
    const evil = '<img src=x onerror=alert(1)></script><!-- {{constructor}}';
    const report = makeReport((r) => {
      r.records.failures[0].title = evil;
      r.records.changes[0].author = evil;
      r.source.reason = evil;
    });
    const { indexPath } = await renderReport(report, { outDir: join(work, 'site') });
    const html = readFileSync(indexPath, 'utf8');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;&lt;/script&gt;&lt;!-- {{constructor}}',
    );
    expect(html.match(/<\/script>/g)).toHaveLength(3); // two asset scripts and the data element
  });

  it("prints the report's name and window in the page footer, a hostile name inert in CSS", async () => {
    const report = makeReport((r) => {
      r.repository.owner = 'a"; } body { display: none } @import "x';
      r.repository.name = 'b\\\n*/';
    });
    await renderReport(report, { outDir: join(work, 'site') });
    const css = readFileSync(join(work, 'site', 'assets', 'print-footer.css'), 'utf8');
    const content = /content: (".*");/.exec(css)![1];
    // one string: no quote, brace, semicolon, backslash-newline or comment end of its own
    expect(content.slice(1, -1)).not.toMatch(/["{};\n]|\*\//);
    expect(css.match(/[{}]/g)).toHaveLength(4);
    expect(cssString('a/b – c')).toBe('"a\\2f b \\2013  c"');
  });
});
