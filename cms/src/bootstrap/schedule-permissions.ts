import type { Core } from '@strapi/strapi';
import { SCHEDULED_TYPES, SCHEDULE_FIELDS } from '../schedule/types';

const fieldActions = [
  'plugin::content-manager.explorer.create',
  'plugin::content-manager.explorer.read',
  'plugin::content-manager.explorer.update',
];

interface Permission {
  id: number;
  properties?: { fields?: string[] } & Record<string, unknown>;
}

/**
 * Strapi gives fields added to a content type to the Super Admin only, so on an
 * installation older than scheduling, Editors and Authors would never see Publish at.
 * A role's permission on a scheduled type that has none of the schedule fields
 * predates them and gets them all; one with any of them has been set by an
 * administrator (e.g. Schedule problem kept, Publish at taken away) and is left alone.
 */
export async function grantScheduleFields(strapi: Core.Strapi): Promise<void> {
  const permissions = (await strapi.db.query('admin::permission').findMany({
    where: { action: { $in: fieldActions }, subject: { $in: [...SCHEDULED_TYPES] } },
  })) as Permission[];
  for (const permission of permissions) {
    const fields = permission.properties?.fields;
    if (!Array.isArray(fields) || SCHEDULE_FIELDS.some((field) => fields.includes(field))) continue;
    await strapi.db.query('admin::permission').update({
      where: { id: permission.id },
      data: { properties: { ...permission.properties, fields: [...fields, ...SCHEDULE_FIELDS] } },
    });
  }
}
