import type { Core } from '@strapi/strapi';
import { addSignedInAdminRoutes } from '../admin-routes';
import { scheduleStatus } from './status';

interface Context {
  body: unknown;
  set(name: string, value: string): void;
}

// Whether this CMS instance publishes scheduled entries, and when it last checked: for
// the people who run the site, when several instances share a database. An admin route
// (signed-in admin users only), as nothing about the CMS's workings is for the public.
export function registerScheduleStatusRoute(strapi: Core.Strapi): void {
  addSignedInAdminRoutes(strapi, '/schedule', [
    {
      method: 'GET',
      path: '/status',
      handler: (ctx: Context) => {
        ctx.set('Cache-Control', 'no-store');
        ctx.body = scheduleStatus;
      },
    },
  ]);
}
