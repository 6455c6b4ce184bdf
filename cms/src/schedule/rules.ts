import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldLabel, ukDateTime } from '@guildhall/editorial';
import { mayPublish } from './permission';
import { isScheduledType, type ScheduleFields, type ScheduledType } from './types';

// What saving and publishing mean for a schedule. Runs after the content rules
// (registered after them), so it only acts on a publish that is otherwise allowed.

const time = (value: ScheduleFields['publishAt'] | undefined): Date | null =>
  value === null || value === undefined || value === '' ? null : new Date(value);

type SavedTimes = Pick<ScheduleFields, 'publishAt' | 'unpublishAt'>;

async function savedDraft(strapi: Core.Strapi, uid: ScheduledType, documentId: string) {
  return (await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: null },
    select: ['publishAt', 'unpublishAt'],
  })) as SavedTimes | null;
}

type TimeField = 'publishAt' | 'unpublishAt';

// The path puts the message under the field in the admin, which needs one on every error.
function refuse(field: TimeField, message: string): never {
  throw new errors.ValidationError(message, {
    errors: [{ path: [field], message, name: 'ValidationError' }],
  });
}

/** A role that may not publish the type may not set a new time either; clearing one is allowed. */
function checkMayPublish(strapi: Core.Strapi, uid: ScheduledType, data: SaveData, saved: SavedTimes | null) {
  if (mayPublish(strapi, uid)) return;
  const kind = strapi.contentType(uid).info.pluralName.replace(/-/g, ' ');
  for (const field of ['publishAt', 'unpublishAt'] as const) {
    const wanted = field in data ? time(data[field]) : null;
    if (wanted && wanted.getTime() !== time(saved?.[field])?.getTime()) {
      const label = fieldLabel(field);
      refuse(
        field,
        `${label}: your role may not publish ${kind}, so it may not schedule them either. Clear ${label}, or ask an editor to schedule this.`,
      );
    }
  }
}

async function checkSave(strapi: Core.Strapi, uid: ScheduledType, params: SaveParams) {
  const data = params.data;
  if (!data) return;
  // Only the CMS says why a scheduled publish failed; an editor's form never overwrites it.
  delete data.scheduleProblem;
  const saved = params.documentId ? await savedDraft(strapi, uid, params.documentId) : null;
  checkMayPublish(strapi, uid, data, saved);
  const publishAt = time('publishAt' in data ? data.publishAt : saved?.publishAt);
  const unpublishAt = time('unpublishAt' in data ? data.unpublishAt : saved?.unpublishAt);
  if (publishAt && unpublishAt && unpublishAt <= publishAt) {
    refuse(
      'unpublishAt',
      `Unpublish at (${ukDateTime(unpublishAt)}) must be later than Publish at (${ukDateTime(publishAt)}).`,
    );
  }
  // A new time is a new attempt: the reason the last one failed no longer applies.
  if (time(data.publishAt)) data.scheduleProblem = null;
}

async function beforePublish(strapi: Core.Strapi, uid: ScheduledType, documentId: string) {
  const draft = await savedDraft(strapi, uid, documentId);
  const unpublishAt = time(draft?.unpublishAt);
  if (unpublishAt && unpublishAt <= new Date()) {
    refuse(
      'unpublishAt',
      `Unpublish at (${ukDateTime(unpublishAt)}) has passed, so it would come down at once: clear it or set a later time, then publish.`,
    );
  }
  // Publishing now, by hand or on schedule, settles the schedule: nothing is left to publish later.
  await strapi.db.query(uid).updateMany({
    where: {
      documentId,
      publishedAt: null,
      $or: [{ publishAt: { $notNull: true } }, { scheduleProblem: { $notNull: true } }],
    },
    data: { publishAt: null, scheduleProblem: null },
  });
}

type SaveData = Partial<ScheduleFields> & Record<string, unknown>;

interface SaveParams {
  data?: SaveData;
  documentId?: string;
}

export function registerScheduleRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!isScheduledType(context.uid)) return next();
    const uid = context.uid;
    const params = context.params as SaveParams;
    if (context.action === 'create' || context.action === 'update') await checkSave(strapi, uid, params);
    if (context.action === 'publish' && params.documentId) {
      const documentId = params.documentId;
      // One transaction with the publish itself, so a publish that fails keeps the schedule.
      return strapi.db.transaction(async () => {
        await beforePublish(strapi, uid, documentId);
        return next();
      });
    }
    return next();
  });
}
