// Renders the static site in outDir: index.html, methodology.html (each figure's definition, one
// click from its card), definitions.html and assets/ (the CSS, the page's own script, Chart.js). Built in a temporary folder beside outDir first, then moved in by rename, so a failure
// leaves outDir as it was. Other files in outDir (metrics.json, summary.md) are left alone.
import { UserError } from '../errors.js';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { MetricsReport } from '../metrics/types.js';
import type { HistoryEntry } from './history-file.js';
import { createHandlebars } from './helpers.js';
import { chartJsPath, customTemplateDir, defaultTemplateDir, templateFile } from './paths.js';
import { METHODOLOGY_PAGE } from './anchors.js';
import { CSV_FOLDER, csvText } from './csv.js';
import { buildViewModel } from './view-model.js';

export interface RenderOptions {
  outDir: string;
  templateDir?: string;
  downtimeCostPerHour?: number;
  currency?: string;
  /** history.json's entries (one per run and day): drawn as the trend over months from two on */
  history?: HistoryEntry[];
  generatedAt?: Date;
}

const ASSET_FILES = ['report.css', 'report.js'] as const;
/** docs/metrics.md and docs/benchmarks.md as a page (npm run docs), beside index.html. */
const DEFINITIONS = 'definitions.html';
/** The methodology's page: its own layout, overridable like layout.hbs. */
const METHODOLOGY_LAYOUT = 'methodology.hbs';

interface TemplateSet {
  layout: string;
  methodologyLayout: string;
  partials: Map<string, string>;
  assets: Map<string, string>;
  /** the definitions page: a custom template folder's own copy, else the built-in one */
  definitions: string;
}

function readPartials(dir: string, into: Map<string, string>): void {
  const partialDir = join(dir, 'partials');
  if (!existsSync(partialDir)) return;
  for (const file of readdirSync(partialDir)) {
    if (file.endsWith('.hbs')) into.set(file.slice(0, -4), readFileSync(join(partialDir, file), 'utf8'));
  }
}

/** A user's template dir overrides the built-in files one by one; it must at least have layout.hbs. */
function loadTemplates(templateDir: string | undefined): TemplateSet {
  const custom = customTemplateDir(templateDir);
  const partials = new Map<string, string>();
  readPartials(defaultTemplateDir(), partials);
  if (custom !== null) readPartials(custom, partials);
  return {
    layout: readFileSync(templateFile(custom, 'layout.hbs'), 'utf8'),
    methodologyLayout: readFileSync(templateFile(custom, METHODOLOGY_LAYOUT), 'utf8'),
    partials,
    assets: new Map(ASSET_FILES.map((file) => [file, templateFile(custom, file)])),
    definitions: templateFile(custom, DEFINITIONS),
  };
}

/** The files the view model fills: path in the folder → text (the pages, and csv/ of every table). */
function renderPages(
  report: MetricsReport,
  options: RenderOptions,
  templates: TemplateSet,
): Map<string, string> {
  const view = buildViewModel(report, options);
  const files = new Map(view.downloads.map((d) => [d.file, csvText(d.headers, d.rows)]));
  const hbs = createHandlebars();
  for (const [name, text] of templates.partials) hbs.registerPartial(name, text);
  const page = (layout: string) => hbs.compile(layout, { preventIndent: true })(view);
  return new Map([
    ...files,
    [PRINT_FOOTER, printFooterCss(`${view.repository.text} · ${view.window}`)],
    ['index.html', page(templates.layout)],
    [METHODOLOGY_PAGE, page(templates.methodologyLayout)],
  ]);
}

/** index.html as a string, from the built-in templates or templateDir; writes nothing. */
export function renderReportHtml(report: MetricsReport, options: Omit<RenderOptions, 'outDir'> = {}): string {
  return renderPages(report, { ...options, outDir: '' }, loadTemplates(options.templateDir)).get(
    'index.html',
  )!;
}

/** methodology.html as a string; writes nothing. */
export function renderMethodologyHtml(
  report: MetricsReport,
  options: Omit<RenderOptions, 'outDir'> = {},
): string {
  return renderPages(report, { ...options, outDir: '' }, loadTemplates(options.templateDir)).get(
    METHODOLOGY_PAGE,
  )!;
}

/** The printed page's footer: the report's name and window on every page, beside its number. */
const PRINT_FOOTER = 'assets/print-footer.css';

/** Text as a CSS string: everything but plain letters and digits escaped (names are hostile text). */
export function cssString(text: string): string {
  const escaped = [...text]
    .map((ch) => (/[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `))
    .join('');
  return `"${escaped}"`;
}

function printFooterCss(text: string): string {
  return `/* Written for this report: CSS cannot read the page, and the CSP allows no inline style. */
@page {
  @bottom-left {
    content: ${cssString(text)};
    font: 8pt system-ui, sans-serif;
    color: #444;
  }
}
`;
}

/** Folders the report owns whole: an earlier report's copy is replaced, not merged. */
const FOLDERS = ['assets', CSV_FOLDER];

/** Moves the built files into outDir: folders and pages first, index.html last (each by rename). */
function moveInto(tmp: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const trash: string[] = [];
  for (const folder of FOLDERS) {
    const old = join(outDir, folder);
    if (existsSync(old)) {
      trash.push(`${tmp}-old-${folder}`);
      renameSync(old, trash[trash.length - 1]);
    }
  }
  const entries = readdirSync(tmp).filter((entry) => entry !== 'index.html');
  for (const entry of [...entries, 'index.html']) renameSync(join(tmp, entry), join(outDir, entry));
  for (const folder of trash) rmSync(folder, { recursive: true, force: true });
}

export async function renderReport(
  report: MetricsReport,
  options: RenderOptions,
): Promise<{ indexPath: string }> {
  const outDir = resolve(options.outDir);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    throw new UserError(`out: "${options.outDir}" is a file (expected a folder for the report)`);
  }
  const templates = loadTemplates(options.templateDir);
  const pages = renderPages(report, options, templates);
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, `.${basename(outDir)}.tmp-`));
  try {
    mkdirSync(join(tmp, 'assets'));
    mkdirSync(join(tmp, CSV_FOLDER));
    for (const [file, text] of pages) writeFileSync(join(tmp, file), text);
    for (const [file, from] of templates.assets) copyFileSync(from, join(tmp, 'assets', file));
    copyFileSync(chartJsPath(), join(tmp, 'assets', 'chart.umd.min.js'));
    copyFileSync(templates.definitions, join(tmp, DEFINITIONS));
    moveInto(tmp, outDir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { indexPath: join(outDir, 'index.html') };
}
