// Checks worlds against the project's published schema, schema/world.schema.json, with ajv: an
// independent validator for the project's own reader and for every world a test builds.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const schemaPath = resolve(repoRoot, 'schema/world.schema.json');
/** A small valid world kept as data: four weeks of a team that deploys from its main branch. */
export const exampleWorldPath = resolve(repoRoot, 'test/fixtures/world-example.json');

type Validate = ((value: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};
let compiled: Validate | null = null;

function validator(): Validate {
  if (compiled === null) {
    const ajv = new Ajv2020.default({ allErrors: false, strict: true });
    addFormats.default(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8'))) as Validate;
  }
  return compiled;
}

/** Throws with ajv's first complaints when `world` breaks schema/world.schema.json. */
export function assertValidWorld(world: unknown): void {
  const validate = validator();
  if (validate(world)) return;
  const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  throw new Error(`world does not match schema/world.schema.json: ${problems.slice(0, 5).join('; ')}`);
}

/** ajv's verdict without throwing, for tests that compare it with the reader's. */
export function isValidWorld(world: unknown): boolean {
  return validator()(world);
}
