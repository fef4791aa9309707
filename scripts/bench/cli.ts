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

export function worldFile(dir: string, pullRequests: number): string {
  const path = join(dir, `world-${pullRequests}.json`);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    writeWorldFile(path, generateWorld({ pullRequests, seed: 1 }));
  }
  return path;
}

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
