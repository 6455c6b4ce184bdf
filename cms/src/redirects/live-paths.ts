import type { Core } from '@strapi/strapi';
import { entryPaths, fixedPaths } from '@guildhall/paths';
import { setRedirect, allRedirects } from './store';

/** The addresses of every published page: the fixed ones and each published entry's. */
export async function livePaths(strapi: Core.Strapi): Promise<Set<string>> {
  const live = new Set(fixedPaths);
  for (const [uid, pathOf] of Object.entries(entryPaths)) {
    const rows = (await strapi.db.query(uid).findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['slug'],
    })) as { slug: string | null }[];
    for (const { slug } of rows) if (slug) live.add(pathOf(slug));
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
