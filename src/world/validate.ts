// Walks a parsed world against WORLD (world-shape.ts) in place: no copy, no allocation per
// element. The path of the current value is kept on a stack of keys and list indexes and only
// turned into text ("pullRequests[3].mergedAt") when something is wrong.
import { UserError } from '../errors.js';
import { describe } from './world-error.js';
import type { Leaf } from './world-checks.js';
import type { Field, List, Shape } from './world-shape.js';

type Trail = (string | number)[];

function formatTrail(trail: Trail): string {
  let text = '';
  for (const step of trail) text += typeof step === 'number' ? `[${step}]` : text ? `.${step}` : step;
  return text || 'top level';
}

class Walker {
  private readonly trail: Trail = [];

  constructor(private readonly origin: string) {}

  fail(problem: string): never {
    throw new UserError(`${this.origin}: ${formatTrail(this.trail)}: ${problem}`);
  }

  object(value: unknown, shape: Shape): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(`${describe(value)} is not ${shape.expected}`);
    }
    const record = value as Record<string, unknown>;
    const fields = shape.fields;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f];
      const item = record[field.key];
      if (item === undefined) {
        if (field.required) this.missing(field);
        continue; // optional and absent: left absent (a missing list means empty)
      }
      this.trail.push(field.key);
      this.value(item, field.type);
      this.trail.pop();
    }
  }

  private value(value: unknown, type: Field['type']): void {
    if (type.kind === 'leaf') {
      if (!type.test(value)) this.wrong(value, type);
    } else if (type.kind === 'shape') {
      this.object(value, type);
    } else {
      this.list(value, type);
    }
  }

  private list(value: unknown, list: List): void {
    if (!Array.isArray(value)) this.fail(`${describe(value)} is not ${list.expected}`);
    const items = list.items;
    const trail = this.trail;
    const depth = trail.length;
    trail.push(0);
    if (items.kind === 'leaf') {
      for (let i = 0; i < value.length; i++) {
        if (!items.test(value[i])) {
          trail[depth] = i;
          this.wrong(value[i], items);
        }
      }
    } else {
      for (let i = 0; i < value.length; i++) {
        trail[depth] = i;
        this.object(value[i], items);
      }
    }
    trail.pop();
  }

  private wrong(value: unknown, type: Leaf): never {
    const expected = typeof value === 'string' ? (type.expectedOfString ?? type.expected) : type.expected;
    this.fail(`${describe(value)} is not ${expected}`);
  }

  private missing(field: Field): never {
    this.trail.push(field.key);
    this.fail(`missing; expected ${field.type.expected}`);
  }
}

/** Throws a one-line UserError at the first value that breaks the shape. */
export function validateShape(value: unknown, shape: Shape, origin: string): void {
  new Walker(origin).object(value, shape);
}
