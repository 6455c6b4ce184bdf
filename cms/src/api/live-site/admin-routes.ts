import type { Core } from '@strapi/strapi';

/**
 * The editors' view of the live site, for the admin home page widget. Strapi files every
 * router under src/api as content API, so this one is added to the admin API here: it
 * answers signed-in admin users only (their session, not an API token), anyone else 401.
 */
export function registerLiveSiteRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/live-site',
    routes: [
      {
        method: 'GET',
        path: '/status',
        handler: 'live-site.status',
        info: { apiName: 'live-site' },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  });
}
