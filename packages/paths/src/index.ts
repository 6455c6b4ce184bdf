// The site's URLs are a contract with readers and search engines: every link is built
// here, and the CMS uses the same rule to know where an entry was and now is.

/**
 * What a slug may be: lower-case words of letters and digits joined by single hyphens.
 * One spelling per page, so an address matches however a visitor types its case, and a
 * redirect to a page (whose "to" is written in lower case) always finds it. As a string
 * because the CMS's schema.json files state it too, as each slug field's "regex".
 */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** The slug rule as editors read it, to follow "use" or "only". */
export const SLUG_RULE =
  'lower-case letters and digits, with single hyphens between words (e.g. pay-deal-2026)';

const slugExpression = new RegExp(SLUG_PATTERN);

export const isSlug = (slug: string): boolean => slugExpression.test(slug);

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

/** Addresses that exist whatever the content: each listing's own page, search and the RSS feed. */
export const fixedPaths: readonly string[] = [
  paths.home,
  paths.news,
  paths.campaigns,
  paths.search,
  paths.rss,
];

/** The month an entry is archived under, from its `firstPublished` date ("2024-05-31"). */
export const monthOf = (firstPublished: string): CalendarMonth => ({
  year: firstPublished.slice(0, 4),
  month: firstPublished.slice(5, 7),
});

/** The content types whose entries are also listed in a month archive, by listing. */
export const monthArchives = {
  'api::article.article': paths.news,
  'api::campaign-briefing.campaign-briefing': paths.campaigns,
} as const satisfies Partial<Record<EntryTypeWithPage, ListingPath>>;
