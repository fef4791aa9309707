// The output folder is replaced whole or not at all: everything is written into a staging folder
// beside it, which then takes its place by rename.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigError } from '../config.js';

/** Files that mark a folder as one this tool wrote, so replacing it loses nothing of the user's. */
const MARKERS = ['metrics.json', 'index.html'];

export function checkOutputFolder(outDir: string): string {
  const target = resolve(outDir);
  if (!existsSync(target)) return target;
  if (!statSync(target).isDirectory())
    throw new ConfigError(`--out ${outDir}: exists and is not a folder (expected a folder for the report)`);
  const entries = readdirSync(target);
  if (entries.length > 0 && !MARKERS.some((name) => entries.includes(name))) {
    throw new ConfigError(
      `--out ${outDir}: the folder holds other files and no earlier report (expected an empty or new folder, or one this tool wrote)`,
    );
  }
  return target;
}

export async function replaceFolder(
  outDir: string,
  fill: (staging: string) => Promise<void>,
): Promise<string> {
  const target = checkOutputFolder(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = join(dirname(target), `.${basename(target)}.partial-${process.pid}-${Date.now()}`);
  mkdirSync(staging);
  try {
    await fill(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const old = `${staging}.old`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
  return target;
}

export function writeText(folder: string, name: string, text: string): void {
  writeFileSync(join(folder, name), text);
}
