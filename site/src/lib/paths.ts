// The site's URLs are a contract with readers and search engines: every link is built here.

/** A paginated listing: page 1 at `base`, later pages at `base` + number. */
export const listingPage = (base: string, page: number): string => (page === 1 ? base : `${base}${page}/`);

export const paths = {
  home: '/',
  news: (page = 1) => listingPage('/news/', page),
  campaigns: (page = 1) => listingPage('/campaigns/', page),
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
