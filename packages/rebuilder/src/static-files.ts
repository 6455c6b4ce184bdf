import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

const contentType = (file: string) =>
  contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

// Astro fingerprints everything under /_astro/, so those files never change;
// everything else may change with the next build.
const cacheControl = (urlPath: string) =>
  urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';

const FIRST_BUILD_PAGE =
  '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Building the site</title></head>' +
  '<body><main><h1>The site is being built for the first time</h1><p>Please try again in a moment.</p></main></body></html>';

async function fileAt(root: string, relative: string) {
  const full = path.join(root, relative);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  try {
    const info = await stat(full);
    return { full, info };
  } catch {
    return null;
  }
}

/** Serves the live build; the live link is resolved once per request, so a swap mid-request is harmless. */
export async function serveStatic(
  liveLink: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://site');
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(url.pathname);
  } catch {
    return void response.writeHead(400).end('Bad request');
  }
  if (urlPath.includes('\0') || urlPath.split('/').includes('..'))
    return void response.writeHead(400).end('Bad request');

  let root: string;
  try {
    root = await realpath(liveLink);
  } catch {
    response.writeHead(503, {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': '5',
      'Cache-Control': 'no-store',
    });
    return void response.end(FIRST_BUILD_PAGE);
  }

  let found = await fileAt(root, urlPath.endsWith('/') ? path.join(urlPath, 'index.html') : urlPath);
  if (found?.info.isDirectory()) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Cache-Control': 'no-cache' });
    return void response.end();
  }
  if (!found && !urlPath.endsWith('/') && !path.extname(urlPath))
    found = await fileAt(root, `${urlPath}.html`);

  const status = found ? 200 : 404;
  const file = found ?? (await fileAt(root, '404.html'));
  const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' };
  if (!file) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    return void response.end('Not found');
  }
  const etag = `"${file.info.size.toString(16)}-${Math.floor(file.info.mtimeMs).toString(16)}"`;
  Object.assign(headers, {
    'Content-Type': contentType(file.full),
    'Content-Length': String(file.info.size),
    'Cache-Control': status === 200 ? cacheControl(urlPath) : 'no-cache',
    ETag: etag,
  });
  if (status === 200 && request.headers['if-none-match'] === etag) {
    return void response
      .writeHead(304, { ETag: etag, 'Cache-Control': headers['Cache-Control'] ?? 'no-cache' })
      .end();
  }
  response.writeHead(status, headers);
  if (request.method === 'HEAD') return void response.end();
  createReadStream(file.full)
    .on('error', () => response.destroy())
    .pipe(response);
}
