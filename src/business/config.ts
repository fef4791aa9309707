// B2: the configuration file's `business` key (.github/dora.yml):
//   business:
//     file: metrics/business.csv      # or --business FILE / the business-metrics input
//     period: week                    # week (default) or month
//     measures:
//       signups: { better: higher, unit: sign-ups }
//       revenue: { kind: revenue, unit: EUR }
//       csat: { kind: satisfaction, range: [1, 5] }
import {
  InvalidEntry,
  mapping,
  numberIn,
  onlyKeys,
  shown,
  text,
  type EntryPath,
} from '../repo-config/check.js';
import type { BusinessConfig, MeasureSpec, Period } from './types.js';

const PATH = ['business'];

export function parseBusinessConfig(value: unknown): BusinessConfig {
  const entry = mapping(value, PATH, 'file, period and measures');
  onlyKeys(entry, PATH, ['file', 'period', 'measures']);
  const file =
    entry.file === undefined ? null : text(entry.file, [...PATH, 'file'], 'path', '"metrics/business.csv"');
  const period = entry.period === undefined ? 'week' : periodOf(entry.period, [...PATH, 'period']);
  const measures =
    entry.measures === undefined
      ? []
      : Object.entries(
          mapping(
            entry.measures,
            [...PATH, 'measures'],
            'one entry per measure, such as signups: { better: higher }',
          ),
        ).map(([name, spec]) => measureOf(name, spec ?? {}, [...PATH, 'measures', name]));
  return { file, period, measures };
}

function oneOf<T extends string>(value: unknown, path: EntryPath, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new InvalidEntry(path, `${shown(value)} is not one of ${allowed.join(', ')}`);
}

function periodOf(value: unknown, path: EntryPath): Period {
  return oneOf(value, path, ['week', 'month'] as const);
}

function measureOf(name: string, value: unknown, path: EntryPath): MeasureSpec {
  const entry = mapping(value, path, 'better, unit, kind and range');
  onlyKeys(entry, path, ['better', 'unit', 'kind', 'range']);
  const kind =
    entry.kind === undefined
      ? 'other'
      : oneOf(entry.kind, [...path, 'kind'], ['revenue', 'satisfaction', 'other'] as const);
  const range = entry.range === undefined ? null : rangeOf(entry.range, [...path, 'range']);
  if (range !== null && kind !== 'satisfaction')
    throw new InvalidEntry(
      [...path, 'range'],
      'a range for a measure that is not of kind satisfaction (expected kind: satisfaction, or no range)',
    );
  if (range === null && kind === 'satisfaction')
    throw new InvalidEntry(
      path,
      `satisfaction measure ${shown(name)} has no range (expected range: [min, max], such as [1, 5])`,
    );
  return {
    name,
    better:
      entry.better === undefined
        ? 'higher'
        : oneOf(entry.better, [...path, 'better'], ['higher', 'lower'] as const),
    unit:
      entry.unit === undefined ? null : text(entry.unit, [...path, 'unit'], 'unit', '"EUR" or "sign-ups"'),
    kind,
    range,
  };
}

function rangeOf(value: unknown, path: EntryPath): [number, number] {
  if (!Array.isArray(value) || value.length !== 2)
    throw new InvalidEntry(path, `${shown(value)} is not [min, max] (expected two numbers such as [1, 5])`);
  const low = numberIn(value[0], [...path, 0], { min: -Infinity }, "a number (the scale's lowest value)");
  const high = numberIn(
    value[1],
    [...path, 1],
    { min: low, minExclusive: true },
    `a number above ${low} (the scale's highest value)`,
  );
  return [low, high];
}
