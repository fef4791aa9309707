// The simulator answers what GitHub answers: no field GitHub's schema declares non-null is served
// as null, whatever the world holds (commits off the default branch, releases without a tag,
// deleted accounts). Every object the simulator can serve under `repository` is walked against the
// schema the project validates its queries with (@octokit/graphql-schema).
import {
  getNamedType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { generateWorld } from '../../scripts/lib/generate-world.js';
import type { World } from '../../src/world/types.js';
import { rootValue } from '../simulator/graphql/resolvers.js';
import { githubSchema } from '../simulator/graphql/schema.js';
import { SimState } from '../simulator/state.js';
import { exampleWorld, withTagsOffBranch } from './helpers.js';

/** Arguments for every field that takes some: a full page, the tags, the default branch. */
function argsFor(world: World): Record<string, unknown> {
  return {
    first: 100,
    refPrefix: 'refs/tags/',
    qualifiedName: `refs/heads/${world.repository.defaultBranch}`,
    number: world.pullRequests?.[0]?.number ?? 1,
    oid: world.tags?.at(-1)?.sha,
  };
}

/** Paths (Type.field) of non-null fields served as null or undefined, walking `depth` levels. */
function nullsBelow(world: World): Set<string> {
  const schema = githubSchema();
  const sim = new SimState({ world });
  const root = rootValue(sim) as { repository: (a: object) => object };
  const args = argsFor(world);
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (value: unknown, type: GraphQLObjectType, depth: number): void => {
    const object = value as Record<string, unknown>;
    const id = typeof object.id === 'string' ? `${type.name}:${object.id}` : null;
    if (id) {
      if (seen.has(id)) return;
      seen.add(id);
    }
    const fields = type.getFields();
    for (const [key, raw] of Object.entries(object)) {
      const field: GraphQLField<unknown, unknown> | undefined = fields[key];
      if (!field) continue;
      const served = typeof raw === 'function' ? (raw as (a: object) => unknown)(args) : raw;
      if (served == null) {
        if (isNonNullType(field.type)) found.add(`${type.name}.${key}`);
        continue;
      }
      if (depth === 0) continue;
      const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
      const items = isListType(inner) ? (served as unknown[]) : [served];
      const named = getNamedType(field.type);
      for (const item of items) {
        if (item == null) continue;
        const concrete = isAbstractType(named)
          ? schema.getType((item as { __typename?: string }).__typename ?? '')
          : named;
        if (isObjectType(concrete)) walk(item, concrete, depth - 1);
      }
    }
  };
  const { owner, name } = world.repository;
  walk(root.repository({ owner, name }), schema.getType('Repository') as GraphQLObjectType, 6);
  return found;
}

describe('non-null fields of GitHub’s schema', () => {
  it.each([
    ['the example world', () => exampleWorld()],
    ['the example world with tags off the branch', () => withTagsOffBranch(exampleWorld(), 9, 56)],
    [
      'a generated world with tags off the branch',
      () => withTagsOffBranch(generateWorld({ pullRequests: 120, seed: 3, days: 90 }), 12, 80),
    ],
  ])('are never served null: %s', (_name, build) => {
    expect([...nullsBelow(build())]).toEqual([]);
  });
});
