import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { replaceFile } from './files';

// The search index (Pagefind), written the same way by the full build and by the rebuild
// service after it redraws pages: the same pages in the same order give the same bytes,
// whichever way the site was made. (Pagefind's own CLI adds pages in the order the file
// system lists them, which is not stable across machines.)
//
// Pagefind writes every file of an index whenever one page changes, in time that grows
// with the index (seconds at ten thousand pages). So the index is split into parts, each
// a Pagefind index of its own, which the search page merges: a page's part is fixed by its
// name, so a change rewrites one part, of at most about PAGES_PER_PART pages however large
// the site. Merged parts share the first one's WebAssembly, but each adds a few small
// requests to a search (its entry file, metadata and index chunks), so parts are large,
// and a small site has one.

/** Where the index lives in a site folder, and where the search page loads it from. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** Lists the parts (their folders, "0/", "1/", …), for the search page to load and merge. */
export const SEARCH_PARTS_FILE = 'parts.json';

/** The most pages a part holds on average before the index is split into twice as many. */
export const PAGES_PER_PART = 1000;

/**
 * How many parts an index of `pages` pages has: a power of two, so the parts are cut again
 * (every part rewritten) only when the site doubles in size.
 */
export function partCount(pages: number, pagesPerPart = PAGES_PER_PART): number {
  let parts = 1;
  while (pages > parts * pagesPerPart) parts *= 2;
  return parts;
}

/** The part a page belongs to, from its name alone ("news/pay-award/index.html"). */
export const partOf = (file: string, parts: number): number =>
  createHash('sha256').update(file).digest().readUInt32BE(0) % parts;

const partFolder = (outputPath: string, part: number) => path.join(outputPath, String(part));

// Only pages that mark their searchable part; the rest (listings, search, 404) are left out.
const SEARCHABLE = 'data-pagefind-body';

// Pagefind leaves out an element so marked whole: its text, and any meta or filter in it.
const IGNORED_WHOLE = ' data-pagefind-ignore="all"';

/**
 * The page with every element Pagefind ignores whole cut out (the site marks lists of other
 * entries so): two versions of a page that differ only there give the same index.
 * An element whose end cannot be found is kept, which only means the page is indexed again.
 */
export function indexedHtml(html: string): string {
  let kept = '';
  let from = 0;
  for (let mark = html.indexOf(IGNORED_WHOLE); mark !== -1; mark = html.indexOf(IGNORED_WHOLE, from)) {
    const start = html.lastIndexOf('<', mark);
    const name = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start))?.[1];
    const end = name === undefined ? -1 : elementEnd(html, name, start);
    if (end === -1 || start < from) return html;
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}

/** Where the element named `name` that opens at `start` ends (after its closing tag), or -1. */
function elementEnd(html: string, name: string, start: number): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

const indexedHash = (html: string) => createHash('sha256').update(indexedHtml(html)).digest('base64url');

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

/** One part of the index, as Pagefind holds it in memory. */
interface IndexedPart {
  index: PagefindIndex;
  /** The pages added, in order. */
  added: Set<string>;
  /** Those of them that are searchable now, each with a hash of what the index took from it (indexedHtml). */
  searchable: Map<string, string>;
}

/** The searchable pages among `files` of `siteDir`, in their order (read to look, not kept: a site's pages fill hundreds of megabytes). */
async function searchableAmong(siteDir: string, files: string[]): Promise<string[]> {
  const searchable: string[] = [];
  for (const file of files)
    if ((await readFile(path.join(siteDir, file), 'utf8')).includes(SEARCHABLE)) searchable.push(file);
  return searchable;
}

/** A new Pagefind index of `files` (searchable pages of `siteDir`), added one at a time in their order. */
async function indexPart(siteDir: string, files: string[]): Promise<IndexedPart> {
  const { index, errors } = await pagefind.createIndex();
  failIf(errors, 'starting');
  if (!index) throw new Error('The search index failed to start.');
  const searchable = new Map<string, string>();
  try {
    for (const file of files) {
      const html = await readFile(path.join(siteDir, file), 'utf8');
      await addPage(index, file, html);
      searchable.set(file, indexedHash(html));
    }
  } catch (error) {
    await index.deleteIndex();
    throw error;
  }
  return { index, added: new Set(files), searchable };
}

/** The searchable pages of `siteDir`, in the fixed order, grouped by part (as many as their number asks for). */
async function pagesByPart(siteDir: string, pagesPerPart: number): Promise<string[][]> {
  const pages = await searchableAmong(siteDir, await pagesOf(siteDir));
  const count = partCount(pages.length, pagesPerPart);
  const byPart = Array.from({ length: count }, (): string[] => []);
  for (const file of pages) byPart[partOf(file, count)]?.push(file);
  return byPart;
}

