// Reads `.github/dora.yml` (issue 6): services, impact weights, business peaks. A mistake in it is
// a ConfigError (exit 2) whose one line names the file, the line, the path inside the file and
// what was expected: `dora.yml line 7: services[1].paths[0]: 42 is not a glob string (…)`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { ConfigError } from '../config.js';
import { InvalidEntry } from './config-check.js';
import { parseContextData } from './config-parse.js';
import type { ContextConfig } from './config-types.js';

export type {
  ContextConfig,
  ServiceConfig,
  ServiceTargets,
  ImpactConfig,
  PeakConfig,
} from './config-types.js';

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

/** The file's configuration, or null when the default file does not exist. */
export function loadContextConfig(file: ContextFile | undefined): ContextConfig | null {
  if (!file) return null;
  if (!existsSync(file.path)) {
    if (!file.explicit) return null;
    throw new ConfigError(
      `${file.input ?? 'config'}: ${file.path} does not exist (expected a YAML file such as .github/dora.yml)`,
    );
  }
  if (!statSync(file.path).isFile() || statSync(file.path).size > MAX_BYTES) {
    throw new ConfigError(
      `${file.input ?? 'config'}: ${file.path} is not a file under 1 MB (expected a YAML file such as .github/dora.yml)`,
    );
  }
  return parseContextConfig(readFileSync(file.path, 'utf8'), file.path);
}

/** Parses and checks the text of a configuration file; `file` names it in messages. */
export function parseContextConfig(source: string, file: string | null): ContextConfig {
  const where = file ?? 'config';
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = lines.linePos(error.pos[0]).line;
    throw new ConfigError(`${where} line ${line}: ${firstLine(error.message)} (expected YAML)`);
  }
  try {
    return { file, ...parseContextData(doc.toJS({ maxAliasCount: 100 })) };
  } catch (error) {
    if (!(error instanceof InvalidEntry)) throw error;
    const line = lineOf(doc, lines, error.path);
    throw new ConfigError(`${where}${line === null ? '' : ` line ${line}`}: ${error.message}`);
  }
}

function lineOf(doc: Document, lines: LineCounter, path: readonly (string | number)[]): number | null {
  // The entry itself, else the nearest enclosing one that exists (a missing key has no line).
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
  }
  return null;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Services selected by path need the pull requests' changed files, which cost the collector more. */
export function needsChangedFiles(config: ContextConfig | null): boolean {
  return config !== null && config.services.some((service) => service.paths.length > 0);
}
