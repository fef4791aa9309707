// GitHub's published GraphQL schema, built once per process (the introspection JSON is ~5 MB),
// and GitHub's rule for what a query costs.
import { schema as published } from '@octokit/graphql-schema';
import {
  buildClientSchema,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

let built: GraphQLSchema | null = null;

export function githubSchema(): GraphQLSchema {
  built ??= buildClientSchema(published.json as unknown as IntrospectionQuery);
  return built;
}

function argumentValue(value: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!value) return null;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

function booleanValue(value: ValueNode | undefined, variables: Record<string, unknown>): boolean | null {
  if (!value) return null;
  if (value.kind === Kind.BOOLEAN) return value.value;
  if (value.kind === Kind.VARIABLE) return variables[value.name.value] === true;
  return null;
}

/** Fields left out by `@include(if: false)` or `@skip(if: true)` are not fetched, so cost nothing. */
function included(selection: SelectionNode, variables: Record<string, unknown>): boolean {
  for (const directive of selection.directives ?? []) {
    const condition = booleanValue(directive.arguments?.find((a) => a.name.value === 'if')?.value, variables);
    if (directive.name.value === 'include' && condition === false) return false;
    if (directive.name.value === 'skip' && condition === true) return false;
  }
  return true;
}

/**
 * GitHub's rule: add up the requests each connection would need if every `first`/`last` were
 * filled (a nested connection needs one request per node of its parent), divide by 100 and
 * round; a query costs at least 1 point.
 * https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api
 */
export function queryCost(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  let requests = 0;
  const walk = (set: SelectionSetNode | undefined, multiplier: number): void => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, variables)) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        walk(fragments.get(selection.name.value)?.selectionSet, multiplier);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, multiplier);
      } else {
        const args = selection.arguments ?? [];
        const limit =
          argumentValue(args.find((a) => a.name.value === 'first')?.value, variables) ??
          argumentValue(args.find((a) => a.name.value === 'last')?.value, variables);
        if (limit === null) {
          walk(selection.selectionSet, multiplier);
        } else {
          requests += multiplier;
          walk(selection.selectionSet, multiplier * limit);
        }
      }
    }
  };
  walk(operation.selectionSet, 1);
  return Math.max(1, Math.round(requests / 100));
}
