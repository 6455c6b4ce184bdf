import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_MARKER } from '../../cms/src/seed/canaries';
import { AdminApi } from '../helpers/admin-api';
import { siteFiles } from '../helpers/built-site';
import { startCms, type RunningCms } from '../helpers/cms';
import { freePort } from '../helpers/ports';
import { startPreview, type RunningPreview } from '../helpers/preview';
import { buildSite, pageText, type SiteBuild } from '../helpers/site';
import { uploadPicture } from '../helpers/uploads';

const ARTICLE = 'api::article.article';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** Every public file of a build with its hash, to prove previews never change the site. */
const fingerprint = (siteDir: string) =>
  Object.fromEntries(
    siteFiles(siteDir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(siteDir, file)))
        .digest('hex'),
    ]),
  );

describe('previewing a draft on the site layout', () => {
  let cms: RunningCms;
  let site: SiteBuild;
  let preview: RunningPreview;
  let admin: AdminApi;
  let publicFilesBefore: Record<string, string>;

  beforeAll(async () => {
    const previewPort = await freePort();
    cms = await startCms({ env: { PREVIEW_URL: `http://127.0.0.1:${previewPort}` } });
    site = await buildSite({ CMS_TOKEN_FILE: cms.tokenFile });
    if (!site.ok) throw new Error(`the site build failed:\n${site.output}`);
    publicFilesBefore = fingerprint(site.siteDir);
    preview = await startPreview(cms, site.outDir, previewPort);
    admin = await AdminApi.login(cms.url);
  });
  afterAll(async () => {
    await preview?.stop();
    site?.remove();
    await cms?.stop();
  });

  const documentIdOf = async (uid: string, slug: string) => {
    const found = await admin.list<{ documentId: string }>(uid, `filters[slug][$eq]=${slug}`);
    const documentId = found.body.results[0]?.documentId;
    if (!documentId) throw new Error(`no ${uid} with slug ${slug}`);
    return documentId;
  };

  const draftArticle = async (slug: string, extra: Record<string, unknown> = {}) => {
    const created = await admin.createDraft(ARTICLE, {
      title: `Draft ${slug}`,
      slug,
      summary: 'A draft written for the preview test.',
      body: [paragraph('Opening paragraph.')],
      firstPublished: '2026-11-30',
      ...extra,
    });
    expect(created.status).toBe(201);
    return created.body.data.documentId;
  };

  it('shows a never-published draft article in the site layout, with a banner, for editors only', async () => {
    const documentId = await draftArticle('preview-never-published', {
      title: 'Staff wellbeing: what the new charter asks of leaders',
      body: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'What changes this term' }] },
        {
          type: 'list',
          format: 'unordered',
          children: [
            {
              type: 'list-item',
              children: [{ type: 'text', text: 'A named wellbeing lead in every school' }],
            },
            { type: 'list-item', children: [{ type: 'text', text: 'Workload reviewed each spring' }] },
          ],
        },
      ],
    });
    const link = preview.link(ARTICLE, documentId);
    const response = await fetch(link);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('<h1');
    expect(pageText(html)).toContain('Staff wellbeing: what the new charter asks of leaders');
    expect(html).toMatch(/<h2[^>]*>What changes this term<\/h2>/);
    expect(html).toContain('A named wellbeing lead in every school');
    expect(pageText(html)).toContain('Preview — not published');
    expect(pageText(html)).toContain('Not yet published');
    // The site's own header, footer and stylesheet, served by the preview server too.
    expect(html).toContain('<header');
    expect(html).toContain('<footer');
    const stylesheet = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    expect((await fetch(`${preview.url}${stylesheet}`)).status).toBe(200);
    expect(html).toContain(`src="/preview/reload.js" data-admin-origin="${new URL(cms.url).origin}"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    expect(response.headers.get('content-security-policy')).toBe(
      `frame-ancestors ${new URL(cms.url).origin}`,
    );
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    // The reload script asks whether the page changed: unchanged content answers 304.
    const unchanged = await fetch(link, { headers: { 'If-None-Match': response.headers.get('etag') ?? '' } });
    expect(unchanged.status).toBe(304);
    await admin.update(ARTICLE, documentId, { summary: 'A summary saved after the preview opened.' });
    const changed = await fetch(link, { headers: { 'If-None-Match': response.headers.get('etag') ?? '' } });
    expect(changed.status).toBe(200);
    // The live site never had it.
    expect(site.exists('/news/preview-never-published/')).toBe(false);
  });

  it('shows the draft campaign briefing and membership category that were never published', async () => {
    for (const [uid, slug, title] of [
      ['api::campaign-briefing.campaign-briefing', 'draft-canary-briefing', `${CANARY_MARKER} briefing`],
      ['api::membership-category.membership-category', 'draft-canary-category', `${CANARY_MARKER} category`],
    ] as const) {
      const response = await fetch(preview.link(uid, await documentIdOf(uid, slug)));
      const text = pageText(await response.text());
      expect(response.status, uid).toBe(200);
      expect(text).toContain(title);
      expect(text).toContain(`${CANARY_MARKER}: this draft must never appear on the public site.`);
      expect(text).toContain('Preview — not published');
    }
  });

  it('says when the published version differs, and shows either version on request', async () => {
    const slug = 'preview-published-then-edited';
    const created = await admin.createPublished(ARTICLE, {
      title: 'Pay award: the published title',
      slug,
      summary: 'Published before the preview test edits it.',
      body: [paragraph('Published words.')],
      firstPublished: '2026-11-29',
    });
    expect(created.status).toBe(200);
    const { documentId } = created.body.data;
    expect((await admin.update(ARTICLE, documentId, { title: 'Pay award: the edited title' })).status).toBe(
      200,
    );

    const draft = pageText(await (await fetch(preview.link(ARTICLE, documentId))).text());
    expect(draft).toContain('Pay award: the edited title');
    expect(draft).toContain('Published version differs');

    const published = pageText(await (await fetch(preview.link(ARTICLE, documentId, 'published'))).text());
    expect(published).toContain('Pay award: the published title');
    expect(published).not.toContain('Pay award: the edited title');
    expect(published).toContain('Preview of the published version');
  });

  it('shows a picture added to a draft', async () => {
    const picture = await uploadPicture(cms.url, admin, 'preview-cover.png', 'Two school leaders talking');
    const documentId = await draftArticle('preview-with-picture', { coverImage: picture });
    const html = await (await fetch(preview.link(ARTICLE, documentId))).text();
    const image = /<img[^>]+src="(\/_image\/?\?[^"]+)"[^>]*alt="Two school leaders talking"/.exec(html)?.[1];
    expect(image).toBeDefined();
    const served = await fetch(
      `${preview.url}${(image ?? '').replaceAll('&#38;', '&').replaceAll('&amp;', '&')}`,
    );
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toMatch(/^image\//);
  });

  it('previews the site settings on the home page', async () => {
    const response = await fetch(preview.link('api::site-setting.site-setting', undefined));
    const text = pageText(await response.text());
    expect(response.status).toBe(200);
    expect(text).toContain('National Union of School Leaders');
    expect(text).toContain('Preview');
  });

  it('refuses forged, expired and mismatched links with 401 and shows nothing of the draft', async () => {
    const documentId = await documentIdOf(ARTICLE, 'draft-canary-article');
    const other = await documentIdOf(ARTICLE, 'preview-never-published');
    const genuine = new URL(preview.link(ARTICLE, documentId));

    const forged = new URL(genuine);
    forged.searchParams.set('signature', 'a'.repeat(43));
    const mismatched = new URL(genuine);
    mismatched.searchParams.set('documentId', other);
    const retyped = new URL(genuine);
    retyped.searchParams.set('type', 'campaign-briefing');
    const toDraft = new URL(preview.link(ARTICLE, documentId, 'published'));
    toDraft.searchParams.set('status', 'draft');
    const expired = preview.link(ARTICLE, documentId, 'draft', Date.now() - 2 * 60 * 60_000);
    const unsigned = `${preview.url}/preview/?type=article&documentId=${documentId}&status=draft`;

    for (const url of [forged.href, mismatched.href, retyped.href, toDraft.href, expired, unsigned]) {
      const response = await fetch(url);
      const html = await response.text();
      expect(response.status, url).toBe(401);
      expect(html).not.toContain(CANARY_MARKER);
      expect(html).not.toContain('Staff wellbeing');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(pageText(await (await fetch(expired)).text())).toContain('This preview link has expired');
    expect((await fetch(genuine)).status).toBe(200);
  });

  it('tells the editor which field is wrong when a draft breaks the site rules, without a stack trace', async () => {
    // A draft may be saved without a title; the page cannot be drawn without one.
    const documentId = await draftArticle('preview-without-a-title', { title: '' });
    const response = await fetch(preview.link(ARTICLE, documentId));
    const html = await response.text();
    expect(response.status).toBe(422);
    expect(pageText(html)).toContain('This page cannot be shown yet');
    expect(pageText(html)).toContain(`article "preview-without-a-title" (documentId ${documentId}): title:`);
    expect(html).not.toMatch(/\bat .+\.(m?js|ts):\d+/);
    expect(html).toContain('src="/preview/reload.js"');
  });

  it('gives the admin a working preview link for the entry being edited', async () => {
    const documentId = await draftArticle('preview-from-the-admin', { title: 'Opened from the edit view' });
    const answer = await admin.request<{ data: { url: string } }>(
      'GET',
      `/content-manager/preview/url/${ARTICLE}?documentId=${documentId}&status=draft`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.data.url.startsWith(`${preview.url}/preview/?`)).toBe(true);
    const html = await (await fetch(answer.body.data.url)).text();
    expect(pageText(html)).toContain('Opened from the edit view');
  });

  it('leaves the public site exactly as it was, with no preview route and no draft in it', () => {
    expect(fingerprint(site.siteDir)).toEqual(publicFilesBefore);
    const files = siteFiles(site.siteDir);
    expect(files.some((file) => /on-demand|^preview\//.test(file))).toBe(false);
    for (const file of files.filter((name) => /\.(html|xml|json|txt)$/.test(name))) {
      expect(readFileSync(path.join(site.siteDir, file), 'utf8'), file).not.toContain(CANARY_MARKER);
    }
  });
});
