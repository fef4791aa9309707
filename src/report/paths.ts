// Where the templates and Chart.js are, relative to the running code (STYLE.md habit 13): in the
// bundle, dist/templates and dist/vendor beside dist/cli.js; from source, <repo>/templates and
// <repo>/node_modules/chart.js. Never process.cwd(), which is the user's workspace in an Action.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
