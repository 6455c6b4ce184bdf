import type { Core } from '@strapi/strapi';
import { previewSecret } from '@guildhall/preview-link';
import { registerContentRules } from './validation';
import { registerReadabilityRoutes } from './readability/routes';
import { registerMoveRedirects } from './redirects/moves';
import { registerRedirectRules } from './redirects/rules';
import { registerEntryMoveRoutes } from './entry-moves/routes';
import { lockDownPublicAccess } from './bootstrap/public-access';
import { applyEditorGuide } from './bootstrap/editor-guide';
import { provisionSiteTokens } from './bootstrap/site-tokens';
import { ensureAdminUser } from './bootstrap/admin-user';
import { registerRebuildWebhook } from './bootstrap/rebuild-webhook';
import { registerLiveSiteRoutes } from './api/live-site/admin-routes';
import { grantScheduleFields } from './bootstrap/schedule-permissions';
import { grantRedirectPermissions } from './bootstrap/redirect-permissions';
import { seedDemoContentIfEmpty } from './seed';
import { registerScheduleRules, registerScheduleStatusRoute, startScheduler } from './schedule';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerContentRules(strapi);
    registerReadabilityRoutes(strapi);
    registerRedirectRules(strapi);
    registerMoveRedirects(strapi);
    registerLiveSiteRoutes(strapi);
    registerEntryMoveRoutes(strapi);
    registerScheduleRules(strapi);
    registerScheduleStatusRoute(strapi);
  },

  // Everything an installation needs is applied here, in code, so a fresh database
  // (a new machine, a test, a container) gets the same rules as a long-lived one.
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Preview links are signed with it: without it "Open preview" could only fail.
    previewSecret(process.env.PREVIEW_SECRET);
    await lockDownPublicAccess(strapi);
    await applyEditorGuide(strapi);
    await provisionSiteTokens(strapi);
    await ensureAdminUser(strapi);
    await grantScheduleFields(strapi);
    await grantRedirectPermissions(strapi);
    await registerRebuildWebhook(strapi);
    await seedDemoContentIfEmpty(strapi);
    await startScheduler(strapi);
  },
};
