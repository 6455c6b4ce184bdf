import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allEntries, loadContent } from '../lib/content';
import { siteAddress } from '../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const content = await loadContent();
  const origin = siteAddress(site);
  const setting = content.siteSetting;
  return rss({
    title: setting.siteName,
    description: setting.tagline ?? `News and campaign briefings from ${setting.siteName}`,
    site: origin,
    items: allEntries(content).map((entry) => ({
      title: entry.title,
      link: new URL(entry.href, origin).href,
      pubDate: new Date(`${entry.firstPublished}T00:00:00Z`),
      description: entry.summary,
    })),
    customData: '<language>en-gb</language>',
  });
};
