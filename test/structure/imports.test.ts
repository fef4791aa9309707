// The folders show the pipeline (sources → world → metrics → translate → report → publish):
// no module imports one that imports it back, type-only imports included (a cycle of types is a
// cycle of meaning), and report/ never reaches into publish/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative import, export-from and dynamic import of a module, as module paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s*|import\s*\(\s*)['"](\.[^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
}

const graph = new Map(modules(SRC).map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(SRC, file);

function findCycle(): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe('the shape of src/', () => {
  it('resolves every relative import to a module', () => {
    const missing = [...graph].flatMap(([file, imports]) =>
      imports.filter((target) => !graph.has(target)).map((target) => `${name(file)} → ${name(target)}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(findCycle()?.map(name).join(' → ') ?? null).toBeNull();
  });

  it('report/ renders and never imports publish/ or action/; publish/ never imports action/', () => {
    const wrong = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => {
          const from = name(file);
          const to = name(target);
          if (from.startsWith('report/')) return to.startsWith('publish/') || to.startsWith('action/');
          if (from.startsWith('publish/')) return to.startsWith('action/');
          if (/^(metrics|translate|world)\//.test(from)) return /^(report|publish|action)\//.test(to);
          return false;
        })
        .map((target) => `${name(file)} → ${name(target)}`),
    );
    expect(wrong).toEqual([]);
  });
});
