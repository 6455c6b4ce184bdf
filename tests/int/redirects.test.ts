import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApi } from '../helpers/admin-api';
import { startCms, type RunningCms } from '../helpers/cms';
import { databaseKinds } from '../helpers/databases';
import { waitFor } from '../helpers/ports';
import { waitForRedirect, type RunningRebuilder } from '../helpers/rebuilder';
import { startPublishing, type Publishing } from '../helpers/publishing';
import { SITE_URL } from '../helpers/site';

const ARTICLE = 'api::article.article';
// Each change is a real site build, and a test may wait for two on a busy machine.
const LIVE_SITE_TIMEOUT_MS = 600_000;
const REDIRECT = 'api::redirect.redirect';

interface StoredRedirect {
  documentId: string;
  from: string;
  to: string;
  permanent: boolean;
  applied: boolean;
  note: string | null;
}

const article = (slug: string) => ({
  title: `Guidance on ${slug.replace(/-/g, ' ')}`,
  slug,
  summary: 'A short summary.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'The body.' }] }],
  firstPublished: '2026-11-20',
});

/** Every redirect as editors see it in the admin list, by old path. */
async function redirects(admin: AdminApi): Promise<Record<string, StoredRedirect>> {
  const { body } = await admin.list<StoredRedirect>(REDIRECT, 'pageSize=100');
  return Object.fromEntries(body.results.map((redirect) => [redirect.from, redirect]));
}

const targets = (all: Record<string, StoredRedirect>) =>
  Object.fromEntries(Object.entries(all).map(([from, redirect]) => [from, redirect.to]));

