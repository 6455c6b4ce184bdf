import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  SEARCH_INDEX_FOLDER,
  SEARCH_PARTS_FILE,
  type SearchIndexInMemory,
  type SearchIndexWrite,
} from 'site/search-index';
import { outputFile } from './build-copy';

// After pages are redrawn, the parts of the search index they touch are written again
// (the same bytes a full build writes) from the index the service keeps in memory, with
// only the changed pages added again. Pagefind writes every file of a part, which takes
// time in proportion to the part, so this runs after the redrawn pages are live, and
// switches visitors to each new part in one step: its files have content-hashed names,
// so they are added beside the old ones, then the part's entry file is renamed over the
// old one, then the old files go. Every file replaced is replaced by rename, never written
// in place, so the earlier builds that share these files by hard link keep theirs.

const ENTRY_FILE = 'pagefind-entry.json';

const filesUnder = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));

/** The pages a round changed, under the names the search index knows them by ("news/a/index.html"). */
export function changedSearchPages(
  siteDir: string,
  redrawn: ReadonlyMap<string, string>,
  removed: readonly string[],
): Map<string, string | null> {
  const name = (urlPath: string) =>
    path.relative(siteDir, outputFile(siteDir, urlPath)).split(path.sep).join('/');
  return new Map([
    ...[...redrawn].map(([urlPath, html]): [string, string] => [name(urlPath), html]),
    ...removed
      .filter((urlPath) => urlPath.endsWith('/'))
      .map((urlPath): [string, null] => [name(urlPath), null]),
  ]);
}

/** Replaces the live part `live` with the one written to `fresh`, as described above. */
async function switchPart(fresh: string, live: string): Promise<void> {
  const freshFiles = await filesUnder(fresh);
  const present = new Set(await filesUnder(live).catch(() => []));
  for (const file of freshFiles) {
    if (file === ENTRY_FILE || present.has(file)) continue;
    await mkdir(path.dirname(path.join(live, file)), { recursive: true });
    await rename(path.join(fresh, file), path.join(live, file));
  }
  await rename(path.join(fresh, ENTRY_FILE), path.join(live, ENTRY_FILE));
  const wanted = new Set(freshFiles);
  for (const file of present) if (!wanted.has(file)) await rm(path.join(live, file));
}

/**
 * Rewrites the parts of the search index of the live build whose folder is `buildDir`
 * that the changed pages touch; resolves to what was written, with the files and folders
 * it replaced or removed (relative to the site folder: "pagefind/3", "pagefind/parts.json").
 */
export async function refreshSearchIndex(
  search: SearchIndexInMemory,
  buildDir: string,
  siteDir: string,
  changed: ReadonlyMap<string, string | null>,
): Promise<SearchIndexWrite & { changedFiles: string[] }> {
  const fresh = path.join(buildDir, `search.tmp-${randomUUID()}`);
  const live = path.join(siteDir, SEARCH_INDEX_FOLDER);
  const changedFiles: string[] = [];
  const change = (name: string) => changedFiles.push(`${SEARCH_INDEX_FOLDER}/${name}`);
  try {
    const written = await search.write(siteDir, fresh, changed);
    for (const part of written.written) {
      await switchPart(path.join(fresh, String(part)), path.join(live, String(part)));
      change(String(part));
    }
    await rename(path.join(fresh, SEARCH_PARTS_FILE), path.join(live, SEARCH_PARTS_FILE));
    change(SEARCH_PARTS_FILE);
    // Parts no longer listed (the index was cut into fewer, or a part has no page left), and anything else.
    const listed = new Set([SEARCH_PARTS_FILE, ...written.listed.map(String)]);
    for (const name of await readdir(live))
      if (!listed.has(name)) {
        await rm(path.join(live, name), { recursive: true });
        change(name);
      }
    return { ...written, changedFiles };
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}
