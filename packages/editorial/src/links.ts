// The one link policy: which addresses the site may turn into links, used by the
// CMS when an editor saves and by the renderer when a page is built.

const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** What editors are told when a link is refused. */
export const ALLOWED_LINKS =
  'a web address (https://…), an e-mail address (mailto:…), a phone number (tel:…) or a page on this site (/…)';

// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"),
// so they are removed before deciding what the scheme is.
const normalise = (url: string) =>
  [...url]
    .filter((char) => char.charCodeAt(0) > 0x20 && (char.charCodeAt(0) < 0x7f || char.charCodeAt(0) > 0x9f))
    .join('');

export type LinkKind = 'internal' | 'external' | 'contact';

/** How a rich-text link may be rendered, or null when its address must not become a link. */
export function classifyLink(url: string, siteUrl?: string): LinkKind | null {
  const clean = normalise(url);
  if (clean === '') return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(clean)?.[1];
  if (!scheme) return clean.startsWith('//') ? 'external' : 'internal';
  const protocol = `${scheme.toLowerCase()}:`;
  if (!allowedSchemes.has(protocol)) return null;
  if (protocol === 'mailto:' || protocol === 'tel:') return 'contact';
  try {
    const host = new URL(clean).host;
    return siteUrl && new URL(siteUrl).host === host ? 'internal' : 'external';
  } catch {
    return null;
  }
}

/** What editors are told when a web-address field is refused. */
export const WEB_ADDRESS_HINT =
  'Use a full address starting with https:// (for example https://www.example.org/join) or a page on this site starting with /.';

/**
 * A field that holds a web address (a join link, a report link) must be one a visitor
 * can open: http(s) with a real host name, or a page on this site.
 */
export function isWebAddress(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return true;
  try {
    const url = new URL(trimmed);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
