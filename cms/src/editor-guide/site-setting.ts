import type { EditorGuide } from './types';

export const siteSettingGuide: EditorGuide = {
  uid: 'api::site-setting.site-setting',
  fields: {
    siteName: "The organisation's name: in the header of every page, in page titles and in the RSS feed.",
    tagline: 'A short line under the name on the home page.',
    contactPhone: 'The main phone number, shown in the footer of every page.',
    contactEmail: 'The main e-mail address, shown in the footer of every page.',
    joinUrl: 'Where the "Join" button in the header goes.',
    footerText: 'A short paragraph at the bottom of every page, e.g. the registered address.',
    defaultSeo: 'Used for search engines and sharing when a page has no settings of its own.',
  },
};
