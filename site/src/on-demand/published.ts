import { createHash } from 'node:crypto';
import { getRssString } from '@astrojs/rss';
import type { SiteContent } from '@guildhall/content';
import { REDIRECTS_FILE_NAME, redirectsFile } from '@guildhall/redirects';
import { oncePerObject, onlyPublishedRefs, sameItems } from '../lib/content';
import { appliedRedirects, frameOf, redirectPages, sitePages, type SitePage } from '../lib/pages';
import { paths } from '../lib/paths';
import { redirectPageHtml } from '../lib/redirect-page';
import { rssFeed } from '../lib/rss';
import { sitemapFileName, sitemapFiles, sitemapIndexXml, urlsetXml } from '../lib/sitemap';
import type { SitePlan } from './request';

// The published site drawn on demand, one output at a time, from content the caller
// (the rebuild service) holds: the same pages and files the static build writes, from
// the same functions, so a page redrawn here has the bytes a full build would give.

/**
 * A file the site makes from content besides its pages: the feed, the sitemaps,
 * `_redirects` and the page left at each redirected address.
 */
interface ContentFile {
  kind: 'file';
  path: string;
  contentType: string;
  /** Everything the file is made from: same input, same bytes. */
  input: unknown;
  body: () => Promise<string>;
}

export type SiteOutput = { kind: 'page'; path: string; page: SitePage } | ContentFile;

function contentFiles(content: SiteContent, site: URL): ContentFile[] {
  const xml = 'application/xml';
  const sitemaps = sitemapFiles(content);
  const feed = rssFeed(content, site);
  const redirects = appliedRedirects(content);
  return [
    {
      kind: 'file',
      path: `/${REDIRECTS_FILE_NAME}`,
      contentType: 'text/plain; charset=utf-8',
      input: redirects,
      body: async () => redirectsFile(redirects),
    },
    ...redirectPages(content).map(
      ({ props }): ContentFile => ({
        kind: 'file',
        path: props.from,
        contentType: 'text/html; charset=utf-8',
        input: props,
        body: async () => redirectPageHtml(props.to, site),
      }),
    ),
    { kind: 'file', path: paths.rss, contentType: xml, input: feed, body: () => getRssString(feed) },
    {
      kind: 'file',
      path: paths.sitemapIndex,
      contentType: xml,
      input: sitemaps.length,
      body: async () => sitemapIndexXml(sitemaps.length, site),
    },
    ...sitemaps.map(
      (pagePaths, index): ContentFile => ({
        kind: 'file',
        path: `/${sitemapFileName(index)}`,
        contentType: xml,
        input: pagePaths,
        body: async () => urlsetXml(pagePaths, site),
      }),
    ),
  ];
}

interface PublishedSite {
  content: SiteContent;
  outputs: Map<string, SiteOutput>;
}

/** A page as an output, once per page object (an entry's page is kept from round to round: see entryPage). */
const pageOutput = oncePerObject(
  (page: SitePage): SiteOutput => ({ kind: 'page', path: page.props.path, page }),
);

// The rebuild service asks for a plan and then several outputs of one content object:
// the site is worked out once per object, not once per request.
const worked = new WeakMap<SiteContent, PublishedSite>();

function publishedSite(fetched: SiteContent, site: URL): PublishedSite {
  let published = worked.get(fetched);
  if (!published) {
    const content = onlyPublishedRefs(fetched);
    const outputs = new Map<string, SiteOutput>();
    for (const page of sitePages(content)) outputs.set(page.props.path, pageOutput(page));
    for (const file of contentFiles(content, site)) outputs.set(file.path, file);
    published = { content, outputs };
    worked.set(fetched, published);
  }
  return published;
}

/** The page or file at `path` (e.g. "/news/pay-award/", "/rss.xml"); fails, naming the path, when there is none. */
export function publishedOutput(fetched: SiteContent, path: string, site: URL): SiteOutput {
  const output = publishedSite(fetched, site).outputs.get(path);
  if (!output) throw new Error(`The published site has no page or file at ${path}.`);
  return output;
}

const hashOf = (json: string) => createHash('sha256').update(json).digest('base64url');

// What `JSON.stringify` gives, with each object in a list encoded once per object: a month's
// or a topic's page lists hundreds of entry summaries, the very same objects round after
// round (see `onlyPublishedRefs`). Nothing the site makes from content is changed once made.

function json(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(listed).join(',')}]`;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const members: string[] = [];
    for (const [key, member] of Object.entries(value))
      if (member !== undefined && typeof member !== 'function')
        members.push(`${JSON.stringify(key)}:${json(member)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const encodedOnce = oncePerObject((value: object) => json(value));

const listed = (value: unknown): string =>
  value !== null && typeof value === 'object' ? encodedOnce(value) : json(value);

/** Two values of a prop with the same JSON: the very same value, a list of the very same items, or equal JSON. */
const sameValue = (before: unknown, after: unknown): boolean =>
  before === after ||
  (Array.isArray(before) && Array.isArray(after) && sameItems(before, after)) ||
  json(before) === json(after);

/** Whether a page's props give the JSON they gave before, the frame aside (it has its own fingerprint). */
function sameProps(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const keys = Object.keys(after);
  return (
    keys.length === Object.keys(before).length &&
    keys.every((key) => key === 'frame' || (key in before && sameValue(before[key], after[key])))
  );
}

// Fingerprints kept between plans. An entry's page is the very same object while the entry
// and the frame are (see entryPage): its fingerprint is kept with it. Other pages (home,
// listings, months, topics) are made anew for each version of the content, mostly from
// objects kept from version to version (summaries of entries): a page whose props are the
// same values as its page's last time has the same fingerprint, found without encoding a
// month of entries again. So a plan of ten thousand pages hashes only what a change touches.
const pageFingerprints = new WeakMap<SitePage, string>();
const lastMadeAt = new Map<string, { props: Record<string, unknown>; fingerprint: string }>();

function pageFingerprint(page: SitePage): string {
  let fingerprint = pageFingerprints.get(page);
  if (fingerprint !== undefined) return fingerprint;
  const props: Record<string, unknown> = page.props;
  const last = lastMadeAt.get(page.props.path);
  fingerprint =
    last && sameProps(last.props, props)
      ? last.fingerprint
      : hashOf(json({ view: page.view, props: { ...props, frame: null } }));
  pageFingerprints.set(page, fingerprint);
  lastMadeAt.set(page.props.path, { props, fingerprint });
  return fingerprint;
}

/**
 * What every output is made from, as fingerprints: two versions of the content differ
 * on a page exactly where its fingerprint differs. Every page shows the frame (header,
 * footer), so it has one fingerprint of its own instead of being part of each page's.
 */
export function sitePlan(fetched: SiteContent, site: URL): SitePlan {
  const published = publishedSite(fetched, site);
  const plan: SitePlan = { frame: hashOf(json(frameOf(published.content))), outputs: {} };
  for (const [path, output] of published.outputs)
    plan.outputs[path] =
      output.kind === 'file' ? hashOf(JSON.stringify(output.input)) : pageFingerprint(output.page);
  return plan;
}
