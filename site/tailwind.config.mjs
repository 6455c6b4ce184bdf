import typography from '@tailwindcss/typography';

// Every colour here is checked for at least 4.5:1 against white (ink, link, muted)
// or against brand-dark (white text, the header and footer).
const colours = {
  ink: '#1a1a1a',
  muted: '#3d4451',
  link: '#0b4f8a',
  'link-visited': '#5a2d82',
  brand: { dark: '#12355b', light: '#e8eef5' },
  accent: '#f2c14e',
};

/** @type {import('tailwindcss').Config} */
export default {
  // The rich-text renderer emits class names (sr-only in external links) that must survive purging.
  content: ['./src/**/*.{astro,ts}', '../packages/rich-text/src/**/*.ts'],
  theme: {
    extend: {
      colors: colours,
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': colours.ink,
            '--tw-prose-headings': colours.ink,
            '--tw-prose-links': colours.link,
            '--tw-prose-bold': colours.ink,
            '--tw-prose-quotes': colours.ink,
            '--tw-prose-captions': colours.muted,
            '--tw-prose-bullets': colours.muted,
            '--tw-prose-counters': colours.muted,
            'a:visited': { color: colours['link-visited'] },
          },
        },
      },
    },
  },
  plugins: [typography],
};
