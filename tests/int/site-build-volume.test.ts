import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApi } from '../helpers/admin-api';
import { startCms, type RunningCms } from '../helpers/cms';
import { publishedContent } from '../helpers/content';
import { publishGeneratedArticles } from '../helpers/generated-content';
import { buildSite, type SiteBuild } from '../helpers/site';

const GENERATED = 250;
const PER_PAGE = 10;

describe('a site with more articles than the CMS serves in one page', () => {
  let cms: RunningCms;
  let site: SiteBuild;
  let articleSlugs: string[];

  beforeAll(async () => {
    cms = await startCms();
    await publishGeneratedArticles(await AdminApi.login(cms.url), GENERATED, 'volume');
    articleSlugs = (await publishedContent(cms)).articles.map((article) => article.slug);
    site = await buildSite({ CMS_TOKEN_FILE: cms.tokenFile });
    if (!site.ok) throw new Error(`the site build failed:\n${site.output.slice(-4000)}`);
  }, 600_000);
  afterAll(async () => {
    site?.remove();
    await cms?.stop();
  });

  it('fetches every article past the 100-entry page cap', () => {
    expect(articleSlugs.length).toBeGreaterThan(GENERATED);
    expect(articleSlugs.filter((slug) => slug.startsWith('generated-update-volume-'))).toHaveLength(
      GENERATED,
    );
  });

  it('builds a page for every article', () => {
    for (const slug of articleSlugs) expect(site.exists(`/news/${slug}/`), slug).toBe(true);
  });

  it('paginates the news listing ten to a page, with no page past the last', () => {
    const lastPage = Math.ceil(articleSlugs.length / PER_PAGE);
    expect(site.exists('/news/')).toBe(true);
    for (let page = 2; page <= lastPage; page += 1)
      expect(site.exists(`/news/${page}/`), `page ${page}`).toBe(true);
    expect(site.exists(`/news/${lastPage + 1}/`)).toBe(false);
    expect(site.read(`/news/${lastPage}/`)).toContain('href="/news/' + (lastPage - 1) + '/"');
  });
});
