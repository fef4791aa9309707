// Target (O rules): `dora-report rollup` on 1,000 metrics.json files of mixed sizes against node
// merely reading and JSON.parse-ing the same files one after another: time ≤ 1.5×, and peak
// memory ≤ 1.5× (the largest single parse plus the pooled arrays).
// The 1,000 files are copies of four member runs (worlds of 300, 2,000, 6,000 and 20,000 pull
// requests over a year, each through the command line), each copy under its own repository name:
// running the command line 1,000 times would take this 2-core machine most of an hour.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { worldFile } from './cli.js';
import { measure, ratio, type Measured } from './measure.js';

/** world size in pull requests → how many of the 1,000 members have it */
const MIX: [number, number][] = [
  [300, 700],
  [2_000, 220],
  [6_000, 70],
  [20_000, 10],
];

const PARSE_EACH = `
const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const dir = process.argv[1];
let n = 0;
for (const name of readdirSync(dir).sort()) {
  const doc = JSON.parse(readFileSync(join(dir, name, 'metrics.json'), 'utf8'));
  n += doc.records.changes.length;
}
if (n < 0) console.log(n);
`;

export interface RollupBench {
  members: number;
  megabytes: number;
  largestMegabytes: number;
  parse: Measured;
  rollup: Measured;
  /** 8 bytes per pooled number: lead times, restore times and the phases of every pull request */
  pooledMiB: number;
}

function memberDoc(cliPath: string, dir: string, pullRequests: number): Record<string, unknown> {
  const out = join(dir, `member-${pullRequests}`);
  if (!existsSync(join(out, 'metrics.json'))) {
    const world = worldFile(dir, pullRequests);
    mkdirSync(out, { recursive: true });
    const text = execFileSync(process.execPath, [cliPath, '--from-file', world, '--json'], {
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    writeFileSync(join(out, 'metrics.json'), text);
  }
  return JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')) as Record<string, unknown>;
}

function pooledNumbers(doc: Record<string, unknown>): number {
  const records = doc.records as {
    changes: unknown[];
    failures: unknown[];
    pullRequests: unknown[];
    previous: { changes: unknown[]; pullRequests: unknown[] };
  };
  // a lead time and its shipping time per change; six phases per pull request
  return (
    2 * records.changes.length +
    records.previous.changes.length +
    records.failures.length +
    6 * (records.pullRequests.length + records.previous.pullRequests.length)
  );
}

/**
 * Best of `runs` for each command, the two run turn about: on a machine others share, measuring
 * one command's runs after the other's compares two different loads.
 */
function interleaved(parse: string[], rollup: string[], runs = 3): { parse: Measured; rollup: Measured } {
  let best: { parse: Measured; rollup: Measured } | null = null;
  for (let i = 0; i < runs; i++) {
    const p = measure(parse, 1);
    const r = measure(rollup, 1);
    best = {
      parse: best && best.parse.seconds <= p.seconds ? best.parse : p,
      rollup: best && best.rollup.seconds <= r.seconds ? best.rollup : r,
    };
  }
  return best!;
}

export function benchRollup(options: { cliPath: string; dir: string }): RollupBench {
  const membersDir = join(options.dir, 'rollup-members');
  rmSync(membersDir, { recursive: true, force: true });
  mkdirSync(membersDir, { recursive: true });
  let index = 0;
  let numbers = 0;
  for (const [pullRequests, copies] of MIX) {
    const doc = memberDoc(options.cliPath, options.dir, pullRequests);
    const repository = doc.repository as { name: string };
    for (let i = 0; i < copies; i++, index++) {
      repository.name = `svc-${String(index).padStart(4, '0')}`;
      const folder = join(membersDir, repository.name);
      mkdirSync(folder);
      writeFileSync(join(folder, 'metrics.json'), JSON.stringify(doc));
      numbers += pooledNumbers(doc);
    }
  }
  const sizes = readdirSync(membersDir).map((name) => statSync(join(membersDir, name, 'metrics.json')).size);
  return {
    members: index,
    megabytes: sizes.reduce((a, b) => a + b, 0) / 1e6,
    largestMegabytes: Math.max(...sizes) / 1e6,
    ...interleaved(
      [process.execPath, '-e', PARSE_EACH, membersDir],
      [process.execPath, options.cliPath, 'rollup', membersDir, '--json'],
    ),
    pooledMiB: (numbers * 8) / 2 ** 20,
  };
}

export function formatRollupBench(r: RollupBench): string {
  const budget = r.parse.peakMiB + r.pooledMiB;
  return [
    `rollup of ${r.members} metrics.json (${r.megabytes.toFixed(0)} MB, largest ${r.largestMegabytes.toFixed(1)} MB) against read + JSON.parse of each (best of 3, run turn about):`,
    `  parse ${r.parse.seconds.toFixed(2)} s / ${r.parse.peakMiB.toFixed(0)} MiB; rollup --json ${r.rollup.seconds.toFixed(2)} s / ${r.rollup.peakMiB.toFixed(0)} MiB; pooled arrays ${r.pooledMiB.toFixed(0)} MiB`,
    `  time ${ratio(r.rollup.seconds, r.parse.seconds)} (target ≤ 1.5×), memory ${ratio(r.rollup.peakMiB, budget)} of the largest parse plus the pooled arrays (target ≤ 1.5×; ${ratio(r.rollup.peakMiB, r.parse.peakMiB)} of the parse alone)`,
  ].join('\n');
}
