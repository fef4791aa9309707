// Faults of the network, produced on the wire by the simulator (test/simulator/wire-faults.ts) or by
// a port nobody listens on: each is retried as a 502 is, with backoff, and a fault that outlasts the
// retries ends in one line naming the host, what failed and what to check — never a TypeError or
// an "internal error". A request that gets no answer is cut off after the stated time.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/sources/github/collect.js';
import { NETWORK_DEFAULTS, RETRIES } from '../../src/sources/github/network.js';
import type { World } from '../../src/world/types.js';
import { startSimulator, type Fault, type Simulator } from '../simulator/server.js';
import { collectFrom, exampleWorld, requestsOf, simStats, windowOf } from './helpers.js';

const world = exampleWorld();
const window = windowOf(world, 28);
// Retries 10, 40 and 90 ms apart, and a request cut off after 0.4 s.
const options = {
  sources: ['workflow:deploy.yml', 'environment:production'],
  retryDelaySeconds: 0.01,
  timeoutSeconds: 0.4,
};

let sim: Simulator;
let baseline: World;
let host: string;

beforeAll(async () => {
  sim = await startSimulator({ world });
  baseline = (await collectFrom(sim, world, window, options)).world;
  host = new URL(sim.url).host;
});
afterAll(() => sim.close());

function at(position: number, fault: Fault): Fault[] {
  return position > 1 ? [{ type: 'slow', ms: 0, count: position - 1 }, fault] : [fault];
}

async function outcome(faults: Fault[], overrides = {}): Promise<World | Error> {
  sim.injectFaults(faults);
  try {
    return (await collectFrom(sim, world, window, { ...options, ...overrides })).world;
  } catch (error) {
    return error as Error;
  } finally {
    sim.clearFaults();
  }
}

const WIRE: [string, Fault['type']][] = [
  ['a connection reset before the answer', 'reset'],
  ['no answer at all (a hang)', 'hang'],
  ['a body cut short after its headers', 'cut-short'],
  ['an empty body', 'empty'],
  ["a proxy's HTML page with status 200", 'html'],
  ['a GraphQL answer {"data": null}', 'graphql-no-data'],
];

describe('a network fault once', () => {
  it.each(WIRE)('%s: retried to the same world', async (_name, type) => {
    // The first request (GraphQL) and the third (REST for all but graphql-no-data).
    for (const position of [1, 3]) {
      expect(await outcome(at(position, { type })), `request ${position}`).toEqual(baseline);
    }
  });
});

