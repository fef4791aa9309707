// schema/world.schema.json, generated from the world's shape (src/world/world-shape.ts): the
// shape the reader checks and the TypeScript types come from. `npm run schema` writes it;
// test/world/schema.test.ts fails when the committed file differs from a fresh generation.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import type { Leaf, SchemaFragment } from '../../src/world/world-checks.js';
import { WORLD, type Field, type List, type Shape } from '../../src/world/world-shape.js';

type Json = { [key: string]: unknown };

export const WORLD_SCHEMA_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../schema/world.schema.json',
);

const HEADER = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'world.schema.json',
  $comment: 'Generated from src/world/world-shape.ts by `npm run schema`: edit the shape, not this file.',
  title: 'Repository history snapshot (world file)',
  description:
    "A repository's history as one JSON document: the input of dora-report --from-file and the output of --export-world. " +
    "Field names follow GitHub's GraphQL API where one exists. Every list may be empty or missing (missing means empty); " +
    'readers ignore unknown fields.',
};

/** The world's shape as a JSON Schema (draft 2020-12) object. */
export function worldSchema(): Json {
  const defs = new Map<string, Json>();

  // A named leaf or shape is written once under $defs (in the order first met) and referred to.
  function named(name: string | undefined, write: () => Json): Json {
    if (name === undefined) return write();
    if (!defs.has(name)) {
      defs.set(name, {}); // reserved: keeps the first writer's place and stops a loop
      defs.set(name, write());
    }
    return { $ref: `#/$defs/${name}` };
  }

  function fragment(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(fragment);
    if (typeof value !== 'object' || value === null) return value;
    if ((value as Leaf).kind === 'leaf') return leaf(value as Leaf);
    return Object.fromEntries(Object.entries(value as SchemaFragment).map(([k, v]) => [k, fragment(v)]));
  }

  const leaf = (of: Leaf): Json => named(of.def, () => fragment(of.schema) as Json);

  function type(of: Field['type']): Json {
    if (of.kind === 'leaf') return leaf(of);
    if (of.kind === 'list') return list(of);
    return shape(of);
  }

  const list = (of: List): Json => ({ type: 'array', items: type(of.items) });

  function shape(of: Shape): Json {
    return named(of.def, () => object(of));
  }

  function object(of: Shape): Json {
    const required = of.fields.filter((f) => f.required).map((f) => f.key);
    const properties = Object.fromEntries(
      of.fields.map((f) => [f.key, f.description === undefined ? type(f.type) : described(f)]),
    );
    return { type: 'object', ...(required.length ? { required } : {}), properties };
  }

  // Under 2020-12 a description may sit beside $ref.
  const described = (f: Field): Json => ({ description: f.description, ...type(f.type) });

  const body = object(WORLD);
  return { ...HEADER, ...body, $defs: Object.fromEntries(defs) };
}

/** The text of schema/world.schema.json: the schema formatted as the project's Prettier does. */
export async function worldSchemaText(): Promise<string> {
  const options = await prettier.resolveConfig(WORLD_SCHEMA_PATH);
  return prettier.format(JSON.stringify(worldSchema(), null, 2), { ...options, filepath: WORLD_SCHEMA_PATH });
}
