import { fetchArticles, type Article } from './article';
import { fetchAuthors, type Author } from './author';
import { fetchCampaignBriefings, type CampaignBriefing } from './campaign-briefing';
import { fetchMembershipCategories, type MembershipCategory } from './membership-category';
import { fetchRedirects, type Redirect } from './redirect';
import { fetchSiteSetting, type SiteSetting } from './site-setting';
import { fetchTopics, type Topic } from './topic';
import type { ContentSource } from './source';

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
