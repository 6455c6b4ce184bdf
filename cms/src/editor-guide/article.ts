import { scheduleFields, scheduleSystemFields } from './schedule';
import type { EditorGuide } from './types';
import { SLUG_HINT } from './slug';

export const articleGuide: EditorGuide = {
  uid: 'api::article.article',
  mainField: 'title',
  list: {
    columns: ['title', 'firstPublished', 'author', 'updatedAt'],
    sortBy: 'firstPublished',
    order: 'DESC',
  },
  fields: {
    title:
      'The headline. Shown at the top of the article, in news listings, in search results and in the RSS feed.',
    slug: `The web address: /news/<slug>/. Made from the title. If you change it after publishing, the old address redirects to the new one (see Redirects). ${SLUG_HINT}`,
    summary:
      'The standfirst (up to 300 characters): shown under the headline, in listings and as the search engine description.',
    body: 'The full article. Use headings (Heading 2 for sections, Heading 3 inside them), lists and quotes; every picture needs alternative text.',
    firstPublished:
      'The date shown as "First published …". Set it once; republishing a correction does not change it.',
    author: 'The adviser who wrote it. Their name and role appear under the headline.',
    coverImage:
      'Optional picture at the top of the article. It must have alternative text (set in the Media Library) before you can publish.',
    topics: 'Topics the article belongs to. It is listed on each topic page.',
    membershipCategories:
      'Who the article is for. It appears under "Latest news" on each of these membership pages.',
    seo: 'Optional: how the page appears in search engines and when shared. Leave empty to use the title and summary.',
    ...scheduleFields,
  },
  systemFields: scheduleSystemFields,
};
