import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file of a built site, relative to its root. */
export function siteFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? siteFiles(root, full) : [path.relative(root, full)];
  });
}

/** Whether a URL path is served by the built site (directories through index.html). */
export function resolvesTo(root: string, urlPath: string): boolean {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  const target = path.join(root, clean);
  if (!target.startsWith(root)) return false;
  if (clean.endsWith('/')) return existsSync(path.join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}

/** Every same-site URL a page points at: links, images, sources, stylesheets, scripts. */
export function internalUrls(html: string, siteUrl: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) urls.push(match[1] ?? '');
  for (const match of html.matchAll(/\ssrcset="([^"]+)"/g)) {
    urls.push(...(match[1] ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
  }
  return urls
    .map((url) => url.replace(/&amp;/g, '&'))
    .filter((url) => url.startsWith('/') || url.startsWith(siteUrl))
    .filter((url) => !url.startsWith('//'))
    .map((url) => (url.startsWith(siteUrl) ? url.slice(siteUrl.length) || '/' : url))
    .filter((url) => !url.startsWith('/#'));
}

export const readSiteFile = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');
