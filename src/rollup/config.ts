// The roll-up's configuration file: `teams: { NAME: [owner/repo, …] }` and `expected: [owner/repo, …]`
// (O2). Pure: text in, checked configuration out; a mistake is one line naming the file and key.
import { parseDocument } from 'yaml';
import { UserError } from '../errors.js';
import type { Member, RollupConfig } from './types.js';
import { ORGANISATION } from './compute.js';

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

function repositories(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) throw new UserError(`${where}: expected a list of owner/repo`);
  const seen = new Set<string>();
  return value.map((entry, i) => {
    if (typeof entry !== 'string' || !REPOSITORY.test(entry)) {
      throw new UserError(
        `${where}[${i}]: ${JSON.stringify(entry)} is not owner/repo (for example acme/shop)`,
      );
    }
    if (seen.has(entry.toLowerCase())) throw new UserError(`${where}[${i}]: ${entry} is listed twice`);
    seen.add(entry.toLowerCase());
    return entry;
  });
}

export function parseRollupConfig(text: string, file: string): RollupConfig {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new UserError(`${file}: ${doc.errors[0].message.split('\n')[0]} (expected YAML)`);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError(`${file}: expected a mapping with teams: and expected:`);
  }
  const entries = data as Record<string, unknown>;
  const unknown = Object.keys(entries).find((key) => key !== 'teams' && key !== 'expected');
  if (unknown !== undefined) {
    throw new UserError(
      `${file}: ${JSON.stringify(unknown)} is not a roll-up setting (expected teams: or expected:)`,
    );
  }
  const teams = entries.teams ?? {};
  if (typeof teams !== 'object' || teams === null || Array.isArray(teams)) {
    throw new UserError(`${file}: teams: expected a mapping of team names to lists of owner/repo`);
  }
  return {
    teams: Object.entries(teams as Record<string, unknown>).map(([name, members]) => {
      if (name.trim() === '' || name.toLowerCase() === ORGANISATION) {
        throw new UserError(
          `${file}: teams: ${JSON.stringify(name)} is not a team name (expected a name other than "${ORGANISATION}")`,
        );
      }
      return { name, members: repositories(members, `${file}: teams.${name}`) };
    }),
    expected: entries.expected === undefined ? [] : repositories(entries.expected, `${file}: expected`),
  };
}

/**
 * A team that names a repository with no metrics.json is a mistake, unless that repository is
 * `expected` (then it is a known missing member, named on the first screen).
 */
export function checkTeams(config: RollupConfig, members: readonly Member[], file: string): void {
  const read = new Set(members.map((m) => m.repository.toLowerCase()));
  const expected = new Set(config.expected.map((name) => name.toLowerCase()));
  for (const team of config.teams) {
    const absent = team.members.find(
      (name) => !read.has(name.toLowerCase()) && !expected.has(name.toLowerCase()),
    );
    if (absent !== undefined) {
      throw new UserError(
        `${file}: teams.${team.name} names ${absent}, which no metrics.json among the inputs is for (expected a repository that was read, or one listed under expected:)`,
      );
    }
  }
}
