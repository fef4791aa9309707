// A world file that lists one record twice (two pull requests numbered 12, a tag twice)
// would count it twice — two deployments, two changes. It is refused at the second, by JSON path.
import { UserError } from '../errors.js';
import type { World } from './types.js';
import { describe } from './world-error.js';

/** Each list of records and the field that names a record in it (GitHub's own identity). */
const KEYS = [
  ['commits', 'sha'],
  ['pullRequests', 'number'],
  ['deployments', 'id'],
  ['releases', 'tagName'],
  ['tags', 'name'],
  ['workflowRuns', 'id'],
  ['issues', 'number'],
] as const;

/** Throws a one-line UserError at the first record whose key an earlier record of its list has. */
export function refuseDuplicates(world: World, origin: string): void {
  for (const [list, key] of KEYS) {
    const records = world[list] as readonly Record<string, unknown>[] | undefined;
    if (records === undefined) continue;
    const first = new Map<unknown, number>();
    for (let i = 0; i < records.length; i++) {
      const value = records[i][key];
      const earlier = first.get(value);
      if (earlier !== undefined) {
        throw new UserError(
          `${origin}: ${list}[${i}].${key}: ${describe(value)} repeats ${list}[${earlier}]; expected each record once`,
        );
      }
      first.set(value, i);
    }
  }
}
