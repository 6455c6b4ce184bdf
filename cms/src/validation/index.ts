import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { FieldPath } from '@guildhall/editorial';
import { refreshRichTextPictures } from './rich-text-pictures';
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

/** A rule's message and the field it is about, as a path into the entry's data. */
interface Problem {
  path: FieldPath;
  message: string;
}

async function problemsIn(
  strapi: Core.Strapi,
  data: unknown,
  uid: UID.ContentType,
  publishing: boolean,
): Promise<Problem[]> {
  const all: Problem[] = [];
  for (const found of walkFields(strapi, data, strapi.contentType(uid).attributes) as Iterable<Found>) {
    const problems: string[] = [];
    if (found.kind === 'url') problems.push(...checkUrl(found));
    if (found.kind === 'slug') problems.push(...checkSlug(found));
    if (found.kind === 'blocks') problems.push(...checkRichTextLinks(found));
    if (found.kind === 'blocks' && publishing) problems.push(...checkRichTextAccessibility(found));
    if (found.kind === 'required' && publishing) problems.push(...checkRequired(found));
    if (found.kind === 'media' && publishing) problems.push(...(await checkImageAltText(strapi, found)));
    all.push(...problems.map((message) => ({ path: found.path, message })));
  }
  return all;
}

// The admin shows the message as a notice and, by each error's path (which it requires:
// it joins every one), under the field itself; it shows one message a field, so a
// field's messages are joined. The path is in Strapi's own form: strings, "0" for item 1.
function refuse(problems: Problem[]): void {
  if (problems.length === 0) return;
  const messages = problems.map((problem) => problem.message);
  const summary = messages.length === 1 ? messages[0] : `${messages.length} problems: ${messages.join(' ')}`;
  const byField = new Map<string, { path: string[]; messages: string[] }>();
  for (const { path, message } of problems) {
    const key = path.join('.');
    const field = byField.get(key) ?? { path: path.map(String), messages: [] };
    field.messages.push(message);
    byField.set(key, field);
  }
  throw new errors.ValidationError(summary ?? '', {
    errors: [...byField.values()].map(({ path, messages: fieldMessages }) => ({
      path,
      message: fieldMessages.join(' '),
      name: 'ValidationError',
    })),
  });
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
      await refreshRichTextPictures(strapi, params.data, strapi.contentType(uid).attributes);
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
