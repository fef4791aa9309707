// Renders the organisation report into a folder the caller stages (publish/report-folder.ts
// replaces the output folder whole): index.html from templates/rollup.hbs, the shared stylesheet
// and definitions page, the roll-up's own script and stylesheet, and the offline Chart.js. A user's
// --template-dir overrides these files one by one, as it does the repository report's.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RollupHistoryEntry } from '../rollup/history.js';
import type { RollupReport } from '../rollup/types.js';
import { createHandlebars } from './helpers.js';
import { chartJsPath, customTemplateDir, templateFile } from './paths.js';
import { buildRollupView } from './rollup-view.js';

const ASSETS = ['report.css', 'rollup.css', 'rollup.js'] as const;

export function renderRollupHtml(
  report: RollupReport,
  generatedAt: Date,
  history: readonly RollupHistoryEntry[] = [],
  templateDir?: string,
): string {
  return renderHtml(report, generatedAt, history, customTemplateDir(templateDir));
}

/** `custom`: customTemplateDir's answer, checked once by the caller. */
function renderHtml(
  report: RollupReport,
  generatedAt: Date,
  history: readonly RollupHistoryEntry[],
  custom: string | null,
): string {
  const hbs = createHandlebars();
  hbs.registerPartial(
    'rollup-tiers',
    readFileSync(templateFile(custom, 'partials/rollup-tiers.hbs'), 'utf8'),
  );
  const template = hbs.compile(readFileSync(templateFile(custom, 'rollup.hbs'), 'utf8'), {
    preventIndent: true,
  });
  return template(buildRollupView(report, generatedAt, history));
}

/** `templateDir`: the user's copy of templates/ (`--template-dir`), read file by file over the built-in one. */
export function renderRollupReport(
  report: RollupReport,
  outDir: string,
  generatedAt: Date,
  history: readonly RollupHistoryEntry[] = [],
  templateDir?: string,
): void {
  const custom = customTemplateDir(templateDir);
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), renderHtml(report, generatedAt, history, custom));
  for (const file of ASSETS) copyFileSync(templateFile(custom, file), join(outDir, 'assets', file));
  copyFileSync(chartJsPath(), join(outDir, 'assets', 'chart.umd.min.js'));
  copyFileSync(templateFile(custom, 'definitions.html'), join(outDir, 'definitions.html'));
}
