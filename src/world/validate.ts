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

/**
 * Throws a one-line UserError at the first value that breaks the shape. A check compiled for the
 * shape says whether the value is valid; only an invalid one is walked again, to name the place.
 */
export function validateShape(value: unknown, shape: Shape, origin: string): void {
  if (compiled(shape)(value)) return;
  walkShape(value, shape, origin);
  throw new Error(`validateShape: the compiled check and the walk disagree on ${origin}`);
}

/** The walk alone: what the compiled check must agree with (test/world/compiled-check.test.ts). */
export function walkShape(value: unknown, shape: Shape, origin: string): void {
  new Walker(origin).object(value, shape);
}

type Check = (value: unknown) => boolean;

const compiledChecks = new WeakMap<Shape, Check>();

function compiled(shape: Shape): Check {
  let check = compiledChecks.get(shape);
  if (check === undefined) {
    check = compileShape(shape);
    compiledChecks.set(shape, check);
  }
  return check;
}

/**
 * The Walker's verdict without its trail, as one function per shape and per list written out for
 * this shape: every call site then sees one kind of value and V8 inlines the leaf tests (the
 * generic walk was a tenth of a 50,000-pull-request run). The text is built from the shape's own
 * keys (written with JSON.stringify) and nothing from the file.
 */
export function compileShape(root: Shape): Check {
  const tests: Leaf['test'][] = [];
  const names = new Map<Shape | List, string>();
  const functions: string[] = [];
  const leafName = (leaf: Leaf): string => {
    let at = tests.indexOf(leaf.test);
    if (at < 0) at = tests.push(leaf.test) - 1;
    return `t[${at}]`;
  };
  const name = (type: Field['type']): string => {
    if (type.kind === 'leaf') return leafName(type);
    const known = names.get(type);
    if (known !== undefined) return known;
    const own = `f${names.size}`;
    names.set(type, own);
    if (type.kind === 'list') {
      const item = name(type.items);
      functions.push(
        `function ${own}(a) { if (!Array.isArray(a)) return false; ` +
          `for (let i = 0; i < a.length; i++) if (!${item}(a[i])) return false; return true; }`,
      );
    } else {
      const lines = [
        `function ${own}(v) {`,
        `if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;`,
        'let x;',
      ];
      for (const field of type.fields) {
        const check = name(field.type);
        lines.push(
          `x = v[${JSON.stringify(field.key)}];`,
          field.required
            ? `if (x === undefined || !${check}(x)) return false;`
            : `if (x !== undefined && !${check}(x)) return false;`,
        );
      }
      lines.push('return true; }');
      functions.push(lines.join('\n'));
    }
    return own;
  };
  const top = name(root);
  return new Function('t', `'use strict';\n${functions.join('\n')}\nreturn ${top};`)(tests) as Check;
}
