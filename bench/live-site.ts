import { gunzipSync } from 'node:zlib';

// What a visitor can observe over HTTP about one article on the live site: its page, the
// news listing, its topic page, RSS, the sitemap and the search index.

export interface ListedArticle {
  /** e.g. "/news/pay-award/" */
  urlPath: string;
  topicSlug: string;
  /** Its page in the Pagefind index (e.g. "en-gb_0131f87"), found when it was published. */
  searchPage: string;
}

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.text();
}

async function sitemapText(siteUrl: string): Promise<string> {
  const index = await text(`${siteUrl}/sitemap-index.xml`);
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  return (await Promise.all(files.map((file) => text(`${siteUrl}${file}`)))).join('\n');
}

/**
 * The pages the live search index holds, as "<part>/<language>_<hash>": each part's metadata
 * file (named in its pagefind-entry.json) lists every page it indexes by the name of its
 * fragment, as CBOR text strings "<language>_<hash>". (Its index chunks are named the same
 * way, so a few names here are chunks, not pages: they have no fragment.)
 */
export async function searchIndexPages(siteUrl: string): Promise<Set<string>> {
  const { parts } = JSON.parse(await text(`${siteUrl}/pagefind/parts.json`)) as { parts: string[] };
  const pages = new Set<string>();
  for (const part of parts) for (const page of await searchPartPages(siteUrl, part)) pages.add(page);
  return pages;
}

/** The pages one part of the live search index ("3/") holds, named as searchIndexPages names them. */
async function searchPartPages(siteUrl: string, part: string): Promise<Set<string>> {
  const pages = new Set<string>();
  const entry = JSON.parse(await text(`${siteUrl}/pagefind/${part}pagefind-entry.json`)) as {
    languages: Record<string, { hash: string }>;
  };
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const response = await fetch(`${siteUrl}/pagefind/${part}pagefind.${hash}.pf_meta`);
    if (!response.ok) throw new Error(`the search index metadata ${part}${hash} answered ${response.status}`);
    const meta = gunzipSync(Buffer.from(await response.arrayBuffer()));
    const prefix = Buffer.from(`${language}_`);
    for (let at = meta.indexOf(prefix); at > 0; at = meta.indexOf(prefix, at + 1)) {
      // A short CBOR text string: one header byte 0x60 + its length, then the text.
      const length = (meta[at - 1] ?? 0) - 0x60;
      if (length > prefix.length && length < 24)
        pages.add(`${part}${meta.subarray(at, at + length).toString()}`);
    }
  }
  return pages;
}

const partOfSearchPage = (page: string) => page.slice(0, page.lastIndexOf('/') + 1);

/**
 * Whether the live search index still holds the page, in any part. A page's part is fixed by
 * its address, so placesShowing looks only in the part it was found in: a check of every part
 * takes longer, at ten thousand pages, than the take-down it would time.
 */
export async function searchStillHolds(siteUrl: string, page: string): Promise<boolean> {
  const fragment = page.slice(page.lastIndexOf('/') + 1);
  return [...(await searchIndexPages(siteUrl))].some((held) => held.endsWith(`/${fragment}`));
}

/**
 * The address a page of the search index ("<part>/<fragment>") stands for, read from its
 * fragment; null for a name with no fragment (an index chunk's).
 */
export async function searchPageUrl(siteUrl: string, page: string): Promise<string | null> {
  const slash = page.lastIndexOf('/');
  const [part, fragmentName] = [page.slice(0, slash + 1), page.slice(slash + 1)];
  const response = await fetch(`${siteUrl}/pagefind/${part}fragment/${fragmentName}.pf_fragment`);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`the search fragment ${page} answered ${response.status}`);
  const fragment = gunzipSync(Buffer.from(await response.arrayBuffer())).toString();
  return (JSON.parse(fragment.slice(fragment.indexOf('{'))) as { url: string }).url;
}

/** The search index page added for `urlPath` since `before` was read; fails when there is none. */
export async function newSearchPage(siteUrl: string, before: Set<string>, urlPath: string): Promise<string> {
  const added = [...(await searchIndexPages(siteUrl))].filter((page) => !before.has(page));
  for (const page of added) if ((await searchPageUrl(siteUrl, page)) === urlPath) return page;
  throw new Error(`the search index has no new page for ${urlPath} (${added.length} new pages)`);
}

export const SEARCH_PLACE = 'the search index';

/** Where the live site still shows the article: an empty list means it is gone everywhere. */
export async function placesShowing(siteUrl: string, article: ListedArticle): Promise<string[]> {
  const page = await fetch(`${siteUrl}${article.urlPath}`);
  await page.body?.cancel();
  const [news, topic, rss, sitemap, search] = await Promise.all([
    text(`${siteUrl}/news/`),
    text(`${siteUrl}/topics/${article.topicSlug}/`),
    text(`${siteUrl}/rss.xml`),
    sitemapText(siteUrl),
    searchPartPages(siteUrl, partOfSearchPage(article.searchPage)).catch((error: Error) =>
      // A part with no page left is no longer listed, and its files go.
      error.message.endsWith('pagefind-entry.json answered 404') ? new Set<string>() : Promise.reject(error),
    ),
  ]);
  return [
    page.status === 404 ? null : `its page (${page.status})`,
    news.includes(article.urlPath) ? '/news/' : null,
    topic.includes(article.urlPath) ? `/topics/${article.topicSlug}/` : null,
    rss.includes(article.urlPath) ? '/rss.xml' : null,
    sitemap.includes(article.urlPath) ? 'the sitemap' : null,
    search.has(article.searchPage) ? SEARCH_PLACE : null,
  ].filter((place): place is string => place !== null);
}

export const EVERY_PLACE = 6;
