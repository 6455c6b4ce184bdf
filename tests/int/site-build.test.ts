import type { Article, SiteContent } from '@guildhall/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type RunningCms } from '../helpers/cms';
import { firstParagraph, publishedContent } from '../helpers/content';
import {
  buildSite,
  entriesByMonth,
  linkedSlugs,
  pageText,
  SITE_URL,
  ukDate,
  ukMonth,
  type SiteBuild,
} from '../helpers/site';
import { CANARY_MARKER } from '../../cms/src/seed/canaries';

/** What a listing shows of an article or a briefing. */
type Listed = Pick<Article, 'slug' | 'title' | 'firstPublished'>;

describe('the site built from the demo content', () => {
  let cms: RunningCms;
  let site: SiteBuild;
  let content: SiteContent;
  const text = (urlPath: string) => pageText(site.read(urlPath));

  beforeAll(async () => {
    cms = await startCms();
    content = await publishedContent(cms);
    site = await buildSite({ CMS_TOKEN_FILE: cms.tokenFile });
    if (!site.ok) throw new Error(`the site build failed:\n${site.output.slice(-4000)}`);
  });
  afterAll(async () => {
    site?.remove();
    await cms?.stop();
  });

  it('has a home page with the organisation and every membership category', () => {
    const home = text('/');
    expect(home).toContain(content.siteSetting.siteName);
    for (const category of content.membershipCategories) expect(home).toContain(category.name);
  });

  it('has a page for every membership category with its roles, contacts and help areas', () => {
    for (const category of content.membershipCategories) {
      const html = site.read(`/membership/${category.slug}/`);
      const page = pageText(html);
      expect(page).toContain(category.name);
      expect(page).toContain(firstParagraph(category.introduction));
      for (const role of category.eligibleRoles) expect(page).toContain(role.name);
      for (const area of category.helpAreas) expect(page).toContain(area.title);
      if (category.join.phone)
        expect(html).toContain(`href="tel:${category.join.phone.replace(/[^\d+]/g, '')}"`);
      if (category.join.email) expect(html).toContain(`href="mailto:${category.join.email}"`);
    }
  });

  it('has a page for every article with its title, body, author and first published date', () => {
    for (const article of content.articles) {
      const page = text(`/news/${article.slug}/`);
      expect(page).toContain(article.title);
      expect(page).toContain(firstParagraph(article.body));
      expect(page).toContain(`First published ${ukDate(article.firstPublished)}`);
      if (article.author) expect(page).toContain(article.author.name);
    }
  });

  it('has a page for every briefing with its report quote, recommendations and calls for action', () => {
    for (const briefing of content.campaignBriefings) {
      const html = site.read(`/campaigns/${briefing.slug}/`);
      const page = pageText(html);
      expect(page).toContain(briefing.title);
      expect(page).toContain(firstParagraph(briefing.context));
      expect(page).toContain(`First published ${ukDate(briefing.firstPublished)}`);
      expect(html).toMatch(/<blockquote/);
      for (const group of [...briefing.recommendations, ...briefing.callsToAction]) {
        expect(page).toContain(group.heading);
        for (const point of group.points) expect(page).toContain(point.text);
      }
    }
  });

  it('lists every article and briefing on its topic pages', () => {
    for (const topic of content.topics) {
      const page = text(`/topics/${topic.slug}/`);
      const onTopic = [...content.articles, ...content.campaignBriefings].filter((entry) =>
        entry.topics.some((ref) => ref.slug === topic.slug),
      );
      for (const entry of onTopic) expect(page, topic.slug).toContain(entry.title);
    }
  });

  it('shows the ten newest articles on the news page, newest first, and no older ones', () => {
    const newestFirst = [...content.articles].sort((a, b) =>
      b.firstPublished.localeCompare(a.firstPublished),
    );
    expect(newestFirst.length).toBeGreaterThan(10);
    expect(linkedSlugs(site.read('/news/'), 'news')).toEqual(
      newestFirst.slice(0, 10).map((entry) => entry.slug),
    );
  });

  const listings = (): { section: string; heading: string; noun: string; entries: Listed[] }[] => [
    { section: 'news', heading: 'News', noun: 'article', entries: content.articles },
    {
      section: 'campaigns',
      heading: 'Campaign briefings',
      noun: 'briefing',
      entries: content.campaignBriefings,
    },
  ];
  const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

  it('links every month that has entries from the archive of its listing, newest first, with the count', () => {
    for (const { section, noun, entries } of listings()) {
      const html = site.read(`/${section}/`);
      const months = entriesByMonth(entries);
      const linked = [...html.matchAll(new RegExp(`href="/${section}/(\\d{4}/\\d{2})/"`, 'g'))].map(
        (match) => match[1],
      );
      expect(linked, section).toEqual([...months.keys()]);
      for (const [month, inMonth] of months)
        expect(pageText(html), month).toContain(`${ukMonth(month)} (${counted(inMonth.length, noun)})`);
    }
  });

  it("has a page for every month with entries, and no other, listing that month's entries newest first", () => {
    for (const { section, heading, entries } of listings()) {
      const months = entriesByMonth(entries);
      const monthPages = site.pages().filter((page) => new RegExp(`^/${section}/\\d{4}/\\d{2}/$`).test(page));
      expect(monthPages.sort(), section).toEqual(
        [...months.keys()].map((month) => `/${section}/${month}/`).sort(),
      );
      for (const [month, inMonth] of months) {
        const html = site.read(`/${section}/${month}/`);
        expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toBe(`${heading} from ${ukMonth(month)}`);
        expect(html).toContain(
          `<title>${heading} from ${ukMonth(month)} | ${content.siteSetting.siteName}</title>`,
        );
        expect(linkedSlugs(html, section), month).toEqual(inMonth.map((entry) => entry.slug));
      }
    }
  });

  it('links each month page to the nearest earlier (previous) and later (next) months with entries', () => {
    for (const { section, heading, entries } of listings()) {
      const months = [...entriesByMonth(entries).keys()];
      months.forEach((month, index) => {
        const html = site.read(`/${section}/${month}/`);
        const earlier = months[index + 1];
        const later = months[index - 1];
        expect(html).toContain(`<nav aria-label="${heading} by month"`);
        if (earlier) expect(html, month).toContain(`href="/${section}/${earlier}/" rel="prev"`);
        else expect(html, month).not.toContain('rel="prev"');
        if (later) expect(html, month).toContain(`href="/${section}/${later}/" rel="next"`);
        else expect(html, month).not.toContain('rel="next"');
      });
    }
  });

  it('optimises the cover image into AVIF and WebP with its dimensions and alternative text', () => {
    const article = content.articles.find((entry) => entry.coverImage);
    expect(article).toBeDefined();
    const html = site.read(`/news/${article?.slug}/`);
    expect(html).toMatch(/<source[^>]+type="image\/avif"/);
    expect(html).toMatch(/<source[^>]+type="image\/webp"/);
    const img = /<img[^>]+>/.exec(html.slice(html.indexOf('<picture')))?.[0] ?? '';
    expect(img).toMatch(/width="\d+"/);
    expect(img).toMatch(/height="\d+"/);
    expect(pageText(img.replace(/^<img|>$/g, ''))).toContain('alt=');
    expect(html).toContain(`alt="${article?.coverImage?.alternativeText.replace(/"/g, '&quot;')}"`);
    expect(site.files().some((file) => file.endsWith('.avif'))).toBe(true);
  });

  it('never shows a draft anywhere in the output', () => {
    for (const file of site.files()) {
      if (/\.(html|xml|txt|json|js|css)$/.test(file)) {
        expect(site.read(`/${file}`), file).not.toContain(CANARY_MARKER);
      }
    }
  });

  it('lists every article and briefing in the RSS feed', () => {
    const rss = site.read('/rss.xml');
    for (const entry of content.articles) expect(rss).toContain(`${SITE_URL}/news/${entry.slug}/`);
    for (const entry of content.campaignBriefings)
      expect(rss).toContain(`${SITE_URL}/campaigns/${entry.slug}/`);
  });

  it('lists every page in the sitemap', () => {
    const index = site.read('/sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
    const listed = sitemaps.map((url) => site.read(new URL(url).pathname)).join('\n');
    for (const page of site.pages().filter((urlPath) => urlPath !== '/404.html')) {
      expect(listed, page).toContain(`<loc>${SITE_URL}${page}</loc>`);
    }
  });

  it('has a robots.txt pointing at the sitemap and a 404 page', () => {
    expect(site.read('/robots.txt')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
    expect(site.exists('/404.html')).toBe(true);
  });

  it('builds a search index covering the content, in one part at this size', () => {
    expect(JSON.parse(site.read('/pagefind/parts.json'))).toEqual({ parts: ['0/'] });
    expect(site.exists('/pagefind/0/pagefind.js')).toBe(true);
    expect(site.files().some((file) => file.startsWith('pagefind/0/fragment/'))).toBe(true);
  });

  it('ships no JavaScript outside the search page', () => {
    for (const page of site.pages().filter((urlPath) => !urlPath.startsWith('/search/'))) {
      expect(site.read(page), page).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
  });
});
