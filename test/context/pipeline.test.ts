// The configuration file through the command line's pipeline: --config FILE with a world file,
// and the --git clone's own .github/dora.yml (real files, real git).
import { UserError } from '../../src/errors.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/cli-flags.js';
import type { ContextualReport } from '../../src/context/types.js';
import { runPipeline, type Logger } from '../../src/pipeline.js';
import { git, makeTempRoot } from '../sources/git-fixture.js';
import { monorepoWorld } from './fixture.js';

const quiet: Logger = { info: () => {}, warn: () => {}, debug: () => {} };
const temp = makeTempRoot();
afterAll(() => temp.cleanup());

function configOf(args: string[]) {
  return parseFlags(args, {}).config!;
}

describe('--config FILE', () => {
  const worldFile = join(temp.root, 'world.json');
  writeFileSync(worldFile, JSON.stringify(monorepoWorld()));
  const configFile = join(temp.root, 'dora.yml');

  it('adds the context to metrics.json and to the report', async () => {
    writeFileSync(configFile, 'services:\n  - name: api\n    paths: [src/api/**]\n    labels: [api]\n');
    const out = join(temp.root, 'site');
    const result = await runPipeline(
      configOf(['--from-file', worldFile, '--config', configFile, '--out', out]),
      quiet,
    );
    const written = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8')) as ContextualReport;
    expect(written.context.configFile).toBe(configFile);
    expect(written.context.services!.map((s) => [s.name, s.dora!.deploymentFrequency.count])).toEqual([
      ['api', 2],
    ]);
    expect((result.report as ContextualReport).context.services![0].name).toBe('api');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('id="context-services"');
  });

  it('stops with a UserError before reading the world when the file is wrong', async () => {
    writeFileSync(configFile, 'services:\n  - name: api\n');
    const config = configOf([
      '--from-file',
      join(temp.root, 'missing.json'),
      '--config',
      configFile,
      '--json',
    ]);
    await expect(runPipeline(config, quiet)).rejects.toThrow(UserError);
    await expect(runPipeline(config, quiet)).rejects.toThrow(
      `${configFile} line 2: services[0]: service "api" selects nothing (expected paths, labels or environments)`,
    );
  });

  it('without a file, metrics.json still has health and correlations', async () => {
    const result = await runPipeline(configOf(['--from-file', worldFile, '--json']), quiet);
    const context = (result.report as ContextualReport).context;
    expect(context).toMatchObject({ configFile: null, services: null, impact: null, calendar: null });
    expect(context.health.bots.byBots).toBe(1);
  });
});

describe('--git DIR', () => {
  it("reads the clone's .github/dora.yml when it exists", async () => {
    const repo = join(temp.root, 'repo');
    mkdirSync(join(repo, '.github'), { recursive: true });
    git(repo, ['init', '-q']);
    writeFileSync(
      join(repo, '.github', 'dora.yml'),
      'calendar:\n  peaks: [{ name: Sale, start: 2026-01-01, end: 2026-01-02 }]\n',
    );
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', 'feat: start'], { authored: '2026-01-01T10:00:00Z' });
    const config = configOf(['--git', repo, '--until', '2026-01-03T00:00:00Z', '--json']);
    expect(config.contextFile).toEqual({ path: join(repo, '.github', 'dora.yml'), explicit: false });
    const context = ((await runPipeline(config, quiet)).report as ContextualReport).context;
    expect(context.configFile).toBe(join(repo, '.github', 'dora.yml'));
    expect(context.calendar!.peaks[0]).toMatchObject({ name: 'Sale', daysInWindow: 2 });
  });

  it('has no configuration file for a world file unless --config names one, which must exist', async () => {
    expect(configOf(['--from-file', 'w.json']).contextFile).toBeUndefined();
    const missing = join(temp.root, 'none.yml');
    await expect(
      runPipeline(configOf(['--from-file', 'w.json', '--config', missing, '--json']), quiet),
    ).rejects.toThrow(`--config: ${missing} does not exist (expected a YAML file such as .github/dora.yml)`);
  });
});
