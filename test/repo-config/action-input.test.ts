// The Action's config-file input: a path given is resolved in the workspace and must
// exist; without it, the workspace's .github/dora.yml is used when it exists.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readActionConfig } from '../../src/action/inputs.js';
import { loadContextConfig } from '../../src/repo-config/load.js';

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

function inputs(values: Record<string, string>, workspace: string) {
  // @actions/core reads INPUT_<NAME> with the name upper-cased.
  for (const [name, value] of Object.entries(values)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  return readActionConfig({
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: tmpdir(),
  });
}

describe('config-file input', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'action-workspace-'));

  it('defaults to the workspace .github/dora.yml, which may be absent', async () => {
    const config = inputs({ 'github-token': 'x' }, workspace).pipeline;
    expect(config.contextFile).toEqual({ path: join(workspace, '.github', 'dora.yml'), explicit: false });
    expect(await loadContextConfig(config.contextFile)).toBeNull();
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, '.github', 'dora.yml'), 'services:\n  - { name: api, paths: [api/**] }\n');
    expect((await loadContextConfig(config.contextFile))!.services[0].name).toBe('api');
  });

  it('resolves a given path in the workspace, and a missing one is a mistake', async () => {
    const config = inputs({ 'github-token': 'x', 'config-file': 'ops/dora.yml' }, workspace).pipeline;
    expect(config.contextFile).toEqual({
      path: join(workspace, 'ops', 'dora.yml'),
      explicit: true,
      input: 'config-file',
    });
    await expect(loadContextConfig(config.contextFile)).rejects.toThrow(
      `config-file: ${join(workspace, 'ops', 'dora.yml')} does not exist (expected a YAML file such as .github/dora.yml)`,
    );
  });
});
