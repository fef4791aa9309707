// The output folder is replaced whole or not at all, and only when this tool wrote it: everything
// is written into a staging folder beside it, with a marker listing what was written, and the
// staging folder then takes the folder's place by rename. A folder without the marker, or with
// anything the marker does not list, is somebody's work and is never replaced.
import { UserError } from '../errors.js';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';

/** Written last into every report folder: the folder is ours, and these are the entries we wrote. */
export const MARKER = '.dora-report.json';
const MARKER_TOOL = 'dora-flow-action';

/** Staging and set-aside folders live beside the target, named after it, with the writer's pid. */
const LEFTOVER = /^\.(.+)\.dora-(staging|old)-(\d+)$/;

interface Marker {
  tool: string;
  entries: string[];
}

function readMarker(folder: string): Marker | null {
  try {
    const value = JSON.parse(readFileSync(join(folder, MARKER), 'utf8')) as Partial<Marker>;
    if (value?.tool !== MARKER_TOOL || !Array.isArray(value.entries)) return null;
    return { tool: value.tool, entries: value.entries.filter((e): e is string => typeof e === 'string') };
  } catch {
    return null;
  }
}

/** `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && !parse(path).root);
}

/** Folders that hold a user's work as a whole: never a report folder, whatever they contain. */
function protectedReason(target: string, env: NodeJS.ProcessEnv): string | null {
  if (parse(target).root === target) return 'is the root of the file system';
  const places: [string | undefined, string][] = [
    [process.cwd(), 'the current folder'],
    [env.GITHUB_WORKSPACE, 'the workspace'],
    [homedir(), 'the home folder'],
  ];
  for (const [place, name] of places) {
    if (!place) continue;
    const full = resolve(place);
    if (full === target) return `is ${name}`;
    if (within(full, target)) return `holds ${name} (${full})`;
  }
  if (existsSync(join(target, '.git'))) return 'is a git work tree';
  if (existsSync(join(target, 'HEAD')) && existsSync(join(target, 'objects'))) return 'is a git repository';
  return null;
}

/** The nearest folder that exists at or above `path`. */
function nearestExisting(path: string): string {
  let folder = path;
  while (!existsSync(folder)) folder = dirname(folder);
  return folder;
}

/**
 * Checked before any work: the folder may be written, and replacing it loses nothing of the
 * user's. `input` names the flag or input that gave it (`--out`, `report-dir`).
 */
export function checkOutputFolder(
  outDir: string,
  input = '--out',
  env: NodeJS.ProcessEnv = process.env,
): string {
  const target = resolve(outDir);
  const refuse = (why: string, expected = 'a new or empty folder, or a report folder this tool wrote') =>
    new UserError(`${input} ${outDir}: ${why} (expected ${expected})`);
  const reason = protectedReason(target, env);
  if (reason)
    throw refuse(
      `${reason}; the report replaces its folder whole, so it never writes there`,
      'a folder of its own, such as dora-report',
    );
  const existing = nearestExisting(target);
  if (!statSync(existing).isDirectory()) {
    throw refuse(
      existing === target ? 'exists and is not a folder' : `cannot be made: ${existing} is a file`,
    );
  }
  recoverLeftovers(target);
  if (!existsSync(target)) return target;
  const entries = readdirSync(target).sort();
  if (entries.length === 0) return target;
  const marker = readMarker(target);
  if (!marker) {
    throw refuse(
      `holds ${JSON.stringify(entries[0])} and no ${MARKER}, so it is not a report this tool wrote`,
    );
  }
  const ours = new Set([...marker.entries, MARKER]);
  const foreign = entries.find((entry) => !ours.has(entry));
  if (foreign !== undefined) {
    throw refuse(`holds ${JSON.stringify(foreign)}, which is not part of the report this tool wrote there`);
  }
  return target;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A run killed while it wrote leaves a staging folder (and, killed between the two renames, the
 * previous report set aside with no folder under the name). The next run puts a complete report
 * back under the name, the new one when its marker says it was finished, and removes the rest.
 */
export function recoverLeftovers(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) return;
  const name = basename(target);
  const leftovers = readdirSync(parent)
    .map((entry) => ({ entry, match: LEFTOVER.exec(entry) }))
    .filter(({ match }) => match !== null && match[1] === name && !alive(Number(match[3])))
    .map(({ entry, match }) => ({ path: join(parent, entry), kind: match![2] }));
  if (!existsSync(target)) {
    const complete = leftovers.find((l) => l.kind === 'staging' && readMarker(l.path));
    const restored = complete ?? leftovers.find((l) => l.kind === 'old' && readMarker(l.path));
    if (restored) renameSync(restored.path, target);
  }
  for (const leftover of leftovers) rmSync(leftover.path, { recursive: true, force: true });
}

/** Staging folders of this process, removed if the process is interrupted. */
const stagingFolders = new Set<string>();
let signalsHandled = false;

function cleanUpOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      for (const folder of stagingFolders) rmSync(folder, { recursive: true, force: true });
      process.exit(code);
    });
  }
}

export async function replaceFolder(
  outDir: string,
  fill: (staging: string) => Promise<void>,
  input = '--out',
): Promise<string> {
  const target = checkOutputFolder(outDir, input);
  mkdirSync(dirname(target), { recursive: true });
  const staging = join(dirname(target), `.${basename(target)}.dora-staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  cleanUpOnSignals();
  stagingFolders.add(staging);
  try {
    mkdirSync(staging);
    await fill(staging);
    const marker: Marker = { tool: MARKER_TOOL, entries: readdirSync(staging).sort() };
    writeFileSync(join(staging, MARKER), `${JSON.stringify(marker)}\n`);
    // Checked again: the folder may have changed while the report was collected and rendered.
    checkOutputFolder(outDir, input);
    const old = join(dirname(target), `.${basename(target)}.dora-old-${process.pid}`);
    if (existsSync(target)) renameSync(target, old);
    // Fault injection for the test of a kill between the renames (recoverLeftovers mends it).
    if (process.env.DORA_TEST_KILL_BETWEEN_RENAMES === '1') process.kill(process.pid, 'SIGKILL');
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
    return target;
  } finally {
    stagingFolders.delete(staging);
    rmSync(staging, { recursive: true, force: true });
  }
}

export function writeText(folder: string, name: string, text: string): void {
  writeFileSync(join(folder, name), text);
}
