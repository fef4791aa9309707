// Runs the metrics engine on a hand-made world after checking the world against the contract
// (../shared/world/world.schema.json), so that no test passes on a world a reader would reject.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeMetrics, type MetricsOptions } from '../../src/metrics/index.js';
import type { MetricsReport } from '../../src/metrics/types.js';
import type { World } from '../../src/world/types.js';
import type { WorldBuilder } from './world-builder.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let validator: ((world: unknown) => void) | undefined;

async function loadValidator(): Promise<(world: unknown) => void> {
  // Prefer the project's own helper when another helper has written it.
  const support = resolve(repoRoot, 'test/support/schema.ts');
  if (existsSync(support)) {
    const helper = (await import(support)) as { assertValidWorld: (value: unknown) => void };
    return (world) => helper.assertValidWorld(world);
  }
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const formats = await import('ajv-formats');
  // ajv-formats is CommonJS: Node puts its function at default.default, Vite's interop at default.
  type AddFormats = (ajv: InstanceType<typeof Ajv2020>) => unknown;
  const loaded = formats.default as unknown as AddFormats | { default: AddFormats };
  const addFormats = typeof loaded === 'function' ? loaded : loaded.default;
  const schemaPath = resolve(repoRoot, '../shared/world/world.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (world) => {
    if (!validate(world)) throw new Error(`world breaks the schema: ${ajv.errorsText(validate.errors)}`);
  };
}

export async function assertWorld(world: World): Promise<void> {
  validator ??= await loadValidator();
  validator(world);
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
