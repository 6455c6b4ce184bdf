import { realpathSync } from 'node:fs';
import path from 'node:path';
import { paths } from '../site/src/lib/paths';
import { accepted, type AdminApi } from '../tests/helpers/admin-api';
import { generatedArticle } from '../tests/helpers/generated-content';
import { waitFor } from '../tests/helpers/ports';
import type { RunningRebuilder } from '../tests/helpers/rebuilder';
import { compareSites, driftOf } from '../tests/helpers/site-diff';
import { ARTICLE, CHANGE_TIMEOUT_MS, todaysArticle, type Topic } from './editorial';
import { roundsSoFar, settleAndCount, type RoundTally } from './rounds';
import { buildSite } from './site-build';

export interface DriftResult {
  /** Files that differ or exist on one side only, between the live site and a full build of the same content. */
  drift: number;
  /** A few of those files, to start looking from. */
  examples: string[];
  /** The rounds the changes ran as: drift only means something when they were incremental. */
  rounds: RoundTally;
}

interface Change {
  what: string;
  make: () => Promise<unknown>;
  /** What a visitor sees once the change is live. */
  live: () => Promise<boolean>;
}

const pageText = async (url: string) => {
  const response = await fetch(url);
  return response.ok ? response.text() : '';
};
// Not following redirects: a page that moved leaves a redirect at its old address.
const status = async (url: string) => {
  const response = await fetch(url, { redirect: 'manual' });
  await response.body?.cancel();
  return response.status;
};

async function documentIdOf(admin: AdminApi, slug: string): Promise<string> {
  const { results } = await accepted(
    `finding article ${slug}`,
    admin.list<{ documentId: string }>(ARTICLE, `filters[slug][$eq]=${encodeURIComponent(slug)}`),
  );
  if (results.length !== 1)
    throw new Error(`expected one article with slug ${slug}, found ${results.length}`);
  return (results[0] as { documentId: string }).documentId;
}

/** Editors' changes, one after another, each waited for on the live site. */
async function changes(
  admin: AdminApi,
  siteUrl: string,
  [first, second]: Topic[],
  runId: string,
): Promise<Change[]> {
  if (!first || !second) throw new Error('the drift run needs two topics');
  const article = todaysArticle(200_000, runId, first);
  let documentId = '';
  const republish = (what: string, fields: Partial<typeof article>) => {
    Object.assign(article, fields);
    return accepted(what, admin.publish(ARTICLE, documentId, article));
  };
  const retitled = `${article.title} (retitled)`;
  const oldUrl = `${siteUrl}${paths.article(article.slug)}`;
  const newUrl = `${siteUrl}${paths.article(`${article.slug}-renamed`)}`;
  const unpublished = generatedArticle(1, runId).slug;
  const deleted = generatedArticle(2, runId).slug;
  const [unpublishedId, deletedId] = [
    await documentIdOf(admin, unpublished),
    await documentIdOf(admin, deleted),
  ];
  return [
    {
      what: 'publish a new article',
      make: async () => {
        documentId = (await accepted('publishing the drift article', admin.createPublished(ARTICLE, article)))
          .data.documentId;
      },
      live: async () => (await status(oldUrl)) === 200,
    },
    {
      what: 'edit its title',
      make: () => republish('retitling the drift article', { title: retitled }),
      live: async () => (await pageText(oldUrl)).includes(retitled),
    },
    {
      what: 'change its slug',
      make: () => republish('renaming the drift article', { slug: `${article.slug}-renamed` }),
      // The CMS records a redirect from the old address, which the next full build publishes.
      live: async () => (await status(newUrl)) === 200 && (await status(oldUrl)) === 301,
    },
    {
      what: 'change its first-published date',
      make: () => republish('redating the drift article', { firstPublished: '2018-06-15' }),
      live: async () => (await pageText(newUrl)).includes('datetime="2018-06-15"'),
    },
    {
      what: 'move it to another topic',
      make: () =>
        republish('moving the drift article', { topics: { set: [{ documentId: second.documentId }] } }),
      live: async () =>
        (await pageText(`${siteUrl}${paths.topic(second.slug)}`)).includes(new URL(newUrl).pathname) &&
        !(await pageText(`${siteUrl}${paths.topic(first.slug)}`)).includes(new URL(newUrl).pathname),
    },
    {
      what: 'unpublish another article',
      make: () => accepted(`unpublishing ${unpublished}`, admin.unpublish(ARTICLE, unpublishedId)),
      live: async () => (await status(`${siteUrl}${paths.article(unpublished)}`)) === 404,
    },
    {
      what: 'delete a third article',
      make: () => accepted(`deleting ${deleted}`, admin.remove(ARTICLE, deletedId)),
      live: async () => (await status(`${siteUrl}${paths.article(deleted)}`)) === 404,
    },
  ];
}

/**
 * Drift: makes a series of editors' changes on the live site (each applied page by page by
 * the rebuild service), then builds the same content in full from the CMS and compares the
 * two sites file by file and byte by byte. Anything but 0 means the incremental rounds and
 * the full build disagree.
 */
export async function measureDrift(
  admin: AdminApi,
  rebuilder: RunningRebuilder,
  topics: Topic[],
  runId: string,
  tokenFile: string,
  workDir: string,
): Promise<DriftResult> {
  const rounds: RoundTally = {};
  for (const change of await changes(admin, rebuilder.url, topics, runId)) {
    const before = await roundsSoFar(rebuilder);
    await change.make();
    await waitFor(
      `the live site to show the change "${change.what}"`,
      async () => ((await change.live()) ? true : undefined),
      { timeoutMs: CHANGE_TIMEOUT_MS, intervalMs: 100 },
    );
    await settleAndCount(rebuilder, before, rounds, CHANGE_TIMEOUT_MS);
  }

  const fullBuild = path.join(workDir, 'drift-full-build');
  await buildSite(fullBuild, tokenFile);
  const difference = compareSites(realpathSync(rebuilder.liveDir()), path.join(fullBuild, 'client'));
  return {
    drift: driftOf(difference),
    examples: [
      ...difference.different.map((file) => `differs: ${file}`),
      ...difference.onlyInA.map((file) => `only live: ${file}`),
      ...difference.onlyInB.map((file) => `only in the full build: ${file}`),
    ].slice(0, 10),
    rounds,
  };
}
