// Redirects match a path however a visitor or an old link spells it: one canonical
// form (lower case, single slashes, a trailing slash on pages) for stored "from"
// paths and for the paths visitors ask for.

/** A problem with what an editor typed, worded for the admin and naming the field. */
export class RedirectRuleError extends Error {
  override name = 'RedirectRuleError';
}

const EXAMPLE = 'e.g. /news/old-title/';
// A last segment with a dot names a file (/rss.xml, /old-page.html), which gets no slash.
const namesAFile = (path: string) => /\.[^/]+$/.test(path);

/**
 * The canonical form of a path: percent-encoding made uniform, lower case, repeated
 * slashes collapsed, and a trailing slash unless it names a file. Null when the path
 * cannot be decoded.
 */
export function canonicalPath(path: string): string | null {
  let uniform: string;
  try {
    uniform = encodeURI(decodeURI(path));
  } catch {
    return null;
  }
  const collapsed = uniform.toLowerCase().replace(/\/{2,}/g, '/');
  return collapsed.endsWith('/') || namesAFile(collapsed) ? collapsed : `${collapsed}/`;
}

function sitePath(field: string, input: string): string {
  if (!input.startsWith('/') || input.startsWith('//'))
    throw new RedirectRuleError(
      `${field}: "${input}" is not a path on this site: start it with one /, ${EXAMPLE}`,
    );
  if (/\s/.test(input))
    throw new RedirectRuleError(`${field}: "${input}" contains a space; paths have none.`);
  if (input.split('/').includes('..'))
    throw new RedirectRuleError(`${field}: "${input}" contains "..": give the path as visitors see it.`);
  const canonical = canonicalPath(input);
  if (canonical === null)
    throw new RedirectRuleError(
      `${field}: "${input}" has a % that does not start a valid escape (%20, %C3%A9…).`,
    );
  return canonical;
}

/** The "from" of a redirect: a path on this site, without query or fragment, in canonical form. */
export function normaliseFrom(input: string): string {
  const trimmed = input.trim();
  if (trimmed === '')
    throw new RedirectRuleError(`From is empty: give the old path on this site, ${EXAMPLE}`);
  if (/^https?:\/\//i.test(trimmed))
    throw new RedirectRuleError(
      `From: "${trimmed}" is a full web address; give only its path on this site, ${EXAMPLE}`,
    );
  if (/[?#]/.test(trimmed))
    throw new RedirectRuleError(
      `From: "${trimmed}" has a query (?) or a fragment (#); redirects match the path alone, so leave them out.`,
    );
  return sitePath('From', trimmed);
}

/** Whether a redirect's "to" leaves the site (a full web address) rather than naming one of its paths. */
export const isExternal = (to: string): boolean => !to.startsWith('/');

/** The path part of a "to" on this site, without its query or fragment. */
export const pathOf = (to: string): string => to.replace(/[?#].*$/, '');

/**
 * The "to" of a redirect: a path on this site (canonical, keeping any query or
 * fragment) or a full http(s) web address, kept as typed. Lower case finds the page:
 * every address on the site is (slugs may only be, see SLUG_PATTERN in @guildhall/paths).
 */
export function normaliseTo(input: string): string {
  const trimmed = input.trim();
  if (trimmed === '')
    throw new RedirectRuleError(`To is empty: give the new path on this site (${EXAMPLE}) or a web address.`);
  if (/^https?:\/\//i.test(trimmed)) {
    if (!URL.canParse(trimmed) || /\s/.test(trimmed))
      throw new RedirectRuleError(`To: "${trimmed}" is not a valid web address.`);
    return trimmed;
  }
  if (!trimmed.startsWith('/'))
    throw new RedirectRuleError(
      `To: "${trimmed}" is neither a path on this site (starting with /, ${EXAMPLE}) nor a web address (https://…).`,
    );
  const rest = trimmed.slice(pathOf(trimmed).length);
  return `${sitePath('To', pathOf(trimmed))}${rest}`;
}
