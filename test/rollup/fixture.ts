// Members for the roll-up's tests: generated worlds, each run through the command line as a user
// would (dist/cli.js --from-file … --until … --out), so every metrics.json is one the tool wrote.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorld, DEFAULT_UNTIL } from '../../scripts/lib/generate-world.js';
import { writeWorldFile } from '../../src/world/write.js';

export const root = join(import.meta.dirname, '..', '..');
export const cli = join(root, 'dist', 'cli.js');
export const UNTIL = DEFAULT_UNTIL;

export function runCli(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DEBUG: '' },
    maxBuffer: 256 << 20,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runCliAsync(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')}: ${stderr}`))));
  });
}

export function temp(prefix = 'rollup-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface MemberSpec {
  name: string;
  pullRequests: number;
  seed: number;
  /** T3: a world with no deployments, releases or tags, so that auto ends at merges (assumed) */
  assumed?: boolean;
  /** the days its history spans, up to UNTIL (default 200) */
  days?: number;
}

/**
 * Writes each member's world and runs the command line on it, two at a time (the machine has
 * two cores); returns the folder that holds `NAME/metrics.json` for each member.
 */
export async function memberRuns(
  specs: readonly MemberSpec[],
  dir = temp(),
  extra: (spec: MemberSpec) => string[] = () => [],
): Promise<string> {
  mkdirSync(join(dir, 'worlds'), { recursive: true });
  const jobs = specs.map((spec) => async () => {
    const world = join(dir, 'worlds', `${spec.name}.json`);
    const generated = generateWorld({
      pullRequests: spec.pullRequests,
      seed: spec.seed,
      owner: 'acme',
      name: spec.name,
      days: spec.days ?? 200,
    });
    writeWorldFile(
      world,
      spec.assumed ? { ...generated, deployments: [], releases: [], tags: [], workflowRuns: [] } : generated,
    );
    await runCliAsync([
      '--from-file',
      world,
      '--until',
      UNTIL,
      '--out',
      join(dir, 'members', spec.name),
      ...extra(spec),
    ]);
  });
  const queue = [...jobs];
  await Promise.all(
    [0, 1].map(async () => {
      while (queue.length) await queue.shift()!();
    }),
  );
  return join(dir, 'members');
}