describe.each(databaseKinds())('redirects in the CMS (%s)', (database) => {
  let cms: RunningCms;
  let admin: AdminApi;

  beforeAll(async () => {
    cms = await startCms({ database, seed: false });
    admin = await AdminApi.login(cms.url);
  }, 300_000);
  afterAll(() => cms?.stop());

  /** Publishes an article, then republishes it under each later slug in turn, as an editor retitling it. */
  async function publishThenMove(...slugs: string[]): Promise<string> {
    const [first, ...later] = slugs;
    const created = await admin.createPublished(ARTICLE, article(first!));
    expect(created.status).toBe(200);
    const { documentId } = created.body.data;
    for (const slug of later) {
      expect((await admin.publish(ARTICLE, documentId, { ...article(slug) })).status).toBe(200);
    }
    return documentId;
  }

  it('records a redirect from the old address when a published article is republished under a new slug', async () => {
    await publishThenMove('pay-talks-open', 'pay-talks-begin');
    const recorded = (await redirects(admin))['/news/pay-talks-open/'];
    expect(recorded).toMatchObject({ to: '/news/pay-talks-begin/', permanent: true, applied: true });
    expect(recorded?.note).toContain('moved from /news/pay-talks-open/ to /news/pay-talks-begin/');
  });

  it('sends every old address straight to the newest when an article moves twice', async () => {
    await publishThenMove('budget-first', 'budget-second', 'budget-third');
    expect(targets(await redirects(admin))).toMatchObject({
      '/news/budget-first/': '/news/budget-third/',
      '/news/budget-second/': '/news/budget-third/',
    });
  });

  it('drops the redirect away from an address an article moves back to', async () => {
    await publishThenMove('inspection-a', 'inspection-b', 'inspection-a');
    const all = targets(await redirects(admin));
    expect(all['/news/inspection-b/']).toBe('/news/inspection-a/');
    expect(all).not.toHaveProperty('/news/inspection-a/');
  });

  it('records nothing when an article is unpublished, deleted, or republished without moving', async () => {
    const before = await redirects(admin);
    const documentId = await publishThenMove('workload-note', 'workload-note');
    expect((await admin.unpublish(ARTICLE, documentId)).status).toBe(200);
    expect((await admin.remove(ARTICLE, documentId)).status).toBe(200);
    expect(await redirects(admin)).toEqual(before);
  });

  it('stores a hand-made redirect with its old address in one form', async () => {
    const created = await admin.createDraft(REDIRECT, {
      from: ' /Old-Site//Joining ',
      to: 'https://join.example.org/',
      permanent: false,
      note: 'The old join page, from before the redesign.',
    });
    expect(created.status).toBe(201);
    expect((await redirects(admin))['/old-site/joining/']).toMatchObject({
      to: 'https://join.example.org/',
      permanent: false,
      applied: true,
    });
  });

  it('refuses a redirect that would make a loop, saying so, and changes nothing', async () => {
    await admin.createDraft(REDIRECT, { from: '/loop-a/', to: '/loop-b/' });
    await admin.createDraft(REDIRECT, { from: '/loop-b/', to: '/loop-c/' });
    const before = await redirects(admin);
    const refused = await admin.createDraft(REDIRECT, { from: '/loop-c/', to: '/loop-a/' });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toBe(
      'This redirect would make a loop (/loop-c/ → /loop-a/ → /loop-c/), so visitors would never arrive. ' +
        'Change "To", or first remove the redirect from /loop-a/.',
    );
    expect(await redirects(admin)).toEqual(before);
  });

  it('collapses a chain made by hand (A→B, then B→C gives A→C and B→C)', async () => {
    await admin.createDraft(REDIRECT, { from: '/chain-a/', to: '/chain-b/' });
    expect((await admin.createDraft(REDIRECT, { from: '/chain-b/', to: '/chain-c/' })).status).toBe(201);
    expect(targets(await redirects(admin))).toMatchObject({
      '/chain-a/': '/chain-c/',
      '/chain-b/': '/chain-c/',
    });
  });

  it('refuses an address that is not a path on this site, naming the field', async () => {
    const refused = await admin.createDraft(REDIRECT, { from: 'news/no-slash', to: '/news/' });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toContain('From: "news/no-slash" is not a path on this site');
  });

  it('shows a redirect as not applied while a published page lives at its old address', async () => {
    const created = await admin.createDraft(REDIRECT, { from: '/news/send-review/', to: '/campaigns/' });
    expect(created.status).toBe(201);
    expect((await redirects(admin))['/news/send-review/']?.applied).toBe(true);
    const documentId = await publishThenMove('send-review');
    expect((await redirects(admin))['/news/send-review/']?.applied).toBe(false);
    await admin.unpublish(ARTICLE, documentId);
    expect((await redirects(admin))['/news/send-review/']?.applied).toBe(true);
  });

  it('counts the month archives and the RSS feed as live pages, as the site does', async () => {
    // A month with no published entry has no archive page yet, so the redirect applies.
    for (const from of ['/news/2019/03/', '/news/2019/04/', '/campaigns/2019/03/']) {
      expect((await admin.createDraft(REDIRECT, { from, to: '/news/' })).status).toBe(201);
    }
    expect((await redirects(admin))['/news/2019/03/']?.applied).toBe(true);
    // An article on the month's last day opens that month's news archive and no other.
    const published = await admin.createPublished(ARTICLE, {
      ...article('spring-term-2019'),
      firstPublished: '2019-03-31',
    });
    expect(published.status).toBe(200);
    const after = await redirects(admin);
    expect(after['/news/2019/03/']?.applied).toBe(false);
    expect(after['/news/2019/04/']?.applied).toBe(true);
    expect(after['/campaigns/2019/03/']?.applied).toBe(true);

    expect((await admin.createDraft(REDIRECT, { from: '/rss.xml', to: '/news/' })).status).toBe(201);
    expect((await redirects(admin))['/rss.xml']?.applied).toBe(false);
  });

  /** The old paths the site build token reads over GraphQL, or null when it is refused. */
  async function readByBuildToken(): Promise<string[] | null> {
    const response = await fetch(`${cms.url}/graphql`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${cms.token()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ redirects(pagination: { pageSize: 100 }) { from to permanent } }' }),
    });
    const body = (await response.json()) as { data?: { redirects: { from: string }[] | null } };
    return body.data?.redirects?.map((redirect) => redirect.from) ?? null;
  }

  it('lets the site build token read redirects', async () => {
    expect(await readByBuildToken()).toContain('/news/pay-talks-open/');
  });

  it('gives a site build token made before redirects existed read access to them on restart', async () => {
    const tokens = await admin.request<{ data: { id: number; name: string; permissions: string[] }[] }>(
      'GET',
      '/admin/api-tokens',
    );
    const token = tokens.body.data.find((candidate) => candidate.name === 'Site build (read-only)');
    const { body } = await admin.request<{ data: { permissions: string[] } }>(
      'GET',
      `/admin/api-tokens/${token?.id}`,
    );
    const older = body.data.permissions.filter((action) => !action.startsWith('api::redirect.'));
    expect(
      (await admin.request('PUT', `/admin/api-tokens/${token?.id}`, { permissions: older })).status,
    ).toBe(200);
    expect(await readByBuildToken()).toBeNull();
    await cms.restart();
    admin = await AdminApi.login(cms.url);
    expect(await readByBuildToken()).toContain('/news/pay-talks-open/');
  });
});

