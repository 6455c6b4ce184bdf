import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';

// The search index (Pagefind), written the same way by the full build and by the rebuild
// service after it redraws pages: the same pages in the same order give the same bytes,
// whichever way the site was made. (Pagefind's own CLI adds pages in the order the file
// system lists them, which is not stable across machines.)

/** Where the index lives in a site folder, and where the search page loads it from. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

// Only pages that mark their searchable part; the rest (listings, search, 404) are left out.
const SEARCHABLE = 'data-pagefind-body';

// Added again in place of a page that is gone: with no searchable part, Pagefind leaves
// the page out of what it writes, exactly as if it had never been added.
const GONE = '<!doctype html><html lang="en"><body></body></html>';

/** Every page of `siteDir`, as Pagefind names them ("news/pay-award/index.html"), in a fixed order. */
async function pagesOf(siteDir: string): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${SEARCH_INDEX_FOLDER}${path.sep}`))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

const failIf = (errors: string[], doing: string) => {
  if (errors.length) throw new Error(`The search index failed while ${doing}: ${errors.join('; ')}`);
};

async function addPage(index: PagefindIndex, file: string, content: string): Promise<void> {
  failIf((await index.addHTMLFile({ sourcePath: file, content })).errors, `adding ${file}`);
}

interface IndexedSite {
  index: PagefindIndex;
  /** The pages added, in order. */
  added: Set<string>;
  /** Those of them that are searchable now. */
  searchable: Set<string>;
}

/** A new index of every searchable page of `siteDir`, added in the fixed order. */
async function indexSite(siteDir: string): Promise<IndexedSite> {
  const { index, errors } = await pagefind.createIndex();
  failIf(errors, 'starting');
  if (!index) throw new Error('The search index failed to start.');
  const searchable = new Set<string>();
  try {
    for (const file of await pagesOf(siteDir)) {
      const content = await readFile(path.join(siteDir, file), 'utf8');
      if (!content.includes(SEARCHABLE)) continue;
      await addPage(index, file, content);
      searchable.add(file);
    }
  } catch (error) {
    await index.deleteIndex();
    throw error;
  }
  return { index, added: new Set(searchable), searchable };
}

async function writeIndex(index: PagefindIndex, outputPath: string): Promise<void> {
  await rm(outputPath, { recursive: true, force: true });
  failIf((await index.writeFiles({ outputPath })).errors, `writing ${outputPath}`);
}

/**
 * Indexes every searchable page of `siteDir` and writes the index to `outputPath`
 * (default: `siteDir/pagefind/`), replacing any.
 */
export async function writeSearchIndex(
  siteDir: string,
  outputPath = path.join(siteDir, SEARCH_INDEX_FOLDER),
): Promise<{ pages: number }> {
  const { index, searchable } = await indexSite(siteDir);
  try {
    await writeIndex(index, outputPath);
    return { pages: searchable.size };
  } finally {
    await index.deleteIndex();
  }
}

/**
 * The index kept between writes, for the rebuild service: when a few pages change, only
 * they are added again. Pagefind keeps a page where it was first added, and leaves out a
 * page added again without a searchable part, so while no page joins at a new address
 * the index written has the bytes a new one of the same pages would. A page at a new
 * address would go to the end rather than to its place in the order, so then the index
 * is made anew from the whole site.
 */
export class SearchIndexInMemory {
  private site: IndexedSite | null = null;

  /**
   * Writes the index of `siteDir` to `outputPath`, given the pages that changed since the
   * last write (Pagefind's names → their HTML, or null for a page that is gone).
   */
  async write(
    siteDir: string,
    outputPath: string,
    changed: ReadonlyMap<string, string | null>,
  ): Promise<{ pages: number; whole: boolean }> {
    try {
      const kept = this.site;
      const joins = (file: string, html: string | null) =>
        !!html?.includes(SEARCHABLE) && !kept?.added.has(file);
      const whole = !kept || [...changed].some(([file, html]) => joins(file, html));
      if (whole || !kept) {
        this.forget();
        this.site = await indexSite(siteDir);
      } else {
        for (const [file, html] of changed) {
          if (!kept.added.has(file)) continue;
          const searchable = !!html?.includes(SEARCHABLE);
          await addPage(kept.index, file, searchable && html ? html : GONE);
          if (searchable) kept.searchable.add(file);
          else kept.searchable.delete(file);
        }
      }
      const site = this.site;
      if (!site) throw new Error('The search index was not made.');
      await writeIndex(site.index, outputPath);
      return { pages: site.searchable.size, whole };
    } catch (error) {
      // Whatever went wrong, the index in memory may no longer match the live site, and
      // Pagefind's process may be gone (it does not notice a process that died until it
      // next writes to it, and then refuses every later call): start it again next time.
      this.site = null;
      await pagefind.close();
      throw error;
    }
  }

  /**
   * Drops the index: the next write makes it anew (after a full build, whose pages it no
   * longer matches). Not waited for: freeing Pagefind's memory never holds up a round, and
   * a Pagefind process that has died would never answer.
   */
  forget(): void {
    const site = this.site;
    this.site = null;
    site?.index.deleteIndex().catch(() => pagefind.close());
  }
}
