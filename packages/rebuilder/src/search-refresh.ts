import { readdir, rm } from 'node:fs/promises';
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
// only the changed pages added again. This runs after the redrawn pages are live, and
// each part switches in one step (see writePart in site/renderer/search-index.ts): files
// are only added beside the old ones or replaced by rename, never written in place, so
// the earlier builds that share these files by hard link keep theirs.

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

/**
 * Rewrites the parts of the search index of the live build whose site files are in `siteDir`
 * that the changed pages touch; resolves to what was written, with the files and folders
 * it replaced or removed (relative to the site folder: "pagefind/3", "pagefind/parts.json").
 */
export async function refreshSearchIndex(
  search: SearchIndexInMemory,
  siteDir: string,
  changed: ReadonlyMap<string, string | null>,
): Promise<SearchIndexWrite & { changedFiles: string[] }> {
  const live = path.join(siteDir, SEARCH_INDEX_FOLDER);
  const written = await search.write(siteDir, live, changed);
  const changedFiles = [...written.written.map(String), SEARCH_PARTS_FILE];
  // Parts no longer listed (the index was cut into fewer, or a part has no page left), and anything else.
  const listed = new Set([SEARCH_PARTS_FILE, ...written.listed.map(String)]);
  for (const name of await readdir(live))
    if (!listed.has(name)) {
      await rm(path.join(live, name), { recursive: true });
      changedFiles.push(name);
    }
  return { ...written, changedFiles: changedFiles.map((name) => `${SEARCH_INDEX_FOLDER}/${name}`) };
}
