// The shape of `.github/dora.yml`: services, impact weights, business peaks and CI workflows.
// Plain data in (what the YAML parser gave), checked data out; InvalidEntry names what is wrong.
import { UserError } from '../errors.js';
import { isIndustryKey, unknownIndustry, type IndustryKey } from '../metrics/industry.js';
import { parseBusinessConfig } from '../business/config.js';
import { environmentSource } from '../metrics/sources.js';
import { utcTimeOf } from '../metrics/time.js';
import { authorProblem, isAuthorEntry } from '../metrics/authors.js';
import { isoTime } from '../metrics/window.js';
import {
  InvalidEntry,
  list,
  mapping,
  numberIn,
  onlyKeys,
  shown,
  strings,
  text,
  type EntryPath,
} from './check.js';
import type { ContextConfig, ImpactConfig, PeakConfig, ServiceConfig, ServiceTargets } from './types.js';
import { compileGlob, GlobRefused } from './glob.js';
import { DAY_MS } from '../metrics/stats.js';

export const MAX_WEIGHT = 100;

const ROOT_KEYS = ['services', 'impact', 'calendar', 'ci', 'industry', 'business', 'excludeAuthors'];

export function parseContextData(data: unknown): Omit<ContextConfig, 'file'> {
  // An empty file is a valid (empty) configuration.
  const root = data === null || data === undefined ? {} : mapping(data, [], `keys ${ROOT_KEYS.join(', ')}`);
  onlyKeys(root, [], ROOT_KEYS);
  return {
    services: root.services === undefined ? [] : parseServices(root.services),
    impact: root.impact === undefined ? null : parseImpact(root.impact),
    peaks: root.calendar === undefined ? [] : parseCalendar(root.calendar),
    ciWorkflows: root.ci === undefined ? [] : parseCi(root.ci),
    ...(root.industry === undefined ? {} : { industry: parseIndustry(root.industry) }),
    ...(root.business === undefined ? {} : { business: parseBusinessConfig(root.business) }),
    ...(root.excludeAuthors === undefined ? {} : { excludeAuthors: parseAuthors(root.excludeAuthors) }),
  };
}

/** L5: a list of logins, `bots` for every [bot] login (quoted in YAML, since `[` starts a list). */
function parseAuthors(value: unknown): string[] {
  const path = ['excludeAuthors'];
  const entries = strings(value, path, 'login', '"dependabot[bot]" or bots');
  entries.forEach((entry, i) => {
    if (!isAuthorEntry(entry)) throw new InvalidEntry([...path, i], authorProblem(entry));
  });
  return entries.map((entry) => entry.trim());
}

/** P4: one of the dora-2025 industry keys. */
function parseIndustry(value: unknown): IndustryKey {
  const key = text(value, ['industry'], 'industry key', '"financial_services"');
  if (!isIndustryKey(key)) throw new InvalidEntry(['industry'], unknownIndustry(key));
  return key;
}

function parseServices(value: unknown): ServiceConfig[] {
  const items = list(value, ['services'], 'a list of services, each with a name');
  const seen = new Set<string>();
  return items.map((item, i) => {
    const service = parseService(item, ['services', i]);
    const key = service.name.toLowerCase();
    if (seen.has(key))
      throw new InvalidEntry(
        ['services', i, 'name'],
        `${shown(service.name)} names a second service of that name (expected each name once)`,
      );
    seen.add(key);
    return service;
  });
}

function parseService(value: unknown, path: EntryPath): ServiceConfig {
  const entry = mapping(value, path, 'a service with a name and paths, labels or environments');
  onlyKeys(entry, path, ['name', 'paths', 'labels', 'environments', 'targets']);
  const name = text(entry.name, [...path, 'name'], 'service name', '"checkout-api"');
  const paths = entry.paths === undefined ? [] : parsePaths(entry.paths, [...path, 'paths']);
  const labels =
    entry.labels === undefined ? [] : strings(entry.labels, [...path, 'labels'], 'label', '"team:payments"');
  const environments =
    entry.environments === undefined
      ? null
      : parseEnvironments(entry.environments, [...path, 'environments']);
  if (paths.length === 0 && labels.length === 0 && environments === null) {
    throw new InvalidEntry(
      path,
      `service ${shown(name)} selects nothing (expected paths, labels or environments)`,
    );
  }
  const targets = entry.targets === undefined ? {} : parseTargets(entry.targets, [...path, 'targets']);
  return { name, paths, labels: labels.map((l) => l.toLowerCase()), environments, targets };
}

/** A service's path globs (glob.ts): each must compile, and one at least must select. */
function parsePaths(value: unknown, path: EntryPath): string[] {
  const globs = strings(value, path, 'glob string', '"src/api/**"');
  globs.forEach((glob, i) => {
    try {
      compileGlob(glob);
    } catch (error) {
      if (!(error instanceof GlobRefused)) throw error;
      throw new InvalidEntry([...path, i], `${shown(glob)} is not a glob we can match: ${error.message}`);
    }
  });
  if (globs.length > 0 && globs.every((glob) => glob.startsWith('!'))) {
    throw new InvalidEntry(
      path,
      'every glob starts with !, so no path is selected (expected a glob that selects first, for example ["src/**", "!src/docs/**"])',
    );
  }
  return globs;
}

