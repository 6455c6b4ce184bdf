// The site's URLs are a contract with readers and search engines: every link is built
// here, and the CMS uses the same rule to know where an entry was and now is.

/** A paginated listing: page 1 at `base`, later pages at `base` + number. */
export const listingPage = (base: string, page: number): string => (page === 1 ? base : `${base}${page}/`);

export const paths = {
  home: '/',
  news: (page = 1) => listingPage('/news/', page),
  campaigns: (page = 1) => listingPage('/campaigns/', page),
  search: '/search/',
  rss: '/rss.xml',
  article: (slug: string) => `/news/${slug}/`,
  briefing: (slug: string) => `/campaigns/${slug}/`,
  category: (slug: string) => `/membership/${slug}/`,
  topic: (slug: string) => `/topics/${slug}/`,
  author: (slug: string) => `/authors/${slug}/`,
};

/** The page of each CMS content type that has one, by its API id, drawn from the entry's slug. */
export const entryPaths = {
  'api::article.article': paths.article,
  'api::campaign-briefing.campaign-briefing': paths.briefing,
  'api::membership-category.membership-category': paths.category,
  'api::topic.topic': paths.topic,
  'api::author.author': paths.author,
} as const;

export type EntryTypeWithPage = keyof typeof entryPaths;

export const hasEntryPage = (uid: string): uid is EntryTypeWithPage => uid in entryPaths;

/** Pages that exist whatever the content: the first page of each listing and the search page. */
export const fixedPaths: readonly string[] = [paths.home, paths.news(), paths.campaigns(), paths.search];
