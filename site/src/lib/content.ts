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

// Each entry (and category) as shown, by the one read. The rebuild service keeps an entry
// it did not read again as the very same object from round to round, so its shown copy
// (and everything made from that: its summary, its page) is made once, not once per round.
const shownAs = new WeakMap<object, { publishedRefs: string; shown: object }>();

/** Drops links to topics, categories and authors that are not published, so no page links to a 404. */
export function onlyPublishedRefs(content: SiteContent): SiteContent {
  const topics = slugsOf(content.topics);
  const categories = slugsOf(content.membershipCategories);
  const authors = slugsOf(content.authors);
  const publishedRefs = JSON.stringify([topics, categories, authors].map((slugs) => [...slugs].sort()));
  const shownOnce = <T extends object>(entry: T, show: (entry: T) => T): T => {
    const known = shownAs.get(entry);
    if (known?.publishedRefs === publishedRefs) return known.shown as T;
    const shown = show(entry);
    shownAs.set(entry, { publishedRefs, shown });
    return shown;
  };
  const relink = <T extends { topics: TopicRef[]; membershipCategories: CategoryRef[] }>(entry: T): T => ({
    ...entry,
    topics: entry.topics.filter((ref) => topics.has(ref.slug)),
    membershipCategories: entry.membershipCategories.filter((ref) => categories.has(ref.slug)),
  });
  return {
    ...content,
    membershipCategories: content.membershipCategories.map((category) =>
      shownOnce(category, (read) => ({ ...read, topics: read.topics.filter((ref) => topics.has(ref.slug)) })),
    ),
    articles: content.articles.map((article) =>
      shownOnce(article, (read) => ({
        ...relink(read),
        author: read.author && authors.has(read.author.slug) ? read.author : null,
      })),
    ),
    campaignBriefings: content.campaignBriefings.map((briefing) => shownOnce(briefing, relink)),
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

/**
 * `derive`, worked out once per object it is given. Nothing the site makes from content is
 * changed once made, so what was derived from an object holds while the object lives; and
 * the rebuild service keeps an entry it did not read again as the very same object.
 */
export function oncePerObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const derived = new WeakMap<K, V>();
  return (key) => {
    if (!derived.has(key)) derived.set(key, derive(key));
    return derived.get(key) as V;
  };
}

type Summarised = Pick<Article, 'slug' | 'title' | 'summary' | 'firstPublished'>;

const summaryOf = <E extends Summarised>(kind: EntrySummary['kind'], pathOf: (slug: string) => string) =>
  oncePerObject(
    (entry: E): EntrySummary => ({
      kind,
      href: pathOf(entry.slug),
      title: entry.title,
      summary: entry.summary,
      firstPublished: entry.firstPublished,
    }),
  );

export const articleSummary = summaryOf<Article>('article', paths.article);

export const briefingSummary = summaryOf<CampaignBriefing>('briefing', paths.briefing);

type Dated = Pick<EntrySummary, 'firstPublished' | 'title' | 'href'>;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Made once: `localeCompare` with a locale makes a collator on every call, which was most of
// the time sorting ten thousand entries took.
const byTitle = new Intl.Collator('en-GB').compare;

// Dates are ISO ("2024-05-01"), which order as text. The address breaks ties, so the order
// never depends on the order the CMS returned entries in: no two entries are equal.
const newerFirst = (a: Dated, b: Dated) =>
  byCodeUnits(b.firstPublished, a.firstPublished) || byTitle(a.title, b.title) || byCodeUnits(a.href, b.href);

export const newestFirst = <T extends Dated>(entries: readonly T[]): T[] => [...entries].sort(newerFirst);

/** Above this many entries joining a kept list at once, sorting the whole list is as quick. */
const MOST_INSERTED = 64;

/**
 * Newest-first lists kept from the last time they were asked for, by name. A round of the
 * rebuild service changes a few entries of ten thousand: the last order, less the entries
 * that left, with the new ones put in their places, is the order a full sort gives (no two
 * entries compare equal), without comparing every entry again.
 */
const keptLists = new Map<string, { members: Set<EntrySummary>; sorted: EntrySummary[] }>();

function keptNewestFirst(name: string, entries: readonly EntrySummary[]): readonly EntrySummary[] {
  const members = new Set(entries);
  const kept = keptLists.get(name);
  const joining = kept ? entries.filter((entry) => !kept.members.has(entry)) : entries;
  let sorted: EntrySummary[];
  // The kept order holds each entry once: a list naming one twice is sorted whole.
  if (!kept || joining.length > MOST_INSERTED || members.size !== entries.length)
    sorted = newestFirst(entries);
  else {
    sorted = kept.sorted.filter((entry) => members.has(entry));
    for (const entry of joining) sorted.splice(placeOf(sorted, entry), 0, entry);
  }
  keptLists.set(name, { members, sorted });
  return sorted;
}

/** Where `entry` goes in the sorted `entries` (a binary search). */
function placeOf(entries: readonly Dated[], entry: Dated): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (newerFirst(entries[middle] as Dated, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether two lists hold the very same items in the same order. */
export const sameItems = (before: readonly unknown[], after: readonly unknown[]): boolean =>
  before.length === after.length && before.every((item, index) => item === after[index]);

/**
 * `derive`, worked out once per content object: a build, or a round of the rebuild service,
 * asks for the same lists from many pages and files.
 */
export const oncePerContent = <T>(derive: (content: SiteContent) => T) => oncePerObject(derive);

/** Every article as listings show it, newest first. */
export const articlesNewestFirst = oncePerContent((content): readonly EntrySummary[] =>
  keptNewestFirst('articles', content.articles.map(articleSummary)),
);

/** Every campaign briefing as listings show it, newest first. */
export const briefingsNewestFirst = oncePerContent((content): readonly EntrySummary[] =>
  keptNewestFirst('briefings', content.campaignBriefings.map(briefingSummary)),
);

/** Articles and briefings by each topic, category and author they name, newest first: one pass over all entries. */
const relatedEntries = oncePerContent((content) => {
  const related = new Map<string, EntrySummary[]>();
  const add = (name: string, entry: EntrySummary) => {
    const list = related.get(name);
    if (list) list.push(entry);
    else related.set(name, [entry]);
  };
  const addRelated = (entry: Pick<Article, 'topics' | 'membershipCategories'>, summary: EntrySummary) => {
    for (const topic of entry.topics) add(`topic ${topic.slug}`, summary);
    for (const category of entry.membershipCategories) add(`category ${category.slug}`, summary);
  };
  for (const article of content.articles) {
    const summary = articleSummary(article);
    addRelated(article, summary);
    if (article.author) add(`author ${article.author.slug}`, summary);
  }
  for (const briefing of content.campaignBriefings) addRelated(briefing, briefingSummary(briefing));
  return (name: string) => keptNewestFirst(name, related.get(name) ?? []);
});

export const entriesForTopic = (content: SiteContent, slug: string): readonly EntrySummary[] =>
  relatedEntries(content)(`topic ${slug}`);

export const entriesForCategory = (content: SiteContent, slug: string): readonly EntrySummary[] =>
  relatedEntries(content)(`category ${slug}`);

export const articlesByAuthor = (content: SiteContent, slug: string): readonly EntrySummary[] =>
  relatedEntries(content)(`author ${slug}`);

export const latestArticles = (content: SiteContent, count: number): EntrySummary[] =>
  articlesNewestFirst(content).slice(0, count);

export const latestBriefings = (content: SiteContent, count: number): EntrySummary[] =>
  briefingsNewestFirst(content).slice(0, count);

/** The newest `count` articles and briefings together, newest first (the RSS feed): the two lists merged as far as needed. */
export function latestEntries(content: SiteContent, count: number): EntrySummary[] {
  const articles = articlesNewestFirst(content);
  const briefings = briefingsNewestFirst(content);
  const latest: EntrySummary[] = [];
  let [article, briefing] = [0, 0];
  while (latest.length < count && (article < articles.length || briefing < briefings.length)) {
    const next = articles[article];
    const other = briefings[briefing];
    if (next && (!other || newerFirst(next, other) < 0)) {
      latest.push(next);
      article += 1;
    } else if (other) {
      latest.push(other);
      briefing += 1;
    }
  }
  return latest;
}

/** The entries first published in one calendar month, newest first. */
export interface MonthOfEntries<T> extends CalendarMonth {
  entries: T[];
}

/**
 * Entries by the month they were first published in (`firstPublished` is a date like
 * 2024-05-31), newest month first. Only months with entries appear. The entries come
 * newest first (the listings keep them so), and keep their order within a month.
 */
export function byMonth<T extends Dated>(entries: readonly T[]): MonthOfEntries<T>[] {
  const months: MonthOfEntries<T>[] = [];
  let previous: T | undefined;
  for (const entry of entries) {
    if (previous && previous.firstPublished < entry.firstPublished)
      throw new Error(
        `byMonth takes entries newest first, but ${entry.href} (${entry.firstPublished}) comes after ${previous.href} (${previous.firstPublished}).`,
      );
    const { year, month } = monthOf(entry.firstPublished);
    const current = months.at(-1);
    if (current?.year === year && current.month === month) current.entries.push(entry);
    else months.push({ year, month, entries: [entry] });
    previous = entry;
  }
  return months;
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
