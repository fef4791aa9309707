// Releases the Action: `node scripts/release.mjs X.Y.Z` (the release workflow runs it after
// `npm run build`). It refuses unless package.json says X.Y.Z, dist/ is what the sources build
// (the build left no change in it), and vX.Y.Z is new, here and on the remote; then it tags
// vX.Y.Z and moves vX to it, unless a later vX.* release exists (a fix to an older line leaves
// vX where it is). Users pin `@vX` or `@vX.Y.Z`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(2);
}

const parts = (version) => version.split('.').map(Number);

/** -1, 0 or 1 as a is older than, the same as or newer than b (X.Y.Z, numerically). */
function compare(a, b) {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

const remote = process.env.RELEASE_REMOTE || 'origin';
const given = process.argv[2] ?? '';
const version = given.replace(/^v/, '');
if (!/^\d+\.\d+\.\d+$/.test(version))
  fail(`${JSON.stringify(given)} is not a version (expected X.Y.Z, such as 1.4.0)`);
const tag = `v${version}`;
const major = `v${parts(version)[0]}`;

const declared = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).version;
if (declared !== version) fail(`package.json says ${declared}, not ${version}: bump it in a commit first`);
const stale = git('status', '--porcelain', '--', 'dist');
if (stale) {
  const count = stale.split('\n').length;
  const differ = count === 1 ? '1 file differs' : `${count} files differ`;
  fail(`dist/ is not what the sources build (${differ}): run npm run build and commit dist/`);
}
git('fetch', '--quiet', '--tags', '--force', remote);
if (git('tag', '--list', tag))
  fail(`${tag} exists already; a release is never moved (expected a new version)`);

const head = git('rev-parse', 'HEAD');
git('tag', '--annotate', tag, '--message', tag, head);
git('push', '--quiet', remote, `refs/tags/${tag}`);
console.log(`release: tagged ${tag} at ${head.slice(0, 7)}`);

const later = git('tag', '--list', `${major}.*`)
  .split('\n')
  .map((t) => t.replace(/^v/, ''))
  .filter((t) => /^\d+\.\d+\.\d+$/.test(t) && compare(t, version) > 0)
  .sort(compare);
if (later.length > 0) {
  console.log(`release: ${major} stays where it is: v${later.at(-1)} is later than ${tag}`);
} else {
  git('tag', '--force', '--annotate', major, '--message', `${major} (${tag})`, head);
  git('push', '--quiet', '--force', remote, `refs/tags/${major}`);
  console.log(`release: moved ${major} to ${tag}`);
}
