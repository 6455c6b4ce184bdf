import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { normaliseFrom, normaliseTo, planRedirect, RedirectRuleError } from '@guildhall/redirects';
import { REDIRECT_CHANGED_EVENT } from '../bootstrap/rebuild-webhook';
import { refreshApplied } from './live-paths';
import { allRedirects, asStored, REDIRECT_UID, setRedirect } from './store';

interface RedirectData {
  from?: unknown;
  to?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Editors' mistakes reach the admin as a validation message on the save they made. */
function refused(error: unknown): never {
  if (error instanceof RedirectRuleError)
    throw new errors.ValidationError(error.message, { errors: [{ message: error.message }] });
  throw error;
}

/**
 * Saving a redirect (by hand or when a page moves): "from" and "to" made canonical,
 * the chain collapsed, a loop or a second redirect from one address refused before
 * anything is written; afterwards, redirects that led to this "from" lead on, every
 * redirect's "applied" is brought up to date and the rebuild service is told.
 */
export function registerRedirectRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== REDIRECT_UID) return next();
    // A deleted redirect needs no rule, and reaches the rebuild service as entry.delete.
    if (context.action !== 'create' && context.action !== 'update') return next();
    const params = context.params as { documentId?: string; data?: RedirectData };
    const data = params.data ?? {};
    const rows = await allRedirects(strapi);
    const current = rows.find((row) => row.documentId === params.documentId);

    let retarget: { id: string; to: string }[];
    try {
      const from = normaliseFrom(text(data.from ?? current?.from));
      const plan = planRedirect(asStored(rows), {
        id: current?.documentId,
        from,
        to: normaliseTo(text(data.to ?? current?.to)),
      });
      params.data = { ...data, from, to: plan.to };
      retarget = plan.retarget;
    } catch (error) {
      refused(error);
    }

    const result = await next();
    for (const { id, to } of retarget) await setRedirect(strapi, id, { to });
    await refreshApplied(strapi);
    // Once committed, as Strapi announces entries: inside a larger change (a page moving
    // to another type) the rebuild service would otherwise read the redirects too early.
    await strapi.db.transaction(({ onCommit }) =>
      onCommit(() => strapi.eventHub.emit(REDIRECT_CHANGED_EVENT, { model: 'redirect', uid: REDIRECT_UID })),
    );
    return result;
  });
}
