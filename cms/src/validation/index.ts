import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { mediaPopulate, walkFields, type Found } from './walk';
import {
  checkImageAltText,
  checkRequired,
  checkRichTextAccessibility,
  checkRichTextLinks,
  checkSlug,
  checkUrl,
} from './rules';

// The rules the content model states beyond Strapi's own (required, max length,
// unique): web addresses that work, links the site may render, and, when publishing,
// the accessibility checks that block (alternative text on every picture, no empty
// headings, no "click here" links), and slugs in the one form page addresses take.
// Each failure names the field as the admin shows it.

// The project's own types that are published to the site: every type the readability
// panel reviews is among them. (Redirects are never published; cms/src/redirects checks them.)
const isChecked = (strapi: Core.Strapi, uid: string) =>
  uid.startsWith('api::') && strapi.contentType(uid as UID.ContentType)?.options?.draftAndPublish === true;

async function problemsIn(strapi: Core.Strapi, data: unknown, uid: UID.ContentType, publishing: boolean) {
  const problems: string[] = [];
  for (const found of walkFields(strapi, data, strapi.contentType(uid).attributes) as Iterable<Found>) {
    if (found.kind === 'url') problems.push(...checkUrl(found));
    if (found.kind === 'slug') problems.push(...checkSlug(found));
    if (found.kind === 'blocks') problems.push(...checkRichTextLinks(found));
    if (found.kind === 'blocks' && publishing) problems.push(...checkRichTextAccessibility(found));
    if (found.kind === 'required' && publishing) problems.push(...checkRequired(found));
    if (found.kind === 'media' && publishing) problems.push(...(await checkImageAltText(strapi, found)));
  }
  return problems;
}

function refuse(problems: string[]): void {
  if (problems.length === 0) return;
  const summary = problems.length === 1 ? problems[0] : `${problems.length} problems: ${problems.join(' ')}`;
  throw new errors.ValidationError(summary ?? '', { errors: problems.map((message) => ({ message })) });
}

export function registerContentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!isChecked(strapi, context.uid)) return next();
    const uid = context.uid;
    const params = context.params as {
      data?: unknown;
      status?: string;
      documentId?: string;
      locale?: string;
    };

    if (context.action === 'create' || context.action === 'update') {
      refuse(await problemsIn(strapi, params.data, uid, params.status === 'published'));
    }
    if (context.action === 'publish' && params.documentId) {
      const draft = await strapi.documents(uid).findOne({
        documentId: params.documentId,
        status: 'draft',
        populate: mediaPopulate(strapi, strapi.contentType(uid).attributes),
      });
      refuse(await problemsIn(strapi, draft, uid, true));
    }
    return next();
  });
}
