import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApi } from '../helpers/admin-api';
import { logIn } from '../helpers/admin-ui';
import { inviteAdminUser, type AdminUser } from '../helpers/admin-users';
import { launchBrowser, newPage } from '../helpers/browser';
import { startCms, type RunningCms } from '../helpers/cms';
import { reserveRebuildService, startRebuilder, type RunningRebuilder } from '../helpers/rebuilder';

describe('the "Live site" widget on the admin home page', () => {
  let cms: RunningCms;
  let site: RunningRebuilder;
  let browser: Browser;
  // Not a super admin: Strapi's Editor role, as most people who publish would have.
  let editorUser: AdminUser;

  beforeAll(async () => {
    const address = await reserveRebuildService();
    cms = await startCms({
      env: {
        REBUILD_WEBHOOK_URL: address.webhookUrl,
        REBUILD_WEBHOOK_SECRET: address.secret,
        LIVE_SITE_URL: address.url,
      },
    });
    editorUser = await inviteAdminUser(
      await AdminApi.login(cms.url),
      cms.url,
      'strapi-editor',
      'news.editor@guildhall.test',
    );
    site = await startRebuilder(address, { CMS_TOKEN_FILE: cms.tokenFile });
    const first = await site.settled();
    if (!first.live) throw new Error(`the first build did not go live:\n${site.log().slice(-4000)}`);
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await cms?.stop();
  });

  it('shows a signed-in editor (Editor role) what is live, read with their own admin session', async () => {
    const { live } = await site.status();
    const editor = await newPage(browser);
    await logIn(editor, cms.url, editorUser);
    const relay = editor.waitForResponse((response) => response.url().endsWith('/live-site/status'));
    await editor.goto(`${cms.url}/admin`);
    const answered = await relay;
    expect(answered.status()).toBe(200);
    expect((await answered.request().allHeaders()).authorization).toMatch(/^Bearer \S+/);

    const widget = editor.getByTestId('live-site-status');
    await widget.getByText(/^Live — built/).waitFor({ timeout: 30_000 });
    await expect(widget.getAttribute('data-state')).resolves.toBe('idle');
    await expect(widget.textContent()).resolves.toContain(`(${live?.pages} pages)`);
    await expect(widget.getByRole('link', { name: 'Open the live site' }).getAttribute('href')).resolves.toBe(
      site.url,
    );
  });

  it('tells a browser without an admin session nothing', async () => {
    const visitor = await newPage(browser);
    await visitor.goto(`${cms.url}/admin/auth/login`);
    const answer = await visitor.evaluate(async () => {
      const response = await fetch('/live-site/status');
      return { status: response.status, body: await response.text() };
    });
    expect(answer.status).toBe(401);
    expect(answer.body).not.toContain('builtAt');
  });
});
