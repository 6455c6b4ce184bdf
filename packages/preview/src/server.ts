import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ContentSourceError } from '@guildhall/content';
import { checkPreviewLink, PREVIEW_PATH, type PreviewClaims } from '@guildhall/preview-link';
import { serveLiveSite, SitesFolder } from '@guildhall/rebuilder';
import { loadSiteRenderer, type SiteRenderer } from 'site/renderer';
import type { PreviewConfig } from './config';
import { noticePage, RELOAD_SCRIPT, type NoticePage } from './pages';

export interface PreviewServer {
  /** Starts listening; resolves to the port (PORT=0 picks a free one). */
  start(): Promise<number>;
  stop(): Promise<void>;
}

const RELOAD_SCRIPT_PATH = `${PREVIEW_PATH}reload.js`;
// Astro's image endpoint: pages drawn on demand point their pictures at it (with the
// site's trailing slash).
const IMAGE_ENDPOINT = /^\/_image\/?$/;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Sends a page that must never be cached, with an ETag of its content: the reload
 * script asks with If-None-Match whether the page would now look different, and the
 * answer is a bodiless 304 until it would.
 */
function sendPage(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
) {
  const etag = `"${createHash('sha256').update(`${status}\n${body}`).digest('base64url').slice(0, 27)}"`;
  const common = { 'Cache-Control': 'no-store', ETag: etag, ...headers };
  if (response.req.headers['if-none-match'] === etag) return void response.writeHead(304, common).end();
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...common,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves previews on their own origin, never the live site's: the page a preview link
 * names (drawn by the live build's server bundle with the preview token), the reload
 * script, Astro's image endpoint for the pictures in drafts, and the live build's
 * public files (stylesheets, and published pages an editor follows a link to). It only
 * reads the sites folder; the rebuild service is its single writer.
 */
export function createPreviewServer(
  config: PreviewConfig,
  log = (line: string) => console.log(`preview: ${line}`),
): PreviewServer {
  const sites = new SitesFolder(config.sitesDir);
  // The live build's renderer, loaded again only when the live build changes (builds of
  // the same code share one underneath: see site/renderer).
  let current: { root: string; renderer: Promise<SiteRenderer> } | null = null;
  const reload = { script: RELOAD_SCRIPT_PATH, adminOrigin: config.adminOrigin };

  async function liveRenderer(): Promise<SiteRenderer | null> {
    const root = await sites.liveRoot();
    if (root === null) return null;
    if (current?.root !== root) {
      const renderer = loadSiteRenderer(root);
      // A bundle that failed to load is tried again on the next request.
      renderer.catch(() => {
        if (current?.renderer === renderer) current = null;
      });
      current = { root, renderer };
    }
    return current.renderer;
  }

  const sendNotice = (
    response: ServerResponse,
    status: number,
    page: NoticePage,
    headers: Record<string, string> = {},
  ) => sendPage(response, status, noticePage(page), headers);

  async function sendPreview(response: ServerResponse, claims: PreviewClaims): Promise<void> {
    const renderer = await liveRenderer();
    if (!renderer) {
      return sendNotice(
        response,
        503,
        {
          title: 'The site is being built',
          paragraphs: [
            'The first build of the site has not finished yet. This page tries again every few seconds.',
          ],
          refreshSeconds: 5,
        },
        { 'Retry-After': '5' },
      );
    }
    let source;
    try {
      source = config.contentSource();
    } catch (error) {
      if (!(error instanceof ContentSourceError)) throw error;
      log(messageOf(error));
      return sendNotice(response, 503, {
        title: 'Preview is not set up',
        paragraphs: [
          'The preview server has no credential for reading drafts. Ask whoever runs the site to check it.',
          messageOf(error),
        ],
      });
    }
    const result = await renderer.render({
      mode: 'preview',
      type: claims.type,
      documentId: claims.documentId,
      status: claims.status,
      source,
      adminOrigin: config.adminOrigin,
      reloadScript: RELOAD_SCRIPT_PATH,
    });
    if (result.ok) return sendPage(response, 200, result.body);
    const { failure, status } = result;
    if (status === 422) {
      return sendNotice(response, 422, {
        title: 'This page cannot be shown yet',
        paragraphs: [
          'Something in this entry breaks the rules the site needs to show it. Fix what is listed below and save: this preview then reloads by itself.',
        ],
        problems: failure.problems.length > 0 ? failure.problems : [failure.message],
        reload,
      });
    }
    if (status === 404) {
      return sendNotice(response, 404, {
        title: 'Nothing to preview',
        paragraphs: [failure.message],
        reload,
      });
    }
    log(`preview of ${claims.type} ${claims.documentId} failed (${status}): ${failure.message}`);
    return sendNotice(response, status === 502 ? 502 : 500, {
      title: 'The preview could not be made',
      paragraphs: [
        status === 502
          ? 'The preview server could not read this entry from the CMS. Try again in a moment.'
          : 'Something went wrong while drawing this page. Try again; if it keeps happening, tell whoever runs the site.',
        failure.message,
      ],
      reload,
    });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Previews and everything around them are for editors, inside the admin only.
    response.setHeader('X-Robots-Tag', 'noindex, nofollow');
    response.setHeader('Content-Security-Policy', `frame-ancestors ${config.adminOrigin}`);
    // A link followed from a preview must not hand its signed address to another site.
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Content-Type-Options', 'nosniff');

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      return void response.end('Method not allowed\n');
    }
    const url = new URL(request.url ?? '/', 'http://preview.invalid');
    if (url.pathname === '/healthz') {
      response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      return void response.end('ok\n');
    }
    if (url.pathname === RELOAD_SCRIPT_PATH) {
      response.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-cache',
      });
      return void response.end(request.method === 'HEAD' ? undefined : RELOAD_SCRIPT);
    }
    if (url.pathname === PREVIEW_PATH) {
      const check = checkPreviewLink(url.searchParams, config.secret);
      if (!check.ok)
        return sendNotice(response, 401, { title: 'Preview link not valid', paragraphs: [check.message] });
      return sendPreview(response, check.claims);
    }
    if (IMAGE_ENDPOINT.test(url.pathname)) {
      const renderer = await liveRenderer();
      const notFound = () =>
        sendNotice(response, 404, { title: 'Not found', paragraphs: ['There is no picture here.'] });
      return renderer ? renderer.handle(request, response, notFound) : notFound();
    }
    return serveLiveSite(sites, request, response);
  }

  let server: Server | null = null;
  return {
    async start() {
      server = createServer((request, response) => {
        handle(request, response).catch((error: unknown) => {
          log(`${request.method} ${request.url}: ${messageOf(error)}`);
          if (response.headersSent) return void response.destroy();
          sendNotice(response, 500, {
            title: 'The preview could not be made',
            paragraphs: [
              'Something went wrong while drawing this page. Try again; if it keeps happening, tell whoever runs the site.',
            ],
          });
        });
      });
      const listening = server;
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(config.port, config.host, resolve);
      });
      return (listening.address() as AddressInfo).port;
    },
    async stop() {
      const closing = server;
      server = null;
      await current?.renderer.then(
        (renderer) => renderer.close(),
        () => undefined,
      );
      current = null;
      if (!closing) return;
      await new Promise<void>((resolve) => {
        closing.close(() => resolve());
        closing.closeAllConnections();
      });
    },
  };
}
