// One typed, readonly configuration built once from the command line's flags (STYLE.md habit 2).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { NamedFile } from './business/load.js';
import { DEFAULT_DAYS, DEFAULT_INCIDENT_LABELS } from './metrics/index.js';

/** A user's mistake in what they asked for: exit 2 with a one-line message (habit 3). */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Input =
  | { kind: 'file'; path: string }
  | { kind: 'git'; dir: string; branch?: string }
  | { kind: 'github'; repo: string; token: string; apiUrl?: string; cacheDir?: string };

export interface Config {
  readonly input: Input;
  readonly source: string;
  readonly days: number;
  readonly until?: Date;
  readonly incidentLabels: readonly string[];
  readonly benchmarks: string;
  readonly outDir: string;
  /** --out given explicitly (with --json, files are written only then) */
  readonly outExplicit: boolean;
  readonly json: boolean;
  readonly templateDir?: string;
  readonly downtimeCostPerHour?: number;
  readonly currency: string;
  readonly exportWorld?: string;
  readonly serverUrl?: string;
  /** issue 6: services, impact weights and peaks; a missing file that was not named is no mistake */
  readonly contextFile?: { readonly path: string; readonly explicit: boolean; readonly input?: string };
  /** issue 15 (B1): the business measures file named by --business or the business-metrics input */
  readonly business?: NamedFile;
}

const OPTIONS = {
  'from-file': { type: 'string' },
  git: { type: 'string' },
  repo: { type: 'string' },
  token: { type: 'string' },
  'api-url': { type: 'string' },
  cache: { type: 'string' },
  'export-world': { type: 'string' },
  config: { type: 'string' },
  business: { type: 'string' },
  branch: { type: 'string' },
  source: { type: 'string' },
  days: { type: 'string' },
  until: { type: 'string' },
  'incident-labels': { type: 'string' },
  benchmarks: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  'template-dir': { type: 'string' },
  'downtime-cost-per-hour': { type: 'string' },
  currency: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export type ParsedFlags = { help: boolean; version: boolean; config?: Config };

export function parseFlags(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedFlags {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  if (values.help || values.version) return { help: !!values.help, version: !!values.version };
  const text = (name: string) => values[name] as string | undefined;
  return {
    help: false,
    version: false,
    config: {
      input: inputOf(text, env),
      contextFile: contextFileOf(text('config'), inputOf(text, env)),
      source: text('source') ?? 'auto',
      days: wholeDays(text('days')),
      until: timeOf('--until', text('until')),
      incidentLabels: labelsOf(text('incident-labels')),
      benchmarks: text('benchmarks') ?? 'dora-2023',
      outDir: text('out') ?? 'dora-report',
      outExplicit: text('out') !== undefined,
      json: !!values.json,
      templateDir: text('template-dir'),
      downtimeCostPerHour: moneyOf(text('downtime-cost-per-hour')),
      currency: currencyOf(text('currency')),
      exportWorld: text('export-world'),
      serverUrl: env.GITHUB_SERVER_URL || undefined,
      business:
        text('business') === undefined
          ? undefined
          : { path: nonEmpty('--business', text('business')!), input: '--business' },
    },
  };
}

function inputOf(text: (name: string) => string | undefined, env: NodeJS.ProcessEnv): Input {
  const given = ['from-file', 'git', 'repo'].filter((name) => text(name) !== undefined);
  if (given.length > 1) {
    throw new ConfigError(
      `--${given[0]} and --${given[1]} both given: choose one input (--from-file, --git or --repo)`,
    );
  }
  const file = text('from-file');
  if (file !== undefined) return { kind: 'file', path: nonEmpty('--from-file', file) };
  const repo = text('repo');
  if (repo !== undefined) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) {
      throw new ConfigError(
        `--repo: ${JSON.stringify(repo)} is not OWNER/NAME (for example octocat/hello-world)`,
      );
    }
    const token = text('token') ?? env.GITHUB_TOKEN ?? '';
    if (!token) throw new ConfigError('--repo needs a token: pass --token or set GITHUB_TOKEN');
    return {
      kind: 'github',
      repo,
      token,
      apiUrl: text('api-url') ?? env.GITHUB_API_URL,
      cacheDir: text('cache'),
    };
  }
  return { kind: 'git', dir: text('git') ?? '.', branch: text('branch') };
}

/** --config FILE, else `.github/dora.yml` of the clone read with --git (used when it exists). */
function contextFileOf(given: string | undefined, input: Input): Config['contextFile'] {
  if (given !== undefined) return { path: nonEmpty('--config', given), explicit: true, input: '--config' };
  return input.kind === 'git' ? { path: join(input.dir, '.github', 'dora.yml'), explicit: false } : undefined;
}

function nonEmpty(flag: string, value: string): string {
  if (!value.trim()) throw new ConfigError(`${flag}: an empty value (expected a path)`);
  return value;
}

export function wholeDays(value: string | undefined): number {
  if (value === undefined) return DEFAULT_DAYS;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 3650) {
    throw new ConfigError(
      `days: ${JSON.stringify(value)} is not a whole number of days from 1 to 3650 (for example 90)`,
    );
  }
  return Number(value);
}

export function timeOf(flag: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())
    ? Date.parse(value)
    : NaN;
  if (!Number.isFinite(ms)) {
    throw new ConfigError(
      `${flag}: ${JSON.stringify(value)} is not an ISO 8601 time (for example 2026-03-01T00:00:00Z)`,
    );
  }
  return new Date(ms);
}

export function labelsOf(value: string | undefined): string[] {
  if (value === undefined) return [...DEFAULT_INCIDENT_LABELS];
  const labels = value
    .split(',')
    .map((label) => label.trim())
    .filter(Boolean);
  if (labels.length === 0) {
    throw new ConfigError(
      `incident-labels: ${JSON.stringify(value)} names no label (expected a comma-separated list, for example incident,outage)`,
    );
  }
  return labels;
}

export function moneyOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const amount = Number(value);
  if (!Number.isFinite(amount) || amount < 0) {
    throw new ConfigError(
      `downtime-cost-per-hour: ${JSON.stringify(value)} is not an amount of money of 0 or more (for example 5000)`,
    );
  }
  return amount;
}

export function currencyOf(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return 'USD';
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new ConfigError(
      `currency: ${JSON.stringify(value)} is not a three-letter currency code (for example USD or EUR)`,
    );
  }
  return code;
}
