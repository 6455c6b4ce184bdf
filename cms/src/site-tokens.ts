// The API tokens the CMS creates for the site, in one table that provisioning
// (bootstrap/site-tokens.ts) works through; the draft rule knows the preview token by
// its name (middlewares/drafts-need-preview-token.ts).

export const SITE_TOKEN_NAME = 'Site build (read-only)';
export const PREVIEW_TOKEN_NAME = 'Site preview (drafts)';

export interface SiteToken {
  name: string;
  description: string;
  /** Production: a shared secret in this variable; the stored token is made to match it. */
  envVariable: string;
  /** Otherwise its value is written to the token file on this line. */
  fileKey: string;
}

export const siteTokens: readonly SiteToken[] = [
  {
    name: SITE_TOKEN_NAME,
    description: 'Used by the static site build to read published content. Created by the CMS itself.',
    envVariable: 'CMS_SITE_TOKEN',
    fileKey: 'CMS_API_TOKEN',
  },
  {
    name: PREVIEW_TOKEN_NAME,
    description:
      'Used by the site preview to read drafts as well as published content. The only credential that may read drafts. Created by the CMS itself.',
    envVariable: 'CMS_PREVIEW_TOKEN',
    fileKey: 'CMS_PREVIEW_TOKEN',
  },
];

// Both read exactly what the site shows: its content types and the media they point
// to. Whether drafts are readable is not a permission Strapi has; the middleware
// drafts-need-preview-token decides that by the token's name.
export const siteTokenActions = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::author.author.find',
  'api::author.author.findOne',
  'api::campaign-briefing.campaign-briefing.find',
  'api::campaign-briefing.campaign-briefing.findOne',
  'api::membership-category.membership-category.find',
  'api::membership-category.membership-category.findOne',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
  'api::site-setting.site-setting.find',
  'api::redirect.redirect.find',
  'api::redirect.redirect.findOne',
  'plugin::upload.content-api.find',
  'plugin::upload.content-api.findOne',
];
