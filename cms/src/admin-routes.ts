import type { Core } from '@strapi/strapi';

type AdminRoute = Pick<Core.Route, 'method' | 'path' | 'handler'> & { info?: Core.Route['info'] };

/**
 * Adds routes to the admin API that answer signed-in admin users only (their session,
 * not an API token); anyone else gets 401. Strapi files every router under src/api as
 * content API, so routes for the admin's own pages and panels are added here.
 */
export function addSignedInAdminRoutes(strapi: Core.Strapi, prefix: string, routes: AdminRoute[]): void {
  strapi.server.routes({
    type: 'admin',
    prefix,
    routes: routes.map((route) => ({
      info: {},
      ...route,
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    })),
  });
}
