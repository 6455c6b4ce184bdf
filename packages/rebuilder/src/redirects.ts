import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  canonicalPath,
  parseRedirectsFile,
  REDIRECTS_FILE_NAME,
  type RedirectRule,
  type RedirectStatus,
} from '@guildhall/redirects';

// The live site answers an old address with the redirect the build wrote into
// `client/_redirects`: the very file static hosts read, so every way of hosting the
// site sends visitors to the same place.

export type RedirectRules = ReadonlyMap<string, RedirectRule>;

async function readRules(siteFiles: string): Promise<RedirectRules> {
  const file = path.join(siteFiles, REDIRECTS_FILE_NAME);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    // A build made before redirects existed has none.
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return parseRedirectsFile(text, file);
}

/** Each build's rules, read once: a build's files never change once it is live. */
export class RedirectsByBuild {
  private latest: { siteFiles: string; rules: Promise<RedirectRules> } | null = null;

  rulesOf(siteFiles: string): Promise<RedirectRules> {
    if (this.latest?.siteFiles !== siteFiles) this.latest = { siteFiles, rules: readRules(siteFiles) };
    return this.latest.rules;
  }
}

export interface RedirectAnswer {
  status: RedirectStatus;
  location: string;
}

/**
 * The redirect for a request path as sent (any case, with or without its final
 * slash), or null. The visitor's query (campaign tags, say) goes along unless the
 * destination has its own.
 */
export function redirectFor(rules: RedirectRules, rawPath: string, query: string): RedirectAnswer | null {
  const key = canonicalPath(rawPath);
  const rule = key === null ? undefined : rules.get(key);
  if (!rule) return null;
  if (!query || rule.to.includes('?')) return { status: rule.status, location: rule.to };
  const [beforeFragment = '', fragment] = rule.to.split('#', 2);
  return {
    status: rule.status,
    location: `${beforeFragment}${query}${fragment === undefined ? '' : `#${fragment}`}`,
  };
}