/** Every searchable page of `siteDir`, indexed in parts. */
async function indexSite(siteDir: string, pagesPerPart: number): Promise<IndexedPart[]> {
  const parts: IndexedPart[] = [];
  try {
    for (const files of await pagesByPart(siteDir, pagesPerPart)) parts.push(await indexPart(siteDir, files));
  } catch (error) {
    await Promise.all(parts.map((indexed) => indexed.index.deleteIndex()));
    throw error;
  }
  return parts;
}

/** The part's entry file, which names the rest of its files: loading the part starts there. */
const ENTRY_FILE = 'pagefind-entry.json';

const filesUnder = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

/**
 * Writes a part over the one in `outputPath`, if any. Pagefind names a part's files after
 * their content, but for the entry file, and for its scripts, which are the same for one
 * version of Pagefind (and a new version is new site code, which a full build writes
 * anew). So only files the folder lacks are written, beside the old ones; then the entry
 * file is replaced by rename, which moves searches to the new part in one step; then the
 * old files go. Nothing is written in place: builds sharing these files by hard link keep
 * theirs. A part of six hundred pages in which one changed writes a handful of files.
 */
async function writePart(part: IndexedPart, outputPath: string): Promise<void> {
  const { files, errors } = await part.index.getFiles();
  failIf(errors, `writing ${outputPath}`);
  const entry = files.find((file) => file.path === ENTRY_FILE);
  if (!entry) throw new Error(`The search index made no ${ENTRY_FILE} for ${outputPath}.`);
  const present = new Set(await filesUnder(outputPath));
  for (const file of files) {
    if (file === entry || present.has(file.path)) continue;
    const target = path.join(outputPath, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  await replaceFile(path.join(outputPath, ENTRY_FILE), entry.content);
  const wanted = new Set(files.map((file) => file.path));
  for (const file of present) if (!wanted.has(file)) await rm(path.join(outputPath, file));
}

/**
 * The parts the search page loads: those with a page. Hashing can leave a part empty on a
 * small site cut into many, and Pagefind cannot load an index of nothing.
 */
const listedParts = (parts: IndexedPart[]) =>
  [...parts.keys()].filter((number) => (parts[number]?.searchable.size ?? 0) > 0);

async function writePartsFile(outputPath: string, listed: number[]): Promise<void> {
  const parts = listed.map((number) => `${number}/`);
  await replaceFile(path.join(outputPath, SEARCH_PARTS_FILE), `${JSON.stringify({ parts })}\n`);
}

/** How an index is cut into parts; only tests choose other than the default. */
export interface SearchIndexOptions {
  pagesPerPart?: number;
}

/** Indexes every searchable page of `siteDir` and writes the index to `siteDir/pagefind/`, replacing any. */
export async function writeSearchIndex(
  siteDir: string,
  { pagesPerPart = PAGES_PER_PART }: SearchIndexOptions = {},
): Promise<{ pages: number }> {
  const outputPath = path.join(siteDir, SEARCH_INDEX_FOLDER);
  const byPart = await pagesByPart(siteDir, pagesPerPart);
  await rm(outputPath, { recursive: true, force: true });
  const listed: number[] = [];
  // One part at a time, each dropped once written: Pagefind holds a part's pages, never the site's.
  for (const [number, files] of byPart.entries()) {
    if (files.length === 0) continue;
    const part = await indexPart(siteDir, files);
    try {
      await writePart(part, partFolder(outputPath, number));
    } finally {
      await part.index.deleteIndex();
    }
    listed.push(number);
  }
  await writePartsFile(outputPath, listed);
  return { pages: byPart.reduce((sum, files) => sum + files.length, 0) };
}

/** What a write did: the searchable pages, whether every part was made anew, which parts it wrote, which the index lists. */
export interface SearchIndexWrite {
  pages: number;
  whole: boolean;
  written: number[];
  listed: number[];
  /** How many parts the index is cut into, empty ones included. */
  parts: number;
}

/**
 * The index kept between writes, for the rebuild service: when a few pages change, only
 * they are added again, and only their parts are written. Pagefind keeps a page where it
 * was first added, and leaves out a page added again without a searchable part, so while
 * no page joins a part at a new address, the part written has the bytes a new one of the
 * same pages would. A page at a new address would go to the end rather than to its place
 * in the order, so its part is made anew from the site's files; and when the number of
 * searchable pages calls for another number of parts, every part is.
 */
export class SearchIndexInMemory {
  private parts: IndexedPart[] | null = null;
  private readonly pagesPerPart: number;

  constructor({ pagesPerPart = PAGES_PER_PART }: SearchIndexOptions = {}) {
    this.pagesPerPart = pagesPerPart;
  }

  /**
   * Writes the parts of the index of `siteDir` that the changed pages touch (Pagefind's
   * names → their HTML, or null for a page that is gone) to `outputPath`, each in its
   * folder, with the list of parts beside them. The first write after a start writes all.
   */
  async write(
    siteDir: string,
    outputPath: string,
    changed: ReadonlyMap<string, string | null>,
  ): Promise<SearchIndexWrite> {
    try {
      const { parts, whole, touched } = await this.apply(siteDir, changed);
      const listed = listedParts(parts);
      const written = listed.filter((number) => touched.has(number));
      for (const number of written)
        await writePart(parts[number] as IndexedPart, partFolder(outputPath, number));
      await writePartsFile(outputPath, listed);
      const pages = parts.reduce((sum, part) => sum + part.searchable.size, 0);
      return { pages, whole, written, listed, parts: parts.length };
    } catch (error) {
      // Whatever went wrong, the index in memory may no longer match the live site, and
      // Pagefind's process may be gone (it does not notice a process that died until it
      // next writes to it, and then refuses every later call): start it again next time.
      this.parts = null;
      await pagefind.close();
      throw error;
    }
  }

  /** Brings the parts in memory up to date with the changed pages; says which parts changed. */
  private async apply(
    siteDir: string,
    changed: ReadonlyMap<string, string | null>,
  ): Promise<{ parts: IndexedPart[]; whole: boolean; touched: Set<number> }> {
    const kept = this.parts;
    const isSearchable = (html: string | null): html is string => !!html?.includes(SEARCHABLE);
    const partHolding = (file: string) => kept?.[partOf(file, kept.length)];
    const joins = [...changed].filter(
      ([file, html]) => isSearchable(html) && !partHolding(file)?.added.has(file),
    );
    // A page taken down earlier and back at its old place counts too, though it does not join.
    const searchableChange = (file: string, html: string | null) =>
      Number(isSearchable(html)) - Number(!!partHolding(file)?.searchable.has(file));
    const pagesAfter = [...changed].reduce(
      (sum, [file, html]) => sum + searchableChange(file, html),
      (kept ?? []).reduce((sum, part) => sum + part.searchable.size, 0),
    );
    if (!kept || partCount(pagesAfter, this.pagesPerPart) !== kept.length) {
      this.forget();
      this.parts = await indexSite(siteDir, this.pagesPerPart);
      return { parts: this.parts, whole: true, touched: new Set(this.parts.keys()) };
    }

    const remade = new Set(joins.map(([file]) => partOf(file, kept.length)));
    const touched = new Set(remade);
    for (const [file, html] of changed) {
      const number = partOf(file, kept.length);
      const part = kept[number];
      if (!part || remade.has(number) || !part.added.has(file)) continue;
      const indexed = isSearchable(html) ? indexedHash(html) : undefined;
      // A topic page whose list of entries alone changed gives the index nothing new.
      if (indexed === part.searchable.get(file)) continue;
      await addPage(part.index, file, isSearchable(html) ? html : GONE);
      if (indexed === undefined) part.searchable.delete(file);
      else part.searchable.set(file, indexed);
      touched.add(number);
    }
    for (const number of remade) {
      // The part's pages are known without listing the site (ten thousand folders): those
      // searchable before, as the changed pages leave them, in the fixed order.
      const pages = new Set(kept[number]?.searchable.keys());
      for (const [file, html] of changed) {
        if (partOf(file, kept.length) !== number) continue;
        if (isSearchable(html)) pages.add(file);
        else pages.delete(file);
      }
      void kept[number]?.index.deleteIndex().catch(() => undefined);
      kept[number] = await indexPart(siteDir, [...pages].sort());
    }
    return { parts: kept, whole: false, touched };
  }

  /**
   * Drops the index: the next write makes it anew (after a full build, whose pages it no
   * longer matches). Not waited for: freeing Pagefind's memory never holds up a round, and
   * a Pagefind process that has died would never answer.
   */
  forget(): void {
    const parts = this.parts;
    this.parts = null;
    for (const part of parts ?? []) part.index.deleteIndex().catch(() => pagefind.close());
  }
}
