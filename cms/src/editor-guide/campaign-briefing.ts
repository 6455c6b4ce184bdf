import { scheduleFields, scheduleSystemFields } from './schedule';
import type { EditorGuide } from './types';
import { SLUG_HINT } from './slug';

export const campaignBriefingGuide: EditorGuide = {
  uid: 'api::campaign-briefing.campaign-briefing',
  mainField: 'title',
  list: { columns: ['title', 'firstPublished', 'updatedAt'], sortBy: 'firstPublished', order: 'DESC' },
  fields: {
    title:
      'The name of the briefing. Shown at the top of the page, in the campaigns listing and in the RSS feed.',
    slug: `The web address: /campaigns/<slug>/. If you change it after publishing, the old address redirects to the new one (see Redirects). ${SLUG_HINT}`,
    summary:
      'The standfirst (up to 300 characters): shown under the title, in listings and as the search engine description.',
    context: 'The situation and why it matters. The first section of the briefing.',
    sourceReport:
      'The report this briefing responds to: its title, publisher, web address and a short quotation, shown as a quote.',
    recommendationsHeading: 'Heading above the report\'s recommendations, e.g. "What the report recommends".',
    recommendations:
      "The report's recommendations, in groups. Each group has a heading and a list of points.",
    callsToActionHeading: 'Heading above our calls for action, e.g. "Our calls for action".',
    callsToAction: 'What we are asking for, in groups. Each group has a heading and a list of points.',
    conclusion: 'Optional closing section.',
    firstPublished: 'The date shown as "First published …". Set it once.',
    topics: 'Topics the briefing belongs to. It is listed on each topic page.',
    membershipCategories:
      'Who the briefing is for. It appears under "Latest news" on each of these membership pages.',
    seo: 'Optional: how the page appears in search engines and when shared. Leave empty to use the title and summary.',
    ...scheduleFields,
  },
  systemFields: scheduleSystemFields,
};
