// Pull request runs of the bundled Action: one sticky comment, created then updated in place;
// a fork's (or Dependabot's) read-only run comments nothing, succeeds and leaves a notice; a
// workflow without the permission to comment fails with a message that names it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, COMMENT_MARKER, fitComment } from '../../src/publish/comment.js';
import type { World, WorldPullRequest } from '../../src/world/types.js';
import { startSimulator, type Simulator } from '../simulator/server.js';
import { branchTip } from './branch.js';
import { ROOT, runAction, type ActionRun } from './run-action.js';
import { worldAt } from './world-at.js';

const DAY = '2026-10-31T00:00:00Z';
const world = worldAt(JSON.parse(readFileSync(join(ROOT, 'examples', 'world.json'), 'utf8')) as World, DAY);
// The latest pull request still open on that day.
const open = (world.pullRequests ?? []).filter((pr) => pr.state === 'OPEN').at(-1) as WorldPullRequest;

interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

async function commentsOn(sim: Simulator, number: number): Promise<Comment[]> {
  const response = await fetch(`${sim.url}/repos/acme/storefront/issues/${number}/comments?per_page=100`, {
    headers: { authorization: 'token test-token' },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Comment[];
}

/** The payload GitHub sends; `lines` replaces the size (all additions) so a test can see it in the comment. */
function pullRequestEvent(pr: WorldPullRequest, headRepo = 'acme/storefront', lines?: number) {
  return {
    action: 'synchronize',
    number: pr.number,
    pull_request: {
      number: pr.number,
      created_at: pr.createdAt,
      additions: lines ?? pr.additions,
      deletions: lines === undefined ? pr.deletions : 0,
      draft: pr.isDraft ?? false,
      head: { ref: pr.headRefName, repo: { full_name: headRepo } },
      base: { ref: 'main', repo: { full_name: 'acme/storefront' } },
    },
  };
}

function prRun(
  sim: Simulator,
  event: unknown,
  extra: { eventName?: string; env?: Record<string, string> } = {},
) {
  return runAction(sim, {
    inputs: { until: DAY },
    eventName: extra.eventName ?? 'pull_request',
    event,
    env: extra.env,
  });
}

function succeeded(run: ActionRun): void {
  expect(run.errors, run.stdout).toEqual([]);
  expect(run.code, run.stdout + run.stderr).toBe(0);
}

describe('pull request comments', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ world, installationToken: true });
    succeeded(await runAction(sim, { inputs: { until: DAY } })); // the Pages report the comment links to
  });
  afterAll(() => sim?.close());

  it('creates one comment with the marker, the table and the pull request in context', async () => {
    expect(open).toBeDefined();
    const tip = await branchTip(sim, 'gh-pages');
    const run = await prRun(sim, pullRequestEvent(open));
    succeeded(run);
    expect(await branchTip(sim, 'gh-pages')).toBe(tip); // a pull request's run publishes nothing
    const comments = await commentsOn(sim, open.number);
    expect(comments).toHaveLength(1);
    const [comment] = comments;
    expect(comment.user.login).toBe('github-actions[bot]');
    expect(comment.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment.body.length).toBeLessThan(COMMENT_LIMIT);
    expect(comment.body).toContain('| Metric | Now | Tier | Against before | Weekly |');
    // each metric links to its card in the report
    expect(comment.body).toMatch(
      /\| \[Deployment frequency\]\(https:\/\/acme\.github\.io\/storefront\/#metric-deploymentFrequency\) \| .+ \| (elite|high|medium|low) \|/,
    );
    expect(comment.body).toContain(`**This pull request (#${open.number})**`);
    expect(comment.body).toContain('[Full report](https://acme.github.io/storefront/)');
    expect(run.summary).toContain('| Metric | Value | Tier |');
    expect(run.outputs['report-url']).toBe('https://acme.github.io/storefront/');
  });

  it('updates that comment on the next run instead of adding one', async () => {
    const [before] = await commentsOn(sim, open.number);
    const run = await prRun(sim, pullRequestEvent(open, 'acme/storefront', 123_457));
    succeeded(run);
    expect(run.stdout).toContain(`Updated comment ${before.id}`);
    const comments = await commentsOn(sim, open.number);
    expect(comments.map((c) => c.id)).toEqual([before.id]);
    expect(comments[0].body).toContain('123,457');
    expect(comments[0].body).not.toBe(before.body);
  });

  it("comments nothing on a fork's pull request, and succeeds with a notice and the job summary", async () => {
    const before = await commentsOn(sim, open.number);
    const run = await prRun(sim, pullRequestEvent(open, 'someone/storefront', 999));
    succeeded(run);
    expect(run.notices.join('\n')).toMatch(/^::notice::Pull request #\d+ comes from a fork/m);
    expect(await commentsOn(sim, open.number)).toEqual(before);
    expect(run.summary).toContain('| Metric | Value | Tier |');
    expect(run.outputs['deployment-frequency-tier']).toMatch(/^(elite|high|medium|low)$/);
  });

  it("treats Dependabot's run like a fork's, and comments with pull_request_target", async () => {
    const before = await commentsOn(sim, open.number);
    const dependabot = await prRun(sim, pullRequestEvent(open, 'acme/storefront', 999), {
      env: { GITHUB_ACTOR: 'dependabot[bot]' },
    });
    succeeded(dependabot);
    expect(dependabot.notices.join('\n')).toContain('comes from Dependabot');
    expect(await commentsOn(sim, open.number)).toEqual(before);
    const target = await prRun(sim, pullRequestEvent(open, 'someone/storefront', 4242), {
      eventName: 'pull_request_target',
    });
    succeeded(target);
    const after = await commentsOn(sim, open.number);
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after[0].body).toContain('4,242');
  });

  it('comments nothing with comment: never', async () => {
    const before = await commentsOn(sim, open.number);
    const run = await runAction(sim, {
      inputs: { until: DAY, comment: 'never' },
      eventName: 'pull_request',
      event: pullRequestEvent(open, 'acme/storefront', 1),
    });
    succeeded(run);
    expect(await commentsOn(sim, open.number)).toEqual(before);
  });
});

