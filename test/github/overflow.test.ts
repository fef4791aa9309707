// Records with more than a page of something nested (a pull request's commits, reviews, labels,
// files; a deployment's statuses) are read whole, and changed file paths come only when asked.
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { World, WorldPullRequest } from '../../src/world/types.js';
import { startSimulator, type Simulator } from '../simulator/server.js';
import { collectFrom, exampleWorld, windowOf } from './helpers.js';

const at = (hours: number) =>
  new Date(Date.parse('2026-09-20T00:00:00Z') + hours * 3_600_000).toISOString().replace('.000Z', 'Z');

function bigWorld(): World {
  const world = exampleWorld();
  const big: WorldPullRequest = {
    ...structuredClone(world.pullRequests![0]),
    number: 500,
    title: 'feat: a very large change',
    createdAt: at(0),
    mergedAt: at(300),
    closedAt: at(300),
    labels: Array.from({ length: 120 }, (_, i) => `label-${i}`),
    files: Array.from({ length: 230 }, (_, i) => `src/file-${i}.ts`),
    commits: Array.from({ length: 250 }, (_, i) => ({
      sha: i.toString(16).padStart(40, 'a'),
      authoredAt: at(i),
      committedAt: at(i),
      message: `step ${i}`,
    })),
    reviews: Array.from({ length: 130 }, (_, i) => ({
      author: `reviewer${i}`,
      state: 'COMMENTED',
      submittedAt: at(i + 1),
    })),
  };
  world.pullRequests = [...world.pullRequests!, big];
  const deployment = world.deployments!.find((d) => d.environment.toLowerCase() === 'production')!;
  deployment.statuses = Array.from({ length: 150 }, (_, i) => ({
    state: i === 149 ? 'success' : 'in_progress',
    createdAt: at(-1000 + i),
  }));
  return world;
}

const world = bigWorld();
const window = windowOf(world, 28);
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ world });
});
afterAll(() => sim.close());

describe('nested lists longer than a page', () => {
  it('a pull request with 250 commits, 130 reviews, 120 labels and 230 files comes whole', async () => {
    const { world: collected } = await collectFrom(sim, world, window, { includeFiles: true });
    const served = world.pullRequests!.find((pr) => pr.number === 500)!;
    const got = collected.pullRequests!.find((pr) => pr.number === 500)!;
    expect(got.commits).toEqual(served.commits);
    expect(got.reviews).toEqual(served.reviews);
    expect(got.labels).toEqual(served.labels);
    expect(got.files).toEqual(served.files);
  });

  it('file paths are not read unless asked for', async () => {
    const { world: collected } = await collectFrom(sim, world, window);
    expect(collected.pullRequests!.every((pr) => pr.files === undefined)).toBe(true);
  });

  it('a deployment with 150 statuses keeps them all, oldest first', async () => {
    const { world: collected } = await collectFrom(sim, world, window, {
      sources: ['environment:production'],
    });
    const served = world.deployments!.find((d) => d.statuses?.length === 150)!;
    expect(collected.deployments!.find((d) => d.id === served.id)?.statuses).toEqual(served.statuses);
  });
});

describe('npm run sim', () => {
  it('prints "listening on http://127.0.0.1:PORT" and serves the world until stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-main-'));
    const file = join(dir, 'world.json');
    writeFileSync(file, JSON.stringify(exampleWorld()));
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      'test/simulator/main.ts',
      '--world',
      file,
      '--port',
      '0',
    ]);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
          if (m) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`the simulator exited (${code})`)));
      });
      const response = await fetch(`${url}/repos/acme/shop`, { headers: { authorization: 'token t' } });
      expect(((await response.json()) as { default_branch: string }).default_branch).toBe('main');
    } finally {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
