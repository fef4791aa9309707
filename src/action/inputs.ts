// The Action's inputs, read once into one typed configuration (STYLE.md habit 2). Only this
// module calls core.getInput.
import { DEFAULTS } from '../defaults.js';
import { UserError } from '../errors.js';
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  authorsOf,
  currencyOf,
  industryOf,
  labelsOf,
  moneyOf,
  timeOf,
  wholeDays,
  type Config,
} from '../run-config.js';
import { parseSource } from '../metrics/sources.js';
import { BENCHMARK_TABLES, POSITION_BENCHMARKS } from '../metrics/tiers.js';
import { CACHE_FOLDER } from '../publish/pages.js';

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
  /** start a new history.json when the branch's cannot be read */
  readonly resetHistory: boolean;
  readonly comment: CommentMode;
  readonly eventName: string;
  readonly eventPath: string | undefined;
  readonly serverUrl: string;
  /** who triggered the run (GITHUB_ACTOR): Dependabot's runs get a read-only token */
  readonly actor: string;
  /** RUNNER_TEMP: scratch space the runner empties after the job */
  readonly runnerTemp: string;
  /** several repositories collected one after another in this job (owner/name each) */
  readonly repositories: readonly string[];
  /** O1–O5: roll up these metrics.json files instead of collecting a repository */
  readonly rollup: { readonly glob: string; readonly config: string | null } | null;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** The repository input, else the workflow's own; `own` is false when another is collected. */
