import type { ContentSourceOptions, SiteContent } from '@guildhall/content';

// The contract between the site's server bundle and the servers that call it (the
// preview server, the rebuild service): what they put in `locals.render` to ask the
// on-demand route for a page, and what they get back when it cannot be drawn.

/** A page or file of the published site, drawn from content the caller holds (the whole site's). */
export interface PublishedPageRequest {
  mode: 'published';
  content: SiteContent;
  /** The output's URL path, e.g. "/news/pay-award/" or "/rss.xml". */
  path: string;
}

/**
 * Asks for the plan of the published site made from `content`. The route leaves the plan
 * in `plan` and answers 204: the bundle runs in the caller's process, and a plan of ten
 * thousand pages is handed over as it is rather than written as JSON and read back.
 */
export interface PlanRequest {
  mode: 'plan';
  content: SiteContent;
  plan?: SitePlan;
}

/**
 * Every page and file the published site has (besides the few that show no content,
 * like search and 404), each with a fingerprint of what it is made from; and one for
 * the header and footer every page shows.
 */
export interface SitePlan {
  frame: string;
  /** URL path → fingerprint. */
  outputs: Record<string, string>;
}

/** A preview of one document, read from the CMS with a credential that may read drafts. */
export interface PreviewPageRequest {
  mode: 'preview';
  /** The content type's API ID, e.g. "article" or "site-setting". */
  type: string;
  documentId: string;
  /** Which version to show. */
  status: 'draft' | 'published';
  source: ContentSourceOptions;
  /** The CMS admin's origin, the only window allowed to ask the page to reload. */
  adminOrigin: string;
  /** Where the preview server serves the page's reload script. */
  reloadScript: string;
}

export type RenderRequest = PublishedPageRequest | PlanRequest | PreviewPageRequest;

/** The header on a response that carries a RenderFailure instead of a page. */
export const RENDER_FAILURE_HEADER = 'x-guildhall-render-failure';

/** Why a page could not be drawn, for the caller to show or report. */
export interface RenderFailure {
  /** What went wrong, naming the entry and field where it can. */
  message: string;
  /** One line per problem when the content breaks the schema. */
  problems: string[];
}
