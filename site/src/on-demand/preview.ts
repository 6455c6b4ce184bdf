import {
  articleType,
  authorType,
  campaignBriefingType,
  createContentSource,
  fetchArticles,
  fetchAuthors,
  fetchCampaignBriefings,
  fetchDocument,
  fetchMembershipCategories,
  fetchSiteSetting,
  fetchSiteSettingVersion,
  fetchTopics,
  membershipCategoryType,
  topicType,
  type ContentSource,
  type ContentType,
  type PublicationStatus,
  type SiteContent,
} from '@guildhall/content';
import { onlyPublishedRefs } from '../lib/content';
import {
  articlePages,
  authorPages,
  briefingPages,
  categoryPages,
  homePage,
  topicPages,
  type PreviewNotice,
  type SitePage,
} from '../lib/pages';
import type { PreviewPageRequest } from './request';

// A preview reads as little as its page needs: the one document (draft or published),
// the small collections every page's header and footer show, and only the entries the
// page lists. The page itself is made by the same functions as the prerendered site's.

/** A preview that cannot be shown: the message says why, in words an editor can act on. */
export class PreviewError extends Error {
  override name = 'PreviewError';
}

const statusOf = (status: PreviewPageRequest['status']): PublicationStatus =>
  status === 'draft' ? 'DRAFT' : 'PUBLISHED';

/** Published content around the previewed document, without the big collections. */
async function surroundings(source: ContentSource): Promise<SiteContent> {
  const [siteSetting, membershipCategories, topics, authors] = await Promise.all([
    fetchSiteSetting(source),
    fetchMembershipCategories(source),
    fetchTopics(source),
    fetchAuthors(source),
  ]);
  return {
    siteSetting,
    membershipCategories,
    topics,
    authors,
    articles: [],
    campaignBriefings: [],
    redirects: [],
  };
}

/** `entries` with `document` in place of its published version, or added when it has none. */
const withVersion = <T extends { documentId: string }>(entries: T[], document: T): T[] =>
  entries.some((entry) => entry.documentId === document.documentId)
    ? entries.map((entry) => (entry.documentId === document.documentId ? document : entry))
    : [...entries, document];

interface Versioned {
  updatedAt: string;
}

async function loadDocument<T extends Versioned>(
  source: ContentSource,
  type: ContentType<T>,
  request: PreviewPageRequest,
): Promise<{ document: T; published: PreviewNotice['published'] }> {
  const document = await fetchDocument(source, type, request.documentId, statusOf(request.status));
  if (!document) {
    throw new PreviewError(
      `There is no ${request.status} version of this ${type.typeName} (documentId ${request.documentId}). ` +
        'It may have been deleted or unpublished: close the preview and open it again from the entry.',
    );
  }
  if (request.status === 'published') return { document, published: 'same' };
  const published = await fetchDocument(source, type, request.documentId, 'PUBLISHED');
  return { document, published: publishedState(document, published) };
}

// Strapi's own rule: a draft saved after the last publish differs from what visitors see.
function publishedState(draft: Versioned, published: Versioned | null): PreviewNotice['published'] {
  if (!published) return 'never';
  return Date.parse(draft.updatedAt) > Date.parse(published.updatedAt) ? 'differs' : 'same';
}

const byDocument = (field: string, documentId: string) => ({ [field]: { documentId: { eq: documentId } } });

const only = <T>(pages: T[], what: string): T => {
  const [page] = pages;
  if (!page) throw new PreviewError(`The preview of this ${what} has no page.`);
  return page;
};

async function previewPage(
  source: ContentSource,
  request: PreviewPageRequest,
): Promise<{ page: SitePage; published: PreviewNotice['published'] }> {
  const site = await surroundings(source);
  const { documentId } = request;
  switch (request.type) {
    case 'article': {
      const { document, published } = await loadDocument(source, articleType, request);
      const content = onlyPublishedRefs({ ...site, articles: [document] });
      return { page: only(articlePages(content), 'article'), published };
    }
    case 'campaign-briefing': {
      const { document, published } = await loadDocument(source, campaignBriefingType, request);
      const content = onlyPublishedRefs({ ...site, campaignBriefings: [document] });
      return { page: only(briefingPages(content), 'campaign briefing'), published };
    }
    case 'membership-category': {
      const { document, published } = await loadDocument(source, membershipCategoryType, request);
      // The page shows the six newest entries for the category: the six newest of each kind hold them.
      const filters = byDocument('membershipCategories', documentId);
      const [articles, campaignBriefings] = await Promise.all([
        fetchArticles(source, { filters, limit: 6 }),
        fetchCampaignBriefings(source, { filters, limit: 6 }),
      ]);
      const content = onlyPublishedRefs({
        ...site,
        membershipCategories: withVersion(site.membershipCategories, document),
        articles,
        campaignBriefings,
      });
      const pages = categoryPages(content).filter((page) => page.props.category.documentId === documentId);
      return { page: only(pages, 'membership category'), published };
    }
    case 'topic': {
      const { document, published } = await loadDocument(source, topicType, request);
      const filters = byDocument('topics', documentId);
      const [articles, campaignBriefings] = await Promise.all([
        fetchArticles(source, { filters }),
        fetchCampaignBriefings(source, { filters }),
      ]);
      const content = onlyPublishedRefs({
        ...site,
        topics: withVersion(site.topics, document),
        articles,
        campaignBriefings,
      });
      const pages = topicPages(content).filter((page) => page.props.topic.documentId === documentId);
      return { page: only(pages, 'topic'), published };
    }
    case 'author': {
      const { document, published } = await loadDocument(source, authorType, request);
      const articles = await fetchArticles(source, { filters: byDocument('author', documentId) });
      const content = onlyPublishedRefs({ ...site, authors: withVersion(site.authors, document), articles });
      const pages = authorPages(content).filter((page) => page.props.author.documentId === documentId);
      return { page: only(pages, 'author'), published };
    }
    case 'site-setting': {
      const status = statusOf(request.status);
      const setting = await fetchSiteSettingVersion(source, status);
      if (!setting) throw new PreviewError(`There is no ${request.status} version of the site settings.`);
      const [articles, campaignBriefings, publishedSetting] = await Promise.all([
        fetchArticles(source, { limit: 6 }),
        fetchCampaignBriefings(source, { limit: 3 }),
        status === 'DRAFT' ? fetchSiteSettingVersion(source, 'PUBLISHED') : setting,
      ]);
      const content = onlyPublishedRefs({ ...site, siteSetting: setting, articles, campaignBriefings });
      return { page: homePage(content), published: publishedState(setting, publishedSetting) };
    }
    default:
      throw new PreviewError(
        `Entries of type "${request.type}" have no page on the site, so there is nothing to preview.`,
      );
  }
}

const withPreview = <P extends SitePage>(page: P, preview: PreviewNotice): P => ({
  ...page,
  props: { ...page.props, preview },
});

/** The page a preview shows, with its preview notice. */
export async function loadPreviewPage(request: PreviewPageRequest): Promise<SitePage> {
  const { page, published } = await previewPage(createContentSource(request.source), request);
  const preview: PreviewNotice = {
    status: request.status,
    published,
    adminOrigin: request.adminOrigin,
    reloadScript: request.reloadScript,
  };
  return withPreview(page, preview);
}
