// The run's configuration: one typed, readonly Config built once, from the command line's flags
// (cli-flags.ts) or the Action's inputs (action/inputs.ts), and the parsers of the values both take.
import { UserError } from './errors.js';
import type { NamedFile } from './business/load.js';
import { DEFAULTS } from './defaults.js';
import { utcTimeOf } from './metrics/time.js';
import { parseAuthorList } from './metrics/authors.js';
import { isIndustryKey, unknownIndustry, type IndustryKey } from './metrics/industry.js';

export type Input =
  | { kind: 'file'; path: string }
  | { kind: 'git'; dir: string; branch?: string }
  | {
      kind: 'github';
      repo: string;
      token: string;
      /** where the token came from, for the message when GitHub rejects it */
      tokenFrom: string;
      apiUrl?: string;
      cacheDir?: string;
    };

export interface Config {
  readonly input: Input;
  readonly source: string;
  readonly days: number;
  readonly until?: Date;
  readonly incidentLabels: readonly string[];
  readonly benchmarks: string;
  /** B1: the business measures file named by --business or the business-metrics input */
  readonly business?: NamedFile;
  /** P4: the dora-2025 industry; undefined: the configuration file's, else `all` */
  readonly industry?: IndustryKey;
  readonly outDir: string;
  /** the flag or input that names outDir, for messages: --out, report-dir */
  readonly outInput: string;
  /** --out given explicitly (with --json, files are written only then) */
  readonly outExplicit: boolean;
  readonly json: boolean;
  readonly templateDir?: string;
  readonly downtimeCostPerHour?: number;
  readonly currency: string;
  readonly exportWorld?: string;
  readonly serverUrl?: string;
  /** L5: logins left out of lead time, flow and rework (`bots`: every [bot] login); undefined: the configuration file's */
  readonly excludeAuthors?: readonly string[];
  /** services, impact weights and peaks; a missing file that was not named is no mistake */
  readonly contextFile?: { readonly path: string; readonly explicit: boolean; readonly input?: string };
}

export function wholeDays(value: string | undefined, input = 'days'): number {
  if (value === undefined) return DEFAULTS.days;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 3650) {
    throw new UserError(
      `${input}: ${JSON.stringify(value)} is not a whole number of days from 1 to 3650 (for example 90)`,
    );
  }
  return Number(value);
}

/** A time a user wrote; one without an offset is UTC (metrics/time.ts utcTimeOf), as the README says. */
export function timeOf(flag: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const ms = utcTimeOf(value);
  if (!Number.isFinite(ms)) {
    throw new UserError(
      `${flag}: ${JSON.stringify(value)} is not an ISO 8601 time (for example 2026-03-01T00:00:00Z; a time without an offset is UTC)`,
    );
  }
  return new Date(ms);
}

export function labelsOf(value: string | undefined, input = 'incident-labels'): string[] {
  if (value === undefined) return [...DEFAULTS.incidentLabels];
  const labels = value
    .split(',')
    .map((label) => label.trim())
    .filter(Boolean);
  if (labels.length === 0) {
    throw new UserError(
      `${input}: ${JSON.stringify(value)} names no label (expected a comma-separated list, for example incident,outage)`,
    );
  }
  return labels;
}

/** L5: `a,b` or one login a line; `bots` stands for every [bot] login. Undefined when not given. */
export function authorsOf(value: string | undefined, input = 'exclude-authors'): string[] | undefined {
  if (value === undefined) return undefined;
  try {
    return parseAuthorList(value);
  } catch (error) {
    throw new UserError(`${input}: ${(error as Error).message}`);
  }
}

/** P4: one of the dora-2025 industry keys. */
export function industryOf(value: string | undefined, input = 'industry'): IndustryKey | undefined {
  if (value === undefined) return undefined;
  const key = value.trim();
  if (!isIndustryKey(key)) throw new UserError(`${input}: ${unknownIndustry(value)}`);
  return key;
}

export function moneyOf(value: string | undefined, input = 'downtime-cost-per-hour'): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const amount = Number(value);
  if (!Number.isFinite(amount) || amount < 0) {
    throw new UserError(
      `${input}: ${JSON.stringify(value)} is not an amount of money of 0 or more (for example 5000)`,
    );
  }
  return amount;
}

export function currencyOf(value: string | undefined, input = 'currency'): string {
  if (value === undefined || value.trim() === '') return DEFAULTS.currency;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new UserError(
      `${input}: ${JSON.stringify(value)} is not a three-letter currency code (for example USD or EUR)`,
    );
  }
  return code;
}
