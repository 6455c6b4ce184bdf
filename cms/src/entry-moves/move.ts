import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldLabel } from '@guildhall/editorial';
import { entryPaths } from '@guildhall/paths';
import { canonicalPath } from '@guildhall/redirects';
import { recordMove } from '../redirects/moves';
import { carriedFields, droppedFields, populateFor, targetData, type Entry } from './fields';
import { bare, ENTRY_MOVES, type MovableType, type MovePreview, type MoveResult } from './types';

// Moving an entry to another type ("this news item is really a campaign briefing"):
// a new entry of the target type with what the two have in common, published if the
// source was, the old address redirected to the new one, and the source deleted, all in
// one transaction, so a refusal at any step leaves everything as it was.

interface Source {
  uid: MovableType;
  documentId: string;
  draft: Entry;
  published: Entry | null;
}

const attributesOf = (strapi: Core.Strapi, uid: MovableType) => strapi.contentType(uid).attributes;

/**
 * The Document Service for either movable type, with entries as plain records: a move
 * assembles its data at run time from the two schemas (fields.ts), which Strapi's types,
 * written for one content type known when compiling, cannot follow.
 */
interface MovableDocuments {
  findOne(params: {
    documentId: string;
    status: 'draft' | 'published';
    populate: Record<string, unknown>;
  }): Promise<Entry | null>;
  create(params: { data: Entry }): Promise<{ documentId: string }>;
  publish(params: { documentId: string }): Promise<unknown>;
  update(params: { documentId: string; data: Entry }): Promise<unknown>;
  delete(params: { documentId: string }): Promise<unknown>;
}
const documentsOf = (strapi: Core.Strapi, uid: MovableType) =>
  strapi.documents(uid) as unknown as MovableDocuments;

const pathOf = (uid: MovableType, slug: unknown): string => {
  const path = canonicalPath(entryPaths[uid](String(slug)));
  if (!path) throw new errors.ValidationError(`Slug: "${String(slug)}" does not make a valid address.`);
  return path;
};

async function readSource(strapi: Core.Strapi, uid: MovableType, documentId: string): Promise<Source> {
  const populate = populateFor(strapi, attributesOf(strapi, uid));
  const read = (status: 'draft' | 'published') =>
    documentsOf(strapi, uid).findOne({ documentId, status, populate });
  const [draft, published] = [await read('draft'), await read('published')];
  if (!draft)
    throw new errors.NotFoundError(`There is no ${bare(ENTRY_MOVES[uid].sourceName)} ${documentId}.`);
  return { uid, documentId, draft, published };
}

const dataOf = (strapi: Core.Strapi, source: Source, version: Entry) => {
  const move = ENTRY_MOVES[source.uid];
  return targetData(
    strapi,
    attributesOf(strapi, source.uid),
    attributesOf(strapi, move.target),
    move,
    version,
  );
};

// The draft is compared as the target would hold it: a change only to a dropped field is no change.
const changedSincePublished = (strapi: Core.Strapi, source: Source) =>
  source.published !== null &&
  JSON.stringify(dataOf(strapi, source, source.draft)) !==
    JSON.stringify(dataOf(strapi, source, source.published));

/** Why the move would be refused before anything is written: a slug the target type already uses. */
async function slugClash(strapi: Core.Strapi, source: Source): Promise<string | null> {
  const move = ENTRY_MOVES[source.uid];
  const slugs = [...new Set([source.draft.slug, source.published?.slug].filter(Boolean))] as string[];
  const taken = (await strapi.db.query(move.target).findOne({
    where: { slug: { $in: slugs } },
    select: ['title', 'slug'],
  })) as { title: string; slug: string } | null;
  if (!taken) return null;
  return (
    `Slug: "${taken.slug}" is already used by the ${bare(move.targetName)} "${taken.title}" ` +
    `(${pathOf(move.target, taken.slug)}). Change the slug of this ${bare(move.sourceName)} or of that ` +
    `${bare(move.targetName)}, save, then move it.`
  );
}

export async function previewMove(
  strapi: Core.Strapi,
  uid: MovableType,
  documentId: string,
): Promise<MovePreview> {
  const source = await readSource(strapi, uid, documentId);
  const move = ENTRY_MOVES[uid];
  const sourceAttributes = attributesOf(strapi, uid);
  const targetAttributes = attributesOf(strapi, move.target);
  const shown = source.published ?? source.draft;
  return {
    source: {
      uid,
      title: String(shown.title ?? ''),
      path: pathOf(uid, shown.slug),
      published: source.published !== null,
      changedSincePublished: changedSincePublished(strapi, source),
    },
    target: { uid: move.target, path: pathOf(move.target, shown.slug) },
    carried: carriedFields(sourceAttributes, targetAttributes, move).map(fieldLabel),
    joined: { into: fieldLabel(move.joined.into), from: move.joined.from.map(fieldLabel) },
    dropped: droppedFields(
      sourceAttributes,
      targetAttributes,
      move,
      [source.draft, source.published].filter((version): version is Entry => version !== null),
    ),
    refusal: await slugClash(strapi, source),
  };
}

// A refusal by the target type's rules names the target, so the editor knows which entry was meant.
function refusedAsTarget(error: unknown, targetName: string): never {
  if (error instanceof errors.ValidationError)
    throw new errors.ValidationError(
      `Not moved: as ${targetName} it would not be valid. ${error.message}`,
      error.details,
    );
  throw error;
}

/** Moves the entry; `userId` is recorded as the new entry's creator. Nothing changes if any step is refused. */
export async function moveEntry(
  strapi: Core.Strapi,
  uid: MovableType,
  documentId: string,
  userId: number | undefined,
): Promise<MoveResult> {
  const move = ENTRY_MOVES[uid];
  const targets = documentsOf(strapi, move.target);
  const by = userId === undefined ? {} : { createdBy: userId, updatedBy: userId };
  return strapi.db.transaction(async () => {
    const source = await readSource(strapi, uid, documentId);
    const clash = await slugClash(strapi, source);
    if (clash) throw new errors.ValidationError(clash, { errors: [{ path: ['slug'], message: clash }] });
    // Published: the new entry is published as the source was, then given its unpublished changes as a draft.
    const first = source.published ?? source.draft;
    let created: { documentId: string };
    try {
      created = await targets.create({ data: { ...dataOf(strapi, source, first), ...by } });
      if (source.published) {
        await targets.publish({ documentId: created.documentId });
        if (changedSincePublished(strapi, source))
          await targets.update({
            documentId: created.documentId,
            data: { ...dataOf(strapi, source, source.draft), ...by },
          });
      }
    } catch (error) {
      refusedAsTarget(error, move.targetName);
    }
    await documentsOf(strapi, uid).delete({ documentId });

    let redirect: MoveResult['redirect'] = null;
    if (source.published) {
      redirect = { from: pathOf(uid, source.published.slug), to: pathOf(move.target, source.published.slug) };
      await recordMove(strapi, redirect.from, redirect.to, `when it was moved to ${move.targetList}`);
    }
    strapi.log.info(`entry moves: ${uid} ${documentId} → ${move.target} ${created.documentId}`);
    return {
      uid: move.target,
      documentId: created.documentId,
      path: pathOf(move.target, first.slug),
      published: source.published !== null,
      redirect,
    };
  });
}
