import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApi } from '../helpers/admin-api';
import { logIn, publish, save, unpublish, writeArticle, type NewArticle } from '../helpers/admin-ui';
import { launchBrowser, newPage } from '../helpers/browser';
import { waitFor } from '../helpers/ports';
import { startProduct, type RunningProduct } from '../helpers/product';

const article: NewArticle = {
  title: 'Phonics screening check: what leaders should know',
  summary: 'The check returns in June. Here is what changes and what to tell parents.',
  heading: 'What changes this year',
  paragraph: 'Schools should plan the quokka session for pupils who missed last year.',
  bullets: ['Tell parents the date', 'Train a second assessor'],
  linkText: 'the guidance on GOV.UK',
  linkUrl: 'https://www.gov.uk/government/collections/phonics',
  firstPublished: '20/11/2026',
  topic: /^Special educational needs/,
};

describe('an editor publishes an article and a visitor reads it', () => {
  let product: RunningProduct;
  let browser: Browser;
  let editor: Page;
  let visitor: Page;
  const site = (urlPath: string) => fetch(`${product.siteUrl}${urlPath}`);
  const answers = (urlPath: string, status: number) =>
    waitFor(
      `${urlPath} to answer ${status}`,
      async () => ((await site(urlPath)).status === status ? true : undefined),
      {
        timeoutMs: 240_000,
        intervalMs: 500,
      },
    );

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    editor = await newPage(browser);
    visitor = await newPage(browser);
    await logIn(editor, product.cmsUrl);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('saves, publishes and unpublishes an article that a visitor reads, finds and then no longer finds', async () => {
    // Step 1: saving a draft leaves the live site as it was.
    const before = await product.siteSettled();
    await writeArticle(editor, product.cmsUrl, article);
    const documentId = await save(editor);
    const admin = await AdminApi.login(product.cmsUrl);
    const saved = await admin.request<{ data: { slug: string; status: string } }>(
      'GET',
      `/content-manager/collection-types/api::article.article/${documentId}`,
    );
    const slug = saved.body.data.slug;
    expect(slug).toBe('phonics-screening-check-what-leaders-should-know');
    expect(saved.body.data.status).toBe('draft');
    expect((await site(`/news/${slug}/`)).status).toBe(404);

    // Step 2: publishing makes one build, triggered by the publish alone: had the save
    // called the webhook, its event would be counted here or have made a build of its own.
    await publish(editor);
    await answers(`/news/${slug}/`, 200);
    const published = await product.siteSettled();
    expect(published.builds.started).toBe(before.builds.started + 1);
    expect(published.live?.builtFrom.trigger.events).toBe(1);

    // Step 3: the visitor sees the heading, the list and the link.
    await visitor.goto(`${product.siteUrl}/news/${slug}/`);
    await expect(visitor.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(article.title);
    await expect(visitor.getByRole('heading', { level: 2, name: article.heading }).count()).resolves.toBe(1);
    for (const bullet of article.bullets) {
      await expect(
        visitor.getByRole('listitem').filter({ hasText: bullet }).count(),
      ).resolves.toBeGreaterThan(0);
    }
    const link = visitor.getByRole('link', { name: new RegExp(article.linkText) });
    await expect(link.getAttribute('href')).resolves.toBe(article.linkUrl);

    // Step 4: it is listed on the news page and its topic page.
    await visitor.goto(`${product.siteUrl}/news/`);
    await expect(visitor.getByRole('link', { name: article.title }).count()).resolves.toBeGreaterThan(0);
    await visitor.goto(`${product.siteUrl}/topics/send/`);
    await expect(visitor.getByRole('link', { name: article.title }).count()).resolves.toBeGreaterThan(0);

    // Step 5: the site search finds it by a word from its body.
    await visitor.goto(`${product.siteUrl}/search/?q=quokka`);
    const results = visitor.locator('[data-search-results]');
    await results.getByRole('link', { name: article.title }).waitFor({ timeout: 15_000 });

    // Step 6: the editor sees on the admin home page that the new build is live.
    await editor.goto(`${product.cmsUrl}/admin`);
    const widget = editor.getByTestId('live-site-status');
    await widget.waitFor({ timeout: 30_000 });
    await expect(widget.getAttribute('data-state')).resolves.toBe('idle');
    await expect(widget.textContent()).resolves.toMatch(/Live — built/);

    // Step 7: unpublishing takes it off the site and out of the listing.
    await editor.goto(
      `${product.cmsUrl}/admin/content-manager/collection-types/api::article.article/${documentId}`,
    );
    await unpublish(editor);
    await answers(`/news/${slug}/`, 404);
    await visitor.goto(`${product.siteUrl}/news/`);
    await expect(visitor.getByRole('link', { name: article.title }).count()).resolves.toBe(0);
  });
});
