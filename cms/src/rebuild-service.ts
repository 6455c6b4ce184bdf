import { DEFAULT_PORTS, localUrl } from '@guildhall/settings';

/**
 * REBUILD_WEBHOOK_URL: the rebuild service's status port, where the CMS says that
 * content changed. By default the service listens on 127.0.0.1 only, so that is the
 * address to call, not whatever localhost resolves to first.
 */
export const rebuildWebhookUrl = (): string =>
  process.env.REBUILD_WEBHOOK_URL?.trim() || `http://127.0.0.1:${DEFAULT_PORTS.rebuilder}/webhook`;

/** The build status, served beside the webhook on the same private port. */
export const rebuildStatusUrl = (): string => new URL('status', rebuildWebhookUrl()).href;

/** LIVE_SITE_URL: the public site, which the admin's "Live site" widget links to. */
export const liveSiteUrl = (): string => process.env.LIVE_SITE_URL?.trim() || localUrl('site');
