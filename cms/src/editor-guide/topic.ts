import type { EditorGuide } from './types';

export const topicGuide: EditorGuide = {
  uid: 'api::topic.topic',
  mainField: 'name',
  list: { columns: ['name', 'slug', 'updatedAt'], sortBy: 'name', order: 'ASC' },
  fields: {
    name: 'The topic, e.g. "Pay and conditions". Shown as a tag on articles and as the heading of the topic page.',
    slug: 'The web address of the topic page: /topics/<slug>/.',
    description: 'One or two sentences at the top of the topic page.',
  },
};
