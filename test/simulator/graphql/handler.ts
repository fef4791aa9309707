// POST /graphql: parse, validate against GitHub's schema, charge the query's cost, execute.
// A query GitHub would reject is rejected here too, with GitHub's error shape.
import {
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import type { SimState } from '../state.js';
import { TypedError } from './connection.js';
import { rootValue } from './resolvers.js';
import { githubSchema, queryCost } from './schema.js';

export interface GraphQLReply {
  status: number;
  body: unknown;
}

interface Prepared {
  document?: DocumentNode;
  errors?: object[];
}

const prepared = new Map<string, Prepared>();

function formatError(error: GraphQLError): object {
  const original = error.originalError;
  const shaped: Record<string, unknown> = {};
  if (original instanceof TypedError) shaped.type = original.type;
  if (error.path) shaped.path = error.path;
  if (error.locations) shaped.locations = error.locations;
  if (error.extensions && Object.keys(error.extensions).length > 0) shaped.extensions = error.extensions;
  shaped.message = error.message;
  return shaped;
}

/** Parsing and validation depend only on the text, so each distinct query is checked once. */
function prepare(query: string): Prepared {
  const hit = prepared.get(query);
  if (hit) return hit;
  let result: Prepared;
  try {
    const document = parse(query);
    const errors = validate(githubSchema(), document);
    result = errors.length > 0 ? { errors: errors.map(formatError) } : { document };
  } catch (error) {
    result = { errors: [formatError(error as GraphQLError)] };
  }
  if (prepared.size > 500) prepared.clear();
  prepared.set(query, result);
  return result;
}

function pickOperation(document: DocumentNode, name?: string): OperationDefinitionNode | undefined {
  return document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === 'OperationDefinition' && (!name || d.name?.value === name),
  );
}

export async function handleGraphQL(sim: SimState, body: unknown): Promise<GraphQLReply> {
  const request = (body ?? {}) as { query?: unknown; variables?: unknown; operationName?: string };
  if (typeof request.query !== 'string') {
    return {
      status: 200,
      body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
    };
  }
  const { document, errors } = prepare(request.query);
  if (!document) return { status: 200, body: { errors } };
  const operation = pickOperation(document, request.operationName);
  if (!operation || operation.operation !== 'query') {
    return { status: 200, body: { errors: [{ message: 'The simulator answers queries only.' }] } };
  }
  const variables = (request.variables ?? {}) as Record<string, unknown>;
  const cost = queryCost(document, operation, variables);
  if (!sim.spend('graphql', cost)) {
    const message = 'API rate limit already exceeded for user ID 1.';
    return { status: 200, body: { errors: [{ type: 'RATE_LIMITED', message }] } };
  }
  const result = (await execute({
    schema: githubSchema(),
    document,
    operationName: request.operationName,
    rootValue: rootValue(sim),
    contextValue: { sim, cost },
    variableValues: variables,
  })) as ExecutionResult;
  const reply: Record<string, unknown> = { data: result.data ?? null };
  if (result.errors?.length) reply.errors = result.errors.map(formatError);
  return { status: 200, body: reply };
}
