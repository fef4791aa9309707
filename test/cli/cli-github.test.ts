// The command line against the GitHub API simulator over real HTTP: --repo gives the same figures
// as --from-file on the world the simulator serves, and a token never reaches the output.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../simulator/server.js';
import type { World } from '../../src/world/types.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const examplePath = join(root, 'examples', 'world.json');
const TOKEN = 'ghp_secret_token_for_the_test_0123456789';

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, GITHUB_TOKEN: '', GH_TOKEN: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('CLI --repo against the simulator', () => {
  let sim: Simulator;
  const world = JSON.parse(readFileSync(examplePath, 'utf8')) as World;

  beforeAll(async () => {
    sim = await startSimulator({ world, token: TOKEN });
  });
  afterAll(async () => sim?.close());

  it('gives the metrics of --from-file on the served world, with the token from GITHUB_TOKEN', async () => {
    const args = ['--json', '--until', world.generatedAt!];
    const fromFile = await run(['--from-file', examplePath, ...args]);
    const fromApi = await run(['--repo', 'acme/storefront', '--api-url', sim.url, ...args], {
      GITHUB_TOKEN: TOKEN,
    });
    expect(fromApi.stderr).toBe('');
    expect(fromApi.code).toBe(0);
    const a = JSON.parse(fromApi.stdout);
    const b = JSON.parse(fromFile.stdout);
    expect(a.source.deployments).toBe(b.source.deployments);
    expect(a.dora).toEqual(b.dora);
    expect(a.flow).toEqual(b.flow);
    expect(a.previous).toEqual(b.previous);
    expect(a.weekly).toEqual(b.weekly);
    expect(fromApi.stdout).not.toContain(TOKEN);
  });

  it('exit 2 with one line for a wrong token, never echoing it', async () => {
    const result = await run([
      '--repo',
      'acme/storefront',
      '--api-url',
      sim.url,
      '--token',
      'wrong-token-xyz',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toContain('wrong-token-xyz');
  });

  it('exit 2 without a token, naming every place a token is read from', async () => {
    const result = await run(['--repo', 'acme/storefront', '--api-url', sim.url]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--repo needs a token: pass --token, or set GITHUB_TOKEN or GH_TOKEN/);
  });

  it("reads GH_TOKEN (the GitHub CLI's variable) when neither --token nor GITHUB_TOKEN is given", async () => {
    const result = await run(['--repo', 'acme/storefront', '--api-url', sim.url, '--json'], {
      GH_TOKEN: TOKEN,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).dora.deploymentFrequency.count).toBeGreaterThan(0);
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('takes --token before GITHUB_TOKEN, and GITHUB_TOKEN before GH_TOKEN', async () => {
    const flagFirst = await run(
      ['--repo', 'acme/storefront', '--api-url', sim.url, '--token', TOKEN, '--json'],
      {
        GITHUB_TOKEN: 'wrong-github-token',
        GH_TOKEN: 'wrong-gh-token',
      },
    );
    expect(flagFirst.stderr).toBe('');
    expect(flagFirst.code).toBe(0);
    const githubTokenFirst = await run(['--repo', 'acme/storefront', '--api-url', sim.url], {
      GITHUB_TOKEN: 'wrong-github-token',
      GH_TOKEN: TOKEN,
    });
    expect(githubTokenFirst.code).toBe(2);
    expect(githubTokenFirst.stderr).toMatch(/expected a valid token in GITHUB_TOKEN/);
    expect(githubTokenFirst.stderr).not.toContain('wrong-github-token');
  });
});
