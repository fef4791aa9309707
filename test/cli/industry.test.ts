// The command line's --industry (P4), run from the sources with tsx: dist/ is rebuilt
// separately, and this checks the behaviour, not the bundle.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const example = join(root, 'examples', 'world.json');

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DEBUG: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI --industry', () => {
  it('an unknown industry exits 2 with one line that lists the keys', () => {
    const result = run(['--from-file', example, '--json', '--industry', 'fintech']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'dora-report: industry: "fintech" is not an industry of the DORA 2025 survey (expected one of all, consumer, media_entertainment, non_profit, technology, telecommunications, other, education, financial_services, healthcare_pharmaceuticals, energy, government, insurance, industrials_manufacturing)\n',
    );
  });

  it('--industry and --benchmarks dora-2025 reach metrics.json', () => {
    const result = run([
      '--from-file',
      example,
      '--json',
      '--industry',
      'financial_services',
      '--benchmarks',
      'dora-2025',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const metrics = JSON.parse(result.stdout);
    expect(metrics.benchmarks).toEqual({ name: 'dora-2023', year: 2023, badge: 'industry' });
    expect(metrics.industry).toMatchObject({
      edition: 'dora-2025',
      key: 'financial_services',
      name: 'Financial Services',
    });
    // the worked example: lead time 41.2 h → band 4 → score 6; (6 − 5.4) ÷ 2.3 = 0.26 → ahead
    expect(metrics.industry.metrics.leadTime).toEqual({
      band: 4,
      score: 6,
      industryMean: 5.4,
      industryStd: 2.3,
      z: (6 - 5.4) / 2.3,
      position: 'ahead',
    });
  });
});
