// Bundles the command line and the Action with @vercel/ncc into dist/, then copies the static files
// the bundle finds relative to itself (STYLE.md habit 13): templates/ and Chart.js.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` builds elsewhere (the test that checks the committed dist/ against a fresh build).
const outFlag = process.argv.indexOf('--out');
const dist = outFlag > 0 ? process.argv[outFlag + 1] : join(root, 'dist');
const require = createRequire(import.meta.url); // resolves ncc's own CLI

function bundle(entry, outName) {
  const tmp = join(dist, '..', `.ncc-${outName}-${process.pid}`);
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
  for (const file of readdirSync(tmp)) {
    const target = file === 'index.js' ? `${outName}.js` : file;
    renameSync(join(tmp, file), join(dist, target));
  }
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
bundle('src/cli.ts', 'cli');
bundle('src/action.ts', 'index');
// The CLI is a bin: keep its shebang executable.
const cli = join(dist, 'cli.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
cpSync(join(root, 'templates'), join(dist, 'templates'), { recursive: true });
mkdirSync(join(dist, 'vendor'), { recursive: true });
cpSync(
  join(root, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'),
  join(dist, 'vendor', 'chart.umd.min.js'),
);
writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
const bad = readdirSync(dist).filter(
  (f) => f.endsWith('.js') && readFileSync(join(dist, f), 'utf8').includes('@@notfound'),
);
if (bad.length) {
  console.error(`build: ${bad.join(', ')} contain @@notfound: a module was not resolved`);
  process.exit(1);
}
