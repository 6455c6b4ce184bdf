import type { UID } from '@strapi/strapi';
import type { EditorGuide } from './types';

export const componentGuides: EditorGuide<UID.Component>[] = [
  {
    uid: 'membership.role',
    mainField: 'name',
    fields: {
      name: 'The job title, e.g. "SENCO".',
      description: 'Optional: a sentence on who this covers.',
    },
  },
  {
    uid: 'membership.contact',
    fields: {
      phone: 'Membership phone number, shown as a link that dials it on phones.',
      email: 'E-mail address for joining.',
      enquiriesEmail: 'E-mail address for other questions.',
      joinUrl: 'The online join form: a full web address (https://…).',
      note: 'Optional: e.g. opening hours.',
    },
  },
  {
    uid: 'membership.help-area',
    mainField: 'title',
    fields: {
      title: 'The area, e.g. "Employment".',
      description: 'What help members get here.',
      link: 'Optional: a page with more, either https://… or a page on this site starting with /.',
    },
  },
  {
    uid: 'briefing.source',
    mainField: 'title',
    fields: {
      title: "The report's title.",
      publisher: 'Who published it.',
      url: 'Where to read it: a full web address (https://…).',
      quote: 'A short quotation from the report, shown as a quote on the briefing page.',
    },
  },
  {
    uid: 'briefing.point-group',
    mainField: 'heading',
    fields: {
      heading: 'The heading of this group, e.g. "Funding".',
      points: 'The points in this group, shown as a list.',
    },
  },
  { uid: 'briefing.point', mainField: 'text', fields: { text: 'One recommendation or call for action.' } },
  {
    uid: 'shared.seo',
    mainField: 'metaTitle',
    fields: {
      metaTitle: 'Optional title for search engines (up to 70 characters).',
      metaDescription: 'Optional description for search engines (up to 160 characters).',
      shareImage: 'Optional picture used when the page is shared on social media.',
      noIndex: 'Ask search engines not to list this page.',
    },
  },
];
