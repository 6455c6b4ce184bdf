import type { UID } from '@strapi/strapi';

// The types an editor can schedule: those that are published on a planned date
// (news, embargoed briefings) or for a limited time (a membership offer). Topics,
// authors and the site settings change as a side effect of other work, so they are not.
export const SCHEDULED_TYPES = [
  'api::article.article',
  'api::campaign-briefing.campaign-briefing',
  'api::membership-category.membership-category',
] as const satisfies readonly UID.ContentType[];

export type ScheduledType = (typeof SCHEDULED_TYPES)[number];

export const isScheduledType = (uid: string): uid is ScheduledType =>
  (SCHEDULED_TYPES as readonly string[]).includes(uid);

export const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt', 'scheduleProblem'] as const;

/** The schedule fields on each scheduled type, as in its schema.json. */
export interface ScheduleFields extends Record<(typeof SCHEDULE_FIELDS)[number], unknown> {
  publishAt: Date | string | null;
  unpublishAt: Date | string | null;
  /** Written by the CMS only: why the last scheduled publish did not go ahead. */
  scheduleProblem: string | null;
}
