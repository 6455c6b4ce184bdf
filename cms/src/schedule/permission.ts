import type { Core } from '@strapi/strapi';
import type { ScheduledType } from './types';

const PUBLISH = 'plugin::content-manager.explorer.publish';

interface Ability {
  can(action: string, subject: string): boolean;
}

/**
 * Whether whoever is saving may schedule. Publish at and Unpublish at publish (or take
 * down) later, so an admin user, or admin token, needs the permission to publish the
 * type. The CMS's own scheduler and scripts act outside any request and may. A content
 * API caller has no such permission to check: any that may save may also publish
 * (?status=published), so scheduling gives it nothing more.
 */
export function mayPublish(strapi: Core.Strapi, uid: ScheduledType): boolean {
  const request = strapi.requestContext.get() as { state?: { userAbility?: Ability } } | undefined;
  const ability = request?.state?.userAbility;
  return !ability || ability.can(PUBLISH, uid);
}
