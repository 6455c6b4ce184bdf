import type { Core } from '@strapi/strapi';
import { addSignedInAdminRoutes } from '../../admin-routes';

/** The editors' view of the live site, for the admin home page widget. */
export function registerLiveSiteRoutes(strapi: Core.Strapi): void {
  addSignedInAdminRoutes(strapi, '/live-site', [
    { method: 'GET', path: '/status', handler: 'live-site.status', info: { apiName: 'live-site' } },
  ]);
}
