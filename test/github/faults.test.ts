// Under every fault the simulator can inject, a collection ends with the same world or with a
// clean GitHubError, never with a silent partial result; bad tokens and missing permissions give
// one-line messages that name what to fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/sources/github/collect.js';
import type { World } from '../../src/world/types.js';
import { startSimulator, type Fault, type Permission, type Simulator } from '../simulator/server.js';
import { collectFrom, exampleWorld, requestsOf, simStats, windowOf } from './helpers.js';

const world = exampleWorld();
const window = windowOf(world, 28);
// a REST listing (runs, issues) and GraphQL queries in one run; retries 10, 40 and 90 ms apart
// and a request cut off after 0.5 s, so that the faults below take a second, not minutes
const options = {
  sources: ['workflow:deploy.yml', 'environment:production'],
  retryDelaySeconds: 0.01,
  timeoutSeconds: 0.5,
};

let sim: Simulator;
let baseline: World;
let requests = 0;

beforeAll(async () => {
  sim = await startSimulator({ world });
  const before = requestsOf(await simStats(sim));
  baseline = (await collectFrom(sim, world, window, options)).world;
  requests = requestsOf(await simStats(sim)) - before;
});
afterAll(() => sim.close());

/** Faults that hit the request at `position` (1-based) of the next run. */
function at(position: number, fault: Fault): Fault[] {
  return position > 1 ? [{ type: 'slow', ms: 0, count: position - 1 }, fault] : [fault];
}

async function outcome(faults: Fault[]): Promise<World | GitHubError> {
  sim.injectFaults(faults);
  try {
    return (await collectFrom(sim, world, window, options)).world;
  } catch (error) {
    if (error instanceof GitHubError) return error;
    throw error;
  } finally {
    sim.clearFaults(); // nothing left over for the next case
  }
}

describe('faults', () => {
  it('the baseline run makes several requests, REST and GraphQL', () => {
    expect(requests).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ['a secondary rate limit (403, retry-after 1)', { type: 'secondary-rate-limit', retryAfter: 1 }],
    ['a 502', { type: 'status', status: 502 }],
    ['slow answers', { type: 'slow', ms: 300, count: 3 }],
    ['GraphQL RATE_LIMITED that resets in a second', { type: 'graphql-rate-limited', resetAfter: 1 }],
  ] as [string, Fault][])('%s: waits, retries and ends with the same world', async (_name, fault) => {
    for (const position of [1, 3]) expect(await outcome(at(position, fault))).toEqual(baseline);
  });

  it('GitHub Enterprise Server roots (/api/v3, /api/graphql): RATE_LIMITED is waited out there too', async () => {
    sim.injectFaults([{ type: 'graphql-rate-limited', resetAfter: 1 }]);
    const ghes = await collectFrom(sim, world, window, { ...options, apiUrl: `${sim.url}/api/v3` });
    expect(ghes.world).toEqual(baseline);
  });

  it('a failing request at any position stops the run with a GitHubError', async () => {
    for (let position = 1; position <= requests; position++) {
      const result = await outcome(at(position, { type: 'status', status: 403 }));
      expect(result, `request ${position}`).toBeInstanceOf(GitHubError);
      expect((result as GitHubError).message).toMatch(
        /^no access to .* \(403 Simulated 403\); the token needs "[a-z-]+: read"$/,
      );
    }
  });

  it('a transient 500 at any position is retried to the same world', async () => {
    for (let position = 1; position <= requests; position++) {
      expect(await outcome(at(position, { type: 'status', status: 500 })), `request ${position}`).toEqual(
        baseline,
      );
    }
  });

  it('502s that outlast the retries end in a GitHubError naming the status', async () => {
    const result = await outcome([{ type: 'status', status: 502, count: 6 }]);
    expect(result).toBeInstanceOf(GitHubError);
    expect((result as GitHubError).message).toMatch(/GitHub answered 502 .* even after retries/);
  });

  it('a secondary rate limit that does not lift ends in a GitHubError with the time it lifts', async () => {
    const result = await outcome([{ type: 'secondary-rate-limit', retryAfter: 1, count: 6 }]);
    expect((result as GitHubError).message).toMatch(
      /^GitHub's secondary rate limit stopped the reading of .* in acme\/shop; it lifts at \d{4}-\d\d-\d\dT[\d:]+Z \(in 1 second\): run again after that$/,
    );
  });

  it('GraphQL RATE_LIMITED with a reset an hour away ends in a GitHubError saying when it resets', async () => {
    const result = await outcome([{ type: 'graphql-rate-limited', resetAfter: 3600 }]);
    expect(result).toBeInstanceOf(GitHubError);
    expect((result as GitHubError).message).toMatch(
      /rate limit is exhausted; it resets at \d{4}-\d\d-\d\dT.*\(in 6\d minutes\)/,
    );
  });
});

describe('access', () => {
  it('401 without a token, and the message says where the token goes', async () => {
    await expect(collectFrom(sim, world, window, { token: '' })).rejects.toThrow(
      /GitHub rejected the token \(401 Requires authentication\).*--token or GITHUB_TOKEN/,
    );
  });

  it('401 for a wrong token, without repeating the token', async () => {
    const strict = await startSimulator({ world, token: 'the-right-one' });
    try {
      const error = await collectFrom(strict, world, window, { token: 'ghp_wrongSecret123' }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GitHubError);
      expect((error as Error).message).toMatch(/401 Bad credentials/);
      expect((error as Error).message).not.toContain('ghp_wrongSecret123');
    } finally {
      await strict.close();
    }
  });

  it('a repository the token cannot see', async () => {
    await expect(collectFrom(sim, world, window, { repo: 'acme/secret' })).rejects.toThrow(
      /acme\/secret: repository not found, or the token cannot see it/,
    );
  });

  it.each([
    ['deployments', 'environment:production', /no access to deployments .* needs "deployments: read"/],
    ['actions', 'workflow:deploy.yml', /no access to workflow runs .* needs "actions: read"/],
    ['issues', 'merges', /no access to issues .* needs "issues: read"/],
    ['pull-requests', 'merges', /no access to pull requests .* needs "pull-requests: read"/],
    ['contents', 'tags', /no access to tags .* needs "contents: read"/],
  ] as [Permission, string, RegExp][])(
    'without %s permission (source %s)',
    async (permission, source, message) => {
      const limited = await startSimulator({ world, deny: [permission] });
      try {
        await expect(collectFrom(limited, world, window, { sources: [source] })).rejects.toThrow(message);
      } finally {
        await limited.close();
      }
    },
  );

  it('an exhausted primary rate limit names its reset time', async () => {
    const small = await startSimulator({ world, rateLimit: 2 });
    try {
      await expect(collectFrom(small, world, window)).rejects.toThrow(
        /rate limit is exhausted; it resets at/,
      );
    } finally {
      await small.close();
    }
  });

  it('logs a line per phase and the totals, never the token', async () => {
    const lines: string[] = [];
    await collectFrom(sim, world, window, {
      ...options,
      token: 'ghp_secretToken42',
      log: (l) => lines.push(l),
    });
    expect(lines.some((l) => /^github: pull requests: \d+ pull requests \(\d+ requests?\)$/.test(l))).toBe(
      true,
    );
    expect(lines.some((l) => /^github: deployments: \d+ successful runs of deploy.yml/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^github: \d+ requests, \d+ rate-limit points$/);
    expect(lines.join('\n')).not.toContain('ghp_secretToken42');
  });
});
