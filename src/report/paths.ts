// Where the templates and Chart.js are, relative to the running code (STYLE.md habit 13): in the
// bundle, dist/templates and dist/vendor beside dist/cli.js; from source, <repo>/templates and
// <repo>/node_modules/chart.js. Never process.cwd(), which is the user's workspace in an Action.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';

// Built from segments at run time so that the bundler's asset relocation leaves them alone.
const segments = {
  templates: ['templates'],
  chart: ['chart.js', 'dist', 'chart.umd.min.js'],
};

function here(): string {
  return dirname(fileURLToPath(import.meta.url));
}

function firstExisting(candidates: string[], what: string): string {
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`report: cannot find ${what}; looked in ${candidates.join(', ')}`);
  return found;
}

export function defaultTemplateDir(): string {
  const dir = here();
  // dist/lib/ (the bundle both entries share), dist/, src/report/ (tests and development)
  const candidates = [
    join(dir, ...segments.templates),
    join(dir, '..', ...segments.templates),
    join(dir, '..', '..', ...segments.templates),
  ];
  return dirname(
    firstExisting(
      candidates.map((d) => join(d, 'layout.hbs')),
      'the templates folder (layout.hbs)',
    ),
  );
}

/**
 * A user's template folder (`--template-dir`, the `template-dir` input): a copy of templates/ that
 * must at least have layout.hbs, overriding the built-in files one by one. Undefined: the folder
 * the user gave (resolved), or null for none; it throws the one error for a folder that is not one.
 */
export function customTemplateDir(templateDir: string | undefined): string | null {
  if (templateDir === undefined) return null;
  const custom = resolve(templateDir);
  if (!existsSync(join(custom, 'layout.hbs'))) {
    throw new UserError(
      `template-dir: "${templateDir}" has no layout.hbs (expected a copy of the templates folder)`,
    );
  }
  return custom;
}

/** The path of a template file (relative to templates/): the user's copy when it has one. */
export function templateFile(custom: string | null, file: string): string {
  return custom !== null && existsSync(join(custom, file))
    ? join(custom, file)
    : join(defaultTemplateDir(), file);
}

export function chartJsPath(): string {
  const dir = here();
  const file = segments.chart[segments.chart.length - 1];
  return firstExisting(
    [
      join(dir, 'vendor', file),
      join(dir, '..', 'vendor', file),
      join(dir, '..', '..', 'node_modules', ...segments.chart),
    ],
    'chart.umd.min.js',
  );
}
