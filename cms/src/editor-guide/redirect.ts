import type { EditorGuide } from './types';

export const redirectGuide: EditorGuide = {
  uid: 'api::redirect.redirect',
  mainField: 'from',
  list: { columns: ['from', 'to', 'permanent', 'applied', 'updatedAt'], sortBy: 'updatedAt', order: 'DESC' },
  fields: {
    from: 'The old address on this site, e.g. /news/old-title/. Capitals and the final / do not matter: the CMS stores it in one form. Made automatically when a published page moves.',
    to: 'Where visitors go instead: a path on this site (/news/new-title/) or a full web address (https://…). If that path redirects too, visitors are sent straight to the end; a redirect that would lead back to itself is refused.',
    permanent:
      'On: the page has moved for good (301), and search engines move its ranking to the new address. Off: a temporary detour (302), e.g. while a page is rewritten.',
    note: 'Why the redirect exists, for other editors. Not shown on the site.',
    applied:
      'Set by the CMS. Off when a published page now lives at the old address: visitors see that page and the redirect is not used. Unpublish the page, or delete the redirect.',
  },
  readOnly: ['applied'],
};
