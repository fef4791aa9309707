// Targets: `--from-file … --json` on a 50,000-pull-request world against node merely
// reading and JSON.parse-ing the file (time ≤ 3×, peak memory ≤ 1.5×), and growth at 1×, 4×, 16×.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateWorld } from '../lib/generate-world.js';
import { writeWorldFile } from '../../src/world/write.js';
import { measure, ratio, type Measured } from './measure.js';

export interface CliBenchRow {
  pullRequests: number;
  megabytes: number;
  parse: Measured;
  cli: Measured;
}

const PARSE_ONLY = "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))";

export function worldFile(dir: string, pullRequests: number, shape: 'plain' | 'skewed' = 'plain'): string {
  const path = join(
    dir,
    shape === 'plain' ? `world-${pullRequests}.json` : `world-${shape}-${pullRequests}.json`,
  );
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    writeWorldFile(
      path,
      generateWorld(shape === 'plain' ? { pullRequests, seed: 1 } : { pullRequests, seed: 1, ...SKEWED }),
    );
  }
  return path;
}

/**
 * The skewed shape: two years in which about half of the parent links point to a later-dated
 * commit (rebased, cherry-picked, clock-skewed) and three production environments deploy one
 * stream a few times a week each (about 1,800 deployments, as in the world measured).
 */
export const SKEWED = { days: 730, skew: true, productionEnvironments: 3, deploymentsPerWeek: 6 } as const;

export function benchCli(options: { cliPath: string; dir: string; sizes?: number[] }): CliBenchRow[] {
  const sizes = options.sizes ?? [3_125, 12_500, 50_000];
  return sizes.map((pullRequests) => {
    const file = worldFile(options.dir, pullRequests);
    return {
      pullRequests,
      megabytes: statSync(file).size / 1e6,
      parse: measure([process.execPath, '-e', PARSE_ONLY, file]),
      cli: measure([process.execPath, options.cliPath, '--from-file', file, '--json']),
    };
  });
}

export function formatCliBench(rows: CliBenchRow[]): string {
  const lines = ['--from-file … --json against read + JSON.parse (best of 3):'];
  for (const r of rows) {
    lines.push(
      `  ${r.pullRequests} PRs (${r.megabytes.toFixed(1)} MB): parse ${r.parse.seconds.toFixed(2)} s / ${r.parse.peakMiB.toFixed(0)} MiB; ` +
        `cli ${r.cli.seconds.toFixed(2)} s / ${r.cli.peakMiB.toFixed(0)} MiB; ` +
        `time ${ratio(r.cli.seconds, r.parse.seconds)} (target ≤ 3×), memory ${ratio(r.cli.peakMiB, r.parse.peakMiB)} (target ≤ 1.5×)`,
    );
  }
  const base = rows[0];
  lines.push(
    '  growth of the cli time: ' +
      rows
        .map((r) => `${r.pullRequests / base.pullRequests}× size → ${ratio(r.cli.seconds, base.cli.seconds)}`)
        .join(', '),
  );
  return lines.join('\n');
}

export interface SkewedBenchRow {
  pullRequests: number;
  megabytes: number;
  parse: Measured;
  /** per window length in days */
  cli: { days: number; measured: Measured }[];
}

/** Targets: on the skewed shape, --days 90, 365 and 730, time ≤ 2.5× and memory ≤ 1.5× the parse. */
export function benchCliSkewed(options: {
  cliPath: string;
  dir: string;
  sizes?: number[];
  windows?: number[];
}): SkewedBenchRow[] {
  const sizes = options.sizes ?? [3_125, 12_500, 50_000];
  const windows = options.windows ?? [90, 365, 730];
  return sizes.map((pullRequests) => {
    const file = worldFile(options.dir, pullRequests, 'skewed');
    const parse = measure([process.execPath, '-e', PARSE_ONLY, file]);
    return {
      pullRequests,
      megabytes: statSync(file).size / 1e6,
      parse,
      cli: windows.map((days) => ({
        days,
        measured: measure([
          process.execPath,
          options.cliPath,
          '--from-file',
          file,
          '--json',
          '--days',
          String(days),
          '--source',
          'environment:/^production/',
        ]),
      })),
    };
  });
}

export function formatCliSkewedBench(rows: SkewedBenchRow[]): string {
  const lines = [
    'skewed history, 3 production environments: --from-file … --json --days D against read + JSON.parse (best of 3):',
  ];
  for (const r of rows) {
    lines.push(
      `  ${r.pullRequests} PRs (${r.megabytes.toFixed(1)} MB): parse ${r.parse.seconds.toFixed(2)} s / ${r.parse.peakMiB.toFixed(0)} MiB`,
    );
    for (const { days, measured } of r.cli) {
      lines.push(
        `    --days ${days}: cli ${measured.seconds.toFixed(2)} s / ${measured.peakMiB.toFixed(0)} MiB; ` +
          `time ${ratio(measured.seconds, r.parse.seconds)} (target ≤ 2.5×), memory ${ratio(measured.peakMiB, r.parse.peakMiB)} (target ≤ 1.5×)`,
      );
    }
  }
  const base = rows[0];
  base.cli.forEach(({ days }, w) => {
    lines.push(
      `  growth of the cli time at --days ${days}: ` +
        rows
          .map(
            (r) =>
              `${r.pullRequests / base.pullRequests}× size → ${ratio(r.cli[w].measured.seconds, base.cli[w].measured.seconds)}`,
          )
          .join(', '),
    );
    lines.push(
      `  growth of the cli memory at --days ${days}: ` +
        rows
          .map(
            (r) =>
              `${r.pullRequests / base.pullRequests}× size → ${ratio(r.cli[w].measured.peakMiB, base.cli[w].measured.peakMiB)}`,
          )
          .join(', '),
    );
  });
  return lines.join('\n');
}