describe('a network fault that outlasts the retries', () => {
  const expected: Record<string, (host: string) => RegExp> = {
    reset: (h) =>
      new RegExp(
        `^${h} closed the connection before answering .*; check the network and any proxy between here and ${h}, then run again$`,
      ),
    hang: (h) =>
      new RegExp(
        `^${h} did not answer within 0.4 s .*; check the network and any proxy between here and ${h}, or allow more time with DORA_REQUEST_TIMEOUT \\(seconds\\)$`,
      ),
    'cut-short': (h) =>
      new RegExp(
        `^the answer from ${h} was cut short .*; check the network and any proxy between here and ${h}, then run again$`,
      ),
    empty: (h) => new RegExp(`^${h} sent an empty answer .*; check the network`),
    html: (h) =>
      new RegExp(
        `^${h} sent an HTML page instead of the API's JSON: "<!DOCTYPE html><html><head><title>Sig\\.\\.\\." .*; check the API address in --api-url or GITHUB_API_URL`,
      ),
    'graphql-no-data': (h) =>
      new RegExp(
        `^${h} answered a GraphQL query with neither data nor errors: "\\{\\\\"data\\\\":null\\}" .*; GitHub may be having trouble`,
      ),
  };

  it.each(WIRE)('%s: one line naming the host, what failed and what to check', async (_name, type) => {
    const before = requestsOf(await simStats(sim));
    const started = Date.now();
    const result = await outcome([{ type, count: 20 }]);
    const took = Date.now() - started;
    const requests = requestsOf(await simStats(sim)) - before;
    expect(result).toBeInstanceOf(GitHubError);
    const message = (result as Error).message;
    expect(message).not.toMatch(/\n|undefined|internal error|TypeError/);
    expect(message).toMatch(expected[type](host));
    expect(message).toContain(' while reading the repository in acme/shop, on all 4 attempts; ');
    // Four attempts at the first request, 10 + 40 + 90 ms apart (a hang: 0.4 s each on top).
    expect(requests).toBe(4);
    expect(took).toBeLessThan(type === 'hang' ? 4000 : 2000);
    if (type === 'hang') expect(took).toBeGreaterThanOrEqual(4 * 400);
    console.log(`${type}: ${message} (${took} ms)`);
  });

  it('a refused connection names the address to check', async () => {
    // A port that was just free: connecting to it is refused.
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const { port } = free.address() as AddressInfo;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    const result = await collectFrom(sim, world, window, {
      ...options,
      apiUrl: `http://127.0.0.1:${port}`,
    }).catch((e: unknown) => e as Error);
    expect(result).toBeInstanceOf(GitHubError);
    expect((result as Error).message).toBe(
      `127.0.0.1:${port} refused the connection (ECONNREFUSED) while reading the repository in acme/shop, on all 4 attempts; check the API address in --api-url or GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server) and that 127.0.0.1:${port} can be reached from here`,
    );
  });

  it('a REST listing that keeps failing mid-run names what it was reading', async () => {
    const result = await outcome([{ type: 'reset', count: 20, path: '/actions/' }]);
    expect((result as Error).message).toMatch(
      new RegExp(
        `^${host} closed the connection before answering .*while reading workflow runs in acme/shop, on all 4 attempts;`,
      ),
    );
  });
});

describe('settings', () => {
  it('DORA_REQUEST_TIMEOUT that is not a number of seconds is refused before any request', async () => {
    const before = requestsOf(await simStats(sim));
    const { timeoutSeconds: _t, ...rest } = options;
    const error = await collectFrom(sim, world, window, {
      ...rest,
      env: { DORA_REQUEST_TIMEOUT: 'soon' },
    }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toBe(
      'DORA_REQUEST_TIMEOUT: "soon" is not a number of seconds (for example 60)',
    );
    expect(requestsOf(await simStats(sim))).toBe(before);
  });
});

describe('the command line', () => {
  const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

  function run(args: string[], env: Record<string, string>) {
    return new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [cli, ...args], {
        env: { ...process.env, GITHUB_TOKEN: 'test-token', ...env },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }

  it('a request that hangs: exit 2 after the stated time, with one line', async () => {
    sim.injectFaults([{ type: 'hang', count: 20 }]);
    try {
      const started = Date.now();
      const result = await run(['--repo', 'acme/shop', '--api-url', sim.url, '--json'], {
        DORA_REQUEST_TIMEOUT: '0.3',
        DORA_RETRY_DELAY: '0.01',
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `dora-report: ${host} did not answer within 0.3 s while reading the repository in acme/shop, on all 4 attempts; check the network and any proxy between here and ${host}, or allow more time with DORA_REQUEST_TIMEOUT (seconds)\n`,
      );
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      sim.clearFaults();
    }
  });
});

describe('the README', () => {
  it('states the defaults the client uses', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const row = (name: string) => Number(new RegExp(`\\| \`${name}\` +\\| \`([\\d.]+)\``).exec(readme)?.[1]);
    expect(row('DORA_REQUEST_TIMEOUT')).toBe(NETWORK_DEFAULTS.timeoutSeconds);
    expect(row('DORA_RETRY_DELAY')).toBe(NETWORK_DEFAULTS.retryDelaySeconds);
    expect(row('DORA_RATE_LIMIT_WAIT')).toBe(NETWORK_DEFAULTS.maxWaitSeconds);
    expect(readme).toContain(`Each request is tried four times`);
    expect(RETRIES).toBe(3);
  });
});
