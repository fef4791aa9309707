// The command line's flags → one Config (STYLE.md habit 2).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULTS } from './defaults.js';
import { UserError } from './errors.js';
import {
  authorsOf,
  currencyOf,
  industryOf,
  labelsOf,
  moneyOf,
  timeOf,
  wholeDays,
  type Config,
  type Input,
} from './run-config.js';

const OPTIONS = {
  'from-file': { type: 'string' },
  git: { type: 'string' },
  repo: { type: 'string' },
  token: { type: 'string' },
  'api-url': { type: 'string' },
  cache: { type: 'string' },
  'export-world': { type: 'string' },
  config: { type: 'string' },
  branch: { type: 'string' },
  source: { type: 'string' },
  days: { type: 'string' },
  until: { type: 'string' },
  'incident-labels': { type: 'string' },
  'exclude-authors': { type: 'string' },
  benchmarks: { type: 'string' },
  business: { type: 'string' },
  industry: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  'template-dir': { type: 'string' },
  'downtime-cost-per-hour': { type: 'string' },
  currency: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/**
 * `--days -5` is a value that starts with a dash, which parseArgs takes for a flag and answers
 * "argument is ambiguous". A negative number after an option that takes a value is that option's
 * value (`--days=-5`), so its own check names what is wrong with it.
 */
function withNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith('--') ? argv[i].slice(2) : null;
    const option = name === null ? undefined : (OPTIONS as Record<string, { type: string }>)[name];
    if (option?.type === 'string' && /^-\d/.test(argv[i + 1] ?? '')) out.push(`${argv[i]}=${argv[++i]}`);
    else out.push(argv[i]);
  }
  return out;
}

/** --api-url: an http(s) address, checked before any request. */
function apiUrlOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new UserError(
      `--api-url: ${JSON.stringify(value)} is not an http(s) address (for example https://github.example.com/api/v3)`,
    );
  }
  return value;
}

export type ParsedFlags = { help: boolean; version: boolean; config?: Config };

export function parseFlags(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedFlags {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: withNegativeValues(argv),
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  if (values.help || values.version) return { help: !!values.help, version: !!values.version };
  const text = (name: string) => values[name] as string | undefined;
  return {
    help: false,
    version: false,
    config: {
      input: inputOf(text, env),
      contextFile: contextFileOf(text('config'), inputOf(text, env)),
      source: text('source') ?? DEFAULTS.source,
      days: wholeDays(text('days')),
      until: timeOf('--until', text('until')),
      incidentLabels: labelsOf(text('incident-labels')),
      excludeAuthors: authorsOf(text('exclude-authors'), '--exclude-authors'),
      benchmarks: text('benchmarks') ?? DEFAULTS.benchmarks,
      industry: industryOf(text('industry')),
      business:
        text('business') === undefined
          ? undefined
          : { path: nonEmpty('--business', text('business')!), input: '--business' },
      outDir: text('out') ?? DEFAULTS.outDir,
      outInput: '--out',
      outExplicit: text('out') !== undefined,
      json: !!values.json,
      templateDir: text('template-dir'),
      downtimeCostPerHour: moneyOf(text('downtime-cost-per-hour')),
      currency: currencyOf(text('currency')),
      exportWorld: text('export-world'),
      serverUrl: env.GITHUB_SERVER_URL || undefined,
    },
  };
}

function inputOf(text: (name: string) => string | undefined, env: NodeJS.ProcessEnv): Input {
  const given = ['from-file', 'git', 'repo'].filter((name) => text(name) !== undefined);
  if (given.length > 1) {
    throw new UserError(
      `--${given[0]} and --${given[1]} both given: choose one input (--from-file, --git or --repo)`,
    );
  }
  const file = text('from-file');
  if (file !== undefined) return { kind: 'file', path: nonEmpty('--from-file', file) };
  const repo = text('repo');
  if (repo !== undefined) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) {
      throw new UserError(
        `--repo: ${JSON.stringify(repo)} is not OWNER/NAME (for example octocat/hello-world)`,
      );
    }
    const { token, from } = tokenOf(text('token'), env);
    return {
      kind: 'github',
      repo,
      token,
      tokenFrom: from,
      apiUrl: apiUrlOf(text('api-url')) ?? env.GITHUB_API_URL,
      cacheDir: text('cache'),
    };
  }
  return { kind: 'git', dir: text('git') ?? '.', branch: text('branch') };
}

/**
 * The token: --token, else GITHUB_TOKEN, else GH_TOKEN (the GitHub CLI's variable, so that
 * `GH_TOKEN=$(gh auth token)` works). An empty value counts as unset.
 */
function tokenOf(flag: string | undefined, env: NodeJS.ProcessEnv): { token: string; from: string } {
  const sources: [string, string | undefined][] = [
    ['--token', flag],
    ['GITHUB_TOKEN', env.GITHUB_TOKEN],
    ['GH_TOKEN', env.GH_TOKEN],
  ];
  const found = sources.find(([, value]) => value !== undefined && value.trim() !== '');
  if (!found) throw new UserError('--repo needs a token: pass --token, or set GITHUB_TOKEN or GH_TOKEN');
  return { token: found[1]!.trim(), from: found[0] };
}

/** --config FILE, else `.github/dora.yml` of the clone read with --git (used when it exists). */
function contextFileOf(given: string | undefined, input: Input): Config['contextFile'] {
  if (given !== undefined) return { path: nonEmpty('--config', given), explicit: true, input: '--config' };
  return input.kind === 'git' ? { path: join(input.dir, '.github', 'dora.yml'), explicit: false } : undefined;
}

function nonEmpty(flag: string, value: string): string {
  if (!value.trim()) throw new UserError(`${flag}: an empty value (expected a path)`);
  return value;
}
