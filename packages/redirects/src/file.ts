// The `_redirects` file (Netlify and Cloudflare Pages format: "/old/ /new/ 301" per
// line) is the one list every host reads: static hosts, and the rebuild service.

export const REDIRECTS_FILE_NAME = '_redirects';

export interface Redirect {
  /** Canonical (see normalise.ts). */
  from: string;
  to: string;
  permanent: boolean;
}

export type RedirectStatus = 301 | 302;

export interface RedirectRule {
  to: string;
  status: RedirectStatus;
}

export const statusOf = (redirect: Pick<Redirect, 'permanent'>): RedirectStatus =>
  redirect.permanent ? 301 : 302;

/** The file's text: a comment saying where it comes from, then one redirect a line. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.map((redirect) => `${redirect.from} ${redirect.to} ${statusOf(redirect)}`);
  return ["# Written by the site build from the CMS's redirects: change them in the CMS.", ...lines, ''].join(
    '\n',
  );
}

/** Why a line is not "<from path> <to> <status>", or null when it is. */
function problemWith([from, to, status, ...extra]: string[]): string | null {
  if (!from?.startsWith('/') || !to) return 'expected "<from path> <to> <status>"';
  if (status !== '301' && status !== '302') return `the status "${status ?? ''}" is not 301 or 302`;
  if (extra.length > 0) return `unexpected "${extra.join(' ')}" after the status`;
  return null;
}

/** The rules in a `_redirects` file by "from"; fails naming the file and line of anything it cannot read. */
export function parseRedirectsFile(text: string, where: string): Map<string, RedirectRule> {
  const rules = new Map<string, RedirectRule>();
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const content = line.trim();
    if (content === '' || content.startsWith('#')) continue;
    const fields = content.split(/\s+/);
    const problem = problemWith(fields);
    if (problem) throw new Error(`${where}, line ${index + 1}: ${problem}: ${content}`);
    const [from = '', to = '', status] = fields;
    // Hosts apply the first rule for a path; so does this.
    if (!rules.has(from)) rules.set(from, { to, status: status === '301' ? 301 : 302 });
  }
  return rules;
}
