import type { Core } from '@strapi/strapi';
import { rebuildWebhookUrl } from '../rebuild-service';

export const REBUILD_WEBHOOK_NAME = 'Rebuild the live site';

/**
 * Redirects have no draft: a saved redirect is live, but Strapi announces a save only
 * as entry.create/update, which drafts share. The redirect rules announce this instead.
 */
export const REDIRECT_CHANGED_EVENT = 'redirect.change';

// Anything that can change what a visitor sees. Drafts being saved cannot, so
// entry.create/update are left out: a save never triggers a build.
const rebuildEvents = [
  'entry.publish',
  'entry.unpublish',
  'entry.delete',
  'media.create',
  'media.update',
  'media.delete',
  REDIRECT_CHANGED_EVENT,
];

interface Webhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

interface WebhookStore {
  addAllowedEvent(key: string, event: string): void;
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id' | 'isEnabled'>): Promise<Webhook>;
  updateWebhook(id: Webhook['id'], data: Omit<Webhook, 'id'>): Promise<Webhook | null>;
}

interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
}

const sameSettings = (a: Omit<Webhook, 'id'>, b: Omit<Webhook, 'id'>) =>
  JSON.stringify([a.url, a.headers, [...a.events].sort(), a.isEnabled]) ===
  JSON.stringify([b.url, b.headers, [...b.events].sort(), b.isEnabled]);

/**
 * Points the CMS at the rebuild service. Registered through the webhook store (not
 * the admin API, which refuses loopback URLs in production) and kept in step with
 * the env on every start, so changing the URL or secret needs only a restart.
 */
export async function registerRebuildWebhook(strapi: Core.Strapi): Promise<void> {
  const secret = process.env.REBUILD_WEBHOOK_SECRET?.trim();
  const url = rebuildWebhookUrl();
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  store.addAllowedEvent('REDIRECT_CHANGE', REDIRECT_CHANGED_EVENT);

  const wanted: Omit<Webhook, 'id'> = {
    name: REBUILD_WEBHOOK_NAME,
    url,
    headers: secret ? { Authorization: `Bearer ${secret}` } : {},
    events: rebuildEvents,
    isEnabled: Boolean(secret),
  };
  const existing = (await store.findWebhooks()).find((webhook) => webhook.name === REBUILD_WEBHOOK_NAME);

  if (!existing) {
    if (!secret) {
      strapi.log.warn('rebuild webhook: off, REBUILD_WEBHOOK_SECRET is not set');
      return;
    }
    const created = await store.createWebhook(wanted);
    runner.add(created);
  } else if (!sameSettings(existing, wanted)) {
    const updated = await store.updateWebhook(existing.id, wanted);
    if (updated) runner.update(updated);
  }
  strapi.log.info(secret ? `rebuild webhook: ${url}` : 'rebuild webhook: disabled, no secret');
}
