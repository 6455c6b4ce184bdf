import type { Core } from '@strapi/strapi';
import { addSignedInAdminRoutes } from '../admin-routes';
import { buildContentReport } from './report';
import { readingAgeTarget } from './settings';

interface Context {
  body: unknown;
  set(name: string, value: string): void;
}

// The report page and the edit view's panel call these with the signed-in editor's session.
export function registerReadabilityRoutes(strapi: Core.Strapi): void {
  addSignedInAdminRoutes(strapi, '/readability', [
    {
      method: 'GET',
      path: '/settings',
      handler: (ctx: Context) => {
        ctx.body = { readingAgeTarget: readingAgeTarget() };
      },
    },
    {
      method: 'GET',
      path: '/report',
      handler: async (ctx: Context) => {
        ctx.set('Cache-Control', 'no-store');
        ctx.body = await buildContentReport(strapi);
      },
    },
  ]);
}
