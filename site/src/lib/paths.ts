// The site's URLs are a contract with readers and search engines: every link is built here.

/** A calendar month as URLs and archives name it: year "2024", month "05". */
export interface CalendarMonth {
  year: string;
  month: string;
}

/** Listings: the newest entries of a kind, and an archive of months. */
const listings = { news: '/news/', campaigns: '/campaigns/' } as const;

export type ListingPath = (typeof listings)[keyof typeof listings];

export const paths = {
  home: '/',
  ...listings,
  /** A listing's month archive, e.g. "/news/2024/05/": it holds that month's entries, whatever is published later. */
  month: (listing: ListingPath, { year, month }: CalendarMonth) => `${listing}${year}/${month}/`,
  search: '/search/',
  rss: '/rss.xml',
  sitemapIndex: '/sitemap-index.xml',
  article: (slug: string) => `/news/${slug}/`,
  briefing: (slug: string) => `/campaigns/${slug}/`,
  category: (slug: string) => `/membership/${slug}/`,
  topic: (slug: string) => `/topics/${slug}/`,
  author: (slug: string) => `/authors/${slug}/`,
};

/** The site's public address from astro.config.ts (`site`), which every absolute URL starts from. */
export function siteAddress(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.ts must set `site` (SITE_URL): absolute URLs start from it.');
  return site;
}
