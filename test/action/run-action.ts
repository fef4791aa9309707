// Runs the bundled Action (dist/index.js) as the runner does: inputs as INPUT_* variables (the
// input's name uppercased, hyphens kept), the GITHUB_* environment, an event payload file, and
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, against a simulator on 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Simulator } from '../simulator/server.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLE = join(ROOT, 'dist', 'index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY's text */
  summary: string;
  /** the workflow commands (`::error::…`) among stdout's lines */
  errors: string[];
  notices: string[];
  /** RUNNER_TEMP of this run */
  temp: string;
  /** requests the simulator answered during the run (REST + GraphQL) */
  requests: number;
}

export interface RunOptions {
  /** inputs by their action.yml names; the token defaults to a test token */
  inputs?: Record<string, string>;
  eventName?: string;
  /** the event payload; `{}` for a scheduled run */
  event?: unknown;
  env?: Record<string, string>;
}

/** The runner's output file: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!open) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== open[2]; i++) value.push(lines[i]);
    outputs[open[1]] = value.join('\n');
  }
  return outputs;
}

function totalRequests(sim: Simulator): number {
  const { requests } = sim.stats();
  return requests.graphql + requests.rest;
}

export async function runAction(sim: Simulator, options: RunOptions = {}): Promise<ActionRun> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
  const temp = mkdtempSync(join(tmpdir(), 'dora-action-'));
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}));
  const outputFile = join(temp, 'output.txt');
  const summaryFile = join(temp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const { owner, name } = sim.world.repository;
  const inputs = { 'github-token': 'test-token', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: `${owner}/${name}`,
    GITHUB_API_URL: sim.url,
    GITHUB_GRAPHQL_URL: sim.graphqlUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: options.eventName ?? 'schedule',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: temp,
    ...Object.fromEntries(
      Object.entries(inputs).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, value]),
    ),
    ...options.env,
  };
  const before = totalRequests(sim);
  // Asynchronous on purpose: the simulator answers from this very process.
  const child = spawn(process.execPath, [BUNDLE], { cwd: temp, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = stdout.split('\n');
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    errors: lines.filter((line) => line.startsWith('::error')),
    notices: lines.filter((line) => line.startsWith('::notice')),
    temp,
    requests: totalRequests(sim) - before,
  };
}
