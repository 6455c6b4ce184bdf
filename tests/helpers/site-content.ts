import type { Article, Block, CampaignBriefing, SiteContent } from '@guildhall/content';

// Content for the site's unit tests: articles, briefings and a site holding them, with
// only what the pages under test need.

const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const publication = (title: string, firstPublished: string) => ({
  documentId: `doc-${slugOf(title)}`,
  title,
  slug: slugOf(title),
  summary: `Summary of ${title}.`,
  firstPublished,
  updatedAt: `${firstPublished}T09:00:00.000Z`,
  topics: [],
  membershipCategories: [],
  seo: null,
});

const paragraph = (text: string): Block[] => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

export const article = (title: string, firstPublished: string): Article => ({
  ...publication(title, firstPublished),
  body: paragraph(title),
  author: null,
  coverImage: null,
});

export const briefing = (title: string, firstPublished: string): CampaignBriefing => ({
  ...publication(title, firstPublished),
  context: paragraph(title),
  sourceReport: null,
  recommendationsHeading: null,
  recommendations: [],
  callsToActionHeading: null,
  callsToAction: [],
  conclusion: null,
});

export const siteWith = (articles: Article[], campaignBriefings: CampaignBriefing[] = []): SiteContent => ({
  siteSetting: {
    documentId: 'settings',
    siteName: 'National Union of School Leaders',
    tagline: null,
    contactPhone: null,
    contactEmail: null,
    joinUrl: null,
    footerText: null,
    defaultSeo: null,
    updatedAt: '2024-01-01T00:00:00.000Z',
  },
  membershipCategories: [],
  topics: [],
  authors: [],
  articles,
  campaignBriefings,
  redirects: [],
});
