import type { Core } from '@strapi/strapi';
import { entryPaths, fixedPaths, monthArchives, paths, type CalendarMonth } from '@guildhall/paths';
import { setRedirect, allRedirects } from './store';

const published = { publishedAt: { $notNull: true } };

/** The slug whose page is at `path` by this rule, or null when no slug's page is there. */
function slugAt(pathOf: (slug: string) => string, path: string): string | null {
  const [before, after] = pathOf('\n').split('\n');
  const fits = path.length > before.length + after.length && path.startsWith(before) && path.endsWith(after);
  return fits ? path.slice(before.length, path.length - after.length) : null;
}

/** The month whose archive page is at `path` under this listing, or null. */
function monthAt(
  listing: (typeof monthArchives)[keyof typeof monthArchives],
  path: string,
): CalendarMonth | null {
  const found = /^(\d{4})\/(0[1-9]|1[0-2])\/$/.exec(path.slice(listing.length));
  const month = found ? { year: found[1], month: found[2] } : null;
  return month && paths.month(listing, month) === path ? month : null;
}

/** The dates of a month, as a database filter on an entry's `firstPublished`. */
function datesIn({ year, month }: CalendarMonth) {
  const nextMonth = new Date(Date.UTC(Number(year), Number(month), 1)).toISOString().slice(0, 10);
  return { $gte: `${year}-${month}-01`, $lt: nextMonth };
}

/**
 * Which of these addresses have a published page, as the site builds them: the fixed
 * ones, each published entry's, and the month archives its articles and briefings are
 * listed in. Only these addresses are looked up, so the cost follows the addresses asked
 * about, not the number of entries on the site.
 */
export async function livePathsAmong(
  strapi: Core.Strapi,
  addresses: readonly string[],
): Promise<Set<string>> {
  const live = new Set(addresses.filter((address) => fixedPaths.includes(address)));
  for (const [uid, pathOf] of Object.entries(entryPaths)) {
    const pathBySlug = new Map<string, string>();
    for (const address of addresses) {
      const slug = slugAt(pathOf, address);
      if (slug) pathBySlug.set(slug, address);
    }
    if (pathBySlug.size > 0) {
      const rows = (await strapi.db.query(uid).findMany({
        where: { ...published, slug: { $in: [...pathBySlug.keys()] } },
        select: ['slug'],
      })) as { slug: string }[];
      const found = new Set(rows.map((row) => row.slug));
      for (const [slug, address] of pathBySlug) if (found.has(slug)) live.add(address);
    }
  }
  for (const [uid, listing] of Object.entries(monthArchives)) {
    for (const address of addresses) {
      const month = monthAt(listing, address);
      if (!month) continue;
      const listed = await strapi.db
        .query(uid)
        .count({ where: { ...published, firstPublished: datesIn(month) } });
      if (listed > 0) live.add(address);
    }
  }
  return live;
}

/**
 * Marks each redirect applied or not: a published page at its "from" wins (the site
 * serves the page and leaves the redirect out), and editors see that in the list.
 */
export async function refreshApplied(strapi: Core.Strapi): Promise<void> {
  const redirects = await allRedirects(strapi);
  const live = await livePathsAmong(
    strapi,
    redirects.map((redirect) => redirect.from),
  );
  for (const redirect of redirects) {
    const applied = !live.has(redirect.from);
    if (redirect.applied !== applied) await setRedirect(strapi, redirect.documentId, { applied });
  }
}
