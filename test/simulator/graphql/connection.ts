// GitHub's cursor pagination for every connection the simulator serves, with GitHub's limits:
// `first` or `last` is required and at most 100.

/** An error GitHub reports with a `type` (NOT_FOUND, FORBIDDEN, ...) beside its message. */
export class TypedError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const PREFIX = 'cursor:v2:';

export function encodeCursor(index: number): string {
  return Buffer.from(`${PREFIX}${index}`).toString('base64');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const index = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isInteger(index) || index < 0) {
    throw new TypedError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
  }
  return index;
}

function checkLimits(args: ConnectionArgs, name: string): void {
  if (args.first == null && args.last == null) {
    throw new TypedError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  }
  for (const key of ['first', 'last'] as const) {
    const value = args[key];
    if (value != null && (value > 100 || value < 0)) {
      throw new TypedError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${key}\` limit of 100 records.`,
      );
    }
  }
}

/**
 * One page of `items`, each turned into a GraphQL object by `view` (only the page's items are);
 * `edges` and `nodes` are built only when the query asks for them.
 */
export function paginate<T>(
  items: readonly T[],
  args: ConnectionArgs,
  name: string,
  view: (item: T) => unknown = (item) => item,
): object {
  checkLimits(args, name);
  let start = args.after ? decodeCursor(args.after) + 1 : 0;
  let end = args.before ? Math.min(decodeCursor(args.before), items.length) : items.length;
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  const slice = items.slice(start, end).map(view);
  return {
    totalCount: items.length,
    nodes: () => slice,
    edges: () => slice.map((node, i) => ({ node, cursor: encodeCursor(start + i) })),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length > 0 ? encodeCursor(start) : null,
      endCursor: slice.length > 0 ? encodeCursor(end - 1) : null,
    },
  };
}