describe('a personal token', () => {
  it('finds its own comment by the login GET /user gives', async () => {
    const sim = await startSimulator({ world, login: 'release-bot' });
    try {
      for (const lines of [10, 20])
        succeeded(await prRun(sim, pullRequestEvent(open, 'acme/storefront', lines)));
      const comments = await commentsOn(sim, open.number);
      expect(comments.map((c) => c.user.login)).toEqual(['release-bot']);
      expect(comments[0].body).toContain('20 lines changed');
    } finally {
      await sim.close();
    }
  });
});

describe("a GitHub App's installation token (actions/create-github-app-token)", () => {
  it('is refused GET /user, finds its login through GraphQL viewer, and keeps one comment over two pushes', async () => {
    const sim = await startSimulator({ world, installationToken: true, login: 'my-app[bot]' });
    try {
      const user = await fetch(`${sim.url}/user`, { headers: { authorization: 'token test-token' } });
      expect(user.status).toBe(403); // as GitHub answers an installation token
      const first = await prRun(sim, pullRequestEvent(open, 'acme/storefront', 10));
      succeeded(first);
      expect(first.stdout).toMatch(/Created comment \d+/);
      const second = await prRun(sim, pullRequestEvent(open, 'acme/storefront', 20));
      succeeded(second);
      const comments = await commentsOn(sim, open.number);
      expect(comments.map((c) => c.user.login)).toEqual(['my-app[bot]']);
      expect(second.stdout).toContain(`Updated comment ${comments[0].id}`);
      expect(comments[0].body).toContain('20 lines changed');
    } finally {
      await sim.close();
    }
  });
});

describe("a GitHub App's token on GitHub Enterprise Server's API root", () => {
  it('finds its login through /api/graphql, derived from /api/v3, and keeps one comment', async () => {
    const sim = await startSimulator({ world, installationToken: true, login: 'my-app[bot]' });
    try {
      const env = { GITHUB_SERVER_URL: sim.url, GITHUB_API_URL: `${sim.url}/api/v3`, GITHUB_GRAPHQL_URL: '' };
      for (const lines of [30, 40]) {
        succeeded(await prRun(sim, pullRequestEvent(open, 'acme/storefront', lines), { env }));
      }
      const comments = await commentsOn(sim, open.number);
      expect(comments.map((c) => c.user.login)).toEqual(['my-app[bot]']);
      expect(comments[0].body).toContain('40 lines changed');
    } finally {
      await sim.close();
    }
  });
});

