import type { Redirect, SiteContent } from '@guildhall/content';
import {
  articlesByAuthor,
  articlesNewestFirst,
  briefingsNewestFirst,
  entriesForCategory,
  entriesForTopic,
  latestArticles,
  latestBriefings,
  byMonth,
  byYear,
  oncePerContent,
  oncePerObject,
  sameItems,
  type EntrySummary,
} from './content';
import { formatMonth } from './format';
import { paths, type CalendarMonth, type ListingPath } from './paths';

// Every page the site renders from content, as data: which view draws it, at which
// path, with which props. Static routes and on-demand rendering both go through here,
// so a page is the same whichever way it is made.

/** What every page's header and footer show. */
export type SiteFrame = Pick<SiteContent, 'siteSetting' | 'membershipCategories' | 'topics'>;

/** Shown on pages rendered for editors before publishing. */
export interface PreviewNotice {
  /** The version shown: the draft editors are working on, or what visitors see. */
  status: 'draft' | 'published';
  /** Whether visitors can see this page, and whether what they see differs from the draft. */
  published: 'never' | 'differs' | 'same';
  /** The CMS admin's origin: the only window that may ask the page to reload. */
  adminOrigin: string;
  /** Where the page's reload script is served. */
  reloadScript: string;
}

/** Props every view passes to the layout. */
export interface PageBase {
  /** The page's own URL path, e.g. "/news/pay-award/": canonical URL, current navigation. */
  path: string;
  frame: SiteFrame;
  preview?: PreviewNotice;
}

let lastFrame: SiteFrame | null = null;

/**
 * The frame of every page made from `content`: one object, however many pages show it, and
 * the very object of the content before while it shows the very same things (see entryPage).
 */
export const frameOf = oncePerContent(({ siteSetting, membershipCategories, topics }): SiteFrame => {
  const unchanged =
    lastFrame?.siteSetting === siteSetting &&
    sameItems(lastFrame.membershipCategories, membershipCategories) &&
    sameItems(lastFrame.topics, topics);
  if (!unchanged || !lastFrame) lastFrame = { siteSetting, membershipCategories, topics };
  return lastFrame;
});

const entryPages = new WeakMap<object, { frame: SiteFrame; page: unknown }>();

/**
 * An article's or briefing's page: made once per entry object (see onlyPublishedRefs) and
 * frame, so a round of the rebuild service makes pages for the entries it read again, not
 * for ten thousand.
 */
function entryPage<P>(content: SiteContent, entry: object, make: () => P): P {
  const frame = frameOf(content);
  const known = entryPages.get(entry);
  if (known?.frame === frame) return known.page as P;
  const page = make();
  entryPages.set(entry, { frame, page });
  return page;
}

/** The layout's props for a page at `path`. */
export const pageBase = (content: SiteContent, path: string): PageBase => ({ path, frame: frameOf(content) });

export const homePage = (content: SiteContent) => ({
  view: 'home' as const,
  params: {},
  props: {
    ...pageBase(content, paths.home),
    latestNews: latestArticles(content, 6),
    latestBriefings: latestBriefings(content, 3),
  },
});

export const articlePages = (content: SiteContent) =>
  content.articles.map((article) =>
    entryPage(content, article, () => ({
      view: 'article' as const,
      params: { slug: article.slug },
      props: { ...pageBase(content, paths.article(article.slug)), article },
    })),
  );

export const briefingPages = (content: SiteContent) =>
  content.campaignBriefings.map((briefing) =>
    entryPage(content, briefing, () => ({
      view: 'briefing' as const,
      params: { slug: briefing.slug },
      props: { ...pageBase(content, paths.briefing(briefing.slug)), briefing },
    })),
  );

export const categoryPages = (content: SiteContent) =>
  content.membershipCategories.map((category) => ({
    view: 'category' as const,
    params: { slug: category.slug },
    props: {
      ...pageBase(content, paths.category(category.slug)),
      category,
      news: entriesForCategory(content, category.slug).slice(0, 6),
    },
  }));

export const topicPages = (content: SiteContent) =>
  content.topics.map((topic) => ({
    view: 'topic' as const,
    params: { slug: topic.slug },
    props: {
      ...pageBase(content, paths.topic(topic.slug)),
      topic,
      entries: entriesForTopic(content, topic.slug),
    },
  }));

export const authorPages = (content: SiteContent) =>
  content.authors.map((author) => ({
    view: 'author' as const,
    params: { slug: author.slug },
    props: {
      ...pageBase(content, paths.author(author.slug)),
      author,
      articles: articlesByAuthor(content, author.slug),
    },
  }));

/** A listing of one kind of entry: its newest entries at its own address, and a page for each month. */
interface Listing {
  path: ListingPath;
  title: string;
  description: string;
  empty: string;
  /** Above the newest entries, e.g. "Latest news". */
  latestHeading: string;
  /** What a month page holds, as in "News from May 2024". */
  monthHeading: string;
  /** A month page's link back to the listing, e.g. "All news". */
  allLink: string;
  /** How entries are counted: "1 article", "12 articles". */
  noun: { one: string; other: string };
  entries: readonly EntrySummary[];
}

/** How many of the newest entries a listing's own page shows above its archive. */
const LATEST_COUNT = 10;

const counted = (listing: Listing, count: number) =>
  `${count} ${count === 1 ? listing.noun.one : listing.noun.other}`;

const monthLink = (listing: Listing, month: CalendarMonth) => ({
  href: paths.month(listing.path, month),
  name: formatMonth(month),
});

// Publishing, unpublishing or re-dating an entry changes its month's page, the
// neighbouring months' links to it and the listing's own page: never a whole series.

// A listing's page and its month pages group the same entries by month: once is enough.
const monthsOf = oncePerObject((entries: readonly EntrySummary[]) => byMonth(entries));

