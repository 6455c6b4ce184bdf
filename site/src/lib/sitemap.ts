import type { SiteContent } from '@guildhall/content';
import { paths } from './paths';
import { isIndexable, sitePages } from './pages';

// The sitemap: every page search engines may index, in sitemap files of at most
// SITEMAP_LIMIT addresses, listed by sitemap-index.xml.

export const SITEMAP_LIMIT = 45_000;

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const URLSET =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Every indexable page's path, in a stable order (of UTF-16 code units: `sort`'s own for strings). */
export const sitemapPaths = (content: SiteContent): string[] =>
  [
    ...sitePages(content)
      .filter(isIndexable)
      .map((page) => page.props.path),
    paths.search,
  ].sort();

/** The paths in each sitemap file: sitemap-0.xml, sitemap-1.xml… */
export function sitemapFiles(content: SiteContent): string[][] {
  const all = sitemapPaths(content);
  const files: string[][] = [];
  for (let start = 0; start < all.length; start += SITEMAP_LIMIT)
    files.push(all.slice(start, start + SITEMAP_LIMIT));
  return files;
}

export const sitemapFileName = (index: number) => `sitemap-${index}.xml`;

// A path of unreserved characters with no "." or ".." segment is its own URL after the site's
// origin, with nothing to escape: the common case, ten thousand times in a large sitemap,
// without parsing a URL for each.
const PLAIN_PATH = /^\/(?:(?!\.\.?(?:\/|$))[A-Za-z0-9\-._~]+\/)*(?:(?!\.\.?$)[A-Za-z0-9\-._~]+)?$/;

/** The absolute URL of a page at `path` (which starts with "/"), escaped for XML. */
export const locOf = (path: string, site: URL): string =>
  PLAIN_PATH.test(path) ? `${site.origin}${path}` : escapeXml(new URL(path, site).href);

export const urlsetXml = (pagePaths: string[], site: URL): string =>
  `${XML}${URLSET}${pagePaths.map((path) => `<url><loc>${locOf(path, site)}</loc></url>`).join('')}</urlset>`;

export const sitemapIndexXml = (fileCount: number, site: URL): string =>
  `${XML}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from(
    { length: fileCount },
    (_, index) => `<sitemap><loc>${escapeXml(new URL(sitemapFileName(index), site).href)}</loc></sitemap>`,
  ).join('')}</sitemapindex>`;
