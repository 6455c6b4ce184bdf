import type { Core } from '@strapi/strapi';
import { buildContentReport } from './report';
import { readingAgeTarget } from './settings';

interface Context {
  body: unknown;
  set(name: string, value: string): void;
}

// Admin routes (the admin's session, never an API token or the public): the report
// page and the edit view's panel call these with the signed-in editor's token.
const signedInAdmin = { policies: ['admin::isAuthenticatedAdmin'] };

export function registerReadabilityRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/readability',
    routes: [
      {
        method: 'GET',
        path: '/settings',
        handler: (ctx: Context) => {
          ctx.body = { readingAgeTarget: readingAgeTarget() };
        },
        config: signedInAdmin,
      },
      {
        method: 'GET',
        path: '/report',
        handler: async (ctx: Context) => {
          ctx.set('Cache-Control', 'no-store');
          ctx.body = await buildContentReport(strapi);
        },
        config: signedInAdmin,
      },
    ],
  } as never);
}
