// D1/D2: which records count as deployments.
import { MetricsInputError } from './errors.js';

export const DEFAULT_TAG_PATTERN = String.raw`^v?\d+\.\d+\.\d+$`;

export type DeploymentSource =
  | { kind: 'environment'; name: string }
  | { kind: 'releases' }
  | { kind: 'tags'; pattern: string; regex: RegExp }
  | { kind: 'workflow'; file: string }
  | { kind: 'merges' };

export const SOURCE_SYNTAX = 'auto, environment[:NAME], releases, tags[:REGEX], workflow:FILE or merges';

/** Parses D1's syntax; `auto` is resolved later against the world (D2). */
export function parseSource(text: string): DeploymentSource | 'auto' {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  const kind = (colon < 0 ? trimmed : trimmed.slice(0, colon)).toLowerCase();
  const argument = colon < 0 ? '' : trimmed.slice(colon + 1);
  switch (kind) {
    case 'auto':
      return 'auto';
    case 'environment':
      return { kind: 'environment', name: argument || 'production' };
    case 'releases':
      return { kind: 'releases' };
    case 'tags':
      return tagSource(argument || DEFAULT_TAG_PATTERN);
    case 'workflow':
      if (!argument)
        throw new MetricsInputError(`source: "workflow" needs a file, as in workflow:deploy.yml`);
      return { kind: 'workflow', file: argument };
    case 'merges':
      return { kind: 'merges' };
    default:
      throw new MetricsInputError(
        `source: ${JSON.stringify(text)} is not a deployment source (expected ${SOURCE_SYNTAX})`,
      );
  }
}

function tagSource(pattern: string): DeploymentSource {
  try {
    return { kind: 'tags', pattern, regex: new RegExp(pattern) };
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
    throw new MetricsInputError(
      `source: tags pattern ${JSON.stringify(pattern)} is not a valid regular expression (${reason})`,
    );
  }
}

export function formatSource(source: DeploymentSource): string {
  switch (source.kind) {
    case 'environment':
      return `environment:${source.name}`;
    case 'tags':
      return `tags:${source.pattern}`;
    case 'workflow':
      return `workflow:${source.file}`;
    default:
      return source.kind;
  }
}

/** D2: the candidates `auto` tries, in order. */
export function autoCandidates(): DeploymentSource[] {
  return [
    { kind: 'environment', name: 'production' },
    { kind: 'releases' },
    tagSource(DEFAULT_TAG_PATTERN),
    { kind: 'merges' },
  ];
}
