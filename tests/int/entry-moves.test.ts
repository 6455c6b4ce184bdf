import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MovePreview, MoveResult } from '../../cms/src/entry-moves/types';
import { AdminApi, type ErrorBody } from '../helpers/admin-api';
import { inviteAdminUser } from '../helpers/admin-users';
import { waitFor } from '../helpers/ports';
import { startPublishing, type Publishing } from '../helpers/publishing';
import { waitForRedirect, type RunningRebuilder } from '../helpers/rebuilder';

// An editor moves an entry to another type from its edit view ("Move to campaign
// briefings", "Move to news"); the admin calls these routes. A real CMS and a real
// rebuild service: the move must reach the live site as a new page and a redirect.

const ARTICLE = 'api::article.article';
const BRIEFING = 'api::campaign-briefing.campaign-briefing';
const TOPIC = 'api::topic.topic';
const AUTHOR = 'api::author.author';
const REDIRECT = 'api::redirect.redirect';
// Each change is a real site build, and a test may wait for two on a busy machine.
const LIVE_SITE_TIMEOUT_MS = 600_000;

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const article = (slug: string, extra: Record<string, unknown> = {}) => ({
  title: `Guidance on ${slug.replace(/-/g, ' ')}`,
  slug,
  summary: 'A short summary.',
  body: [paragraph(`Why ${slug} matters.`)],
  firstPublished: '2026-11-20',
  ...extra,
});

const briefing = (slug: string, extra: Record<string, unknown> = {}) => ({
  title: `Our position on ${slug.replace(/-/g, ' ')}`,
  slug,
  summary: 'Where we stand.',
  context: [paragraph('The situation.')],
  firstPublished: '2026-11-21',
  ...extra,
});

interface StoredRedirect {
  from: string;
  to: string;
  permanent: boolean;
  applied: boolean;
  note: string | null;
}

