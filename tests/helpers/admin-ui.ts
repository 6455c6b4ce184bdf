import type { Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './cms';

// The editor's moves in the Strapi admin, by what an editor sees: labels, buttons, menus.

/** Signs in on the admin's login page: as the super admin the CMS makes at start, unless told who. */
export async function logIn(
  page: Page,
  cmsUrl: string,
  { email, password } = { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
): Promise<void> {
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 });
}

export interface NewArticle {
  title: string;
  summary: string;
  heading: string;
  paragraph: string;
  bullets: string[];
  linkText: string;
  linkUrl: string;
  firstPublished: string;
  topic: RegExp;
}

/** Fills in a new article the way an editor would, using the editor's markdown shortcuts. */
export async function writeArticle(page: Page, cmsUrl: string, article: NewArticle): Promise<void> {
  await page.goto(`${cmsUrl}/admin/content-manager/collection-types/api::article.article/create`);
  await page.getByLabel('Title').fill(article.title);
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await page.getByLabel('Summary').fill(article.summary);

  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type(`## ${article.heading}`);
  await page.keyboard.press('Enter');
  await page.keyboard.type(article.paragraph);
  await page.keyboard.press('Enter');
  for (const [index, bullet] of article.bullets.entries()) {
    await page.keyboard.type(index === 0 ? `- ${bullet}` : bullet);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Enter');
  await page.keyboard.type('Read ');
  await page.getByRole('button', { name: 'Link' }).click();
  await page.getByPlaceholder('Enter link text').fill(article.linkText);
  await page.getByPlaceholder('Paste link').fill(article.linkUrl);
  await page
    .getByRole('dialog')
    .filter({ has: page.getByPlaceholder('Paste link') })
    .getByRole('button', { name: 'Save' })
    .click();

  const date = page.getByLabel('First published');
  await date.click();
  await date.fill(article.firstPublished);
  await date.press('Enter');

  await page.getByLabel('Topics').click();
  await page.getByRole('option', { name: article.topic }).click();
}

/** Types a date and a time into a date-time field, as the editor's own clock reads them. */
export async function fillDateTime(
  page: Page,
  label: string,
  { date, time, hint }: { date: string; time: string; hint: string },
): Promise<void> {
  // The label names a group of two boxes: the date, then the time.
  const field = page.getByRole('group', { name: label, exact: true });
  const dateInput = field.locator('input').nth(0);
  await dateInput.click();
  await dateInput.fill(date);
  await dateInput.press('Enter');
  const timeInput = field.locator('input').nth(1);
  await timeInput.click();
  await timeInput.fill(time);
  // The time box takes what was typed when it loses focus; Tab would pick the
  // highlighted quarter-hour from its list instead, so click away: on the field's hint.
  await page.getByText(hint).click();
}

export async function save(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/api::article\.article\/[a-z0-9]{20,}/, { timeout: 30_000 });
  return page.url().split('/').at(-1)?.split('?')[0] ?? '';
}

export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page
    .getByText(/Published document/i)
    .first()
    .waitFor({ timeout: 30_000 });
}

export async function unpublish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'More document actions' }).click();
  await page.getByRole('menuitem', { name: 'Unpublish' }).click();
  await page
    .getByText(/Unpublished document/i)
    .first()
    .waitFor({ timeout: 30_000 });
}
