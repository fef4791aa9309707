// B1/B2 from the outside: the configuration's `business` key, where the file is looked for, and a
// faulty file stopping the run (exit 2) before anything is collected or written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBusiness } from '../../src/business/load.js';
import { parseFlags } from '../../src/cli-flags.js';
import { UserError } from '../../src/errors.js';
import { parseContextConfig } from '../../src/repo-config/yaml.js';
import { runPipeline } from '../../src/pipeline.js';
import { loadStatistics } from '../../src/business/statistics.js';

// B4's p-values need the t distribution, which a run loads only with business measures.
await loadStatistics();

const root = join(import.meta.dirname, '..', '..');
const quiet = { info: () => {}, warn: () => {}, debug: () => {} };

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'business-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('B2: the configuration', () => {
  it('describes measures, names the file and the period', () => {
    const config = parseContextConfig(
      'business:\n  file: data/business.csv\n  period: month\n  measures:\n    revenue: { kind: revenue, unit: EUR }\n    csat: { kind: satisfaction, range: [1, 5], better: higher }\n    churn: { better: lower }\n',
      '.github/dora.yml',
    );
    expect(config.business).toEqual({
      file: 'data/business.csv',
      period: 'month',
      measures: [
        { name: 'revenue', better: 'higher', unit: 'EUR', kind: 'revenue', range: null },
        { name: 'csat', better: 'higher', unit: null, kind: 'satisfaction', range: [1, 5] },
        { name: 'churn', better: 'lower', unit: null, kind: 'other', range: null },
      ],
    });
  });

  it('refuses a wrong entry with its line', () => {
    const bad = (yaml: string) => refusal(() => parseContextConfig(yaml, '.github/dora.yml'));
    expect(bad('business:\n  period: quarter\n')).toBe(
      '.github/dora.yml line 2: business.period: "quarter" is not one of week, month',
    );
    expect(bad('business:\n  measures:\n    nps: { kind: satisfaction }\n')).toBe(
      '.github/dora.yml line 3: business.measures.nps: satisfaction measure "nps" has no range (expected range: [min, max], such as [1, 5])',
    );
    expect(bad('business:\n  measures:\n    nps: { range: [1, 5] }\n')).toMatch(
      /^\.github\/dora\.yml line 3: business\.measures\.nps\.range: a range for a measure that is not of kind satisfaction/,
    );
    expect(bad('business:\n  measures:\n    nps: { kind: satisfaction, range: [5, 1] }\n')).toMatch(
      /line 3: business\.measures\.nps\.range\[1\]: 1 is not a number above 5/,
    );
    expect(bad('business:\n  fiel: x.csv\n')).toBe(
      '.github/dora.yml line 2: business.fiel: unknown key (expected file, period, measures)',
    );
  });
});

describe('B1: finding and reading the file', () => {
  const csv = 'date,revenue,signups\n2026-05-01,10,2\n';

  it('takes business.file relative to the repository (the folder holding .github)', () => {
    const dir = repo({ 'data/business.csv': csv });
    const config = parseContextConfig(
      'business:\n  file: data/business.csv\n  period: month\n  measures:\n    revenue: { kind: revenue }\n',
      join(dir, '.github', 'dora.yml'),
    );
    const input = loadBusiness(undefined, config)!;
    expect(input.file).toBe(join(dir, 'data', 'business.csv'));
    expect(input.period).toBe('month');
    expect(input.measures.map((m) => [m.name, m.kind])).toEqual([
      ['revenue', 'revenue'],
      ['signups', 'other'],
    ]);
  });

  it('prefers the file named by the flag; none at all is no business section', () => {
    const dir = repo({ 'flag.csv': 'date,a\n2026-05-04,1\n' });
    expect(loadBusiness({ path: join(dir, 'flag.csv'), input: '--business' }, null)!.measures[0].name).toBe(
      'a',
    );
    expect(loadBusiness(undefined, null)).toBeNull();
  });

  it('refuses a missing file and a described measure the file lacks', () => {
    expect(refusal(() => loadBusiness({ path: '/nonexistent/b.csv', input: '--business' }, null))).toBe(
      '--business: /nonexistent/b.csv is not a file under 10 MB (expected a CSV of business measures: date,NAME,… one row per period)',
    );
    const dir = repo({ 'b.csv': csv });
    const config = parseContextConfig(
      'business:\n  period: month\n  measures:\n    nps: {}\n',
      join(dir, 'dora.yml'),
    );
    expect(refusal(() => loadBusiness({ path: join(dir, 'b.csv'), input: '--business' }, config))).toBe(
      `${join(dir, 'dora.yml')}: business.measures.nps is not a column of ${join(dir, 'b.csv')} (expected one of revenue, signups)`,
    );
  });

  it('stops the run before anything is written', async () => {
    const dir = repo({ 'b.csv': 'date,conversion\n2026-05-04,3.1%\n' });
    const out = join(dir, 'out');
    const flags = parseFlags(
      ['--from-file', join(root, 'examples', 'world.json'), '--business', join(dir, 'b.csv'), '--out', out],
      {},
    );
    await expect(runPipeline(flags.config!, quiet)).rejects.toThrow(
      `${join(dir, 'b.csv')} line 2 column 2 ("conversion"): "3.1%" is not a number`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with the one line on the command line', () => {
    const dir = repo({ 'b.csv': 'date,signups\n2026-05-05,1\n' });
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'src', 'cli.ts'),
        '--from-file',
        join(root, 'examples', 'world.json'),
        '--business',
        join(dir, 'b.csv'),
        '--json',
      ],
      { encoding: 'utf8', cwd: root },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `dora-report: ${join(dir, 'b.csv')} line 2 column 1: 2026-05-05 is a Tuesday (expected the Monday that starts its week, 2026-05-04, in a weekly file)\n`,
    );
  });
});
