// B1/B2: finds and reads the business measures file: the one named on the command line (or by the
// Action's input), else the configuration's `business.file`. A mistake is a UserError (exit 2)
// raised before anything is collected or written.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { parseBusinessCsv } from './csv.js';
import type { BusinessConfig, BusinessInput, MeasureSpec } from './types.js';

/** A file named by a flag or input: `input` names it in messages (`--business`, `business-metrics`). */
export interface NamedFile {
  path: string;
  input: string;
}

/** Weekly rows for decades stay far below this; a larger file is something else. */
const MAX_BYTES = 10_000_000;

/**
 * `business.file` of a configuration is relative to the repository: the folder that holds
 * `.github/` for a file inside `.github/`, else the configuration file's own folder.
 */
export function resolveConfiguredFile(configFile: string | null, file: string): string {
  if (configFile === null) return resolve(file);
  const folder = dirname(resolve(configFile));
  return resolve(basename(folder) === '.github' ? dirname(folder) : folder, file);
}

export function loadBusiness(
  named: NamedFile | undefined,
  config: { file: string | null; business?: BusinessConfig | null } | null,
): BusinessInput | null {
  const business = config?.business ?? null;
  const configured = business?.file ?? null;
  const where: NamedFile | null = named
    ? named
    : configured !== null
      ? {
          path: resolveConfiguredFile(config!.file, configured),
          input: `${config!.file ?? 'config'}: business.file`,
        }
      : null;
  if (where === null) return null;
  if (!existsSync(where.path) || !statSync(where.path).isFile() || statSync(where.path).size > MAX_BYTES) {
    throw new UserError(
      `${where.input}: ${where.path} is not a file under 10 MB (expected a CSV of business measures: date,NAME,… one row per period)`,
    );
  }
  const period = business?.period ?? 'week';
  const table = parseBusinessCsv(readFileSync(where.path, 'utf8'), named ? named.path : configured!, period);
  const described = new Map((business?.measures ?? []).map((m) => [m.name, m]));
  for (const name of described.keys()) {
    if (!table.names.includes(name)) {
      throw new UserError(
        `${config!.file ?? 'config'}: business.measures.${name} is not a column of ${where.path} (expected one of ${table.names.join(', ')})`,
      );
    }
  }
  const measures: MeasureSpec[] = table.names.map(
    (name) => described.get(name) ?? { name, better: 'higher', unit: null, kind: 'other', range: null },
  );
  return { file: where.path, period, measures, rows: table.rows };
}
