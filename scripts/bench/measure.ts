// Wall time and peak memory of a whole process, measured by GNU time: the honest figure for a CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  seconds: number;
  peakMiB: number;
}

/** Best (lowest) wall time and its peak resident memory over `runs` runs of `command`. */
export function measure(command: string[], runs = 3, env: NodeJS.ProcessEnv = process.env): Measured {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-time-')), 'time.txt');
  let best: Measured | null = null;
  for (let i = 0; i < runs; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', out, ...command], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env,
      maxBuffer: 1 << 26,
    });
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
    const [seconds, kib] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    const run = { seconds, peakMiB: kib / 1024 };
    if (!best || run.seconds < best.seconds) best = run;
  }
  return best!;
}

export function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}
