import type { Stats } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { REDIRECTS_FILE_NAME } from '@guildhall/redirects';
import { HEADERS_FILE_NAME } from '@guildhall/security-headers';
import { cacheControlOf, contentTypeOf } from './content-types';
import type { SitesFolder } from './deploy';
import { redirectFor, RedirectsByBuild } from './redirects';
import { sendText } from './respond';

const FIRST_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="refresh" content="5"><title>Building the site</title></head>
<body><main><h1>The site is being built for the first time</h1><p>This page will reload in a few seconds.</p></main></body></html>
`;

interface Target {
  /** Decoded, starts with "/". */
  path: string;
  /** As sent, for redirects. */
  rawPath: string;
  query: string;
}

type Found = { kind: 'file'; file: string } | { kind: 'redirect' } | { kind: 'missing' };

interface OpenFile {
  /** Its real path, which also names its type. */
  file: string;
  handle: FileHandle;
  stats: Stats;
}

/** Refuses anything that could name a file outside the build, before touching the disk. */
function parseTarget(rawUrl: string): Target | null {
  const queryStart = rawUrl.indexOf('?');
  const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = queryStart === -1 ? '' : rawUrl.slice(queryStart);
  if (!rawPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null;
  return { path: decoded, rawPath, query };
}

const isInside = (root: string, file: string) => file === root || file.startsWith(root + path.sep);

/** `/x/` → x/index.html; `/x` → x, else x.html, else a redirect if x is a folder. */
async function findFile(root: string, urlPath: string): Promise<Found> {
  const target = path.join(root, urlPath);
  if (!isInside(root, target)) return { kind: 'missing' };
  // Instructions for static hosts, not pages: this service applies them itself.
  if ([HEADERS_FILE_NAME, REDIRECTS_FILE_NAME].some((name) => target === path.join(root, name)))
    return { kind: 'missing' };
  if (urlPath.endsWith('/')) return { kind: 'file', file: path.join(target, 'index.html') };
  const info = await stat(target).catch(() => null);
  if (info?.isFile()) return { kind: 'file', file: target };
  if ((await stat(`${target}.html`).catch(() => null))?.isFile())
    return { kind: 'file', file: `${target}.html` };
  return info?.isDirectory() ? { kind: 'redirect' } : { kind: 'missing' };
}

/** Opens the file only if its real location is inside the build (a symlink may point elsewhere). */
async function openInside(root: string, file: string): Promise<OpenFile | null> {
  const real = await realpath(file).catch(() => null);
  if (real === null || !isInside(root, real)) return null;
  const handle = await open(real, 'r').catch(() => null);
  if (handle === null) return null;
  const stats = await handle.stat().catch(() => null);
  if (stats?.isFile()) return { file: real, handle, stats };
  await handle.close();
  return null;
}

const etagOf = (stats: Stats) => `"${stats.size.toString(16)}-${Math.trunc(stats.mtimeMs).toString(16)}"`;

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  status: 200 | 404,
  { file, handle, stats }: OpenFile,
  cacheControl: string,
): void {
  const etag = etagOf(stats);
  if (status === 200 && matchesEtag(request.headers['if-none-match'], etag)) {
    void handle.close();
    return void response.writeHead(304, { ETag: etag, 'Cache-Control': cacheControl }).end();
  }
  response.writeHead(status, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(stats.size),
    'Cache-Control': cacheControl,
    ETag: etag,
  });
  if (request.method === 'HEAD') {
    void handle.close();
    return void response.end();
  }
  // Streamed from the open file: a later swap or prune cannot change or cut what is sent.
  pipeline(handle.createReadStream(), response, () => undefined);
}

async function sendNotFound(root: string, request: IncomingMessage, response: ServerResponse) {
  const page = await openInside(root, path.join(root, '404.html'));
  if (page) return sendFile(request, response, 404, page, 'no-cache');
  sendText(response, 404, 'Not found\n', { 'Cache-Control': 'no-cache' });
}

const redirects = new RedirectsByBuild();

/**
 * Serves GET/HEAD from the live build, answering its redirects first (a redirected
 * address also has a small page for hosts without redirects; this service redirects). The `live` link is resolved once per request, so
 * a swap mid-request is harmless: the request finishes from the build it started on.
 */
export async function serveLiveSite(
  sites: SitesFolder,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const target = parseTarget(request.url ?? '/');
  if (!target) return sendText(response, 400, 'Bad request\n');
  for (let attempt = 1; ; attempt += 1) {
    const root = await sites.liveSiteFiles();
    if (root === null) {
      response.writeHead(503, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Retry-After': '5',
      });
      return void response.end(request.method === 'HEAD' ? undefined : FIRST_BUILD_PAGE);
    }
    const redirect = redirectFor(await redirects.rulesOf(root), target.rawPath, target.query);
    if (redirect)
      return void response
        .writeHead(redirect.status, { Location: redirect.location, 'Cache-Control': 'no-cache' })
        .end();
    const found = await findFile(root, target.path);
    if (found.kind === 'redirect') {
      // One leading slash only: "//host/" in Location would send the visitor to another site.
      const location = `/${target.rawPath.replace(/^\/+/, '')}/${target.query}`;
      return void response.writeHead(301, { Location: location, 'Cache-Control': 'no-cache' }).end();
    }
    const opened = found.kind === 'file' ? await openInside(root, found.file) : null;
    if (opened) return sendFile(request, response, 200, opened, cacheControlOf(target.path));
    // The build this request started on may have been pruned meanwhile: look once more in the new one.
    if (attempt === 1 && (await sites.liveSiteFiles()) !== root) continue;
    return sendNotFound(root, request, response);
  }
}
