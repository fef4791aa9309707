// The world's shape is checked by a function compiled for it (validate.ts); the walk that names
// the place of a mistake must agree with it on every value, valid or not.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { UserError } from '../../src/errors.js';
import { compileShape, validateShape, walkShape } from '../../src/world/validate.js';
import { WORLD } from '../../src/world/world-shape.js';
import { Random } from '../../scripts/lib/random.js';

/** The example world, three records of each list: every field kind the shape has, kept small. */
const example = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync('examples/world.json', 'utf8')) as Record<string, unknown>).map(
    ([key, value]) => [key, Array.isArray(value) ? value.slice(0, 3) : value],
  ),
);

/** Every place in the value: [parent, key] pairs, lists and objects alike. */
function places(value: unknown, out: [Record<string | number, unknown>, string | number][] = []) {
  if (typeof value !== 'object' || value === null) return out;
  const record = value as Record<string | number, unknown>;
  for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    out.push([record, key]);
    places(record[key], out);
  }
  return out;
}

const WRONG_VALUES: unknown[] = [null, 7, -1, 1.5, '', 'x', 'yesterday', true, [], {}, [{}], undefined];

function walkVerdict(value: unknown): boolean {
  try {
    walkShape(value, WORLD, 'w.json');
    return true;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return false;
  }
}

describe('the compiled world check', () => {
  const check = compileShape(WORLD);

  it('accepts the example world, as the walk does', () => {
    expect(check(example)).toBe(true);
    expect(walkVerdict(example)).toBe(true);
  });

  it('agrees with the walk on 2,000 worlds with one value replaced or removed', () => {
    const rng = new Random(12);
    let refused = 0;
    for (let n = 0; n < 2000; n++) {
      const world = structuredClone(example);
      const all = places(world);
      const [parent, key] = rng.pick(all);
      const wrong = rng.pick(WRONG_VALUES);
      if (wrong === undefined && !Array.isArray(parent)) delete parent[key];
      else parent[key] = structuredClone(wrong);
      const verdict = walkVerdict(world);
      expect(check(world), JSON.stringify([key, wrong])).toBe(verdict);
      if (!verdict) {
        refused += 1;
        // validateShape names the place with the walk's own message.
        expect(() => validateShape(world, WORLD, 'w.json')).toThrow(UserError);
      }
    }
    // Most replacements break the shape; some (a title that stays a string) do not.
    expect(refused).toBeGreaterThan(1000);
    expect(refused).toBeLessThan(2000);
  });

  it('refuses what is not an object at the top', () => {
    for (const value of [null, [], 'world', 1]) expect(check(value)).toBe(false);
  });
});
