import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_MARKER } from '../../cms/src/seed/canaries';
import type { AdminApi } from '../helpers/admin-api';
import { siteFiles, readSiteFile } from '../helpers/built-site';
import type { RunningCms } from '../helpers/cms';
import { waitFor } from '../helpers/ports';
import type { RunningRebuilder } from '../helpers/rebuilder';
import { startPublishing, type Publishing } from '../helpers/publishing';
import { buildSite } from '../helpers/site';
import { compareSites } from '../helpers/site-diff';

const ARTICLE = 'api::article.article';
const TOPIC = 'api::topic.topic';

// Each step compares the live site with a full build, which takes a while on a busy machine.
describe('publishing page by page', { timeout: 360_000 }, () => {
  let cms: RunningCms;
  let site: RunningRebuilder;
  let admin: AdminApi;
  let documentId = '';
  const get = (urlPath: string) => fetch(`${site.url}${urlPath}`);
  const text = async (urlPath: string) => (await get(urlPath)).text();

  /**
   * Waits for the rounds a change started (one change can send several events: a
   * deletion one per version), and returns them, newest first, having checked none failed.
   */
  async function roundsAfter(roundsBefore: number) {
    const status = await waitFor(
      'the rounds after the change',
      async () => {
        const current = await site.status();
        return current.state === 'idle' && !current.queue.pending && current.builds.started > roundsBefore
          ? current
          : undefined;
      },
      { timeoutMs: 240_000, intervalMs: 200 },
    );
    const rounds = status.history.slice(0, status.builds.started - roundsBefore);
    expect(rounds.filter((round) => round.result === 'failed' || round.result === 'refused')).toEqual([]);
    return rounds;
  }

  /** The round that put the change live page by page. */
  async function nextRound(roundsBefore: number) {
    const rounds = await roundsAfter(roundsBefore);
    const redrawn = rounds.find((round) => round.kind === 'incremental' && round.result === 'live');
    expect(redrawn, JSON.stringify(rounds, null, 2)).toBeDefined();
    return redrawn;
  }

  /** The live site has exactly the files, byte for byte, of a full build straight from the CMS. */
  async function expectSameAsFullBuild() {
    const full = await buildSite({ CMS_TOKEN_FILE: cms.tokenFile });
    try {
      expect(full.ok, full.output.slice(-3000)).toBe(true);
      expect(compareSites(site.liveDir(), full.siteDir)).toEqual({ onlyInA: [], onlyInB: [], different: [] });
    } finally {
      full.remove();
    }
  }

  async function topicIds(slugs: string[]) {
    const found = await admin.request<{ results: { documentId: string; slug: string }[] }>(
      'GET',
      `/content-manager/collection-types/${TOPIC}?pageSize=100`,
    );
    return slugs.map((slug) => {
      const topic = found.body.results.find((entry) => entry.slug === slug);
      if (!topic) throw new Error(`no topic ${slug} in the demo content`);
      return topic.documentId;
    });
  }

  /** Publishes the article with `data`; resolves to the number of rounds before, for roundsAfter(). */
  async function publish(data: Record<string, unknown>) {
    const before = (await site.settled()).builds.started;
    const response = await admin.publish(ARTICLE, documentId, data);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return before;
  }

  let publishing: Publishing | undefined;
  beforeAll(async () => {
    publishing = await startPublishing();
    ({ cms, site, admin } = publishing);
  }, 600_000);
  afterAll(() => publishing?.stop());

  it('publishes a new article by redrawing only the pages it touches, as a full build would', async () => {
    const [send] = await topicIds(['send']);
    const before = (await site.settled()).builds.started;
    const created = await admin.createPublished(ARTICLE, {
      title: 'Annual reviews: what to ask for',
      slug: 'annual-reviews-what-to-ask-for',
      summary: 'How school leaders can prepare for annual reviews of education, health and care plans.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Start planning a term ahead.' }] }],
      firstPublished: '2026-11-25',
      topics: { connect: [send] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    documentId = created.body.data.documentId;
    const round = await nextRound(before);
    expect(round).toMatchObject({ kind: 'incremental', result: 'live' });
    expect(round?.description).toContain('Published "Annual reviews: what to ask for"');
    expect(round?.changes?.written).toBeLessThan(20);
    expect(await text('/news/annual-reviews-what-to-ask-for/')).toContain('Start planning a term ahead.');
    expect(await text('/topics/send/')).toContain('Annual reviews: what to ask for');
    await expectSameAsFullBuild();
  });

  it('redraws an edited title everywhere it is shown', async () => {
    const round = await nextRound(await publish({ title: 'Annual reviews: the questions to ask' }));
    expect(round).toMatchObject({ kind: 'incremental', result: 'live' });
    expect(round?.description).toContain('Updated "Annual reviews: the questions to ask"');
    expect(await text('/news/')).toContain('Annual reviews: the questions to ask');
    expect(await text('/rss.xml')).toContain('Annual reviews: the questions to ask');
    await expectSameAsFullBuild();
  });

  it('moves the page when its slug changes and sends the old address on to it, all page by page', async () => {
    const before = await publish({ slug: 'annual-reviews-questions' });
    // The CMS records a redirect from the old address and announces it in an event of its own.
    const old = await waitFor(
      'the old address to redirect',
      async () => {
        const response = await fetch(`${site.url}/news/annual-reviews-what-to-ask-for/`, {
          redirect: 'manual',
        });
        if (response.status === 301) return response;
        await response.body?.cancel();
        return undefined;
      },
      { timeoutMs: 240_000, intervalMs: 200 },
    );
    expect(old.headers.get('location')).toBe('/news/annual-reviews-questions/');
    const rounds = await roundsAfter(before);
    expect(rounds.map((round) => round.kind)).not.toContain('full');
    expect(rounds.map((round) => round.description).join('\n')).toMatch(/changed redirects/i);
    expect((await get('/news/annual-reviews-questions/')).status).toBe(200);
    expect(readSiteFile(site.liveDir(), '_redirects')).toContain(
      '/news/annual-reviews-what-to-ask-for/ /news/annual-reviews-questions/ 301',
    );
    expect(await text('/sitemap-0.xml')).not.toContain('annual-reviews-what-to-ask-for');
    await expectSameAsFullBuild();
  });

  it('moves the article between topic pages', async () => {
    const [send, funding] = await topicIds(['send', 'school-funding']);
    const round = await nextRound(await publish({ topics: { disconnect: [send], connect: [funding] } }));
    expect(round).toMatchObject({ kind: 'incremental', result: 'live' });
    expect(await text('/topics/send/')).not.toContain('Annual reviews: the questions to ask');
    expect(await text('/topics/school-funding/')).toContain('Annual reviews: the questions to ask');
    await expectSameAsFullBuild();
  });

  it('re-orders listings when the date changes', async () => {
    const round = await nextRound(await publish({ firstPublished: '2019-03-04' }));
    expect(round).toMatchObject({ kind: 'incremental', result: 'live' });
    expect(await text('/news/annual-reviews-questions/')).toContain('4 March 2019');
    await expectSameAsFullBuild();
  });

  it('takes an unpublished article off every page, the feed, the sitemap and search', async () => {
    const before = (await site.settled()).builds.started;
    expect((await admin.unpublish(ARTICLE, documentId)).status).toBe(200);
    const round = await nextRound(before);
    expect(round).toMatchObject({ kind: 'incremental', result: 'live' });
    expect(round?.description).toContain('Took down "Annual reviews: the questions to ask"');
    expect((await get('/news/annual-reviews-questions/')).status).toBe(404);
    for (const urlPath of ['/news/', '/topics/school-funding/', '/rss.xml', '/sitemap-0.xml'])
      expect(await text(urlPath), urlPath).not.toContain('annual-reviews-questions');
    await expectSameAsFullBuild();
  });

  it('removes a deleted article, as a full build would', async () => {
    await roundsAfter(await publish({}));
    expect((await get('/news/annual-reviews-questions/')).status).toBe(200);
    const before = (await site.settled()).builds.started;
    expect((await admin.remove(ARTICLE, documentId)).status).toBe(200);
    const round = await nextRound(before);
    expect(round).toMatchObject({ kind: 'incremental', result: 'live' });
    expect((await get('/news/annual-reviews-questions/')).status).toBe(404);
    await expectSameAsFullBuild();
  });

  it('ends a burst of 200 events in a bounded number of rounds, on the final content', async () => {
    const beforeCreating = (await site.settled()).builds.started;
    const created = await admin.createPublished(ARTICLE, {
      title: 'Burst draft one',
      slug: 'burst-check',
      summary: 'An article published, then edited while many events arrive.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Burst body.' }] }],
      firstPublished: '2026-11-26',
    });
    documentId = created.body.data.documentId;
    // The CMS sends its webhook after answering: wait for that round, so it is not counted as the burst's.
    await nextRound(beforeCreating);
    const before = (await site.settled()).builds.started;
    expect((await admin.publish(ARTICLE, documentId, { title: 'Burst final title' })).status).toBe(200);
    const event = { event: 'entry.publish', model: 'article', entry: { documentId } };
    const responses = await Promise.all(Array.from({ length: 200 }, () => site.sendEvent(event)));
    expect(responses.every((response) => response.status === 202)).toBe(true);
    const after = await site.settled();
    // A round starts at once and the events that arrive while it runs make one more, so
    // how many rounds depends on how the 200 requests spread over time on a busy machine
    // (a page-by-page round is quick); what must hold is that they do not cost one each.
    expect(after.builds.started - before).toBeGreaterThanOrEqual(1);
    expect(after.builds.started - before).toBeLessThanOrEqual(20);
    expect(await text('/news/burst-check/')).toContain('Burst final title');
    await expectSameAsFullBuild();
  });

  it('leaves the live site untouched when a round fails, and falls back to a full build', async () => {
    const before = await site.settled();
    await cms.pause();
    try {
      const event = { event: 'entry.publish', model: 'article', entry: { documentId } };
      expect((await site.sendEvent(event)).status).toBe(202);
      const failed = await site.settled();
      const [full, incremental] = failed.history;
      expect(incremental).toMatchObject({ kind: 'incremental', result: 'failed' });
      expect(incremental?.error).toContain('Cannot reach the CMS');
      expect(full).toMatchObject({ kind: 'full', result: 'failed' });
      expect(failed.live?.buildId).toBe(before.live?.buildId);
      expect((await get('/news/burst-check/')).status).toBe(200);
    } finally {
      await cms.restart();
    }
  });

  it('never publishes a draft', () => {
    const live = site.liveDir();
    const leaks = siteFiles(live).filter(
      (file) =>
        !/\.(avif|webp|png|jpe?g|pf_\w+|pagefind)$/.test(file) &&
        readSiteFile(live, file).includes(CANARY_MARKER),
    );
    expect(leaks).toEqual([]);
  });
});
