// Reads `.github/dora.yml`: services, impact weights, business peaks. A mistake in it is
// a UserError (exit 2) whose one line names the file, the line, the path inside the file and
// what was expected: `dora.yml line 7: services[1].paths[0]: 42 is not a glob string (…)`.
import { UserError } from '../errors.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContextConfig } from './types.js';

export type { ContextConfig, ServiceConfig, ServiceTargets, ImpactConfig, PeakConfig } from './types.js';

export const DEFAULT_CONTEXT_FILE = join('.github', 'dora.yml');

/** Where to look, and whether a missing file is a mistake (given explicitly) or just absent (default). */
export interface ContextFile {
  path: string;
  explicit: boolean;
  /** the flag or input that named it, for messages (default `config`) */
  input?: string;
}

/** A larger file is not a hand-written configuration; refuse before parsing it. */
const MAX_BYTES = 1_000_000;

/**
 * The file's configuration, or null when the default file does not exist. The YAML parser is
 * loaded only when there is a file to parse: most runs have none, and it costs start-up time.
 */
export async function loadContextConfig(file: ContextFile | undefined): Promise<ContextConfig | null> {
  if (!file) return null;
  if (!existsSync(file.path)) {
    if (!file.explicit) return null;
    throw new UserError(
      `${file.input ?? 'config'}: ${file.path} does not exist (expected a YAML file such as .github/dora.yml)`,
    );
  }
  if (!statSync(file.path).isFile() || statSync(file.path).size > MAX_BYTES) {
    throw new UserError(
      `${file.input ?? 'config'}: ${file.path} is not a file under 1 MB (expected a YAML file such as .github/dora.yml)`,
    );
  }
  const { parseContextConfig } = await import('./yaml.js');
  return parseContextConfig(readFileSync(file.path, 'utf8'), file.path);
}

/** Services selected by path need the pull requests' changed files, which cost the collector more. */
export function needsChangedFiles(config: ContextConfig | null): boolean {
  return config !== null && config.services.some((service) => service.paths.length > 0);
}
