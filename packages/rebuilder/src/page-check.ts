import { stat } from 'node:fs/promises';
import { outputFile } from './build-copy';

/** Astro's on-demand image endpoint: fine for previews, never in the published site. */
const ON_DEMAND_IMAGES = '/_image';

const ATTRIBUTE = /\s(href|src|srcset)="([^"]*)"/g;

const decodeEntities = (value: string) =>
  value.replace(
    /&(amp|quot|#39|lt|gt);/g,
    (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name] ?? '',
  );

/** Every address a page links to or loads (href, src, each srcset candidate). */
export function addressesIn(html: string): string[] {
  const addresses: string[] = [];
  for (const [, attribute, raw] of html.matchAll(ATTRIBUTE)) {
    const value = decodeEntities(raw ?? '');
    if (attribute === 'srcset')
      addresses.push(
        ...value
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          .filter(Boolean),
      );
    else addresses.push(value);
  }
  return addresses;
}

/** The path of an address on this site ("/news/", from "/news/?x" or "https://site/news/"); null for elsewhere. */
function sitePath(address: string, siteOrigin: string | null): string | null {
  if (address.startsWith('//')) return null;
  if (address.startsWith('/')) return new URL(address, 'http://site.invalid').pathname;
  // Compared as origins: "https://site.org.uk/" and "https://site.org@elsewhere/" are not "https://site.org".
  if (!siteOrigin || !URL.canParse(address)) return null;
  const url = new URL(address);
  return url.origin === siteOrigin ? url.pathname : null;
}

/**
 * What stops redrawn pages from going live: a link or asset by path ("/news/a/") that
 * does not resolve in the new build, or an image pointing at the on-demand endpoint
 * (also by the site's full address). One line per problem.
 */
export async function checkRedrawnPages(
  siteDir: string,
  pages: Map<string, string>,
  siteUrl: string | null,
): Promise<string[]> {
  const siteOrigin = siteUrl ? new URL(siteUrl).origin : null;
  const problems: string[] = [];
  const exists = new Map<string, Promise<boolean>>();
  for (const [pagePath, html] of pages) {
    for (const address of new Set(addressesIn(html))) {
      const target = sitePath(address, siteOrigin);
      if (target === null) continue;
      if (target === ON_DEMAND_IMAGES || target.startsWith(`${ON_DEMAND_IMAGES}/`)) {
        problems.push(`${pagePath} points at the on-demand image endpoint (${address.slice(0, 120)})`);
        continue;
      }
      // An absolute address on the site's own domain may be served by something else
      // there (a membership system behind the same proxy): only what the site links to
      // itself, by path, has to be in the build.
      if (!address.startsWith('/')) continue;
      let found = exists.get(target);
      if (!found) {
        // A path no file can have (it leaves the site folder, or its encoding is broken) is missing too.
        found = Promise.resolve(target)
          .then((urlPath) => stat(outputFile(siteDir, urlPath)))
          .then(
            (info) => info.isFile(),
            () => false,
          );
        exists.set(target, found);
      }
      if (!(await found)) problems.push(`${pagePath} links to ${target}, which the new build does not have`);
    }
  }
  return problems;
}
