import { fetchArticles, type Article } from './article';
import { fetchAuthors, type Author } from './author';
import { fetchCampaignBriefings, type CampaignBriefing } from './campaign-briefing';
import { fetchMembershipCategories, type MembershipCategory } from './membership-category';
import { fetchRedirects, type Redirect } from './redirect';
import { fetchSiteSetting, type SiteSetting } from './site-setting';
import { fetchTopics, type Topic } from './topic';
import type { ContentSource } from './source';

export * from './article';
export * from './author';
export * from './blocks';
export * from './campaign-briefing';
export * from './config';
export * from './content-type';
export * from './errors';
export { fetchAll, fetchDocument, parseEntries, parseEntry, PAGE_SIZE, type ListOptions } from './fetch-all';
export * from './membership-category';
export * from './redirect';
export * from './shared';
export * from './site-setting';
export * from './source';
export * from './topic';

export interface SiteContent {
  siteSetting: SiteSetting;
  membershipCategories: MembershipCategory[];
  articles: Article[];
  campaignBriefings: CampaignBriefing[];
  topics: Topic[];
  authors: Author[];
  redirects: Redirect[];
}

/** Everything the site shows, fetched in parallel and validated. */
export async function fetchSiteContent(source: ContentSource): Promise<SiteContent> {
  const [siteSetting, membershipCategories, articles, campaignBriefings, topics, authors, redirects] =
    await Promise.all([
      fetchSiteSetting(source),
      fetchMembershipCategories(source),
      fetchArticles(source),
      fetchCampaignBriefings(source),
      fetchTopics(source),
      fetchAuthors(source),
      fetchRedirects(source),
    ]);
  return { siteSetting, membershipCategories, articles, campaignBriefings, topics, authors, redirects };
}
