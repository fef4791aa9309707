// The configuration file (`.github/dora.yml`), once read and checked.
import type { IndustryKey } from '../metrics/industry.js';
import type { BusinessConfig } from '../business/types.js';

/** What a service promises itself; each key is optional. */
export interface ServiceTargets {
  /** D4: at least this many deployments a week */
  deploymentsPerWeek?: number;
  /** L4: a median lead time of at most this many hours */
  leadTimeHours?: number;
  /** C3: a change failure rate of at most this share (0..1) */
  changeFailureRate?: number;
  /** R1: a median time to restore of at most this many hours */
  timeToRestoreHours?: number;
}

export interface ServiceConfig {
  name: string;
  /** globs over a pull request's changed files (glob.ts) */
  paths: string[];
  /** pull request and incident labels, matched in any case */
  labels: string[];
  /** an environment name (any case) or `/REGEX/flags`: the service's own deployments */
  environments: string | null;
  targets: ServiceTargets;
}

export interface ImpactConfig {
  /** label (lower case) → whole-number weight */
  labels: { label: string; weight: number }[];
  /** the weight of a change or deployment that carries none of the labels */
  defaultWeight: number;
}

export interface PeakConfig {
  name: string;
  /** ISO times; the peak is [start, end) */
  start: string;
  end: string;
}

export interface ContextConfig {
  /** the file it was read from, as given (null: built in code, as tests do) */
  file: string | null;
  services: ServiceConfig[];
  impact: ImpactConfig | null;
  peaks: PeakConfig[];
  /** workflows whose runs are CI (by file name, path or name); empty: every workflow */
  ciWorkflows: string[];
  /** L5: `excludeAuthors:`, logins left out of lead time, flow and rework (absent: not given) */
  excludeAuthors?: string[];
  /** P4: `industry:`, the dora-2025 industry to compare with (absent: not given) */
  industry?: IndustryKey;
  /** B2: the business measures file and how to read its measures; absent: not given */
  business?: BusinessConfig | null;
}

export const TARGET_KEYS = [
  'deploymentsPerWeek',
  'leadTimeHours',
  'changeFailureRate',
  'timeToRestoreHours',
] as const;

export type TargetKey = (typeof TARGET_KEYS)[number];
