import { scheduleFields, scheduleSystemFields } from './schedule';
import type { EditorGuide } from './types';
import { SLUG_HINT } from './slug';

export const membershipCategoryGuide: EditorGuide = {
  uid: 'api::membership-category.membership-category',
  mainField: 'name',
  list: { columns: ['name', 'strapline', 'updatedAt'], sortBy: 'name', order: 'ASC' },
  fields: {
    name: 'The name of this kind of member, e.g. "Middle leaders". The heading of the section page and the label on the home page.',
    slug: `The web address of the section: /membership/<slug>/. Made from the name. If you change it after publishing, the old address redirects to the new one (see Redirects). ${SLUG_HINT}`,
    strapline: 'One line (up to 160 characters) on the home page card and in search engine results.',
    introduction: 'What membership offers this group. The opening of the section page.',
    eligibility: 'Who may join. Shown under "Who can join", above the list of eligible roles.',
    eligibleRoles:
      'Job roles that qualify, e.g. SENCO or phase leader, each with a short description. Shown as a list on the section page.',
    join: 'How to join: phone, e-mail and the online form. Shown in the "How to join" box.',
    helpAreas:
      'The areas where members get help (e.g. Classroom, Employment, Management). Shown as cards on the section page.',
    topics: 'Topics this section relates to.',
    seo: 'Optional: how the page appears in search engines and when shared. Leave empty to use the name and strapline.',
    ...scheduleFields,
  },
  systemFields: scheduleSystemFields,
};
