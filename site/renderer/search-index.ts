import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

// The search index (Pagefind), written the same way by the full build and by the rebuild
// service after it redraws pages: the same pages in the same order give the same bytes,
// whichever way the site was made. (Pagefind's own CLI adds pages in the order the file
// system lists them, which is not stable across machines.)

/** Where the index lives in a site folder, and where the search page loads it from. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

// Only pages that mark their searchable part; the rest (listings, search, 404) are left out.
const SEARCHABLE = 'data-pagefind-body';

async function searchablePages(siteDir: string): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${SEARCH_INDEX_FOLDER}${path.sep}`))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

const failIf = (errors: string[], doing: string) => {
  if (errors.length) throw new Error(`The search index failed while ${doing}: ${errors.join('; ')}`);
};

/**
 * Indexes every searchable page of `siteDir` and writes the index to `outputPath`
 * (default: `siteDir/pagefind/`), replacing any.
 */
export async function writeSearchIndex(
  siteDir: string,
  outputPath = path.join(siteDir, SEARCH_INDEX_FOLDER),
): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex();
  failIf(errors, 'starting');
  if (!index) throw new Error('The search index failed to start.');
  try {
    let pages = 0;
    for (const file of await searchablePages(siteDir)) {
      const content = await readFile(path.join(siteDir, file), 'utf8');
      if (!content.includes(SEARCHABLE)) continue;
      const added = await index.addHTMLFile({ sourcePath: file, content });
      failIf(added.errors, `adding ${file}`);
      pages += 1;
    }
    await rm(outputPath, { recursive: true, force: true });
    failIf((await index.writeFiles({ outputPath })).errors, `writing ${outputPath}`);
    return { pages };
  } finally {
    await index.deleteIndex();
  }
}
