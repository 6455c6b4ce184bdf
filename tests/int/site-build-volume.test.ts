import type { Article } from '@guildhall/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApi } from '../helpers/admin-api';
import { startCms, type RunningCms } from '../helpers/cms';
import { publishedContent } from '../helpers/content';
import { publishGeneratedArticles } from '../helpers/generated-content';
import { buildSite, entriesByMonth, linkedSlugs, pageText, ukMonth, type SiteBuild } from '../helpers/site';

const GENERATED = 250;

describe('a site with more articles than the CMS serves in one page', () => {
  let cms: RunningCms;
  let site: SiteBuild;
  let articles: Article[];

  beforeAll(async () => {
    cms = await startCms();
    await publishGeneratedArticles(await AdminApi.login(cms.url), GENERATED, 'volume');
    articles = (await publishedContent(cms)).articles;
    site = await buildSite({ CMS_TOKEN_FILE: cms.tokenFile });
    if (!site.ok) throw new Error(`the site build failed:\n${site.output.slice(-4000)}`);
  }, 600_000);
  afterAll(async () => {
    site?.remove();
    await cms?.stop();
  });

  it('fetches every article past the 100-entry page cap', () => {
    expect(articles.length).toBeGreaterThan(GENERATED);
    expect(articles.filter(({ slug }) => slug.startsWith('generated-update-volume-'))).toHaveLength(
      GENERATED,
    );
  });

  it('builds a page for every article', () => {
    for (const { slug } of articles) expect(site.exists(`/news/${slug}/`), slug).toBe(true);
  });

  it('has a page for every month with articles, holding exactly that month, newest first', () => {
    const months = entriesByMonth(articles);
    const monthPages = site.pages().filter((page) => /^\/news\/\d{4}\/\d{2}\/$/.test(page));
    expect(monthPages.sort()).toEqual([...months.keys()].map((month) => `/news/${month}/`).sort());
    for (const [month, inMonth] of months)
      expect(linkedSlugs(site.read(`/news/${month}/`), 'news'), month).toEqual(
        inMonth.map((entry) => entry.slug),
      );
  });

  it('links every month page from the news archive with its count, and has no numbered pages', () => {
    const html = site.read('/news/');
    for (const [month, inMonth] of entriesByMonth(articles)) {
      expect(html, month).toContain(`href="/news/${month}/"`);
      expect(pageText(html), month).toContain(
        `${ukMonth(month)} (${inMonth.length} article${inMonth.length === 1 ? '' : 's'})`,
      );
    }
    expect(site.pages().filter((page) => /^\/news\/\d+\/$/.test(page))).toEqual([]);
  });
});
