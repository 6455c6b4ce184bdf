/**
 * The live site's security headers, decided here only: the rebuild service sends them
 * with every response, and the site build writes them into `_headers` for static hosts
 * (Netlify, Cloudflare Pages), so the two cannot drift apart.
 */

export type SecurityHeaders = Readonly<Record<string, string>>;

// Every source below is one a built page needs; anything else is refused.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Scripts are same-origin files only: the search page's script (the site build never
  // inlines scripts, so no hash is needed), Pagefind's module and its web worker. Pagefind
  // compiles its WebAssembly search engine, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  "script-src 'self' 'wasm-unsafe-eval'",
  // The site build never inlines stylesheets and the pages carry no style attributes.
  "style-src 'self'",
  // Images are optimised into the build. No page uses data: today, but Vite turns small
  // assets referenced from CSS into data: URLs, and they cannot carry script.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Powerful features the site never uses, denied to it and to anything it might embed.
// Only features browsers recognise: an unknown one (e.g. the retired interest-cohort)
// makes Chromium log an error on every page.
const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

const isHttps = (siteUrl: string | null) =>
  siteUrl !== null && URL.canParse(siteUrl) && new URL(siteUrl).protocol === 'https:';

/** The headers for every response of the site whose public address is `siteUrl` (SITE_URL). */
export function securityHeaders(siteUrl: string | null): SecurityHeaders {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    // Over plain http the header is ignored, and a local or test site must stay reachable.
    ...(isHttps(siteUrl) ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** The same headers as a `_headers` file: every path (`/*`), then one indented `Name: value` a line. */
export function headersFile(headers: SecurityHeaders): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}

/** What the site build names the file; the rebuild service refuses to serve it as a page. */
export const HEADERS_FILE_NAME = '_headers';
