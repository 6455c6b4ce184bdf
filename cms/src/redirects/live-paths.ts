import type { Core } from '@strapi/strapi';
import { entryPaths, fixedPaths, monthArchives, monthOf, paths } from '@guildhall/paths';
import { setRedirect, allRedirects } from './store';

const monthArchiveOf = (uid: string) =>
  uid in monthArchives ? monthArchives[uid as keyof typeof monthArchives] : null;

/**
 * The addresses of every published page, as the site builds them: the fixed ones, each
 * published entry's, and the month archives its articles and briefings are listed in.
 */
export async function livePaths(strapi: Core.Strapi): Promise<Set<string>> {
  const live = new Set(fixedPaths);
  for (const [uid, pathOf] of Object.entries(entryPaths)) {
    const archive = monthArchiveOf(uid);
    const rows = (await strapi.db.query(uid).findMany({
      where: { publishedAt: { $notNull: true } },
      select: archive ? ['slug', 'firstPublished'] : ['slug'],
    })) as { slug: string | null; firstPublished?: string | null }[];
    for (const { slug, firstPublished } of rows) {
      if (slug) live.add(pathOf(slug));
      if (archive && firstPublished) live.add(paths.month(archive, monthOf(firstPublished)));
    }
  }
  return live;
}

/**
 * Marks each redirect applied or not: a published page at its "from" wins (the site
 * serves the page and leaves the redirect out), and editors see that in the list.
 */
export async function refreshApplied(strapi: Core.Strapi): Promise<void> {
  const live = await livePaths(strapi);
  for (const redirect of await allRedirects(strapi)) {
    const applied = !live.has(redirect.from);
    if (redirect.applied !== applied) await setRedirect(strapi, redirect.documentId, { applied });
  }
}
