import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { exists } from 'site/files';
import { SEARCH_INDEX_FOLDER, writeSearchIndex } from 'site/search-index';

// Pagefind cannot change an index in place: after pages are redrawn, the whole index is
// written again (the same bytes a full build writes). That takes time in proportion to
// the site, so it runs after the redrawn pages are live, and switches visitors to the
// new index in one step: its files have content-hashed names, so they are added beside
// the old ones, then the index's entry file is renamed over the old one, then the old
// index's files go. Every file replaced is replaced by rename, never written in place,
// so the earlier builds that share these files by hard link keep theirs.

const ENTRY_FILE = 'pagefind-entry.json';

const filesUnder = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));

/** Rewrites the search index of the live build whose folder is `buildDir`; resolves to the pages indexed. */
export async function refreshSearchIndex(buildDir: string, siteDir: string): Promise<number> {
  const fresh = path.join(buildDir, `search.tmp-${randomUUID()}`);
  const live = path.join(siteDir, SEARCH_INDEX_FOLDER);
  try {
    const { pages } = await writeSearchIndex(siteDir, fresh);
    const freshFiles = await filesUnder(fresh);
    for (const file of freshFiles) {
      if (file === ENTRY_FILE || (await exists(path.join(live, file)))) continue;
      await mkdir(path.dirname(path.join(live, file)), { recursive: true });
      await rename(path.join(fresh, file), path.join(live, file));
    }
    await rename(path.join(fresh, ENTRY_FILE), path.join(live, ENTRY_FILE));
    const wanted = new Set(freshFiles);
    for (const file of await filesUnder(live)) if (!wanted.has(file)) await rm(path.join(live, file));
    return pages;
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}
