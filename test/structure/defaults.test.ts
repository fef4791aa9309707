// Each default lives in src/defaults.ts; action.yml, package.json and the README agree with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULTS, VERSION } from '../../src/defaults.js';
// @ts-expect-error -- a plain ES module script without types
import { inputTables, withTables } from '../../scripts/readme-inputs.mjs';

const root = join(import.meta.dirname, '..', '..');
const read = (name: string) => readFileSync(join(root, name), 'utf8');

/** A Markdown table as rows of trimmed cells, whatever padding prettier gave it. */
function cells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^-+$/, '---')),
    );
}

describe('defaults', () => {
  it("action.yml's defaults are the engine's and the command line's", () => {
    const inputs = parse(read('action.yml')).inputs as Record<string, { default?: string }>;
    expect(inputs['deployment-source'].default).toBe(DEFAULTS.source);
    expect(Number(inputs.days.default)).toBe(DEFAULTS.days);
    expect(inputs['incident-labels'].default).toBe(DEFAULTS.incidentLabels.join(','));
    expect(inputs.benchmarks.default).toBe(DEFAULTS.benchmarks);
    expect(inputs.currency.default).toBe(DEFAULTS.currency);
  });

  it("package.json's version is the one the tool reports", () => {
    expect(JSON.parse(read('package.json')).version).toBe(VERSION);
  });

  it("the README's input and output tables are action.yml's (npm run readme)", () => {
    const readme = read('README.md');
    const fresh = withTables(readme, inputTables(read('action.yml'))) as string;
    expect(cells(readme)).toEqual(cells(fresh));
  });
});
