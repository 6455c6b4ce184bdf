// Every link is built from the one URL scheme the CMS uses too (@guildhall/paths).
export { monthOf, paths, type CalendarMonth, type ListingPath } from '@guildhall/paths';

/** The site's public address from astro.config.ts (`site`), which every absolute URL starts from. */
export function siteAddress(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.ts must set `site` (SITE_URL): absolute URLs start from it.');
  return site;
}
