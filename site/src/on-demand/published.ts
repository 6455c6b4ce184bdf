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
  /** Each entry as the pages show it (its links to unpublished topics, categories and authors dropped) → the entry as read. */
  readAs: Map<object, object>;
  /** What, besides the entry itself, decides how an entry's page shows it: which topics, categories and authors are published. */
  publishedRefs: string;
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
    // onlyPublishedRefs keeps every entry, in order: the n-th as shown is the n-th as read.
    const pairs = <T extends object>(shown: T[], read: T[]) =>
      shown.map((entry, index): [object, object] => [entry, read[index] as T]);
    const readAs = new Map<object, object>([
      ...pairs(content.articles, fetched.articles),
      ...pairs(content.campaignBriefings, fetched.campaignBriefings),
    ]);
    const slugs = (list: { slug: string }[]) => list.map(({ slug }) => slug).sort();
    const publishedRefs = JSON.stringify([
      slugs(fetched.topics),
      slugs(fetched.membershipCategories),
      slugs(fetched.authors),
    ]);
    published = {
      content,
      outputs: new Map(outputs.map((output) => [output.path, output])),
      readAs,
      publishedRefs,
    };
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

const fingerprint = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url');

// An article's or briefing's page is made from the entry and the published topics,
// categories and authors alone, and the rebuild service keeps the very same object for an
// entry it did not read again: so a page's fingerprint is kept by that object, and a plan
// of ten thousand pages hashes only the entries that changed.
const entryPageFingerprints = new WeakMap<object, { publishedRefs: string; fingerprint: string }>();

function pageFingerprint(site: PublishedSite, page: SitePage): string {
  const compute = () => fingerprint({ view: page.view, props: { ...page.props, frame: null } });
  const shown =
    page.view === 'article' ? page.props.article : page.view === 'briefing' ? page.props.briefing : null;
  const entry = shown && site.readAs.get(shown);
  if (!entry) return compute();
  const known = entryPageFingerprints.get(entry);
  if (known?.publishedRefs === site.publishedRefs) return known.fingerprint;
  const computed = compute();
  entryPageFingerprints.set(entry, { publishedRefs: site.publishedRefs, fingerprint: computed });
  return computed;
}

/**
 * What every output is made from, as fingerprints: two versions of the content differ
 * on a page exactly where its fingerprint differs. Every page shows the frame (header,
 * footer), so it has one fingerprint of its own instead of being part of each page's.
 */
export function sitePlan(fetched: SiteContent, site: URL): SitePlan {
  const published = publishedSite(fetched, site);
  const plan: SitePlan = { frame: fingerprint(frameOf(published.content)), outputs: {} };
  for (const [path, output] of published.outputs)
    plan.outputs[path] =
      output.kind === 'file' ? fingerprint(output.input) : pageFingerprint(published, output.page);
  return plan;
}
