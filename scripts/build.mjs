// Bundles the command line and the Action with @vercel/ncc into dist/, then copies the static files
// the bundle finds relative to itself (STYLE.md habit 13): templates/ and Chart.js.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` builds elsewhere (the test that checks the committed dist/ against a fresh build).
const outFlag = process.argv.indexOf('--out');
const dist = outFlag > 0 ? process.argv[outFlag + 1] : join(root, 'dist');
const require = createRequire(import.meta.url); // resolves ncc's own CLI

/** Bundles one entry into `folder` (its index.js and the chunks of its dynamic imports). */
function bundle(entry, folder) {
  const tmp = join(dist, '..', `.ncc-${basename(folder)}-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      require.resolve('@vercel/ncc/dist/ncc/cli.js'),
      'build',
      entry,
      '-o',
      tmp,
      '--quiet',
      '--target',
      'es2022',
      '--transpile-only',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  mkdirSync(folder, { recursive: true });
  for (const file of readdirSync(tmp)) renameSync(join(tmp, file), join(folder, file));
  rmSync(tmp, { recursive: true, force: true });
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
// One bundle in dist/lib/ (its chunk files hold the code the Action and the command line share);
// dist/index.js (the Action, action.yml's main) and dist/cli.js (the bin) only start their half.
bundle('src/bundle.ts', join(dist, 'lib'));
writeFileSync(join(dist, 'index.js'), "import { runAction } from './lib/index.js';\nawait runAction();\n");
writeFileSync(
  join(dist, 'cli.js'),
  "#!/usr/bin/env node\nimport { runCli } from './lib/index.js';\nawait runCli();\n",
);
chmodSync(join(dist, 'cli.js'), 0o755);
cpSync(join(root, 'templates'), join(dist, 'templates'), { recursive: true });
mkdirSync(join(dist, 'vendor'), { recursive: true });
cpSync(
  join(root, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'),
  join(dist, 'vendor', 'chart.umd.min.js'),
);
writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
const bundles = [dist, join(dist, 'lib')].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f)),
);
const bad = bundles.filter((file) => readFileSync(file, 'utf8').includes('@@notfound'));
if (bad.length) {
  console.error(`build: ${bad.join(', ')} contain @@notfound: a module was not resolved`);
  process.exit(1);
}
