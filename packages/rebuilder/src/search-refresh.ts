import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { exists } from 'site/files';
import { SEARCH_INDEX_FOLDER, type SearchIndexInMemory } from 'site/search-index';
import { outputFile } from './build-copy';

// After pages are redrawn, the search index is written again (the same bytes a full
// build writes) from the index the service keeps in memory, with only the changed pages
// added again. Pagefind still writes every file of the index, which takes time in
// proportion to the site, so this runs after the redrawn pages are live, and switches
// visitors to the new index in one step: its files have content-hashed names, so they
// are added beside the old ones, then the index's entry file is renamed over the old
// one, then the old index's files go. Every file replaced is replaced by rename, never
// written in place, so the earlier builds that share these files by hard link keep theirs.

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

/**
 * Rewrites the search index of the live build whose folder is `buildDir`, given the
 * pages that changed; resolves to the pages indexed and whether the whole site was read again.
 */
export async function refreshSearchIndex(
  search: SearchIndexInMemory,
  buildDir: string,
  siteDir: string,
  changed: ReadonlyMap<string, string | null>,
): Promise<{ pages: number; whole: boolean }> {
  const fresh = path.join(buildDir, `search.tmp-${randomUUID()}`);
  const live = path.join(siteDir, SEARCH_INDEX_FOLDER);
  try {
    const written = await search.write(siteDir, fresh, changed);
    const freshFiles = await filesUnder(fresh);
    for (const file of freshFiles) {
      if (file === ENTRY_FILE || (await exists(path.join(live, file)))) continue;
      await mkdir(path.dirname(path.join(live, file)), { recursive: true });
      await rename(path.join(fresh, file), path.join(live, file));
    }
    await rename(path.join(fresh, ENTRY_FILE), path.join(live, ENTRY_FILE));
    const wanted = new Set(freshFiles);
    for (const file of await filesUnder(live)) if (!wanted.has(file)) await rm(path.join(live, file));
    return written;
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}
