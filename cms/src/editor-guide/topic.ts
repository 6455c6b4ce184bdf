import type { EditorGuide } from './types';
import { SLUG_HINT } from './slug';

export const topicGuide: EditorGuide = {
  uid: 'api::topic.topic',
  mainField: 'name',
  list: { columns: ['name', 'slug', 'updatedAt'], sortBy: 'name', order: 'ASC' },
  fields: {
    name: 'The topic, e.g. "Pay and conditions". Shown as a tag on articles and as the heading of the topic page.',
    slug: `The web address of the topic page: /topics/<slug>/. If you change it after publishing, the old address redirects to the new one (see Redirects). ${SLUG_HINT}`,
    description: 'One or two sentences at the top of the topic page.',
  },
};
