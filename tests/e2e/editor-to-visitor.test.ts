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
  let slug = '';
  let documentId = '';
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

  it('saves a draft without changing the live site', async () => {
    const before = await product.siteSettled();
    await writeArticle(editor, product.cmsUrl, article);
    documentId = await save(editor);
    const admin = await AdminApi.login(product.cmsUrl);
    const saved = await admin.request<{ data: { slug: string; status: string } }>(
      'GET',
      `/content-manager/collection-types/api::article.article/${documentId}`,
    );
    slug = saved.body.data.slug;
    expect(slug).toBe('phonics-screening-check-what-leaders-should-know');
    expect(saved.body.data.status).toBe('draft');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = await product.siteSettled();
    expect(after.builds.started).toBe(before.builds.started);
    expect((await site(`/news/${slug}/`)).status).toBe(404);
  });

  it('publishes it, and the visitor sees the heading, the list and the link', async () => {
    await publish(editor);
    await answers(`/news/${slug}/`, 200);
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
  });

  it('lists it on the news page and its topic page', async () => {
    await visitor.goto(`${product.siteUrl}/news/`);
    await expect(visitor.getByRole('link', { name: article.title }).count()).resolves.toBeGreaterThan(0);
    await visitor.goto(`${product.siteUrl}/topics/send/`);
    await expect(visitor.getByRole('link', { name: article.title }).count()).resolves.toBeGreaterThan(0);
  });

  it('finds it with the site search by a word from its body', async () => {
    await visitor.goto(`${product.siteUrl}/search/?q=quokka`);
    const results = visitor.locator('[data-search-results]');
    await results.getByRole('link', { name: article.title }).waitFor({ timeout: 15_000 });
  });

  it('shows the editor that the new build is live', async () => {
    await editor.goto(`${product.cmsUrl}/admin`);
    const widget = editor.getByTestId('live-site-status');
    await widget.waitFor({ timeout: 30_000 });
    await expect(widget.getAttribute('data-state')).resolves.toBe('idle');
    await expect(widget.textContent()).resolves.toMatch(/Live — built/);
  });

  it('takes it off the site when the editor unpublishes it', async () => {
    await editor.goto(
      `${product.cmsUrl}/admin/content-manager/collection-types/api::article.article/${documentId}`,
    );
    await unpublish(editor);
    await answers(`/news/${slug}/`, 404);
    await visitor.goto(`${product.siteUrl}/news/`);
    await expect(visitor.getByRole('link', { name: article.title }).count()).resolves.toBe(0);
  });
});
