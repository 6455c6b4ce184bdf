import type {
  ArticleSeed,
  AuthorSeed,
  CampaignBriefingSeed,
  MembershipCategorySeed,
  SiteSettingSeed,
  TopicSeed,
} from '../types';
import { articles } from './articles';
import { authors } from './authors';
import { campaignBriefings } from './campaign-briefings';
import { membershipCategories } from './membership-categories';
import { siteSetting } from './site-setting';
import { topics } from './topics';

export interface DemoContent {
  topics: TopicSeed[];
  authors: AuthorSeed[];
  membershipCategories: MembershipCategorySeed[];
  articles: ArticleSeed[];
  campaignBriefings: CampaignBriefingSeed[];
  siteSetting: SiteSettingSeed;
}

export const demoContent: DemoContent = {
  topics,
  authors,
  membershipCategories,
  articles,
  campaignBriefings,
  siteSetting,
};
