// Rate limits are waited out within a stated budget (DORA_RATE_LIMIT_WAIT, 300 s by default), and
// a limit that lifts later stops the run at once with the real time it lifts: GraphQL errors of
// type RATE_LIMIT as well as RATE_LIMITED, and a secondary limit whose retry-after is an hour.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/sources/github/collect.js';
import type { World } from '../../src/world/types.js';
import { startSimulator, type Fault, type Simulator } from '../simulator/server.js';
import { collectFrom, exampleWorld, windowOf } from './helpers.js';

const world = exampleWorld();
const window = windowOf(world, 28);
const options = { sources: ['workflow:deploy.yml', 'environment:production'], retryDelaySeconds: 0.01 };
const TIME = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ';

let sim: Simulator;
let baseline: World;

beforeAll(async () => {
  sim = await startSimulator({ world });
  baseline = (await collectFrom(sim, world, window, options)).world;
});
afterAll(() => sim.close());

async function outcome(faults: Fault[], overrides = {}) {
  sim.injectFaults(faults);
  const lines: string[] = [];
  const started = Date.now();
  try {
    const result = await collectFrom(sim, world, window, {
      ...options,
      log: (line) => lines.push(line),
      ...overrides,
    });
    return { result: result.world as World | Error, lines, took: Date.now() - started };
  } catch (error) {
    return { result: error as Error, lines, took: Date.now() - started };
  } finally {
    sim.clearFaults();
  }
}

describe("GraphQL RATE_LIMIT (GitHub's other spelling of RATE_LIMITED)", () => {
  it('one that resets in a second is waited out, on github.com and on GHES roots', async () => {
    for (const apiUrl of [sim.url, `${sim.url}/api/v3`]) {
      const { result, lines } = await outcome(
        [{ type: 'graphql-rate-limited', errorType: 'RATE_LIMIT', resetAfter: 1 }],
        { apiUrl },
      );
      expect(result, apiUrl).toEqual(baseline);
      expect(lines.join('\n')).toMatch(
        new RegExp(`GraphQL rate limit reached; waiting until ${TIME} \\(in [12] seconds?\\)`),
      );
    }
  });

  it('one that resets in an hour stops at once with the time it resets', async () => {
    const { result, took } = await outcome([
      { type: 'graphql-rate-limited', errorType: 'RATE_LIMIT', resetAfter: 3600 },
    ]);
    expect(result).toBeInstanceOf(GitHubError);
    expect((result as Error).message).toMatch(
      new RegExp(
        `^GitHub's GraphQL rate limit is exhausted; it resets at ${TIME} \\(in 60 minutes\\), past the 300 s a run waits \\(DORA_RATE_LIMIT_WAIT\\): run again after the reset$`,
      ),
    );
    expect(took).toBeLessThan(3000);
  });
});

describe('the secondary rate limit', () => {
  it('a retry-after of an hour says the hour, at once, not "a few minutes"', async () => {
    const { result, took } = await outcome([{ type: 'secondary-rate-limit', retryAfter: 3600 }]);
    expect(result).toBeInstanceOf(GitHubError);
    const message = (result as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^GitHub's secondary rate limit stopped the reading of the repository in acme/shop; it lifts at ${TIME} \\(in 60 minutes\\), past the 300 s a run waits \\(DORA_RATE_LIMIT_WAIT\\): run again after that$`,
      ),
    );
    const lifts = Date.parse(new RegExp(`(${TIME})`).exec(message)![1]);
    expect(Math.abs(lifts - (Date.now() + 3600_000))).toBeLessThan(5000);
    expect(message).not.toMatch(/few minutes/);
    expect(took).toBeLessThan(3000);
    console.log(`secondary, retry-after 3600: ${message} (${took} ms)`);
  });

  it('a wait within the budget is waited out, with the time in the log', async () => {
    const { result, lines, took } = await outcome([{ type: 'secondary-rate-limit', retryAfter: 2 }]);
    expect(result).toEqual(baseline);
    expect(lines.join('\n')).toMatch(
      new RegExp(`secondary rate limit; waiting until ${TIME} \\(in 2 seconds\\)`),
    );
    expect(took).toBeGreaterThanOrEqual(2000);
  });

  it('the budget is DORA_RATE_LIMIT_WAIT: a wait longer than it is not waited', async () => {
    const { result, took } = await outcome([{ type: 'secondary-rate-limit', retryAfter: 2 }], {
      env: { DORA_RATE_LIMIT_WAIT: '1' },
    });
    expect((result as Error).message).toMatch(
      new RegExp(
        `secondary rate limit stopped .*; it lifts at ${TIME} \\(in 2 seconds\\), past the 1 s a run waits \\(DORA_RATE_LIMIT_WAIT\\): run again after that$`,
      ),
    );
    expect(took).toBeLessThan(2000);
  });
});