function parseEnvironments(value: unknown, path: EntryPath): string {
  const name = text(value, path, 'environment name or /pattern/', '"production" or "/^api-prod/"');
  try {
    environmentSource(name);
  } catch (error) {
    if (error instanceof UserError) throw new InvalidEntry(path, error.message.replace(/^source: /, ''));
    throw error;
  }
  return name;
}

function parseTargets(value: unknown, path: EntryPath): ServiceTargets {
  const entry = mapping(value, path, 'targets such as deploymentsPerWeek: 5');
  onlyKeys(entry, path, ['deploymentsPerWeek', 'leadTimeHours', 'changeFailureRate', 'timeToRestoreHours']);
  const targets: ServiceTargets = {};
  const positive = (key: keyof ServiceTargets, expected: string) => {
    if (entry[key] !== undefined)
      targets[key] = numberIn(entry[key], [...path, key], { min: 0, minExclusive: true }, expected);
  };
  positive('deploymentsPerWeek', 'a number of deployments a week above 0 (for example 5)');
  positive('leadTimeHours', 'a number of hours above 0 (for example 24)');
  positive('timeToRestoreHours', 'a number of hours above 0 (for example 1)');
  if (entry.changeFailureRate !== undefined) {
    targets.changeFailureRate = numberIn(
      entry.changeFailureRate,
      [...path, 'changeFailureRate'],
      { min: 0, max: 1 },
      'a share from 0 to 1 (for example 0.15 for 15%)',
    );
  }
  return targets;
}

function parseImpact(value: unknown): ImpactConfig {
  const entry = mapping(value, ['impact'], 'labels and a default weight');
  onlyKeys(entry, ['impact'], ['labels', 'default']);
  const weight = (v: unknown, path: EntryPath) =>
    numberIn(
      v,
      path,
      { min: 0, max: MAX_WEIGHT, whole: true },
      `a whole-number weight from 0 to ${MAX_WEIGHT} (for example 3)`,
    );
  const labelMap = mapping(
    entry.labels ?? {},
    ['impact', 'labels'],
    'label: weight pairs such as "impact:high": 3',
  );
  const labels = Object.entries(labelMap).map(([label, v]) => ({
    label: label.toLowerCase(),
    weight: weight(v, ['impact', 'labels', label]),
  }));
  if (labels.length === 0)
    throw new InvalidEntry(
      ['impact', 'labels'],
      'no label is given a weight (expected pairs such as "impact:high": 3)',
    );
  const defaultWeight = entry.default === undefined ? 1 : weight(entry.default, ['impact', 'default']);
  return { labels, defaultWeight };
}

function parseCalendar(value: unknown): PeakConfig[] {
  const entry = mapping(value, ['calendar'], 'peaks: a list of named periods');
  onlyKeys(entry, ['calendar'], ['peaks']);
  const items = list(entry.peaks ?? [], ['calendar', 'peaks'], 'a list of peaks with name, start and end');
  return items.map((item, i) => parsePeak(item, ['calendar', 'peaks', i]));
}

function parsePeak(value: unknown, path: EntryPath): PeakConfig {
  const entry = mapping(value, path, 'a peak with name, start and end');
  onlyKeys(entry, path, ['name', 'start', 'end']);
  const name = text(entry.name, [...path, 'name'], 'peak name', '"Black Friday"');
  const start = timeOf(entry.start, [...path, 'start'], false);
  const end = timeOf(entry.end, [...path, 'end'], true);
  if (end <= start)
    throw new InvalidEntry(
      [...path, 'end'],
      `${shown(entry.end)} is not after start ${shown(entry.start)} (expected an end date on or after the start date)`,
    );
  return { name, start: isoTime(start), end: isoTime(end) };
}

/**
 * A date (YYYY-MM-DD, UTC; an end date counts whole, so the peak runs to its midnight) or an ISO
 * time; a time without an offset is UTC (utcTimeOf), never the machine's time zone.
 */
function timeOf(value: unknown, path: EntryPath, isEnd: boolean): number {
  const raw = value instanceof Date ? value.toISOString() : value;
  const expected = 'a date such as 2026-11-27 or a time such as 2026-11-27T00:00:00Z';
  const ms = typeof raw === 'string' ? utcTimeOf(raw) : NaN;
  if (!Number.isFinite(ms))
    throw new InvalidEntry(path, `${shown(value)} is not a date (expected ${expected})`);
  const dateOnly = /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(raw as string);
  return dateOnly && isEnd ? ms + DAY_MS : ms;
}

function parseCi(value: unknown): string[] {
  const entry = mapping(value, ['ci'], 'workflows: a list of workflow files or names');
  onlyKeys(entry, ['ci'], ['workflows']);
  return strings(entry.workflows ?? [], ['ci', 'workflows'], 'workflow file or name', '"ci.yml"');
}
