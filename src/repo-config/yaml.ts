// The YAML side of reading `.github/dora.yml`: parses the text, checks it, and turns a mistake into
// one line naming the file, the line and the path inside the file (see config.ts).
import { UserError } from '../errors.js';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { InvalidEntry } from './check.js';
import { parseContextData } from './parse.js';
import type { ContextConfig } from './types.js';

/** Parses and checks the text of a configuration file; `file` names it in messages. */
export function parseContextConfig(source: string, file: string | null): ContextConfig {
  const where = file ?? 'config';
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = lines.linePos(error.pos[0]).line;
    throw new UserError(`${where} line ${line}: ${firstLine(error.message)} (expected YAML)`);
  }
  try {
    return { file, ...parseContextData(doc.toJS({ maxAliasCount: 100 })) };
  } catch (error) {
    if (!(error instanceof InvalidEntry)) throw error;
    const line = lineOf(doc, lines, error.path);
    throw new UserError(`${where}${line === null ? '' : ` line ${line}`}: ${error.message}`);
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
