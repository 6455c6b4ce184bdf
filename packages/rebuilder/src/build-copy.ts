import { link, lstat, mkdir, readdir, readlink, rm, rmdir, symlink } from 'node:fs/promises';
import path from 'node:path';

// A round that redraws a few pages makes its build folder from the live one: every
// file a hard link (no copying), then changed files replaced, never written in place,
// because a linked file is the live build's file too.

// Enough parallel file operations to keep the file system busy without starving the
// thread pool the live site is served from.
const PARALLEL = 16;

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

/**
 * Makes `to` (which must not exist) a copy of the folder `from` made of hard links;
 * resolves to the files (and symbolic links) it holds, relative to `to`, with "/" between folders.
 */
export async function linkTree(from: string, to: string): Promise<string[]> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory());
  const others = entries.filter((entry) => !entry.isDirectory());
  await mkdir(to);
  // Level by level, parents before children; the folders of one level at once (ten thousand
  // pages are ten thousand folders, and one at a time they take a second).
  const byDepth = new Map<number, string[]>();
  for (const folder of folders) {
    const relative = path.relative(from, path.join(folder.parentPath, folder.name));
    const depth = relative.split(path.sep).length;
    const level = byDepth.get(depth) ?? [];
    level.push(relative);
    byDepth.set(depth, level);
  }
  for (const depth of [...byDepth.keys()].sort((a, b) => a - b))
    await inParallel(byDepth.get(depth) ?? [], (relative) => mkdir(path.join(to, relative)));
  await inParallel(others, async (entry) => {
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
    else await link(source, target);
  });
  return others.map((entry) =>
    path.relative(from, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
  );
}

/**
 * Makes each listed path of `to` (relative, "/" between folders) what it is in `from`:
 * a hard link of the file, a linked copy of the folder, or gone, together with any folder
 * above it that `from` no longer has. Paths not listed are left alone, so when `to` was a
 * copy of an earlier state of `from`, listing what changed since makes it a copy again.
 */
export async function syncPaths(from: string, to: string, paths: Iterable<string>): Promise<void> {
  // Sorted, a folder comes before what it holds, which its linked copy then already has.
  let copiedFolder: string | null = null;
  for (const relative of [...new Set(paths)].sort()) {
    if (copiedFolder !== null && relative.startsWith(`${copiedFolder}/`)) continue;
    const source = path.join(from, relative);
    const target = path.join(to, relative);
    const found = await lstat(source).catch(() => null);
    await rm(target, { recursive: true, force: true });
    if (!found) {
      for (let folder = path.dirname(relative); folder !== '.'; folder = path.dirname(folder))
        if (!(await lstat(path.join(from, folder)).catch(() => null)))
          await rm(path.join(to, folder), { recursive: true, force: true });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    if (found.isDirectory()) {
      await linkTree(source, target);
      copiedFolder = relative;
    } else if (found.isSymbolicLink()) await symlink(await readlink(source), target);
    else await link(source, target);
  }
}

/** The file a URL path is written to in a site folder: "/news/a/" → news/a/index.html, "/rss.xml" → rss.xml. */
export function outputFile(siteDir: string, urlPath: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new Error(`The output path ${urlPath} is not valid percent-encoding.`);
  }
  const relative = decoded.replace(/^\/+/, '');
  const file = path.resolve(
    siteDir,
    relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative,
  );
  if (!file.startsWith(`${path.resolve(siteDir)}${path.sep}`))
    throw new Error(`The output path ${urlPath} is outside the site folder.`);
  return file;
}

/** Removes an output's file, and its folder when that is left empty (a page's own folder). */
export async function removeOutput(siteDir: string, urlPath: string): Promise<void> {
  const file = outputFile(siteDir, urlPath);
  await rm(file, { force: true });
  // The home page's folder is the site folder itself, which stays.
  if (path.basename(file) === 'index.html' && path.dirname(file) !== path.resolve(siteDir))
    await rmdir(path.dirname(file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOTEMPTY' && error.code !== 'ENOENT') throw error;
    });
}
