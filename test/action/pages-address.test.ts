// Where the report is served, as GitHub says (GET /repos/{owner}/{repo}/pages), on GitHub
// Enterprise Server's API root (/api/v3) too, where no address can be built by hand; the built
// github.io address only when GitHub refuses to say. And `publish: artifact`: the history comes
// from the history.json the deployed site serves, so the trend grows as on the branch route.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { World } from '../../src/world/types.js';
import { startSimulator, type Simulator, type SimOptions } from '../simulator/server.js';
import { ROOT, runAction, type ActionRun } from './run-action.js';
import { worldAt } from './world-at.js';

const DAY1 = '2026-10-30T00:00:00Z';
const DAY2 = '2026-10-31T00:00:00Z';
const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'world.json'), 'utf8')) as World;

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function succeeded(run: ActionRun): void {
  expect(run.errors, run.stdout).toEqual([]);
  expect(run.code, run.stdout + run.stderr).toBe(0);
}

async function simulate(options: Omit<SimOptions, 'world'> = {}): Promise<Simulator> {
  sim = await startSimulator({ world: worldAt(example, DAY1), installationToken: true, ...options });
  return sim;
}

/** The runner's environment on GitHub Enterprise Server: the API below /api/v3, GraphQL at /api/graphql. */
function ghes(s: Simulator): Record<string, string> {
  return {
    GITHUB_SERVER_URL: s.url,
    GITHUB_API_URL: `${s.url}/api/v3`,
    GITHUB_GRAPHQL_URL: `${s.url}/api/graphql`,
  };
}

function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

function historyDates(run: ActionRun): string[] {
  const text = readFileSync(join(run.outputs['report-dir'], 'history.json'), 'utf8');
  return (JSON.parse(text) as { entries: { date: string }[] }).entries.map((e) => e.date);
}

describe('the report address on GitHub Enterprise Server', () => {
  it('is the one GET /pages gives, once Pages serves the branch; empty before, never guessed', async () => {
    const s = await simulate();
    const first = await runAction(s, { inputs: { until: DAY1, 'pages-path': 'metrics' }, env: ghes(s) });
    succeeded(first);
    expect(first.outputs['report-url']).toBe(''); // no site yet, and GHES's addresses are not guessed
    s.setWorld(worldAt(example, DAY2));
    const second = await runAction(s, { inputs: { until: DAY2, 'pages-path': 'metrics' }, env: ghes(s) });
    succeeded(second);
    const url = `${s.url}/pages/acme/storefront/metrics/`;
    expect(second.outputs['report-url']).toBe(url);
    expect(second.summary).toContain(`[The full report](${url})`);
    // and the report is there
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/^<!doctype html>/i);
  });
});

describe('the report address on github.com', () => {
  it('falls back to OWNER.github.io/REPO when the token may not read the Pages settings', async () => {
    const s = await simulate({ deny: ['pages'] });
    for (const until of [DAY1, DAY2]) {
      s.setWorld(worldAt(example, until));
      const run = await runAction(s, { inputs: { until } });
      succeeded(run);
      expect(run.outputs['report-url']).toBe('https://acme.github.io/storefront/');
    }
  });
});

describe('publish: artifact', () => {
  it("reads the history from the deployed site's history.json, so the trend grows run by run", async () => {
    const s = await simulate({ pages: { build: 'workflow', address: 'served' } });
    const first = await runAction(s, { inputs: { until: DAY1, publish: 'artifact' } });
    succeeded(first);
    const url = `${s.url}/pages/acme/storefront/`;
    expect(first.outputs['report-url']).toBe(url);
    expect(historyDates(first)).toEqual(['2026-10-30']);
    s.deployPages(filesOf(first.outputs['report-dir'])); // actions/upload-pages-artifact + deploy-pages
    s.setWorld(worldAt(example, DAY2));
    const second = await runAction(s, { inputs: { until: DAY2, publish: 'artifact' } });
    succeeded(second);
    expect(second.stdout).toContain(`${url}history.json: 1 earlier runs`);
    expect(historyDates(second)).toEqual(['2026-10-30', '2026-10-31']);
    // two runs: each card draws its line over months
    expect(readFileSync(join(second.outputs['report-dir'], 'index.html'), 'utf8')).toContain(
      '<div class="monthly">',
    );
  });

  it('stops, naming the address and reset-history, when the site serves a history.json that is not one', async () => {
    const s = await simulate({ pages: { build: 'workflow', address: 'served' } });
    s.deployPages(new Map([['history.json', Buffer.from('<html>not a history</html>')]]));
    const run = await runAction(s, { inputs: { until: DAY1, publish: 'artifact' } });
    expect(run.code).toBe(1);
    expect(run.errors.join('\n')).toMatch(
      /^::error::http:\/\/127\.0\.0\.1:\d+\/pages\/acme\/storefront\/history\.json cannot be read: it is not JSON .*set reset-history: true to start a new history\)$/m,
    );
    const reset = await runAction(s, {
      inputs: { until: DAY1, publish: 'artifact', 'reset-history': 'true' },
    });
    succeeded(reset);
    expect(historyDates(reset)).toEqual(['2026-10-30']);
  });
});
