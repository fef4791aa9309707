// `.github/dora.yml`: a valid file's meaning, and a one-line message for each kind of mistake that
// names the file, the line, the path inside the file and what was expected.
import { UserError } from '../../src/errors.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContextConfig, needsChangedFiles } from '../../src/repo-config/load.js';
import { parseContextConfig } from '../../src/repo-config/yaml.js';

const FILE = '.github/dora.yml';

function mistake(text: string): string {
  try {
    parseContextConfig(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('a valid configuration', () => {
  it('reads services, impact weights, peaks and CI workflows', async () => {
    const config = parseContextConfig(
      `# the whole format
services:
  - name: checkout-api
    paths: ["services/checkout/**", "libs/payments/**"]
    labels: [Team:Payments]
    environments: /^prod(-.*)?$/
    targets:
      deploymentsPerWeek: 5
      leadTimeHours: 24
      changeFailureRate: 0.1
      timeToRestoreHours: 1
  - name: batch
    paths: jobs/**
impact:
  labels:
    "impact:high": 3
    "impact:low": 0
  default: 1
calendar:
  peaks:
    - name: Black Friday
      start: 2026-11-27
      end: 2026-11-30
    - name: Launch hour
      start: 2026-12-01T09:00:00+01:00
      end: 2026-12-01T10:00:00Z
ci:
  workflows: [ci.yml, Build]
`,
      FILE,
    );
    expect(config).toEqual({
      file: FILE,
      services: [
        {
          name: 'checkout-api',
          paths: ['services/checkout/**', 'libs/payments/**'],
          labels: ['team:payments'],
          environments: '/^prod(-.*)?$/',
          targets: {
            deploymentsPerWeek: 5,
            leadTimeHours: 24,
            changeFailureRate: 0.1,
            timeToRestoreHours: 1,
          },
        },
        { name: 'batch', paths: ['jobs/**'], labels: [], environments: null, targets: {} },
      ],
      impact: {
        labels: [
          { label: 'impact:high', weight: 3 },
          { label: 'impact:low', weight: 0 },
        ],
        defaultWeight: 1,
      },
      peaks: [
        { name: 'Black Friday', start: '2026-11-27T00:00:00Z', end: '2026-12-01T00:00:00Z' },
        { name: 'Launch hour', start: '2026-12-01T08:00:00Z', end: '2026-12-01T10:00:00Z' },
      ],
      ciWorkflows: ['ci.yml', 'Build'],
    });
    expect(needsChangedFiles(config)).toBe(true);
  });

  it('an empty file is an empty configuration', async () => {
    expect(parseContextConfig('', FILE)).toEqual({
      file: FILE,
      services: [],
      impact: null,
      peaks: [],
      ciWorkflows: [],
    });
    expect(needsChangedFiles(parseContextConfig('services: [{name: a, labels: [x]}]', FILE))).toBe(false);
  });
});

describe('peak times without an offset are UTC', () => {
  it("reads 2026-12-01T09:00 as 09:00 UTC whatever the machine's time zone", () => {
    const config = parseContextConfig(
      'calendar:\n  peaks:\n    - { name: Launch, start: "2026-12-01T09:00", end: 2026-12-01 10:00:00 }\n',
      FILE,
    );
    expect(config.peaks).toEqual([
      { name: 'Launch', start: '2026-12-01T09:00:00Z', end: '2026-12-01T10:00:00Z' },
    ]);
  });
});

describe('L5 excludeAuthors', () => {
  it('L5: reads a list of logins, bots for every [bot] login', () => {
    const config = parseContextConfig('excludeAuthors:\n  - bots\n  - "renovate[bot]"\n  - octocat\n', FILE);
    expect(config.excludeAuthors).toEqual(['bots', 'renovate[bot]', 'octocat']);
    expect(parseContextConfig('excludeAuthors: bots\n', FILE).excludeAuthors).toEqual(['bots']);
    expect(parseContextConfig('industry: all\n', FILE).excludeAuthors).toBeUndefined();
  });

  it('L5: names an entry that is not a login, with its line', () => {
    expect(mistake('excludeAuthors:\n  - bots\n  - "two words"\n')).toBe(
      '.github/dora.yml line 3: excludeAuthors[1]: "two words" is not a GitHub login (expected logins such as dependabot[bot] or octocat, or bots for every [bot] login)',
    );
  });
});

describe('mistakes name the line, the path and what was expected', () => {
  it.each([
    [
      'services:\n  - name: api\n    paths: ["src/api/**"]\n  - name: web\n    paths:\n      - 42\n',
      '.github/dora.yml line 6: services[1].paths[0]: 42 is not a glob string (expected a text such as "src/api/**")',
    ],
    [
      'services:\n  - name: api\n    path: src/**\n',
      '.github/dora.yml line 3: services[0].path: unknown key (expected name, paths, labels, environments, targets)',
    ],
    [
      'services:\n  - name: api\n',
      '.github/dora.yml line 2: services[0]: service "api" selects nothing (expected paths, labels or environments)',
    ],
    [
      'services:\n  - paths: [a]\n',
      '.github/dora.yml line 2: services[0].name: nothing is not a service name (expected a text such as "checkout-api")',
    ],
    [
      'services:\n  - {name: Api, labels: [a]}\n  - {name: api, labels: [b]}\n',
      '.github/dora.yml line 3: services[1].name: "api" names a second service of that name (expected each name once)',
    ],
    [
      'services:\n  - name: api\n    paths: ["src/**", "(?=x)y"]\n',
      '.github/dora.yml line 3: services[0].paths[1]: "(?=x)y" is not a glob we can match: its parentheses make a lookaround or backreference, which cannot be matched in linear time (expected *, **, ?, [abc], {a,b} and a leading !)',
    ],
    [
      'services:\n  - name: api\n    paths: ["!docs/**"]\n',
      '.github/dora.yml line 3: services[0].paths: every glob starts with !, so no path is selected (expected a glob that selects first, for example ["src/**", "!src/docs/**"])',
    ],
    [
      'services:\n  - name: api\n    environments: "/^prod(/"\n',
      '.github/dora.yml line 3: services[0].environments: environment pattern "/^prod(/" is not a valid regular expression (/^prod(/: Unterminated group)',
    ],
    [
      'services:\n  - name: api\n    labels: [a]\n    targets: { changeFailureRate: 15 }\n',
      '.github/dora.yml line 4: services[0].targets.changeFailureRate: 15 is not a share from 0 to 1 (for example 0.15 for 15%)',
    ],
    [
      'services:\n  - name: api\n    labels: [a]\n    targets:\n      leadTimeHours: "a day"\n',
      '.github/dora.yml line 5: services[0].targets.leadTimeHours: "a day" is not a number of hours above 0 (for example 24)',
    ],
    [
      'impact:\n  labels:\n    "impact:high": 2.5\n',
      '.github/dora.yml line 3: impact.labels["impact:high"]: 2.5 is not a whole-number weight from 0 to 100 (for example 3)',
    ],
    [
      'impact:\n  default: 2\n',
      '.github/dora.yml line 2: impact.labels: no label is given a weight (expected pairs such as "impact:high": 3)',
    ],
    [
      'calendar:\n  peaks:\n    - name: BF\n      start: 2026-11-27\n      end: 2026-11-20\n',
      '.github/dora.yml line 5: calendar.peaks[0].end: "2026-11-20" is not after start "2026-11-27" (expected an end date on or after the start date)',
    ],
    [
      'calendar:\n  peaks:\n    - { name: BF, start: 2026-02-30, end: 2026-03-02 }\n',
      '.github/dora.yml line 3: calendar.peaks[0].start: "2026-02-30" is not a date (expected a date such as 2026-11-27 or a time such as 2026-11-27T00:00:00Z)',
    ],
    [
      'services: {}\n',
      '.github/dora.yml line 1: services: a mapping is not a list (expected a list of services, each with a name)',
    ],
    [
      '- a\n- b\n',
      '.github/dora.yml: (the file): a list is not a mapping (expected keys services, impact, calendar, ci, industry, business, excludeAuthors)',
    ],
    [
      'service:\n  - name: a\n',
      '.github/dora.yml line 2: service: unknown key (expected services, impact, calendar, ci, industry, business, excludeAuthors)',
    ],
    ['a: 1\na: 2\n', '.github/dora.yml line 2: Map keys must be unique (expected YAML)'],
    [
      'services: [ {name: a\n',
      '.github/dora.yml line 2: Flow map in block collection must be sufficiently indented and end with a } (expected YAML)',
    ],
  ])('%j', (text, message) => {
    expect(mistake(text)).toBe(message);
  });
});

describe('loadContextConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'context-config-'));

  it('a default file that does not exist is no configuration; a named one is a mistake', async () => {
    expect(await loadContextConfig({ path: join(dir, 'none.yml'), explicit: false })).toBeNull();
    expect(await loadContextConfig(undefined)).toBeNull();
    await expect(loadContextConfig({ path: join(dir, 'none.yml'), explicit: true })).rejects.toThrow(
      `config: ${join(dir, 'none.yml')} does not exist (expected a YAML file such as .github/dora.yml)`,
    );
  });

  it('reads a file, and names it in messages', async () => {
    mkdirSync(join(dir, '.github'), { recursive: true });
    const path = join(dir, '.github', 'dora.yml');
    writeFileSync(path, 'services:\n  - name: api\n    paths: [src/**]\n');
    expect((await loadContextConfig({ path, explicit: false }))!.services[0].name).toBe('api');
    writeFileSync(path, 'ci:\n  workflows: [7]\n');
    await expect(loadContextConfig({ path, explicit: false })).rejects.toThrow(
      `${path} line 2: ci.workflows[0]: 7 is not a workflow file or name (expected a text such as "ci.yml")`,
    );
  });

  it('refuses a folder', async () => {
    await expect(loadContextConfig({ path: dir, explicit: true })).rejects.toThrow(
      /is not a file under 1 MB/,
    );
  });
});
