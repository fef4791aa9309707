// Writes examples/world.json, the world `npm run demo` reports on: a year of an eight-person team
// that deploys from main a few times a week (about 700 merged pull requests, a change failure
// rate in the teens, restores within hours), and examples/business.csv with examples/dora.yml:
// its weekly business measures. Deterministic: the same bytes on every run.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWorldFile } from '../src/world/write.js';
import { BUSINESS_YAML, businessCsv } from './lib/business-example.js';
import { generateWorld } from './lib/generate-world.js';

export const EXAMPLE_OPTIONS = {
  seed: 7,
  pullRequests: 790,
  days: 365,
  until: '2026-11-01T00:00:00Z',
  deploymentsPerWeek: 6,
  teamSize: 8,
  incidentShare: 0.07,
  owner: 'acme',
  name: 'storefront',
} as const;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'examples', 'world.json');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const world = generateWorld(EXAMPLE_OPTIONS);
  writeWorldFile(target, world, { pretty: true });
  const count = (list: unknown[] | undefined) => list?.length ?? 0;
  process.stderr.write(
    `wrote ${target}: ${count(world.pullRequests)} pull requests, ${count(world.commits)} commits, ` +
      `${count(world.deployments)} deployments, ${count(world.issues)} issues\n`,
  );
  writeFileSync(join(root, 'examples', 'business.csv'), businessCsv(world));
  writeFileSync(join(root, 'examples', 'dora.yml'), BUSINESS_YAML);
  process.stderr.write('wrote examples/business.csv and examples/dora.yml\n');
}
