import type { Core } from '@strapi/strapi';
import { entryPaths, hasEntryPage, type EntryTypeWithPage } from '@guildhall/paths';
import { canonicalPath, planMove } from '@guildhall/redirects';
import { refreshApplied } from './live-paths';
import { allRedirects, asStored, REDIRECT_UID } from './store';

/** Where the published version of a document is on the site now; null when it is not published. */
async function publishedPath(strapi: Core.Strapi, uid: EntryTypeWithPage, documentId: string) {
  const row = (await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['slug'],
  })) as { slug: string | null } | null;
  return row?.slug ? canonicalPath(entryPaths[uid](row.slug)) : null;
}

// What changes the published version: publishing, and saving straight to published (the API's ?status=published).
const publishes = (action: string, status: unknown) =>
  action === 'publish' || ((action === 'create' || action === 'update') && status === 'published');

const movedNote = (from: string, to: string, why: string, when: Date) =>
  `Made automatically on ${when.toISOString().slice(0, 10)}: the page moved from ${from} to ${to} ${why}.`;

/**
 * Records old path → new path: redirects away from the new path go, and the rest is the
 * redirect rules' job. `why` ends the note editors read, e.g. "when it was republished".
 */
export async function recordMove(
  strapi: Core.Strapi,
  from: string,
  to: string,
  why = 'when it was republished',
): Promise<void> {
  const plan = planMove(asStored(await allRedirects(strapi)), from, to);
  const redirects = strapi.documents(REDIRECT_UID);
  for (const documentId of plan.remove) await redirects.delete({ documentId });
  const data = { from, to, permanent: true, note: movedNote(from, to, why, new Date()) };
  if (plan.id) await redirects.update({ documentId: plan.id, data });
  else await redirects.create({ data });
  strapi.log.info(`redirects: ${from} → ${to} (the page moved)`);
}

/**
 * When a published page's address changes (its slug edited and published again),
 * the old address redirects to the new one. Unpublishing or deleting records nothing:
 * that page is gone. Any change to what is published may overrule a redirect or
 * free its address, so "applied" is refreshed after each.
 */
export function registerMoveRedirects(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!hasEntryPage(context.uid)) return next();
    const uid = context.uid;
    const { documentId, status } = context.params as { documentId?: string; status?: unknown };
    const publishing = publishes(context.action, status);
    if (!publishing && !['unpublish', 'delete'].includes(context.action)) return next();

    const before = publishing && documentId ? await publishedPath(strapi, uid, documentId) : null;
    const result = await next();
    const after = before && documentId ? await publishedPath(strapi, uid, documentId) : null;
    if (before && after && before !== after) await recordMove(strapi, before, after);
    await refreshApplied(strapi);
    return result;
  });
}
