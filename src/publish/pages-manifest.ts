// The manifest a publish leaves beside the site on the Pages branch: every path it wrote into the
// folder. The next publish deletes the files it lists that it no longer writes (a report page
// that went away, a cache file of a renamed repository), and no other file there: a CNAME or the
// user's own pages beside the report are never the tool's to delete.

/** Jekyll leaves dot files out of the site, so the manifest is never served. */
export const MANIFEST = '.dora-site.json';
const MANIFEST_TOOL = 'dora-flow-action';

interface Named {
  path: string;
  content: Buffer;
}

/** The files with the manifest that lists them (and itself). */
export function withManifest<T extends Named>(files: T[]): Named[] {
  const own = files.filter((f) => f.path !== MANIFEST);
  const paths = [...own.map((f) => f.path), MANIFEST].sort();
  const text = `${JSON.stringify({ tool: MANIFEST_TOOL, files: paths }, null, 1)}\n`;
  return [...own, { path: MANIFEST, content: Buffer.from(text) }];
}

/** The paths an earlier manifest lists; hostile text, so only plain relative paths. */
export function manifestPaths(content: Buffer | null): string[] {
  if (!content) return [];
  let value: unknown;
  try {
    value = JSON.parse(content.toString('utf8'));
  } catch {
    return [];
  }
  const { tool, files } = (value ?? {}) as { tool?: unknown; files?: unknown };
  if (tool !== MANIFEST_TOOL || !Array.isArray(files)) return [];
  return files.filter(
    (p): p is string =>
      typeof p === 'string' &&
      p.length > 0 &&
      p.length < 1000 &&
      !p.startsWith('/') &&
      !p.split('/').some((part) => part === '' || part === '.' || part === '..' || part === '.git'),
  );
}

/**
 * What the branch holds of an earlier publish that this one does not write: the paths of the
 * earlier manifest and the files of the tool's own folders (paths relative to the site folder). Only paths
 * that are on the branch: GitHub refuses to delete a path the tree does not have.
 */
export async function stalePaths(options: {
  manifest: Buffer | null;
  /** the files under the site folder that the branch's listing shows */
  onBranch: string[];
  /** folders whose files are the tool's whatever a manifest says (the cache), ending in `/` */
  ownFolders: string[];
  writing: string[];
  present: (path: string) => Promise<boolean>;
}): Promise<string[]> {
  const writing = new Set(options.writing);
  const candidates = new Set(manifestPaths(options.manifest));
  for (const path of options.onBranch) {
    if (options.ownFolders.some((folder) => path.startsWith(folder))) candidates.add(path);
  }
  const stale: string[] = [];
  for (const path of [...candidates].sort()) {
    if (!writing.has(path) && (await options.present(path))) stale.push(path);
  }
  return stale;
}
