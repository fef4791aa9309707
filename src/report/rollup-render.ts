// Renders the organisation report into a folder the caller stages (publish/report-folder.ts
// replaces the output folder whole): index.html from templates/rollup.hbs, the shared stylesheet
// and definitions page, the roll-up's own script and stylesheet, and the offline Chart.js.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RollupHistoryEntry } from '../rollup/history.js';
import type { RollupReport } from '../rollup/types.js';
import { createHandlebars } from './helpers.js';
import { chartJsPath, defaultTemplateDir } from './paths.js';
import { buildRollupView } from './rollup-view.js';

const ASSETS = ['report.css', 'rollup.css', 'rollup.js'] as const;

export function renderRollupHtml(
  report: RollupReport,
  generatedAt: Date,
  history: readonly RollupHistoryEntry[] = [],
): string {
  const dir = defaultTemplateDir();
  const hbs = createHandlebars();
  hbs.registerPartial('rollup-tiers', readFileSync(join(dir, 'partials', 'rollup-tiers.hbs'), 'utf8'));
  const template = hbs.compile(readFileSync(join(dir, 'rollup.hbs'), 'utf8'), { preventIndent: true });
  return template(buildRollupView(report, generatedAt, history));
}

export function renderRollupReport(
  report: RollupReport,
  outDir: string,
  generatedAt: Date,
  history: readonly RollupHistoryEntry[] = [],
): void {
  const dir = defaultTemplateDir();
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), renderRollupHtml(report, generatedAt, history));
  for (const file of ASSETS) copyFileSync(join(dir, file), join(outDir, 'assets', file));
  copyFileSync(chartJsPath(), join(outDir, 'assets', 'chart.umd.min.js'));
  copyFileSync(join(dir, 'definitions.html'), join(outDir, 'definitions.html'));
}
