import type { Redirect, SiteContent } from '@guildhall/content';
import {
  articleSummary,
  articlesByAuthor,
  briefingSummary,
  entriesForCategory,
  entriesForTopic,
  latestArticles,
  latestBriefings,
  newestFirst,
  paginate,
  type EntrySummary,
} from './content';
import { listingPage, paths } from './paths';

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

const frameOf = ({ siteSetting, membershipCategories, topics }: SiteContent): SiteFrame => ({
  siteSetting,
  membershipCategories,
  topics,
});

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
  content.articles.map((article) => ({
    view: 'article' as const,
    params: { slug: article.slug },
    props: { ...pageBase(content, paths.article(article.slug)), article },
  }));

export const briefingPages = (content: SiteContent) =>
  content.campaignBriefings.map((briefing) => ({
    view: 'briefing' as const,
    params: { slug: briefing.slug },
    props: { ...pageBase(content, paths.briefing(briefing.slug)), briefing },
  }));

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

interface Listing {
  title: string;
  description: string;
  empty: string;
  /** The listing's first page, e.g. "/news/". */
  base: string;
  entries: EntrySummary[];
}

const listingPages = (content: SiteContent, listing: Listing) =>
  paginate(listing.entries).map((page) => ({
    view: 'listing' as const,
    // Page 1 lives at the listing's own address, later pages at 2/, 3/…
    params: { page: page.number === 1 ? undefined : String(page.number) },
    props: {
      ...pageBase(content, listingPage(listing.base, page.number)),
      title: listing.title,
      description: listing.description,
      empty: listing.empty,
      listingBase: listing.base,
      page,
    },
  }));

export const newsPages = (content: SiteContent) =>
  listingPages(content, {
    title: 'News',
    description: 'All our news, newest first.',
    empty: 'There is no news yet.',
    base: paths.news(),
    entries: newestFirst(content.articles.map(articleSummary)),
  });

export const campaignPages = (content: SiteContent) =>
  listingPages(content, {
    title: 'Campaigns',
    description: 'Our campaign briefings, newest first: what the evidence says and what we are calling for.',
    empty: 'There are no campaign briefings yet.',
    base: paths.campaigns(),
    entries: newestFirst(content.campaignBriefings.map(briefingSummary)),
  });

export type HomePageProps = ReturnType<typeof homePage>['props'];
export type ArticlePageProps = ReturnType<typeof articlePages>[number]['props'];
export type BriefingPageProps = ReturnType<typeof briefingPages>[number]['props'];
export type CategoryPageProps = ReturnType<typeof categoryPages>[number]['props'];
export type TopicPageProps = ReturnType<typeof topicPages>[number]['props'];
export type AuthorPageProps = ReturnType<typeof authorPages>[number]['props'];
export type ListingPageProps = ReturnType<typeof listingPages>[number]['props'];

/** A page as data: the view that draws it and its props. */
export type SitePage =
  | ReturnType<typeof homePage>
  | ReturnType<typeof articlePages>[number]
  | ReturnType<typeof briefingPages>[number]
  | ReturnType<typeof categoryPages>[number]
  | ReturnType<typeof topicPages>[number]
  | ReturnType<typeof authorPages>[number]
  | ReturnType<typeof listingPages>[number];

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

/** Every page drawn from content (the home page, entries, listings), in no particular order. */
export const sitePages = (content: SiteContent): SitePage[] => [
  homePage(content),
  ...articlePages(content),
  ...briefingPages(content),
  ...categoryPages(content),
  ...topicPages(content),
  ...authorPages(content),
  ...newsPages(content),
  ...campaignPages(content),
];

/** The page at a URL path, e.g. "/news/pay-award/"; fails, naming the path, when there is none. */
export function pageAt(content: SiteContent, path: string): SitePage {
  const page = sitePages(content).find((candidate) => candidate.props.path === path);
  if (!page) throw new Error(`No page at ${path} in this content.`);
  return page;
}

/**
 * The redirects the site applies: all but those whose old address is now one of its
 * pages, which wins (the CMS shows editors the same as "Applied: off").
 */
export function appliedRedirects(content: SiteContent): Redirect[] {
  const pagePaths = new Set([...sitePages(content).map((page) => page.props.path), paths.search, paths.rss]);
  return content.redirects.filter((redirect) => !pagePaths.has(redirect.from));
}

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

export type RedirectPageProps = ReturnType<typeof redirectPages>[number]['props'];