function repositoryOf(given: string, env: NodeJS.ProcessEnv): { owner: string; repo: string; own: boolean } {
  if (given && !REPOSITORY.test(given)) {
    throw new UserError(
      `repository: ${JSON.stringify(given)} is not OWNER/NAME (for example octocat/hello-world)`,
    );
  }
  const [owner, repo] = (given || env.GITHUB_REPOSITORY || '').split('/');
  if (!owner || !repo)
    throw new UserError('GITHUB_REPOSITORY is not set (expected OWNER/NAME; run this inside GitHub Actions)');
  const own = !given || given.toLowerCase() === (env.GITHUB_REPOSITORY ?? '').toLowerCase();
  return { owner, repo, own };
}

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`${input}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
}

/** A folder on the Pages branch for the site: relative, inside the branch, clear of git and the cache. */
function pagesPathOf(given: string): string {
  const path = given.replace(/\/+$/, '');
  const refuse = (why: string) =>
    new UserError(`pages-path: ${JSON.stringify(given)} ${why} (expected a folder such as metrics)`);
  if (path.startsWith('/') || /^[a-z]:/i.test(path))
    throw refuse('is absolute; it names a folder of the branch');
  if (!path) return '';
  for (const part of path.split('/')) {
    if (part === '..') throw refuse('leaves the branch');
    if (part === '' || part === '.') throw refuse('has an empty folder name');
    if (part.toLowerCase() === '.git') throw refuse('is inside .git, which git keeps for itself');
    if (part === CACHE_FOLDER) throw refuse(`is inside ${CACHE_FOLDER}, where the collection cache lives`);
  }
  return path;
}

/** How the Action names where its token comes from. */
export const TOKEN_INPUT = 'the github-token input';

function booleanOf(input: string, value: string): boolean {
  return oneOf(input, value.toLowerCase(), ['true', 'false'] as const) === 'true';
}

/** git's rules for a branch name, enough to refuse a typo before anything is collected. */
function branchName(value: string): string {
  const bad =
    /[\s~^:?*[\\]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/.test(value) || [...value].some((c) => c < ' ');
  if (bad) {
    throw new UserError(
      `pages-branch: ${JSON.stringify(value)} is not a branch name (expected a name such as gh-pages)`,
    );
  }
  return value;
}

/** The config-file input, else `.github/dora.yml` of the checked-out workspace when it exists. */
function contextFileOf(given: string, env: NodeJS.ProcessEnv): Config['contextFile'] {
  const workspace = env.GITHUB_WORKSPACE || '.';
  if (given) return { path: resolve(workspace, given), explicit: true, input: 'config-file' };
  return { path: join(workspace, '.github', 'dora.yml'), explicit: false };
}

/** The repositories input: OWNER/NAME, one a line or comma-separated, each once. */
function repositoriesOf(given: string): string[] {
  const names = given
    .split(/[\n,]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const seen = new Set<string>();
  for (const name of names) {
    if (!REPOSITORY.test(name)) {
      throw new UserError(
        `repositories: ${JSON.stringify(name)} is not OWNER/NAME (for example octocat/hello-world)`,
      );
    }
    if (seen.has(name.toLowerCase())) throw new UserError(`repositories: ${name} is listed twice`);
    seen.add(name.toLowerCase());
  }
  return names;
}

export function readActionConfig(env: NodeJS.ProcessEnv = process.env): ActionConfig {
  const input = (name: string) => core.getInput(name).trim();
  const token = core.getInput('github-token');
  if (!token)
    throw new UserError('github-token: empty (expected a token; the default is ${{ github.token }})');
  const { owner, repo, own } = repositoryOf(input('repository'), env);
  const source = input('deployment-source') || DEFAULTS.source;
  parseSource(source, 'deployment-source');
  const benchmarks = input('benchmarks') || DEFAULTS.benchmarks;
  if (!BENCHMARK_TABLES[benchmarks] && benchmarks !== POSITION_BENCHMARKS && !benchmarks.endsWith('.json')) {
    throw new UserError(
      `benchmarks: ${JSON.stringify(benchmarks)} is not dora-2023, dora-2021, dora-2025 or a .json file`,
    );
  }
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const runnerTemp = env.RUNNER_TEMP || tmpdir();
  const outDir = input('report-dir') || join(runnerTemp, 'dora-report');
  const pipeline: Config = {
    input: {
      kind: 'github',
      repo: `${owner}/${repo}`,
      token,
      tokenFrom: TOKEN_INPUT,
      apiUrl: env.GITHUB_API_URL,
    },
    source,
    days: wholeDays(input('days') || undefined, 'days'),
    until: timeOf('until', input('until') || undefined),
    incidentLabels: labelsOf(input('incident-labels') || undefined, 'incident-labels'),
    // empty: the configuration file's `excludeAuthors:`, else none (L5)
    excludeAuthors: authorsOf(input('exclude-authors') || undefined, 'exclude-authors'),
    benchmarks,
    // empty: the configuration file's `industry:`, else all (P4)
    industry: industryOf(input('industry') || undefined),
    outDir,
    outInput: 'report-dir',
    outExplicit: true,
    json: false,
    templateDir: input('template-dir') || undefined,
    downtimeCostPerHour: moneyOf(input('downtime-cost-per-hour'), 'downtime-cost-per-hour'),
    currency: currencyOf(input('currency') || undefined, 'currency'),
    serverUrl,
    contextFile: contextFileOf(input('config-file'), env),
    business: input('business-metrics')
      ? {
          path: resolve(env.GITHUB_WORKSPACE || '.', input('business-metrics')),
          input: 'business-metrics',
        }
      : undefined,
  };
  const pagesPath = pagesPathOf(input('pages-path'));
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
    resetHistory: booleanOf('reset-history', input('reset-history') || 'false'),
    comment: oneOf('comment', input('comment') || 'auto', ['auto', 'always', 'never'] as const),
    // The event is the workflow's own repository's: another repository's run comments on nothing.
    eventName: own ? (env.GITHUB_EVENT_NAME ?? '') : '',
    eventPath: env.GITHUB_EVENT_PATH,
    serverUrl,
    actor: env.GITHUB_ACTOR ?? '',
    runnerTemp,
    repositories: repositoriesOf(input('repositories')),
    rollup: input('rollup')
      ? {
          glob: input('rollup'),
          config: input('rollup-config')
            ? resolve(env.GITHUB_WORKSPACE || '.', input('rollup-config'))
            : null,
        }
      : null,
  };
}
