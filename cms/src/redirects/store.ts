import type { Core } from '@strapi/strapi';
import type { StoredRedirect } from '@guildhall/redirects';

export const REDIRECT_UID = 'api::redirect.redirect';

export interface RedirectRow {
  documentId: string;
  from: string;
  to: string;
  applied: boolean | null;
}

// Straight to the table: these reads and fix-ups (pointing a chain on, marking a
// redirect overruled) are part of a change already being made, so they must not
// run the redirect rules again or announce a change of their own.
const table = (strapi: Core.Strapi) => strapi.db.query(REDIRECT_UID);

export const allRedirects = (strapi: Core.Strapi): Promise<RedirectRow[]> =>
  table(strapi).findMany({ select: ['documentId', 'from', 'to', 'applied'] }) as Promise<RedirectRow[]>;

export const asStored = (rows: readonly RedirectRow[]): StoredRedirect[] =>
  rows.map((row) => ({ id: row.documentId, from: row.from, to: row.to }));

export async function setRedirect(
  strapi: Core.Strapi,
  documentId: string,
  data: Partial<Pick<RedirectRow, 'to' | 'applied'>>,
): Promise<void> {
  await table(strapi).updateMany({ where: { documentId }, data });
}
