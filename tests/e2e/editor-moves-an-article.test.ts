import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApi } from '../helpers/admin-api';
import { logIn } from '../helpers/admin-ui';
import { launchBrowser, newPage } from '../helpers/browser';
import { startCms, type RunningCms } from '../helpers/cms';

const ARTICLE = 'api::article.article';
const BRIEFING = 'api::campaign-briefing.campaign-briefing';

describe('an editor moves a news article to campaign briefings', () => {
  let cms: RunningCms;
  let browser: Browser;

  beforeAll(async () => {
    cms = await startCms({ seed: false });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await cms?.stop();
  });

  it('is told what will happen, confirms, and lands on the new briefing', async () => {
    const admin = await AdminApi.login(cms.url);
    const created = await admin.createPublished(ARTICLE, {
      title: 'Our response to the workload review',
      slug: 'workload-review-response',
      summary: 'What the review gets right, and what it leaves out.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'The review finds hours rising.' }] }],
      firstPublished: '2026-11-20',
    });
    expect(created.status).toBe(200);

    const editor = await newPage(browser, 'desktop');
    await logIn(editor, cms.url);
    await editor.goto(
      `${cms.url}/admin/content-manager/collection-types/${ARTICLE}/${created.body.data.documentId}`,
    );
    await editor.getByRole('button', { name: 'More actions' }).click();
    await editor.getByRole('menuitem', { name: 'Move to campaign briefings' }).click();

    const dialog = editor.getByRole('alertdialog');
    const preview = dialog.getByTestId('entry-move-preview');
    await preview.waitFor({ timeout: 30_000 });
    const said = (await preview.textContent()) ?? '';
    expect(said).toContain('“Our response to the workload review” becomes a campaign briefing.');
    expect(said).toContain('Its Body becomes the campaign briefing’s Context.');
    expect(said).toContain('This article is deleted.');
    expect(said).toContain(
      'It is published, so the campaign briefing is published at /campaigns/workload-review-response/ ' +
        'and /news/workload-review-response/ redirects there (301, permanent).',
    );

    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await editor.waitForURL(new RegExp(`${BRIEFING.replace(/\./g, '\\.')}/[a-z0-9]{20,}`), {
      timeout: 30_000,
    });
    await editor.getByText(/now redirects there/).waitFor({ timeout: 30_000 });
    await editor.getByRole('heading', { name: 'Our response to the workload review' }).waitFor();
    expect((await admin.list(ARTICLE)).body.pagination.total).toBe(0);
  });
});
