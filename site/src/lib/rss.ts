import type { RSSOptions } from '@astrojs/rss';
import type { SiteContent } from '@guildhall/content';
import { allEntries } from './content';

/** The news feed: every article and briefing, newest first. */
export function rssFeed(content: SiteContent, site: URL): RSSOptions {
  const setting = content.siteSetting;
  return {
    title: setting.siteName,
    description: setting.tagline ?? `News and campaign briefings from ${setting.siteName}`,
    site,
    items: allEntries(content).map((entry) => ({
      title: entry.title,
      link: new URL(entry.href, site).href,
      pubDate: new Date(`${entry.firstPublished}T00:00:00Z`),
      description: entry.summary,
    })),
    customData: '<language>en-gb</language>',
  };
}
