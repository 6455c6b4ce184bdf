import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, SCREENSHOT_DIR } from '../helpers/accessibility';
import { logIn, save, writeArticle, type NewArticle } from '../helpers/admin-ui';
import { launchBrowser, newPage } from '../helpers/browser';
import { waitFor } from '../helpers/ports';
import { startProduct, type RunningProduct } from '../helpers/product';

const article: NewArticle = {
  title: 'Exclusions guidance: a draft for the advisers to check',
  summary: 'What the revised guidance asks of leaders, before we publish it.',
  heading: 'What the revised guidance changes',
  paragraph: 'Leaders should record every suspension the same day, with the reason in plain words.',
  bullets: ['Tell parents in writing', 'Review each case within fifteen school days'],
  linkText: 'the exclusions guidance on GOV.UK',
  linkUrl: 'https://www.gov.uk/government/publications/school-exclusion',
  firstPublished: '28/11/2026',
  topic: /^Special educational needs/,
};
const NEW_TITLE = 'Exclusions guidance: what leaders must record';

describe('an editor previews a draft before publishing it', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('sees the draft in the site layout beside the admin, and each save shows there without reloading', async () => {
    // Step 1: write and save a draft.
    const editor = await newPage(browser);
    await logIn(editor, product.cmsUrl);
    await writeArticle(editor, product.cmsUrl, article);
    const documentId = await save(editor);

    // Step 2: open the preview from the edit view; the draft shows in the site's layout.
    await editor.getByText('Open preview', { exact: true }).click();
    await editor.waitForURL(/\/preview/, { timeout: 30_000 });
    const frameElement = editor.locator('iframe[data-testid="preview-iframe"]');
    await expect(frameElement.getAttribute('src')).resolves.toMatch(
      new RegExp(`^${product.previewUrl}/preview/\\?`),
    );
    const frame = editor.frameLocator('iframe[data-testid="preview-iframe"]');
    await frame.getByRole('heading', { level: 1, name: article.title }).waitFor({ timeout: 30_000 });
    await expect(frame.getByRole('heading', { level: 2, name: article.heading }).count()).resolves.toBe(1);
    for (const bullet of article.bullets) {
      await expect(frame.getByRole('listitem').filter({ hasText: bullet }).count()).resolves.toBeGreaterThan(
        0,
      );
    }
    await expect(frame.getByRole('complementary', { name: 'Preview' }).textContent()).resolves.toContain(
      'Preview — not published',
    );
    await expect(frame.getByRole('banner').count()).resolves.toBeGreaterThan(0);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await editor.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-preview-desktop.png') });

    // Step 3: the preview page itself has no WCAG 2.2 A/AA violation, banner included,
    // and while nothing changes, its checks for changes never reload it.
    const previewUrl = (await frameElement.getAttribute('src')) ?? '';
    const reader = await newPage(browser);
    let checks = 0;
    let loads = 0;
    reader.on('request', (request) => {
      if (request.url() === previewUrl && request.resourceType() === 'fetch') checks += 1;
    });
    reader.on('load', () => (loads += 1));
    await reader.goto(previewUrl);
    await expect(axeViolations(reader)).resolves.toEqual([]);
    await waitFor('three checks for changes', async () => (checks >= 3 ? true : undefined), {
      timeoutMs: 30_000,
    });
    expect(loads).toBe(1);
    await reader.close();

    // Step 4: the title is changed and saved in another window; the open preview follows.
    const secondWindow = await newPage(browser);
    await logIn(secondWindow, product.cmsUrl);
    await secondWindow.goto(
      `${product.cmsUrl}/admin/content-manager/collection-types/api::article.article/${documentId}`,
    );
    await secondWindow.getByLabel('Title').fill(NEW_TITLE);
    await secondWindow.getByRole('button', { name: 'Save', exact: true }).click();
    await secondWindow
      .getByText(/Saved document/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await frame.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor({ timeout: 30_000 });

    // Step 5: none of this reached the live site.
    const slug = 'exclusions-guidance-a-draft-for-the-advisers-to-check';
    expect((await fetch(`${product.siteUrl}/news/${slug}/`)).status).toBe(404);
  });
});
