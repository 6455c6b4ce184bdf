import { escapeHtml } from '@guildhall/rich-text';

/**
 * The small page left at a redirected address, for hosts that read no `_redirects` file.
 * Plain HTML rather than an Astro view, so the static build and the rebuild service write
 * the same bytes (a view drawn on demand would pick up the site's stylesheet). Bare on
 * purpose: visitors stay no time (the refresh is immediate), and search engines read the
 * canonical link to the new address.
 */
export function redirectPageHtml(to: string, site: URL): string {
  const destination = new URL(to, site).href;
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>This page has moved</title>',
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(destination)}">`,
    `<meta http-equiv="refresh" content="0; url=${escapeHtml(to)}">`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>This page has moved</h1>',
    `<p>It is now at <a href="${escapeHtml(to)}">${escapeHtml(destination)}</a>.</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
