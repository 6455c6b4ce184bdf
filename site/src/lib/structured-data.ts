import type { Article, SiteSetting } from '@guildhall/content';
import { paths } from './paths';

// schema.org descriptions for search engines, rendered by JsonLd.astro.

export type JsonLdData = Record<string, unknown>;

const organisationRef = (setting: SiteSetting, site: URL): JsonLdData => ({
  '@type': 'Organization',
  name: setting.siteName,
  url: site.href,
});

export function organisation(setting: SiteSetting, site: URL): JsonLdData {
  const contact = {
    ...(setting.contactPhone ? { telephone: setting.contactPhone } : {}),
    ...(setting.contactEmail ? { email: setting.contactEmail } : {}),
  };
  return {
    '@context': 'https://schema.org',
    ...organisationRef(setting, site),
    ...(setting.tagline ? { description: setting.tagline } : {}),
    ...(Object.keys(contact).length > 0
      ? { contactPoint: { '@type': 'ContactPoint', contactType: 'membership enquiries', ...contact } }
      : {}),
  };
}

export function newsArticle(
  article: Article,
  setting: SiteSetting,
  site: URL,
  image: string | undefined,
): JsonLdData {
  const url = new URL(paths.article(article.slug), site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.firstPublished,
    dateModified: article.updatedAt,
    url,
    mainEntityOfPage: url,
    ...(image ? { image: [image] } : {}),
    ...(article.author
      ? {
          author: {
            '@type': 'Person',
            name: article.author.name,
            url: new URL(paths.author(article.author.slug), site).href,
            ...(article.author.role ? { jobTitle: article.author.role } : {}),
          },
        }
      : {}),
    publisher: organisationRef(setting, site),
  };
}
