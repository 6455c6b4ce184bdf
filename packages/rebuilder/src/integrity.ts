import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface IntegrityResult {
  pages: number;
  /** Why the build must not go live; null when it may. */
  problem: string | null;
}

/** Counts `.html` files below `dir` (symlinks are not followed). */
export async function countPages(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += await countPages(path.join(dir, entry.name));
    else if (entry.isFile() && entry.name.endsWith('.html')) count += 1;
  }
  return count;
}

const isFile = (file: string) =>
  stat(file).then(
    (info) => info.isFile(),
    () => false,
  );

/**
 * The gate between "the build exited 0" and "visitors see it". A build that lost its
 * home page, has no pages or lost many pages usually means the CMS answered with
 * missing content (a bad token, a failing query), not that editors deleted half the site.
 */
export async function checkIntegrity(
  dir: string,
  livePages: number | null,
  maxDrop: number,
  /** The pages the build is known to have, when the caller keeps count (saves walking every folder). */
  knownPages?: number,
): Promise<IntegrityResult> {
  const pages = knownPages ?? (await countPages(dir).catch(() => null));
  if (pages === null) return { pages: 0, problem: 'the build wrote no site files (SITE_OUT_DIR/client)' };
  if (pages === 0) return { pages, problem: 'the build has no pages (no .html files)' };
  if (!(await isFile(path.join(dir, 'index.html'))))
    return { pages, problem: 'the build has no home page (index.html)' };
  if (livePages !== null && livePages > 0) {
    const drop = (livePages - pages) / livePages;
    if (drop > maxDrop) {
      return {
        pages,
        problem:
          `the build has ${pages} pages against ${livePages} live, a drop of ${Math.round(drop * 100)}% ` +
          `(more than the ${Math.round(maxDrop * 100)}% allowed), so it was not deployed`,
      };
    }
  }
  return { pages, problem: null };
}
