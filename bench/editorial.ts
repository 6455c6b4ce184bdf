import { paths } from '../site/src/lib/paths';
import { accepted, type AdminApi } from '../tests/helpers/admin-api';
import { generatedArticle } from '../tests/helpers/generated-content';
import { waitFor } from '../tests/helpers/ports';
import type { RunningRebuilder } from '../tests/helpers/rebuilder';
import {
  EVERY_PLACE,
  newSearchPage,
  placesShowing,
  SEARCH_PLACE,
  searchIndexPages,
  searchStillHolds,
  type ListedArticle,
} from './live-site';
import { roundsSoFar, settleAndCount, type RoundTally } from './rounds';

export const ARTICLE = 'api::article.article';

/** How long a change may take to show before the bench gives up (a fallback full build at 10,000 articles takes minutes). */
export const CHANGE_TIMEOUT_MS = 900_000;

/**
 * The pause between looks at the live site while a change is timed. Every figure is late by
 * up to one pause (and one look), so it is short next to a round of a few hundred
 * milliseconds; a look is a few requests to the static server.
 */
const LOOK_EVERY_MS = 25;

export interface Topic {
  documentId: string;
  slug: string;
}

export interface EditorialTimings {
  /** From the CMS publish call returning to the new page being served. */
  publishMs: number[];
  /** From the unpublish (or delete) call returning to the article being gone from everywhere a visitor could find it. */
  unpublishMs: number[];
  deleteMs: number[];
  /**
   * The same take-downs, until gone from the page, listings, RSS and the sitemap: the search
   * index is written after the pages are live, so search follows.
   */
  takeDownPagesMs: number[];
  rounds: RoundTally;
}

/** The published topics the bench files articles under, in a stable order. */
export async function publishedTopics(admin: AdminApi): Promise<Topic[]> {
  const { results } = await accepted(
    'listing topics',
    admin.list<Topic & { status: string }>('api::topic.topic', 'pageSize=100&sort=slug:ASC'),
  );
  const topics = results.filter((topic) => topic.status !== 'draft');
  if (topics.length < 2)
    throw new Error(`the bench needs two published topics; the CMS has ${topics.length}`);
  return topics;
}

/** A new article as an editor publishes it today, filed under `topic`. */
export const todaysArticle = (index: number, runId: string, topic: Topic) => ({
  ...generatedArticle(index, runId),
  firstPublished: new Date().toISOString().slice(0, 10),
  topics: { set: [{ documentId: topic.documentId }] },
});

const served = async (url: string) => {
  const response = await fetch(url);
  await response.body?.cancel();
  return response.status;
};

/** Waits until `url` answers 200, naming it when it does not in time. */
export const pageServed = (url: string) =>
  waitFor(`${url} to be served`, async () => ((await served(url)) === 200 ? true : undefined), {
    timeoutMs: CHANGE_TIMEOUT_MS,
    intervalMs: LOOK_EVERY_MS,
  });

/**
 * Waits until the article is gone from its page, the listings, RSS, the sitemap and search;
 * resolves to when it was gone from all but search, and when from search too.
 */
async function goneEverywhere(siteUrl: string, article: ListedArticle) {
  let pagesGoneAt: number | null = null;
  await waitFor(
    `${article.urlPath} to be gone from the live site`,
    async () => {
      const showing = await placesShowing(siteUrl, article);
      if (showing.every((place) => place === SEARCH_PLACE)) pagesGoneAt ??= Date.now();
      if (showing.length) throw new Error(`still shown by ${showing.join(', ')}`);
      return true;
    },
    { timeoutMs: CHANGE_TIMEOUT_MS, intervalMs: LOOK_EVERY_MS },
  );
  const goneAt = Date.now();
  if (await searchStillHolds(siteUrl, article.searchPage))
    throw new Error(`${article.urlPath} is gone from its search part, yet another part still holds it`);
  return { pagesGoneAt: pagesGoneAt ?? goneAt, goneAt };
}

/**
 * Publishes `count` new articles one after another; each is timed until its page is live,
 * checked to be listed everywhere, then taken down again (unpublished or deleted in turn)
 * and timed until it is gone everywhere. The site ends as it began.
 */
export async function measureEditing(
  admin: AdminApi,
  rebuilder: RunningRebuilder,
  topic: Topic,
  runId: string,
  count: number,
): Promise<EditorialTimings> {
  const timings: EditorialTimings = {
    publishMs: [],
    unpublishMs: [],
    deleteMs: [],
    takeDownPagesMs: [],
    rounds: {},
  };
  for (let index = 0; index < count; index += 1) {
    const article = todaysArticle(100_000 + index, runId, topic);
    const urlPath = paths.article(article.slug);
    const searchBefore = await searchIndexPages(rebuilder.url);
    const roundsBefore = await roundsSoFar(rebuilder);

    const { data } = await accepted(`publishing ${article.slug}`, admin.createPublished(ARTICLE, article));
    const published = Date.now();
    await pageServed(`${rebuilder.url}${urlPath}`);
    timings.publishMs.push(Date.now() - published);
    await settleAndCount(rebuilder, roundsBefore, timings.rounds, CHANGE_TIMEOUT_MS);

    const listed = {
      urlPath,
      topicSlug: topic.slug,
      searchPage: await newSearchPage(rebuilder.url, searchBefore, urlPath),
    };
    const showing = await placesShowing(rebuilder.url, listed);
    if (showing.length < EVERY_PLACE)
      throw new Error(`after publishing, ${urlPath} is shown only by: ${showing.join(', ') || 'nothing'}`);

    const unpublish = index % 2 === 0;
    const takeDownRounds = await roundsSoFar(rebuilder);
    await accepted(
      `${unpublish ? 'unpublishing' : 'deleting'} ${article.slug}`,
      unpublish ? admin.unpublish(ARTICLE, data.documentId) : admin.remove(ARTICLE, data.documentId),
    );
    const takenDown = Date.now();
    const { pagesGoneAt, goneAt } = await goneEverywhere(rebuilder.url, listed);
    (unpublish ? timings.unpublishMs : timings.deleteMs).push(goneAt - takenDown);
    timings.takeDownPagesMs.push(pagesGoneAt - takenDown);
    await settleAndCount(rebuilder, takeDownRounds, timings.rounds, CHANGE_TIMEOUT_MS);
  }
  return timings;
}
