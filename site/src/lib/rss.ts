import type { RSSOptions } from '@astrojs/rss';
import type { SiteContent } from '@guildhall/content';
import { latestEntries } from './content';

/**
 * How many entries the feed carries: what a feed reader shows. Every entry of a decade of
 * news would be megabytes fetched on every poll, and redrawn on every publish.
 */
export const RSS_ENTRIES = 50;

/** The news feed: the newest articles and briefings, newest first. */
export function rssFeed(content: SiteContent, site: URL): RSSOptions {
  const setting = content.siteSetting;
  return {
    title: setting.siteName,
    description: setting.tagline ?? `News and campaign briefings from ${setting.siteName}`,
    site,
    items: latestEntries(content, RSS_ENTRIES).map((entry) => ({
      title: entry.title,
      link: new URL(entry.href, site).href,
      pubDate: new Date(`${entry.firstPublished}T00:00:00Z`),
      description: entry.summary,
    })),
    customData: '<language>en-gb</language>',
  };
}
