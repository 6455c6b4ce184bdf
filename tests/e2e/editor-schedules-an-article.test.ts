import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR } from '../helpers/accessibility';
import { AdminApi } from '../helpers/admin-api';
import { fillDateTime, logIn, save, writeArticle, type NewArticle } from '../helpers/admin-ui';
import { launchBrowser, newPage } from '../helpers/browser';
import { startCms, type RunningCms } from '../helpers/cms';
import { waitFor } from '../helpers/ports';

const article: NewArticle = {
  title: 'Funding report: our response, under embargo',
  summary: 'Our response to the school funding report, out when the embargo lifts.',
  heading: 'What the report finds',
  paragraph: 'Real-terms funding per pupil is still below its level of ten years ago.',
  bullets: ['Read the report', 'Write to your MP'],
  linkText: 'the report',
  linkUrl: 'https://www.example.org/funding-report',
  firstPublished: '01/12/2026',
  topic: /^Special educational needs/,
};

// An embargo at 00:01 UK time on the first Tuesday of June next year: summer, so BST.
const year = new Date().getUTCFullYear() + 1;
const firstTuesday = [1, 2, 3, 4, 5, 6, 7].find((day) => new Date(Date.UTC(year, 5, day)).getUTCDay() === 2)!;
const embargo = new Date(Date.UTC(year, 5, firstTuesday, 0, 1) - 3_600_000);

// The editor works from New York: the admin's date-time box shows New York time.
const TIME_ZONE = 'America/New_York';
const newYork = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, ...options }).format(embargo);

describe('an editor schedules an article to publish when an embargo lifts', () => {
  let cms: RunningCms;
  let browser: Browser;

  beforeAll(async () => {
    cms = await startCms();
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await cms?.stop();
  });

  it('sees the time in UK time before and after saving, and the article marked as scheduled in the list', async () => {
    const editor = await newPage(browser, 'desktop', { timezoneId: TIME_ZONE });
    await logIn(editor, cms.url);
    await writeArticle(editor, cms.url, article);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const panel = editor.getByTestId('schedule-panel');
    await expect(panel.textContent()).resolves.toContain('Not scheduled');

    // Step 1: the editor types the embargo as their own clock reads it: 19:01 the evening before.
    await fillDateTime(editor, 'Publish at', {
      // The admin's date box reads dates the American way (its language is "en").
      date: new Intl.DateTimeFormat('en-US', {
        timeZone: TIME_ZONE,
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(embargo),
      time: newYork({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      hint: 'Optional: the CMS publishes this draft by itself',
    });
    const planned = `Scheduled to publish at 00:01 on Tuesday ${firstTuesday} June ${year} (UK time).`;
    const panelSays = (wanted: string) =>
      waitFor(`the Schedule panel to say "${wanted}"`, async () => {
        const text = (await panel.textContent()) ?? '';
        if (!text.includes(wanted)) throw new Error(`it says "${text}"`);
        return text;
      });
    await expect(panelSays(planned)).resolves.toContain('Not saved yet');

    // Step 2: saved, it is stored as that moment in UTC, and still a draft.
    const documentId = await save(editor);
    await expect(panelSays(planned)).resolves.not.toContain('Not saved yet');
    const admin = await AdminApi.login(cms.url);
    const saved = (await admin.get<{ publishAt: string }>('api::article.article', documentId)).body.data;
    expect(saved.publishAt).toBe(embargo.toISOString());
    expect(saved.status).toBe('draft');

    // Step 3: the list says it is scheduled, and for when.
    await editor.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article`);
    const row = editor.getByRole('row').filter({ hasText: article.title });
    await row.waitFor({ timeout: 30_000 });
    await expect(row.getByTestId('schedule-cell').textContent()).resolves.toBe(
      `Publishes 00:01, Tue ${firstTuesday} Jun ${year}`,
    );
    // The column comes after the others; the table scrolls sideways to it.
    await row.getByTestId('schedule-cell').scrollIntoViewIfNeeded();
    await editor.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-scheduled-list-desktop.png') });
  }, 300_000);
});
