// One definition of the world (src/world/world-shape.ts): schema/world.schema.json is generated
// from it and must be committed as generated; the reader and ajv on that schema refuse the same
// broken fields; the TypeScript types inferred from it are the ones the code relies on.
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { WORLD_SCHEMA_PATH, worldSchema, worldSchemaText } from '../../scripts/lib/world-schema.js';
import { UserError } from '../../src/errors.js';
import { parseWorld } from '../../src/world/read.js';
import type { DeploymentState, World, WorldCommit, WorldPullRequest } from '../../src/world/types.js';
import { WORLD, type Shape } from '../../src/world/world-shape.js';
import { exampleWorldPath, isValidWorld, schemaPath } from '../support/schema.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
const example = (): Loose => JSON.parse(readFileSync(exampleWorldPath, 'utf8'));

function readerAccepts(world: unknown): boolean {
  try {
    parseWorld(world, 'w.json');
    return true;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return false;
  }
}

describe('schema/world.schema.json', () => {
  it('is what `npm run schema` generates from src/world/world-shape.ts (run it after changing the shape)', async () => {
    expect(schemaPath).toBe(WORLD_SCHEMA_PATH);
    expect(readFileSync(WORLD_SCHEMA_PATH, 'utf8')).toBe(await worldSchemaText());
  });

  it('is draft 2020-12 and names the required fields of every object', () => {
    const schema = worldSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['schemaVersion', 'repository']);
    const defs = schema.$defs as Loose;
    expect(defs.commit.required).toEqual(['sha', 'authoredAt', 'committedAt']);
    expect(defs.sha).toEqual({ type: 'string', pattern: '^[0-9a-f]{40}$' });
    expect(defs.time).toEqual({ type: 'string', format: 'date-time' });
  });
});

/** Every field the example world holds: its path (keys and list indexes) and its definition. */
function fieldsOf(shape: Shape, value: Loose, path: (string | number)[] = []) {
  const found: { path: (string | number)[]; required: boolean }[] = [];
  for (const field of shape.fields) {
    const item = value[field.key];
    if (item === undefined) continue;
    const here = [...path, field.key];
    found.push({ path: here, required: field.required });
    const type = field.type;
    if (type.kind === 'shape') found.push(...fieldsOf(type, item, here));
    if (type.kind === 'list' && type.items.kind === 'shape' && item.length > 0) {
      found.push(...fieldsOf(type.items, item[0], [...here, 0]));
    }
  }
  return found;
}

describe('the reader and ajv, both from the one shape', () => {
  const fields = fieldsOf(WORLD, example());
  const at = (world: Loose, path: (string | number)[]) => {
    const parent = path.slice(0, -1).reduce((o, k) => o[k], world);
    return { parent, key: path[path.length - 1] };
  };

  it('cover every field of the shape in the example world', () => {
    const named = new Set(fields.map((f) => f.path.filter((k) => typeof k === 'string').join('.')));
    for (const key of ['pullRequests.reviews.state', 'deployments.statuses.createdAt', 'issues.closedAt']) {
      expect(named.has(key)).toBe(true);
    }
    expect(fields.length).toBeGreaterThan(70);
  });

  it.each([
    ['an object', {}],
    ['a number', 1.5],
    ['true', true],
  ])('both refuse %s in place of any field that is not an object', (_, wrong) => {
    for (const { path } of fields) {
      const world = example();
      const { parent, key } = at(world, path);
      if (typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key])) continue;
      if (typeof wrong === typeof parent[key]) continue; // a boolean field takes true
      parent[key] = wrong;
      expect([path.join('.'), readerAccepts(world)]).toEqual([path.join('.'), false]);
      expect([path.join('.'), isValidWorld(world)]).toEqual([path.join('.'), false]);
    }
  });

  it('both refuse a world without a required field and accept one without an optional field', () => {
    for (const { path, required } of fields) {
      const world = example();
      const { parent, key } = at(world, path);
      delete parent[key];
      expect([path.join('.'), readerAccepts(world), isValidWorld(world)]).toEqual([
        path.join('.'),
        !required,
        !required,
      ]);
    }
  });

  it('both accept unknown fields, which readers ignore', () => {
    const world = example();
    world.extra = 1;
    world.pullRequests[0].extra = { any: 'thing' };
    expect(readerAccepts(world)).toBe(true);
    expect(isValidWorld(world)).toBe(true);
  });
});

describe('the types inferred from the shape', () => {
  it('say what the schema says', () => {
    expectTypeOf<World['schemaVersion']>().toEqualTypeOf<1>();
    expectTypeOf<World['repository']>().toEqualTypeOf<{
      owner: string;
      name: string;
      defaultBranch: string;
    }>();
    expectTypeOf<World['commits']>().toEqualTypeOf<WorldCommit[] | undefined>();
    expectTypeOf<WorldPullRequest['state']>().toEqualTypeOf<'OPEN' | 'CLOSED' | 'MERGED'>();
    expectTypeOf<WorldPullRequest['mergedAt']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<WorldPullRequest['number']>().toEqualTypeOf<number>();
    expectTypeOf<WorldCommit['parents']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<DeploymentState>().toEqualTypeOf<
      'success' | 'failure' | 'error' | 'inactive' | 'in_progress' | 'queued' | 'pending'
    >();
  });
});
