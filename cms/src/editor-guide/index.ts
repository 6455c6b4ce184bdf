import type { EditorGuide } from './types';
import { articleGuide } from './article';
import { authorGuide } from './author';
import { campaignBriefingGuide } from './campaign-briefing';
import { componentGuides } from './components';
import { membershipCategoryGuide } from './membership-category';
import { redirectGuide } from './redirect';
import { siteSettingGuide } from './site-setting';
import { topicGuide } from './topic';

export type { EditorGuide };

export const contentTypeGuides: EditorGuide[] = [
  membershipCategoryGuide,
  articleGuide,
  campaignBriefingGuide,
  topicGuide,
  authorGuide,
  siteSettingGuide,
  redirectGuide,
];

export { componentGuides };
