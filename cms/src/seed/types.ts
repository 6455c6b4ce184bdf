import type { Block } from '@guildhall/content/blocks';

// Demo content as plain data. Relations are written as slugs and resolved by the seed.

export type Slug = string;

export interface SeoSeed {
  metaTitle?: string;
  metaDescription?: string;
  noIndex?: boolean;
}

export interface TopicSeed {
  slug: Slug;
  name: string;
  description: string;
}

export interface AuthorSeed {
  slug: Slug;
  name: string;
  role: string;
  bio: string;
}

export interface MembershipCategorySeed {
  slug: Slug;
  name: string;
  /** ≤ 160 characters. */
  strapline: string;
  introduction: Block[];
  eligibility: Block[];
  eligibleRoles: { name: string; description?: string }[];
  join: { phone?: string; email?: string; enquiriesEmail?: string; joinUrl?: string; note?: string };
  helpAreas: { title: string; description?: string; link?: string }[];
  topics: Slug[];
  seo?: SeoSeed;
}

export interface CoverImageSeed {
  /** Words drawn on the generated picture. */
  caption: string;
  alternativeText: string;
}

export interface ArticleSeed {
  slug: Slug;
  title: string;
  /** ≤ 300 characters. */
  summary: string;
  body: Block[];
  /** ISO date, e.g. "2021-05-10". */
  firstPublished: string;
  author?: Slug;
  coverImage?: CoverImageSeed;
  topics: Slug[];
  membershipCategories: Slug[];
  seo?: SeoSeed;
}

export interface PointGroupSeed {
  heading: string;
  points: string[];
}

export interface CampaignBriefingSeed {
  slug: Slug;
  title: string;
  /** ≤ 300 characters. */
  summary: string;
  context: Block[];
  sourceReport: { title: string; publisher: string; url: string; quote: string };
  recommendationsHeading: string;
  recommendations: PointGroupSeed[];
  callsToActionHeading: string;
  callsToAction: PointGroupSeed[];
  conclusion: Block[];
  firstPublished: string;
  topics: Slug[];
  membershipCategories: Slug[];
  seo?: SeoSeed;
}

export interface SiteSettingSeed {
  siteName: string;
  tagline: string;
  contactPhone: string;
  contactEmail: string;
  joinUrl: string;
  footerText: string;
  defaultSeo: SeoSeed;
}
