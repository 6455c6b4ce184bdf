import type { EditorGuide } from './types';
import { SLUG_HINT } from './slug';

export const authorGuide: EditorGuide = {
  uid: 'api::author.author',
  mainField: 'name',
  list: { columns: ['name', 'role', 'updatedAt'], sortBy: 'name', order: 'ASC' },
  fields: {
    name: "The adviser's name, shown under the headline of their articles.",
    slug: `The web address of their page: /authors/<slug>/. If you change it after publishing, the old address redirects to the new one (see Redirects). ${SLUG_HINT}`,
    role: 'Their job, e.g. "SEND adviser". Shown beside their name.',
    bio: 'A few sentences about them, shown on their page.',
    portrait: 'Optional photo for their page. It must have alternative text before you can publish.',
  },
};
