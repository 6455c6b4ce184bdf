const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"),
// so they are removed before deciding what the scheme is.
const normalise = (url: string) =>
  [...url]
    .filter((char) => char.charCodeAt(0) > 0x20 && (char.charCodeAt(0) < 0x7f || char.charCodeAt(0) > 0x9f))
    .join('');

export type LinkKind = 'internal' | 'external' | 'contact';

/** How a link may be rendered, or null when its URL must not become a link. */
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