describe('moving an entry to another type', () => {
  let publishing: Publishing | undefined;
  let admin: AdminApi;
  let site: RunningRebuilder;
  const get = (urlPath: string) => fetch(`${site.url}${urlPath}`, { redirect: 'manual' });

  beforeAll(async () => {
    publishing = await startPublishing();
    ({ admin, site } = publishing);
  }, 600_000);
  afterAll(() => publishing?.stop());

  const preview = (uid: string, documentId: string) =>
    admin.request<MovePreview & ErrorBody>('GET', `/entry-moves/${uid}/${documentId}`);
  const move = (uid: string, documentId: string) =>
    admin.request<MoveResult & ErrorBody>('POST', `/entry-moves/${uid}/${documentId}`);

  async function created(response: Promise<{ status: number; body: { data: { documentId: string } } }>) {
    const { status, body } = await response;
    expect(status, JSON.stringify(body)).toBeLessThan(300);
    return body.data.documentId;
  }

  async function firstOf(uid: string): Promise<string> {
    const { body } = await admin.list<{ documentId: string }>(uid, 'pageSize=1');
    const first = body.results[0];
    if (!first) throw new Error(`the demo content has no ${uid}`);
    return first.documentId;
  }

  async function redirects(): Promise<Record<string, StoredRedirect>> {
    const { body } = await admin.list<StoredRedirect>(REDIRECT, 'pageSize=100');
    return Object.fromEntries(body.results.map((redirect) => [redirect.from, redirect]));
  }

  const answers = (urlPath: string, status: number, location: string) =>
    waitForRedirect(site, urlPath, status, location);

  const liveWith = (urlPath: string, text: string) =>
    waitFor(
      `${urlPath} to be live with "${text}"`,
      async () => {
        const response = await get(urlPath);
        return response.status === 200 && (await response.text()).includes(text) ? true : undefined;
      },
      { timeoutMs: 240_000, intervalMs: 500 },
    );

  it(
    'moves a published article to campaign briefings: the old address answers 301 to the live briefing',
    async () => {
      // The demo content's: a new topic or author would cost a full build.
      const [topic, author] = [await firstOf(TOPIC), await firstOf(AUTHOR)];
      const documentId = await created(
        admin.createPublished(
          ARTICLE,
          article('pay-award-response', {
            topics: { connect: [{ documentId: topic }] },
            author: { connect: [{ documentId: author }] },
          }),
        ),
      );
      await liveWith('/news/pay-award-response/', 'Guidance on pay award response');

      const { status, body: plan } = await preview(ARTICLE, documentId);
      expect(status).toBe(200);
      expect(plan).toMatchObject({
        source: { path: '/news/pay-award-response/', published: true, changedSincePublished: false },
        target: { uid: BRIEFING, path: '/campaigns/pay-award-response/' },
        joined: { into: 'Context', from: ['Body'] },
        dropped: ['Author'],
        refusal: null,
      });
      expect(plan.carried).toEqual(expect.arrayContaining(['Title', 'Slug', 'Summary', 'First published']));
      expect(plan.carried).toEqual(expect.arrayContaining(['Topics', 'Membership categories', 'SEO']));

      const moved = await move(ARTICLE, documentId);
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body).toMatchObject({
        uid: BRIEFING,
        path: '/campaigns/pay-award-response/',
        published: true,
        redirect: { from: '/news/pay-award-response/', to: '/campaigns/pay-award-response/' },
      });

      expect((await admin.get(ARTICLE, documentId)).status).toBe(404);
      const { body: now } = await admin.get<Record<string, unknown>>(BRIEFING, moved.body.documentId);
      expect(now.data).toMatchObject({
        status: 'published',
        title: 'Guidance on pay award response',
        context: [paragraph('Why pay-award-response matters.')],
        firstPublished: '2026-11-20',
        topics: { count: 1 },
      });
      expect((await redirects())['/news/pay-award-response/']).toMatchObject({
        to: '/campaigns/pay-award-response/',
        permanent: true,
        applied: true,
      });
      expect((await redirects())['/news/pay-award-response/']?.note).toContain('moved to campaign briefings');

      await answers('/news/pay-award-response/', 301, '/campaigns/pay-award-response/');
      await liveWith('/campaigns/pay-award-response/', 'Guidance on pay award response');
    },
    LIVE_SITE_TIMEOUT_MS,
  );

  it(
    'moves a published briefing to news, its conclusion following its context under a heading',
    async () => {
      const documentId = await created(
        admin.createPublished(
          BRIEFING,
          briefing('teacher-supply', {
            conclusion: [paragraph('What we ask of ministers.')],
            recommendations: [{ heading: 'Recruitment', points: [{ text: 'Fund training bursaries.' }] }],
          }),
        ),
      );
      const { body: plan } = await preview(BRIEFING, documentId);
      expect(plan).toMatchObject({
        joined: { into: 'Body', from: ['Context', 'Conclusion'] },
        dropped: ['Recommendations'],
        refusal: null,
      });

      const moved = await move(BRIEFING, documentId);
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      const { body: now } = await admin.get<Record<string, unknown>>(ARTICLE, moved.body.documentId);
      expect(now.data).toMatchObject({
        status: 'published',
        body: [
          paragraph('The situation.'),
          { type: 'heading', level: 2, children: [{ type: 'text', text: 'Conclusion' }] },
          paragraph('What we ask of ministers.'),
        ],
      });
      expect((await admin.get(BRIEFING, documentId)).status).toBe(404);

      await answers('/campaigns/teacher-supply/', 301, '/news/teacher-supply/');
      await liveWith('/news/teacher-supply/', 'What we ask of ministers.');
    },
    LIVE_SITE_TIMEOUT_MS,
  );

  it('moves a draft as a draft, and records no redirect', async () => {
    const before = await redirects();
    const documentId = await created(admin.createDraft(ARTICLE, article('workload-survey-draft')));
    const { body: plan } = await preview(ARTICLE, documentId);
    expect(plan.source.published).toBe(false);

    const moved = await move(ARTICLE, documentId);
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ published: false, redirect: null });
    expect((await admin.get(BRIEFING, moved.body.documentId)).body.data.status).toBe('draft');
    expect((await admin.get(ARTICLE, documentId)).status).toBe(404);
    expect(await redirects()).toEqual(before);
  });

  it('refuses a move to a slug the target type already uses, saying which, and changes nothing', async () => {
    await created(admin.createDraft(BRIEFING, briefing('ofsted-reform')));
    const documentId = await created(admin.createPublished(ARTICLE, article('ofsted-reform')));
    const briefingsBefore = (await admin.list(BRIEFING)).body.pagination.total;
    const redirectsBefore = await redirects();
    const message =
      'Slug: "ofsted-reform" is already used by the campaign briefing "Our position on ofsted reform" ' +
      '(/campaigns/ofsted-reform/). Change the slug of this article or of that campaign briefing, save, then move it.';

    expect((await preview(ARTICLE, documentId)).body.refusal).toBe(message);
    const refused = await move(ARTICLE, documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toBe(message);

    expect((await admin.get(ARTICLE, documentId)).body.data.status).toBe('published');
    expect((await admin.list(BRIEFING)).body.pagination.total).toBe(briefingsBefore);
    expect(await redirects()).toEqual(redirectsBefore);
  });

  it('refuses an editor whose role may not delete the entry, and changes nothing', async () => {
    const { cms } = publishing!;
    // Strapi's Author role may touch only the entries its users created.
    const user = await inviteAdminUser(admin, cms.url, 'strapi-author', 'author-mover@guildhall.test');
    const author = await AdminApi.login(cms.url, user.email, user.password);
    const documentId = await created(admin.createPublished(ARTICLE, article('not-yours-to-move')));

    const refused = await author.request<ErrorBody>('POST', `/entry-moves/${ARTICLE}/${documentId}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/^Your role may not (read articles, )?delete articles/);
    expect((await admin.get(ARTICLE, documentId)).body.data.status).toBe('published');
  });

  it('answers only signed-in editors, and only for types that can move', async () => {
    const { cms } = publishing!;
    expect((await fetch(`${cms.url}/entry-moves/${ARTICLE}/anything`, { method: 'POST' })).status).toBe(401);
    expect((await move(TOPIC, 'anything')).status).toBe(404);
  });
});
