import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveSiteStatus } from '../../cms/src/api/live-site/live-site-status';
import type { AdminApi } from '../helpers/admin-api';
import type { RunningCms } from '../helpers/cms';
import { waitFor } from '../helpers/ports';
import type { RunningRebuilder } from '../helpers/rebuilder';
import { startPublishing, type Publishing } from '../helpers/publishing';
import { setAlternativeText, uploadPicture } from '../helpers/uploads';

const ARTICLE = 'api::article.article';
let counter = 0;

const newArticle = (title: string) => {
  counter += 1;
  return {
    title,
    slug: `rebuild-check-${counter}`,
    summary: `Summary of ${title}.`,
    body: [{ type: 'paragraph', children: [{ type: 'text', text: `The body of ${title}.` }] }],
    firstPublished: '2026-11-20',
  };
};

describe('publishing to the live site through the rebuild service', () => {
  let cms: RunningCms;
  let site: RunningRebuilder;
  let admin: AdminApi;
  const get = (urlPath: string) => fetch(`${site.url}${urlPath}`);
  const servedWith = (urlPath: string, status: number) =>
    waitFor(
      `${urlPath} to answer ${status}`,
      async () => ((await get(urlPath)).status === status ? true : undefined),
      {
        timeoutMs: 240_000,
        intervalMs: 500,
      },
    );

  let publishing: Publishing | undefined;
  beforeAll(async () => {
    publishing = await startPublishing({ SCHEDULE_CHECK_SECONDS: '1' });
    ({ cms, site, admin } = publishing);
  }, 600_000);
  afterAll(() => publishing?.stop());

  it('serves a newly published article and lists it on the news page', async () => {
    const article = newArticle('Freshly published guidance');
    expect((await admin.createPublished(ARTICLE, article)).status).toBe(200);
    await servedWith(`/news/${article.slug}/`, 200);
    expect(await (await get(`/news/${article.slug}/`)).text()).toContain('Freshly published guidance');
    expect(await (await get('/news/')).text()).toContain('Freshly published guidance');
  });

  it('puts a scheduled article on the live site at its time, without anyone touching it', async () => {
    const article = newArticle('Embargoed until this moment');
    const publishAt = new Date(Date.now() + 3000).toISOString();
    expect((await admin.createDraft(ARTICLE, { ...article, publishAt })).status).toBe(201);
    await servedWith(`/news/${article.slug}/`, 200);
    expect(await (await get(`/news/${article.slug}/`)).text()).toContain('Embargoed until this moment');
  }, 300_000);

  it('tells signed-in admin users what is live, through an admin route', async () => {
    const built = await site.settled();
    const relayed = await admin.request<LiveSiteStatus>('GET', '/live-site/status');
    expect(relayed.status).toBe(200);
    expect(relayed.body).toMatchObject({ reachable: true, state: 'idle', liveSiteUrl: expect.any(String) });
    expect(relayed.body.reachable && relayed.body.live).toEqual({
      buildId: built.live?.buildId,
      builtAt: built.live?.builtAt,
      pages: built.live?.pages,
    });
    // Editors get what the widget shows; the history, log tails and addresses stay with the service.
    expect(Object.keys(relayed.body).sort()).toEqual(
      ['lastBuild', 'live', 'liveSiteUrl', 'queue', 'reachable', 'state'].sort(),
    );
  });

  it('refuses the build status to anyone not signed in to the admin, API tokens included', async () => {
    const attempts: Array<[string, Record<string, string>]> = [
      ['anonymous', {}],
      ['the site build token', { Authorization: `Bearer ${cms.token()}` }],
      ['the webhook secret', { Authorization: `Bearer ${site.secret}` }],
      ['a made-up session', { Authorization: 'Bearer not.a.session' }],
    ];
    for (const [who, headers] of attempts) {
      const response = await fetch(`${cms.url}/live-site/status`, { headers });
      const body = await response.text();
      expect(response.status, who).toBe(401);
      expect(body, who).not.toContain('builtAt');
    }
    // The old content-API address is gone, not merely protected.
    expect((await fetch(`${cms.url}/api/live-site/status`)).status).toBe(404);
  });

  it('takes an unpublished article off the site', async () => {
    const article = newArticle('Guidance that is withdrawn');
    const created = await admin.createPublished(ARTICLE, article);
    await servedWith(`/news/${article.slug}/`, 200);
    expect((await admin.unpublish(ARTICLE, created.body.data.documentId)).status).toBe(200);
    await servedWith(`/news/${article.slug}/`, 404);
  });

  it('refuses webhook calls with a wrong secret, a wrong method, an oversized or malformed body, and builds nothing', async () => {
    const before = (await site.settled()).builds.started;
    expect((await site.sendEvent({ event: 'entry.publish' }, 'wrong-secret')).status).toBe(401);
    expect((await fetch(site.webhookUrl, { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await fetch(site.webhookUrl)).status).toBe(405);
    // The service answers 413 as soon as it reads the length, and may close the connection
    // while the body is still on its way, which the client sees as a broken pipe.
    const oversized = await site.sendEvent('x'.repeat(1024 * 1024 + 10)).then(
      (response) => String(response.status),
      (error: unknown) =>
        error instanceof Error && error.cause instanceof Error && 'code' in error.cause
          ? String(error.cause.code)
          : String(error),
    );
    expect(['413', 'EPIPE', 'ECONNRESET']).toContain(oversized);
    expect((await site.sendEvent('{"event": ')).status).toBe(400);
    // The service counts an accepted event before it answers 202, so once these refusals
    // have answered, any event they let through would already show in the status.
    const after = await site.status();
    expect(after.state).toBe('idle');
    expect(after.builds.started).toBe(before);
  });

  it('turns a burst of 100 events into at most two builds that end on the final content', async () => {
    const article = newArticle('Published before a burst');
    await admin.createPublished(ARTICLE, article);
    // The publication's own round first, so the burst meets a quiet service: a round that
    // ended while the burst was still arriving would count a third (a round takes a fraction
    // of a second page by page, and sending a hundred events can take longer on a busy machine).
    await servedWith(`/news/${article.slug}/`, 200);
    const before = (await site.settled()).builds.started;
    const events = Array.from({ length: 100 }, (_, index) =>
      site.sendEvent(
        index % 3 === 0
          ? { event: 'entry.publish', entry: null }
          : { event: 'entry.update', model: 'article' },
      ),
    );
    expect((await Promise.all(events)).every((response) => response.status === 202)).toBe(true);
    const after = await site.settled();
    expect(after.builds.started - before).toBeGreaterThanOrEqual(1);
    expect(after.builds.started - before).toBeLessThanOrEqual(2);
    expect((await get(`/news/${article.slug}/`)).status).toBe(200);
  });

  it('keeps serving every request completely while a rebuild runs', async () => {
    await site.settled();
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(await (await get('/')).text())?.[1];
    expect((await site.sendEvent({ event: 'entry.publish' })).status).toBe(202);
    const failures: string[] = [];
    let requests = 0;
    while ((await site.status()).state !== 'idle' || requests < 20) {
      for (const urlPath of ['/', '/news/', stylesheet ?? '/robots.txt']) {
        const response = await get(urlPath);
        const body = await response.text();
        requests += 1;
        if (response.status !== 200) failures.push(`${urlPath}: ${response.status}`);
        if (urlPath.endsWith('/') && !body.trimEnd().endsWith('</html>'))
          failures.push(`${urlPath}: partial page`);
      }
    }
    expect(failures).toEqual([]);
  });

  // A failed build, then a good one: two full builds, so more time than most tests.
  it('keeps the last good site live when content breaks the build, and shows why', async () => {
    // Published with a described picture whose description is then cleared in the Media
    // Library: the CMS checks nothing again, and the site build refuses it. Publishing
    // another article makes sure a build runs.
    const picture = await uploadPicture(cms.url, admin, 'loses-its-description.png', 'A blue square');
    const brokenArticle = { ...newArticle('Picture loses its description'), coverImage: picture };
    const broken = await admin.createPublished(ARTICLE, brokenArticle);
    expect(broken.status).toBe(200);
    const liveBefore = (await site.settled()).live?.buildId;
    await setAlternativeText(admin, picture, '');
    expect((await admin.createPublished(ARTICLE, newArticle('Starts the broken build'))).status).toBe(200);
    const failed = await waitFor(
      'the failed build',
      async () => {
        const status = await site.status();
        return status.state === 'idle' && status.lastBuild?.result === 'failed' ? status : undefined;
      },
      { timeoutMs: 240_000 },
    );
    expect(failed.live?.buildId).toBe(liveBefore);
    expect(failed.lastError?.message).toContain(
      `article "${brokenArticle.slug}" (documentId ${broken.body.data.documentId}): coverImage.alternativeText:`,
    );
    expect((await get('/news/')).status).toBe(200);

    await admin.remove(ARTICLE, broken.body.data.documentId);
    const recovered = await waitFor(
      'a good build after the fix',
      async () => {
        // A deletion sends an event per version, so a round with nothing left to change may come last.
        const status = await site.status();
        return status.state === 'idle' && !status.queue.pending && status.live?.buildId !== liveBefore
          ? status
          : undefined;
      },
      { timeoutMs: 240_000 },
    );
    expect(recovered.live?.buildId).not.toBe(liveBefore);
  }, 300_000);

  it('keeps the last good site live while the CMS is down, and says so', async () => {
    const before = await site.settled();
    await cms.pause();
    try {
      expect((await site.sendEvent({ event: 'entry.publish' })).status).toBe(202);
      const failed = await waitFor(
        'the failed build',
        async () => {
          const status = await site.status();
          return status.state === 'idle' && status.builds.started > before.builds.started
            ? status
            : undefined;
        },
        { timeoutMs: 240_000 },
      );
      expect(failed.lastBuild?.result).toBe('failed');
      expect(failed.live?.buildId).toBe(before.live?.buildId);
      expect(failed.lastError?.message).toContain('Cannot reach the CMS');
      expect((await get('/')).status).toBe(200);
    } finally {
      await cms.restart();
    }
  });

  it('shows visitors of the live site no status, history, log or internal address, while the status port has them all', async () => {
    const status = await site.settled();
    expect(status.history.length).toBeGreaterThan(1);
    expect(status.lastError?.message).toContain('Cannot reach the CMS');

    const cmsPort = new URL(cms.url).port;
    const internal = [cms.url, `localhost:${cmsPort}`, `127.0.0.1:${cmsPort}`, `:${site.statusPort}`];
    const leaks: string[] = [];
    const answers: Record<string, number> = {};
    for (const urlPath of [
      '/status',
      '/webhook',
      '/history',
      '/log',
      '/healthz',
      '/',
      '/news/',
      '/no-such-page/',
    ]) {
      const response = await get(urlPath);
      const text = `${[...response.headers.entries()].flat().join('\n')}\n${await response.text()}`;
      answers[urlPath] = response.status;
      for (const secret of [...internal, 'Cannot reach the CMS', 'Broken_Slug', '"logTail"', '"history"'])
        if (text.includes(secret)) leaks.push(`${urlPath}: ${secret}`);
    }
    expect(leaks).toEqual([]);
    expect(answers).toEqual({
      '/status': 404,
      '/webhook': 404,
      '/history': 404,
      '/log': 404,
      '/healthz': 200,
      '/': 200,
      '/news/': 200,
      '/no-such-page/': 404,
    });
    expect(await (await get('/healthz')).text()).toBe('ok');
  });
});