describe('redirects on the live site', () => {
  let site: RunningRebuilder;
  let admin: AdminApi;
  const get = (urlPath: string) => fetch(`${site.url}${urlPath}`, { redirect: 'manual' });
  const liveFile = (urlPath: string) =>
    readFileSync(path.join(site.sitesDir, 'live', 'client', urlPath), 'utf8');
  const answers = (urlPath: string, status: number, location: string) =>
    waitForRedirect(site, urlPath, status, location);

  let publishing: Publishing | undefined;
  beforeAll(async () => {
    publishing = await startPublishing();
    ({ site, admin } = publishing);
  }, 600_000);
  afterAll(() => publishing?.stop());

  it(
    'answers the old addresses of a twice-retitled article with 301 straight to the newest, however typed',
    async () => {
      const created = await admin.createPublished(ARTICLE, article('leaders-pay-offer'));
      const { documentId } = created.body.data;
      expect((await admin.publish(ARTICLE, documentId, article('leaders-pay-offer-accepted'))).status).toBe(
        200,
      );
      expect((await admin.publish(ARTICLE, documentId, article('leaders-pay-deal'))).status).toBe(200);
      await answers('/news/leaders-pay-offer/', 301, '/news/leaders-pay-deal/');
      await answers('/news/leaders-pay-offer-accepted/', 301, '/news/leaders-pay-deal/');
      expect((await get('/News/Leaders-Pay-Offer')).headers.get('location')).toBe('/news/leaders-pay-deal/');
      expect((await get('/news/leaders-pay-deal/')).status).toBe(200);
    },
    LIVE_SITE_TIMEOUT_MS,
  );

  it(
    'writes the same redirects into _redirects and a page at each old address for other hosts',
    async () => {
      await site.settled();
      const lines = liveFile('_redirects').split('\n');
      expect(lines).toContain('/news/leaders-pay-offer/ /news/leaders-pay-deal/ 301');
      expect(lines).toContain('/news/leaders-pay-offer-accepted/ /news/leaders-pay-deal/ 301');

      const page = liveFile('news/leaders-pay-offer/index.html');
      expect(page).toContain(`<link rel="canonical" href="${SITE_URL}/news/leaders-pay-deal/">`);
      expect(page).toContain('<meta http-equiv="refresh" content="0; url=/news/leaders-pay-deal/">');
      expect(page).toContain('<a href="/news/leaders-pay-deal/">');
    },
    LIVE_SITE_TIMEOUT_MS,
  );

  it(
    'applies a redirect an editor adds by hand, without anything being published',
    async () => {
      const created = await admin.createDraft(REDIRECT, {
        from: '/Annual-Conference',
        to: '/campaigns/',
        permanent: false,
      });
      expect(created.status).toBe(201);
      await answers('/annual-conference/', 302, '/campaigns/');
    },
    LIVE_SITE_TIMEOUT_MS,
  );

  it(
    'leaves out a redirect whose old address is a published page, which the page answers',
    async () => {
      const created = await admin.createDraft(REDIRECT, { from: '/news/conference-report/', to: '/news/' });
      expect(created.status).toBe(201);
      await admin.createPublished(ARTICLE, article('conference-report'));
      await waitFor(
        'the page to be live',
        async () => ((await get('/news/conference-report/')).status === 200 ? true : undefined),
        { timeoutMs: 240_000, intervalMs: 500 },
      );
      await site.settled();
      expect(liveFile('_redirects')).not.toContain('/news/conference-report/');
    },
    LIVE_SITE_TIMEOUT_MS,
  );
});