/** A listing's own page: the newest entries, then every month that has any, by year. */
const listingPage = (content: SiteContent, listing: Listing) => ({
  view: 'listing' as const,
  params: {},
  props: {
    ...pageBase(content, listing.path),
    title: listing.title,
    description: listing.description,
    empty: listing.empty,
    latestHeading: listing.latestHeading,
    latest: listing.entries.slice(0, LATEST_COUNT),
    archive: byYear(
      monthsOf(listing.entries).map((month) => ({
        ...monthLink(listing, month),
        year: month.year,
        count: counted(listing, month.entries.length),
      })),
    ),
  },
});

/** A page for each month with entries, linking to the nearest earlier and later months that have any. */
const monthPages = (content: SiteContent, listing: Listing) => {
  const months = monthsOf(listing.entries);
  return months.map((month, index) => {
    const name = formatMonth(month);
    const later = months[index - 1];
    const earlier = months[index + 1];
    return {
      view: 'month' as const,
      params: { year: month.year, month: month.month },
      props: {
        ...pageBase(content, paths.month(listing.path, month)),
        title: `${listing.monthHeading} from ${name}`,
        description: `${counted(listing, month.entries.length)} first published in ${name}${month.entries.length > 1 ? ', newest first' : ''}.`,
        navigation: `${listing.monthHeading} by month`,
        listing: { href: listing.path, text: listing.allLink },
        entries: month.entries,
        earlier: earlier ? monthLink(listing, earlier) : null,
        later: later ? monthLink(listing, later) : null,
      },
    };
  });
};

const news = (content: SiteContent): Listing => ({
  path: paths.news,
  title: 'News',
  description: 'Our latest news, and every month of news in the archive.',
  empty: 'There is no news yet.',
  latestHeading: 'Latest news',
  monthHeading: 'News',
  allLink: 'All news',
  noun: { one: 'article', other: 'articles' },
  entries: articlesNewestFirst(content),
});

const campaigns = (content: SiteContent): Listing => ({
  path: paths.campaigns,
  title: 'Campaigns',
  description:
    'Our campaign briefings: what the evidence says and what we are calling for. The latest first, then every month in the archive.',
  empty: 'There are no campaign briefings yet.',
  latestHeading: 'Latest briefings',
  monthHeading: 'Campaign briefings',
  allLink: 'All campaign briefings',
  noun: { one: 'briefing', other: 'briefings' },
  entries: briefingsNewestFirst(content),
});

export const newsPage = (content: SiteContent) => listingPage(content, news(content));
export const newsMonthPages = (content: SiteContent) => monthPages(content, news(content));
export const campaignsPage = (content: SiteContent) => listingPage(content, campaigns(content));
export const campaignsMonthPages = (content: SiteContent) => monthPages(content, campaigns(content));

export type HomePageProps = ReturnType<typeof homePage>['props'];
export type ArticlePageProps = ReturnType<typeof articlePages>[number]['props'];
export type BriefingPageProps = ReturnType<typeof briefingPages>[number]['props'];
export type CategoryPageProps = ReturnType<typeof categoryPages>[number]['props'];
export type TopicPageProps = ReturnType<typeof topicPages>[number]['props'];
export type AuthorPageProps = ReturnType<typeof authorPages>[number]['props'];
export type ListingPageProps = ReturnType<typeof listingPage>['props'];
export type MonthPageProps = ReturnType<typeof monthPages>[number]['props'];

/** A page as data: the view that draws it and its props. */
export type SitePage =
  | ReturnType<typeof homePage>
  | ReturnType<typeof articlePages>[number]
  | ReturnType<typeof briefingPages>[number]
  | ReturnType<typeof categoryPages>[number]
  | ReturnType<typeof topicPages>[number]
  | ReturnType<typeof authorPages>[number]
  | ReturnType<typeof listingPage>
  | ReturnType<typeof monthPages>[number];

/** Whether search engines may index a page: editors can mark an entry "no index" in the CMS. */
export function isIndexable(page: SitePage): boolean {
  const seo =
    page.view === 'article'
      ? page.props.article.seo
      : page.view === 'briefing'
        ? page.props.briefing.seo
        : page.view === 'category'
          ? page.props.category.seo
          : null;
  return !seo?.noIndex;
}

/**
 * Every page drawn from content (the home page, entries, listings), in no particular order.
 * The sitemap, the redirects and the on-demand renderer each ask for them all.
 */
export const sitePages = oncePerContent((content): readonly SitePage[] => [
  homePage(content),
  ...articlePages(content),
  ...briefingPages(content),
  ...categoryPages(content),
  ...topicPages(content),
  ...authorPages(content),
  newsPage(content),
  ...newsMonthPages(content),
  campaignsPage(content),
  ...campaignsMonthPages(content),
]);

/**
 * The redirects the site applies: all but those whose old address is now one of its
 * pages, which wins (the CMS shows editors the same as "Applied: off").
 */
export const appliedRedirects = oncePerContent((content): readonly Redirect[] => {
  const pagePaths = new Set([...sitePages(content).map((page) => page.props.path), paths.search, paths.rss]);
  return content.redirects.filter((redirect) => !pagePaths.has(redirect.from));
});

/**
 * A small page at each redirected address, for hosts that read no `_redirects` file.
 * Addresses that name a file (/old-page.html) have no folder to hold one.
 */
export const redirectPages = (content: SiteContent) =>
  appliedRedirects(content)
    .filter((redirect) => redirect.from.endsWith('/'))
    .map((redirect) => ({
      // The route's rest parameter: the path without its outer slashes, as visitors type it.
      params: { from: decodeURI(redirect.from.slice(1, -1)) },
      props: { from: redirect.from, to: redirect.to },
    }));
