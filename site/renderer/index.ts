import { createHash, randomUUID } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { withStaticImages, type StaticImage } from './static-images';
import type { SiteContent } from '@guildhall/content';
import {
  RENDER_FAILURE_HEADER,
  type PlanRequest,
  type RenderFailure,
  type RenderRequest,
  type SitePlan,
} from '../src/on-demand/request';

export { writeStaticImages, type StaticImage } from './static-images';
export type {
  PlanRequest,
  PreviewPageRequest,
  PublishedPageRequest,
  RenderFailure,
  RenderRequest,
  SitePlan,
} from '../src/on-demand/request';

/** What the site's server bundle made of a request; a published page lists the image files it uses. */
export type RenderResult =
  | { ok: true; status: number; contentType: string; body: string; images: StaticImage[] }
  | { ok: false; status: number; failure: RenderFailure };

type AstroHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
  locals?: Record<string, unknown>,
) => Promise<void>;

/** Draws pages with one build's server bundle (`<build>/server/entry.mjs`). */
export interface SiteRenderer {
  /** A hash of the server bundle: two builds of the same site code share one renderer. */
  readonly codeHash: string;
  /** Draws a page (see src/on-demand/request.ts). */
  render(request: RenderRequest): Promise<RenderResult>;
  /** Every page and file the published site made from `content` has, with fingerprints. */
  plan(content: SiteContent): Promise<SitePlan>;
  /** Lets the bundle answer a request itself, e.g. Astro's image endpoint `/_image`. */
  handle(req: IncomingMessage, res: ServerResponse, notFound: () => void): Promise<void>;
  close(): Promise<void>;
}

// Only this module talks to the bundle's loopback server; the id ties a call to its request.
const REQUEST_ID_HEADER = 'x-guildhall-render-id';
const ON_DEMAND_ROUTE = '/on-demand/';

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

async function hashDir(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const file of filesUnder(dir))
    hash.update(path.relative(dir, file)).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A private copy of the bundle, by hash: Node never unloads a module, so loading the same
 * code again from every new build folder would grow memory without end; and a build
 * folder can be pruned while the bundle still imports page modules from it lazily.
 * The copy keeps the folder name `server`: the Node adapter finds its own folder by
 * walking up from its module until it meets that name (and never stops if it does not).
 */
async function privateCopy(serverDir: string, codeHash: string, cacheDir: string): Promise<string> {
  const target = path.join(cacheDir, codeHash);
  const copiedServerDir = path.join(target, 'server');
  if (await stat(path.join(copiedServerDir, 'entry.mjs')).catch(() => null)) return copiedServerDir;
  await mkdir(cacheDir, { recursive: true });
  const temporary = `${target}.tmp-${randomUUID()}`;
  await cp(serverDir, path.join(temporary, 'server'), { recursive: true });
  await rename(temporary, target).catch(async (error: NodeJS.ErrnoException) => {
    // Another process copied the same code first: theirs is as good as ours.
    await rm(temporary, { recursive: true, force: true });
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
  });
  return copiedServerDir;
}

const loaded = new Map<string, Promise<SiteRenderer>>();

export interface RendererOptions {
  /** Where private copies of server bundles are kept (default: the system's temporary folder). */
  cacheDir?: string;
}

/** The renderer for a build folder (one holding `client/` and `server/`), shared by every build of the same code. */
export async function loadSiteRenderer(
  buildDir: string,
  options: RendererOptions = {},
): Promise<SiteRenderer> {
  const serverDir = path.join(buildDir, 'server');
  if (!(await stat(path.join(serverDir, 'entry.mjs')).catch(() => null))) {
    throw new Error(
      `${buildDir} has no server bundle (server/entry.mjs): build the site with "pnpm --filter site run build:pages".`,
    );
  }
  const codeHash = await hashDir(serverDir);
  let renderer = loaded.get(codeHash);
  if (!renderer) {
    const cacheDir = options.cacheDir ?? path.join(tmpdir(), 'guildhall-site-renderer');
    renderer = privateCopy(serverDir, codeHash, cacheDir).then((dir) => startRenderer(dir, codeHash));
    renderer.catch(() => loaded.delete(codeHash));
    loaded.set(codeHash, renderer);
  }
  return renderer;
}

async function startRenderer(serverDir: string, codeHash: string): Promise<SiteRenderer> {
  const { handler } = (await import(pathToFileURL(path.join(serverDir, 'entry.mjs')).href)) as {
    handler: AstroHandler;
  };
  const pending = new Map<string, RenderRequest>();
  const server: Server = createServer((req, res) => {
    const id = req.headers[REQUEST_ID_HEADER];
    const request = typeof id === 'string' ? pending.get(id) : undefined;
    const notFound = () => {
      res.statusCode = 404;
      res.end();
    };
    if (!request) return notFound();
    void handler(req, res, notFound, { render: request });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function ask(request: RenderRequest): Promise<RenderResult> {
    const id = randomUUID();
    pending.set(id, request);
    try {
      const response = await fetch(`${origin}${ON_DEMAND_ROUTE}`, { headers: { [REQUEST_ID_HEADER]: id } });
      const body = await response.text();
      if (response.headers.has(RENDER_FAILURE_HEADER)) {
        return { ok: false, status: response.status, failure: JSON.parse(body) as RenderFailure };
      }
      if (!response.ok) {
        return {
          ok: false,
          status: response.status,
          failure: { message: `The site's server bundle answered ${response.status}.`, problems: [] },
        };
      }
      const contentType = response.headers.get('content-type') ?? '';
      return { ok: true, status: response.status, contentType, body, images: [] };
    } finally {
      pending.delete(id);
    }
  }

  const renderer: SiteRenderer = {
    codeHash,
    async render(request) {
      if (request.mode !== 'published') return ask(request);
      // Published pages name their images' static files, as in a full build.
      const { result, images } = await withStaticImages(() => ask(request));
      return result.ok ? { ...result, images } : result;
    },
    async plan(content) {
      const request: PlanRequest = { mode: 'plan', content };
      const planned = await renderer.render(request);
      if (!planned.ok)
        throw new Error(`The site's server bundle could not plan the site: ${planned.failure.message}`);
      if (!request.plan)
        throw new Error(`The site's server bundle answered ${planned.status} without a plan.`);
      return request.plan;
    },
    handle: (req, res, notFound) => handler(req, res, notFound),
    close: () =>
      new Promise<void>((resolve) => {
        loaded.delete(codeHash);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return renderer;
}
