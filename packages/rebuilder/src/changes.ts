import type { WebhookEvent } from './webhook';

/** An entry the next round must read again, named by a webhook. */
export interface EntryChange {
  /** The content type's API ID, e.g. "article". */
  model: string;
  documentId: string;
}

/** What the next round has to do: redraw the pages some changes touch, or build everything. */
export interface PlannedWork {
  /** Why everything must be built; null when redrawing what changed is enough. */
  fullBuild: string | null;
  entries: EntryChange[];
  /** Whether the redirects changed (the CMS says so without naming one): read them all again. */
  redirects: boolean;
}

/** The event the CMS sends when a redirect is saved (redirects have no draft). */
export const REDIRECTS_CHANGED_EVENT = 'redirect.change';

/**
 * Content types whose entries the service redraws page by page. Anything else (site
 * settings, topics, categories, authors: shown in every page's frame or copied into
 * other entries; media) changes too much at once, or cannot be read alone, so a full build runs.
 */
export const INCREMENTAL_MODELS: ReadonlySet<string> = new Set(['article', 'campaign-briefing']);

const ENTRY_EVENTS = new Set([
  'entry.publish',
  'entry.unpublish',
  'entry.delete',
  'entry.update',
  'entry.create',
]);

// Reasons are shown in /status as plain English: "Full build (a change to an author)".
const withArticle = (words: string) => `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;

/** Whether an event says the redirects changed: the CMS's own event, or a redirect deleted. */
const changesRedirects = ({ event, model }: WebhookEvent): boolean =>
  event === REDIRECTS_CHANGED_EVENT || (model === 'redirect' && !!event && ENTRY_EVENTS.has(event));

/** Why an event cannot be handled by redrawing one entry's pages; null when it can. */
export function fullBuildReason(received: WebhookEvent): string | null {
  if (changesRedirects(received)) return null;
  const { event, model, documentId } = received;
  if (!event || !ENTRY_EVENTS.has(event)) return withArticle(`${event || 'unnamed'} event`);
  if (!model || !INCREMENTAL_MODELS.has(model)) return `a change to ${withArticle(model || 'unnamed model')}`;
  if (!documentId) return `${withArticle(event)} event that names no entry`;
  return null;
}

/** Changes waiting for the next round; a round takes them all at once. */
export class PendingChanges {
  private entries = new Map<string, EntryChange>();
  private fullBuild: string | null = null;
  private redirects = false;

  add(event: WebhookEvent): void {
    const reason = fullBuildReason(event);
    if (reason) this.requireFullBuild(reason);
    else if (changesRedirects(event)) this.redirects = true;
    else if (event.model && event.documentId)
      this.entries.set(`${event.model}:${event.documentId}`, {
        model: event.model,
        documentId: event.documentId,
      });
  }

  /** Keeps the first reason: it is the one the status reports. */
  requireFullBuild(reason: string): void {
    this.fullBuild ??= reason;
  }

  take(): PlannedWork {
    const work = {
      fullBuild: this.fullBuild,
      entries: [...this.entries.values()],
      redirects: this.redirects,
    };
    this.entries.clear();
    this.fullBuild = null;
    this.redirects = false;
    return work;
  }
}
