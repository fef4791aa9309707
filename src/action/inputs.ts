// The Action's inputs, read once into one typed configuration (STYLE.md habit 2). Only this
// module calls core.getInput.
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, currencyOf, labelsOf, moneyOf, timeOf, wholeDays, type Config } from '../config.js';
import { MetricsInputError } from '../metrics/errors.js';
import { parseSource } from '../metrics/sources.js';
import { BENCHMARK_TABLES } from '../metrics/tiers.js';

export type PublishMode = 'pages-branch' | 'artifact' | 'none';
export type CommentMode = 'auto' | 'always' | 'never';

export interface ActionConfig {
  readonly pipeline: Config;
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  readonly publish: PublishMode;
  readonly pagesBranch: string;
  readonly pagesPath: string;
  readonly comment: CommentMode;
  readonly eventName: string;
  readonly eventPath: string | undefined;
  readonly serverUrl: string;
  /** who triggered the run (GITHUB_ACTOR): Dependabot's runs get a read-only token */
  readonly actor: string;
  /** RUNNER_TEMP: scratch space the runner empties after the job */
  readonly runnerTemp: string;
}

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`${input}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
}

/** Wraps the shared parsers so that their messages name the Action's input. */
function named<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MetricsInputError) {
      throw new ConfigError(error.message.replace(/^[\w-]+:/, `${input}:`));
    }
    throw error;
  }
}

/** git's rules for a branch name, enough to refuse a typo before anything is collected. */
function branchName(value: string): string {
  const bad =
    /[\s~^:?*[\\]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/.test(value) || [...value].some((c) => c < ' ');
  if (bad) {
    throw new ConfigError(
      `pages-branch: ${JSON.stringify(value)} is not a branch name (expected a name such as gh-pages)`,
    );
  }
  return value;
}

/** issue 6: the config-file input, else `.github/dora.yml` of the checked-out workspace when it exists. */
function contextFileOf(given: string, env: NodeJS.ProcessEnv): Config['contextFile'] {
  const workspace = env.GITHUB_WORKSPACE || '.';
  if (given) return { path: resolve(workspace, given), explicit: true, input: 'config-file' };
  return { path: join(workspace, '.github', 'dora.yml'), explicit: false };
}

export function readActionConfig(env: NodeJS.ProcessEnv = process.env): ActionConfig {
  const input = (name: string) => core.getInput(name).trim();
  const token = core.getInput('github-token');
  if (!token)
    throw new ConfigError('github-token: empty (expected a token; the default is ${{ github.token }})');
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo)
    throw new ConfigError(
      'GITHUB_REPOSITORY is not set (expected OWNER/NAME; run this inside GitHub Actions)',
    );
  const source = input('deployment-source') || 'auto';
  named('deployment-source', () => parseSource(source));
  const benchmarks = input('benchmarks') || 'dora-2023';
  if (!BENCHMARK_TABLES[benchmarks] && !benchmarks.endsWith('.json')) {
    throw new ConfigError(
      `benchmarks: ${JSON.stringify(benchmarks)} is not dora-2023, dora-2021 or a .json file`,
    );
  }
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const runnerTemp = env.RUNNER_TEMP || tmpdir();
  const outDir = input('report-dir') || join(runnerTemp, 'dora-report');
  const pipeline: Config = {
    input: { kind: 'github', repo: `${owner}/${repo}`, token, apiUrl: env.GITHUB_API_URL },
    source,
    days: named('days', () => wholeDays(input('days') || undefined)),
    until: timeOf('until', input('until') || undefined),
    incidentLabels: named('incident-labels', () => labelsOf(input('incident-labels') || undefined)),
    benchmarks,
    outDir,
    outExplicit: true,
    json: false,
    templateDir: input('template-dir') || undefined,
    downtimeCostPerHour: named('downtime-cost-per-hour', () => moneyOf(input('downtime-cost-per-hour'))),
    currency: named('currency', () => currencyOf(input('currency') || undefined)),
    serverUrl,
    contextFile: contextFileOf(input('config-file'), env),
    business: input('business-metrics')
      ? {
          path: resolve(env.GITHUB_WORKSPACE || '.', input('business-metrics')),
          input: 'business-metrics',
        }
      : undefined,
  };
  const pagesPath = input('pages-path').replace(/^\/+|\/+$/g, '');
  if (pagesPath.split('/').some((part) => part === '..')) {
    throw new ConfigError(
      `pages-path: ${JSON.stringify(pagesPath)} leaves the branch (expected a folder such as metrics)`,
    );
  }
  return {
    pipeline,
    owner,
    repo,
    token,
    publish: oneOf('publish', input('publish') || 'pages-branch', [
      'pages-branch',
      'artifact',
      'none',
    ] as const),
    pagesBranch: branchName(input('pages-branch') || 'gh-pages'),
    pagesPath,
    comment: oneOf('comment', input('comment') || 'auto', ['auto', 'always', 'never'] as const),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH,
    serverUrl,
    actor: env.GITHUB_ACTOR ?? '',
    runnerTemp,
  };
}
