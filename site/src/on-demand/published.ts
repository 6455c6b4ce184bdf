import { createHash } from 'node:crypto';
import { getRssString } from '@astrojs/rss';
import type { SiteContent } from '@guildhall/content';
import { REDIRECTS_FILE_NAME, redirectsFile } from '@guildhall/redirects';
import { onlyPublishedRefs } from '../lib/content';
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

// The rebuild service asks for a plan and then several outputs of one content object:
// the site is worked out once per object, not once per request.
const worked = new WeakMap<SiteContent, PublishedSite>();

function publishedSite(fetched: SiteContent, site: URL): PublishedSite {
  let published = worked.get(fetched);
  if (!published) {
    const content = onlyPublishedRefs(fetched);
    const outputs: SiteOutput[] = [
      ...sitePages(content).map((page): SiteOutput => ({ kind: 'page', path: page.props.path, page })),
      ...contentFiles(content, site),
    ];
    published = { content, outputs: new Map(outputs.map((output) => [output.path, output])) };
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
const encodedInLists = new WeakMap<object, string>();

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

function listed(value: unknown): string {
  if (value === null || typeof value !== 'object') return json(value);
  let encoded = encodedInLists.get(value);
  if (encoded === undefined) encodedInLists.set(value, (encoded = json(value)));
  return encoded;
}

// An article's or briefing's page is made from the entry as shown alone, an object kept
// from round to round while neither it nor what is published around it changes: so its
// page's fingerprint is kept with it, and a plan of ten thousand pages hashes only the
// entries that changed.
const entryPageFingerprints = new WeakMap<object, string>();

function pageFingerprint(page: SitePage): string {
  const compute = () => hashOf(json({ view: page.view, props: { ...page.props, frame: null } }));
  const entry =
    page.view === 'article' ? page.props.article : page.view === 'briefing' ? page.props.briefing : null;
  if (!entry) return compute();
  let known = entryPageFingerprints.get(entry);
  if (known === undefined) entryPageFingerprints.set(entry, (known = compute()));
  return known;
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
