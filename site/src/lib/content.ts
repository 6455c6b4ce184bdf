import {
  contentSourceFromEnv,
  createContentSource,
  fetchSiteContent,
  readContentSnapshot,
  CONTENT_SNAPSHOT_SETTING,
  type Article,
  type CampaignBriefing,
  type CategoryRef,
  type ContentSourceOptions,
  type SiteContent,
  type TopicRef,
} from '@guildhall/content';
import { monthOf, paths, type CalendarMonth } from './paths';

let options: ContentSourceOptions | undefined;
let loading: Promise<SiteContent> | undefined;

function sourceOptions(): ContentSourceOptions {
  options ??= contentSourceFromEnv(process.env, import.meta.env.CMS_TOKEN_FILE_DEFAULT);
  return options;
}

/**
 * Everything the site shows, fetched once per build however many pages ask: from the
 * CMS, or from the snapshot the rebuild service fetched for this build.
 * Errors (CMS unreachable, token refused, invalid content) propagate and fail the build.
 */
export function loadContent(): Promise<SiteContent> {
  const snapshot = process.env[CONTENT_SNAPSHOT_SETTING];
  loading ??= (
    snapshot ? readContentSnapshot(snapshot) : fetchSiteContent(createContentSource(sourceOptions()))
  ).then(onlyPublishedRefs);
  return loading;
}

/** A CMS media URL the browser and the image optimiser can fetch: uploads may be relative to the CMS. */
export const mediaUrl = (url: string): string => absoluteMediaUrl(url, sourceOptions().cmsUrl);

export function absoluteMediaUrl(url: string, cmsUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  if (url.startsWith('//')) return `https:${url}`;
  return `${cmsUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

const slugsOf = (entries: { slug: string }[]) => new Set(entries.map((entry) => entry.slug));

/** Drops links to topics, categories and authors that are not published, so no page links to a 404. */
export function onlyPublishedRefs(content: SiteContent): SiteContent {
  const topics = slugsOf(content.topics);
  const categories = slugsOf(content.membershipCategories);
  const authors = slugsOf(content.authors);
  const relink = <T extends { topics: TopicRef[]; membershipCategories: CategoryRef[] }>(entry: T): T => ({
    ...entry,
    topics: entry.topics.filter((ref) => topics.has(ref.slug)),
    membershipCategories: entry.membershipCategories.filter((ref) => categories.has(ref.slug)),
  });
  return {
    ...content,
    membershipCategories: content.membershipCategories.map((category) => ({
      ...category,
      topics: category.topics.filter((ref) => topics.has(ref.slug)),
    })),
    articles: content.articles.map((article) => ({
      ...relink(article),
      author: article.author && authors.has(article.author.slug) ? article.author : null,
    })),
    campaignBriefings: content.campaignBriefings.map(relink),
  };
}

/** An article or a briefing as listings show it. */
export interface EntrySummary {
  kind: 'article' | 'briefing';
  href: string;
  title: string;
  summary: string;
  firstPublished: string;
}

export const articleSummary = (article: Article): EntrySummary => ({
  kind: 'article',
  href: paths.article(article.slug),
  title: article.title,
  summary: article.summary,
  firstPublished: article.firstPublished,
});

export const briefingSummary = (briefing: CampaignBriefing): EntrySummary => ({
  kind: 'briefing',
  href: paths.briefing(briefing.slug),
  title: briefing.title,
  summary: briefing.summary,
  firstPublished: briefing.firstPublished,
});

type Dated = Pick<EntrySummary, 'firstPublished' | 'title' | 'href'>;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Made once: `localeCompare` with a locale makes a collator on every call, which was most of
// the time sorting ten thousand entries took.
const byTitle = new Intl.Collator('en-GB').compare;

// Dates are ISO ("2024-05-01"), which order as text. The address breaks ties, so the order
// never depends on the order the CMS returned entries in.
export const newestFirst = <T extends Dated>(entries: readonly T[]): T[] =>
  [...entries].sort(
    (a, b) =>
      byCodeUnits(b.firstPublished, a.firstPublished) ||
      byTitle(a.title, b.title) ||
      byCodeUnits(a.href, b.href),
  );

/**
 * `derive`, worked out once per content object: a build, or a round of the rebuild service,
 * asks for the same lists from many pages and files.
 */
export function oncePerContent<T>(derive: (content: SiteContent) => T): (content: SiteContent) => T {
  const derived = new WeakMap<SiteContent, T>();
  return (content) => {
    if (!derived.has(content)) derived.set(content, derive(content));
    return derived.get(content) as T;
  };
}

/** Every article as listings show it, newest first. */
export const articlesNewestFirst = oncePerContent((content): readonly EntrySummary[] =>
  newestFirst(content.articles.map(articleSummary)),
);

/** Every campaign briefing as listings show it, newest first. */
export const briefingsNewestFirst = oncePerContent((content): readonly EntrySummary[] =>
  newestFirst(content.campaignBriefings.map(briefingSummary)),
);

type Related = Pick<Article, 'topics' | 'membershipCategories'>;

/** Articles and briefings matching `test`, newest first. */
function relatedEntries(content: SiteContent, test: (entry: Related) => boolean): EntrySummary[] {
  return newestFirst([
    ...content.articles.filter(test).map(articleSummary),
    ...content.campaignBriefings.filter(test).map(briefingSummary),
  ]);
}

export const entriesForTopic = (content: SiteContent, slug: string): EntrySummary[] =>
  relatedEntries(content, (entry) => entry.topics.some((ref) => ref.slug === slug));

export const entriesForCategory = (content: SiteContent, slug: string): EntrySummary[] =>
  relatedEntries(content, (entry) => entry.membershipCategories.some((ref) => ref.slug === slug));

export const articlesByAuthor = (content: SiteContent, slug: string): EntrySummary[] =>
  newestFirst(content.articles.filter((article) => article.author?.slug === slug).map(articleSummary));

export const latestArticles = (content: SiteContent, count: number): EntrySummary[] =>
  articlesNewestFirst(content).slice(0, count);

export const latestBriefings = (content: SiteContent, count: number): EntrySummary[] =>
  briefingsNewestFirst(content).slice(0, count);

/** Every article and briefing, newest first (the RSS feed). */
export const allEntries = oncePerContent((content): readonly EntrySummary[] =>
  newestFirst([...articlesNewestFirst(content), ...briefingsNewestFirst(content)]),
);

/** The entries first published in one calendar month, newest first. */
export interface MonthOfEntries<T> extends CalendarMonth {
  entries: T[];
}

/**
 * Entries by the month they were first published in (`firstPublished` is a date like
 * 2024-05-31), newest month first. Only months with entries appear.
 */
export function byMonth<T extends Dated>(entries: readonly T[]): MonthOfEntries<T>[] {
  const months = new Map<string, MonthOfEntries<T>>();
  for (const entry of newestFirst(entries)) {
    const { year, month } = monthOf(entry.firstPublished);
    const key = `${year}-${month}`;
    const group = months.get(key) ?? { year, month, entries: [] };
    group.entries.push(entry);
    months.set(key, group);
  }
  return [...months.values()];
}

/** Items of several years (months, say) by year, in the order given. */
export function byYear<T extends { year: string }>(items: T[]): { year: string; items: T[] }[] {
  const years = new Map<string, T[]>();
  for (const item of items) {
    const group = years.get(item.year) ?? [];
    group.push(item);
    years.set(item.year, group);
  }
  return [...years].map(([year, grouped]) => ({ year, items: grouped }));
}
