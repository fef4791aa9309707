// Target: the contextual figures for 10 services on the 50,000-pull-request world cost
// at most 2× the repository-level computeMetrics. The services are the generated world's ten
// code areas, by path (`src/cart/**` …), with targets, impact weights and a peak. Runs are
// interleaved and the best of each kept, so that a busy machine slows both alike.
// Run alone: `npx tsx scripts/bench/context.ts`.
import { pathToFileURL } from 'node:url';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { computeContext } from '../../src/context/index.js';
import { computeMetrics, runEngine } from '../../src/metrics/index.js';
import { generateWorld } from '../lib/generate-world.js';

export const BENCH_AREAS = [
  'cart',
  'checkout',
  'search',
  'catalog',
  'auth',
  'api',
  'billing',
  'admin',
  'orders',
  'emails',
];

export interface ContextBench {
  pullRequests: number;
  services: number;
  repositorySeconds: number;
  /** computeContext with the 10 services, impact weights and a peak (health and correlations too) */
  contextSeconds: number;
  ratio: number;
}

export function benchConfigText(areas: readonly string[] = BENCH_AREAS): string {
  const services = areas.map(
    (area) =>
      `  - name: ${area}\n    paths: ["src/${area}/**"]\n    targets: { deploymentsPerWeek: 10, leadTimeHours: 48, changeFailureRate: 0.15 }`,
  );
  return [
    'services:',
    ...services,
    'impact:',
    '  labels: { security: 5, regression: 3, bug: 2 }',
    'calendar:',
    '  peaks: [{ name: Autumn sale, start: 2026-10-01, end: 2026-10-10 }]',
    '',
  ].join('\n');
}

function seconds(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export function benchContext(options: { pullRequests?: number; runs?: number } = {}): ContextBench {
  const pullRequests = options.pullRequests ?? 50_000;
  const world = generateWorld({ pullRequests, seed: 1 });
  const config = parseContextConfig(benchConfigText(), null);
  const run = runEngine(world);
  let repositorySeconds = Infinity;
  let contextSeconds = Infinity;
  for (let i = 0; i < (options.runs ?? 5); i++) {
    repositorySeconds = Math.min(
      repositorySeconds,
      seconds(() => computeMetrics(world)),
    );
    contextSeconds = Math.min(
      contextSeconds,
      seconds(() => computeContext(run, config)),
    );
  }
  return {
    pullRequests,
    services: config.services.length,
    repositorySeconds,
    contextSeconds,
    ratio: contextSeconds / repositorySeconds,
  };
}

export function formatContextBench(b: ContextBench): string {
  return [
    `context on ${b.pullRequests} PRs (best of interleaved runs):`,
    `  computeMetrics ${b.repositorySeconds.toFixed(3)} s; computeContext with ${b.services} services ${b.contextSeconds.toFixed(3)} s`,
    `  ratio ${b.ratio.toFixed(2)}× (target ≤ 2×)`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatContextBench(benchContext()));
}
