import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApi } from '../helpers/admin-api';
import { startCms, type RunningCms } from '../helpers/cms';
import { setAlternativeText, uploadPicture } from '../helpers/uploads';

const ARTICLE = 'api::article.article';
const CATEGORY = 'api::membership-category.membership-category';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

let counter = 0;
const validArticle = (overrides: Record<string, unknown> = {}) => {
  counter += 1;
  return {
    title: `Validation check ${counter}`,
    slug: `validation-check-${counter}`,
    summary: 'A short summary.',
    body: [paragraph('Body text.')],
    firstPublished: '2026-01-15',
    ...overrides,
  };
};

describe('content rules editors meet in the admin', () => {
  let cms: RunningCms;
  let admin: AdminApi;
  beforeAll(async () => {
    cms = await startCms({ seed: false });
    admin = await AdminApi.login(cms.url);
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('publishes a valid article', async () => {
    const response = await admin.createPublished(ARTICLE, validArticle());
    expect(response.status).toBe(200);
  });

  it('refuses a summary longer than 300 characters, naming the field', async () => {
    const response = await admin.createPublished(ARTICLE, validArticle({ summary: 'x'.repeat(301) }));
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.error)).toMatch(/summary.*300/i);
  });

  it('refuses to publish an article without a title', async () => {
    const response = await admin.createPublished(ARTICLE, validArticle({ title: '  ' }));
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toContain('Title is required');
  });

  it('refuses to publish an article whose body has no text', async () => {
    const response = await admin.createPublished(ARTICLE, validArticle({ body: [paragraph('')] }));
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toContain('Body is required');
  });

  it('saves a draft with an empty title, for finishing later', async () => {
    expect((await admin.createDraft(ARTICLE, validArticle({ title: '' }))).status).toBe(201);
  });

  it('refuses a slug that another article already uses', async () => {
    const first = validArticle();
    expect((await admin.createPublished(ARTICLE, first)).status).toBe(200);
    const response = await admin.createPublished(ARTICLE, validArticle({ slug: first.slug }));
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.error)).toMatch(/unique/i);
  });

  it('refuses a slug with capitals, even on a draft, saying what a slug may be', async () => {
    // A redirect to a page is written in lower case; a page at /news/Pay-Deal/ would never be found.
    const draft = await admin.createDraft(ARTICLE, validArticle({ slug: 'Pay-Deal' }));
    expect(draft.status).toBe(400);
    expect(draft.body.error?.message).toBe(
      'Slug: "Pay-Deal" cannot be part of a web address: use lower-case letters and digits, ' +
        'with single hyphens between words (e.g. pay-deal-2026).',
    );
    const saved = await admin.createDraft(ARTICLE, validArticle());
    const documentId = saved.body.data.documentId;
    const moved = await admin.publish(ARTICLE, documentId, { slug: 'pay_deal' });
    expect(moved.status).toBe(400);
    expect(moved.body.error?.message).toContain('Slug: "pay_deal" cannot be part of a web address');
  });

  it('refuses a join link that is not a web address, saying what to use', async () => {
    const response = await admin.createDraft(CATEGORY, {
      name: 'Validation category',
      slug: 'validation-category',
      strapline: 'A strapline.',
      introduction: [paragraph('Intro.')],
      eligibility: [paragraph('Who.')],
      join: { joinUrl: 'www.example' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toContain('Join › Join URL: "www.example" is not a web address');
    expect(response.body.error?.message).toContain('https://');
  });

  it('refuses a javascript: link in rich text', async () => {
    const body = [
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'click me' }] },
        ],
      },
    ];
    const response = await admin.createDraft(ARTICLE, validArticle({ body }));
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toContain('Body: the link "click me"');
  });

  it('saves a draft with a cover image lacking alternative text but refuses to publish it', async () => {
    const picture = await uploadPicture(cms.url, admin, 'no-alt.png', null);
    const draft = await admin.createDraft(ARTICLE, validArticle({ coverImage: picture }));
    expect(draft.status).toBe(201);
    const published = await admin.publish(ARTICLE, draft.body.data.documentId);
    expect(published.status).toBe(400);
    expect(published.body.error?.message).toContain(
      'Cover image: the picture "no-alt.png" has no alternative text',
    );
  });

  it('publishes an article whose cover image has alternative text', async () => {
    const picture = await uploadPicture(cms.url, admin, 'with-alt.png', 'A blue square');
    const response = await admin.createPublished(ARTICLE, validArticle({ coverImage: picture }));
    expect(response.status).toBe(200);
  });

  it('gives a picture in rich text the alternative text the Media Library has when the entry is saved', async () => {
    // As the admin's rich-text editor inserts a picture: a copy of its details, with the
    // file name standing in for alternative text the Media Library did not have.
    const id = await uploadPicture(cms.url, admin, 'classroom.png', null);
    const { body: file } = await admin.request<{ hash: string; url: string; name: string }>(
      'GET',
      `/upload/files/${id}`,
    );
    const picture = { type: 'image', image: { ...file, alternativeText: file.name }, children: [] };
    const altInBody = async (documentId: string) => {
      const { body } = await admin.get<{ body: { type: string; image?: { alternativeText: string } }[] }>(
        ARTICLE,
        documentId,
      );
      return body.data.body.find((block) => block.type === 'image')?.image?.alternativeText;
    };

    const draft = await admin.createDraft(
      ARTICLE,
      validArticle({ body: [paragraph('Before the picture.'), picture] }),
    );
    expect(draft.status).toBe(201);
    const { documentId } = draft.body.data;
    expect(await altInBody(documentId)).toBe('classroom.png');

    await setAlternativeText(admin, id, 'Two teachers planning a lesson at a classroom table');
    const { body: saved } = await admin.get<{ body: unknown[] }>(ARTICLE, documentId);
    expect((await admin.update(ARTICLE, documentId, { body: saved.data.body })).status).toBe(200);
    expect(await altInBody(documentId)).toBe('Two teachers planning a lesson at a classroom table');
  });

  it('leaves nothing behind when a request is refused', async () => {
    const before = (await admin.list(ARTICLE)).body.pagination.total;
    await admin.createPublished(ARTICLE, validArticle({ summary: 'y'.repeat(400) }));
    expect((await admin.list(ARTICLE)).body.pagination.total).toBe(before);
  });
});