describe('comment: always on a push', () => {
  // The latest merge into main on that day: the push that merge made.
  const history = new Set((world.commits ?? []).map((c) => c.sha));
  const merged = (world.pullRequests ?? [])
    .filter((pr) => pr.state === 'MERGED' && pr.mergeCommitSha && history.has(pr.mergeCommitSha))
    .sort((a, b) => ((a.mergedAt ?? '') < (b.mergedAt ?? '') ? -1 : 1))
    .at(-1) as WorldPullRequest;
  const push = (after: string) => ({ ref: 'refs/heads/main', before: '0'.repeat(39) + '1', after });

  it('comments on the pull request the pushed commit came from, and still publishes', async () => {
    expect(merged).toBeDefined();
    const sim = await startSimulator({ world, installationToken: true });
    try {
      const auto = await runAction(sim, {
        inputs: { until: DAY },
        eventName: 'push',
        event: push(merged.mergeCommitSha as string),
      });
      succeeded(auto);
      expect(await commentsOn(sim, merged.number)).toEqual([]); // auto: pull request events only
      expect(await branchTip(sim, 'gh-pages')).toBeTruthy(); // a push publishes
      const always = await runAction(sim, {
        inputs: { until: DAY, comment: 'always' },
        eventName: 'push',
        event: push(merged.mergeCommitSha as string),
      });
      succeeded(always);
      const comments = await commentsOn(sim, merged.number);
      expect(comments).toHaveLength(1);
      expect(comments[0].body.startsWith(COMMENT_MARKER)).toBe(true);
      expect(comments[0].body).toContain(`**This pull request (#${merged.number})**`);
      expect(always.stdout).toContain(`Created comment ${comments[0].id} on #${merged.number}`);
      // a commit no pull request holds: no comment, and the run succeeds
      const loose = (world.commits ?? []).find(
        (c) => !(world.pullRequests ?? []).some((pr) => pr.mergeCommitSha === c.sha),
      );
      expect(loose).toBeDefined();
      const run = await runAction(sim, {
        inputs: { until: DAY, comment: 'always' },
        eventName: 'push',
        event: push(loose!.sha),
      });
      succeeded(run);
      expect(run.stdout).toContain(`No pull request holds the pushed commit ${loose!.sha.slice(0, 7)}`);
    } finally {
      await sim.close();
    }
  });
});

describe('a comment whose answer is lost', () => {
  // The run's own pull request, comment-free in a fresh simulator.
  const faults = [
    // GitHub makes the comment, and the connection drops before its answer.
    { type: 'reset-after', method: 'POST', path: `/issues/${open.number}/comments` },
    // GitHub answers 502 without making it, twice.
    { type: 'status', status: 502, method: 'POST', path: `/issues/${open.number}/comments`, count: 2 },
  ] as const;
  for (const fault of faults) {
    it(`keeps one comment after a POST that ended in ${fault.type === 'status' ? '502' : 'a reset'}`, async () => {
      const sim = await startSimulator({ world, installationToken: true });
      try {
        sim.injectFaults([{ ...fault }]);
        const run = await prRun(sim, pullRequestEvent(open), { env: { DORA_RETRY_DELAY: '0.05' } });
        succeeded(run);
        const comments = await commentsOn(sim, open.number);
        expect(comments).toHaveLength(1);
        expect(comments[0].body.startsWith(COMMENT_MARKER)).toBe(true);
        expect(run.stdout).toContain(`Created comment ${comments[0].id} on #${open.number}`);
      } finally {
        await sim.close();
      }
    });
  }
});

describe('a workflow that may not comment', () => {
  it('fails naming pull-requests: write, after the summary and the outputs', async () => {
    const sim = await startSimulator({
      world,
      installationToken: true,
      readOnly: ['issues', 'pull-requests'],
    });
    try {
      const run = await prRun(sim, pullRequestEvent(open));
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(
        /^::error::commenting on pull request #\d+ in acme\/storefront was refused \(403 Resource not accessible by integration\); the workflow needs "permissions: pull-requests: write"$/,
      );
      expect(run.summary).toContain('| Metric | Value | Tier |');
      expect(run.outputs['report-dir']).toBeTruthy();
      expect(await commentsOn(sim, open.number)).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});

describe('the comment limit', () => {
  it("cuts a body over GitHub's 65,536 characters, keeping the marker", () => {
    const body = fitComment(`| row |\n`.repeat(20_000));
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/cut to fit GitHub’s comment limit/);
    expect(fitComment('short')).toBe(`${COMMENT_MARKER}\nshort`);
  });
});
