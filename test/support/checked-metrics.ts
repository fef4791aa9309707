// Runs the metrics engine on a hand-made world after checking the world against the project's
// schema (schema/world.schema.json), so that no test passes on a world a reader would reject.
import { computeMetrics, type MetricsOptions } from '../../src/metrics/index.js';
import type { MetricsReport } from '../../src/metrics/types.js';
import type { World } from '../../src/world/types.js';
import { assertValidWorld } from './schema.js';
import type { WorldBuilder } from './world-builder.js';

export async function assertWorld(world: World): Promise<void> {
  assertValidWorld(world);
}

/** Validates the world, then computes its metrics (default window: 30 days to generatedAt). */
export async function metricsOf(
  input: World | WorldBuilder,
  options: MetricsOptions = {},
): Promise<MetricsReport> {
  const world = 'build' in input ? input.build() : input;
  await assertWorld(world);
  return computeMetrics(world, { days: 30, ...options });
}
