import { createHash, randomBytes } from 'node:crypto';
import { symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveBuildWith, startService, tempDir, type TestService } from './test-helpers';

const BIG_FILE = randomBytes(5 * 1024 * 1024);
const OUTSIDE_SECRET = 'this-file-is-outside-the-build';

const files: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><h1>Home</h1>',
  '404.html': '<!doctype html><h1>Page not found</h1>',
  'about/index.html': '<!doctype html><h1>About</h1>',
  'contact.html': '<!doctype html><h1>Contact</h1>',
  'news/index.html': '<!doctype html><h1>News</h1>',
  '_astro/app.abc123.css': 'body{color:#111}',
  '_astro/app.def456.js': 'console.log(1)',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/pagefind-entry.json': '{"version":"1.6.0"}',
  'pagefind/pagefind.en_1a2b.pf_meta': 'meta',
  'pagefind/index/en_3c4d.pf_index': 'index',
  'pagefind/fragment/en_5e6f.pf_fragment': 'fragment',
  'pagefind/wasm.en.pagefind': 'wasm',
  'rss.xml': '<rss/>',
  'sitemap-index.xml': '<sitemapindex/>',
  'robots.txt': 'User-agent: *',
  'favicon.svg': '<svg/>',
  'favicon.ico': 'ico',
  'images/photo.jpg': 'jpg',
  'images/photo.webp': 'webp',
  'images/photo.avif': 'avif',
  'images/photo.png': 'png',
  'images/photo.gif': 'gif',
  'fonts/inter.woff2': 'woff2',
  'fonts/inter.woff': 'woff',
  'files/report.pdf': '%PDF',
  'lib/module.mjs': 'export {}',
  'lib/module.wasm': 'wasm',
  'lib/module.js.map': '{}',
  'data.json': '{}',
  'notes.unknown': 'what is this',
  'big.bin': BIG_FILE,
};

/** A request exactly as written, with no client-side path clean-up. */
function rawGet(port: number, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ port, host: '127.0.0.1', path: rawPath }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('serving the live site', () => {
  let service: TestService;
  let url: string;
  beforeAll(async () => {
    const dir = tempDir();
    const root = await liveBuildWith(dir, files);
    writeFileSync(path.join(dir, 'outside.txt'), OUTSIDE_SECRET);
    symlinkSync(path.join(dir, 'outside.txt'), path.join(root, 'leak.txt'));
    service = await startService({ dir, env: { REBUILD_ON_START: 'false' } });
    url = service.url;
  });
  afterAll(() => service.close());

  it('serves pages as UTF-8 HTML that must be revalidated', async () => {
    const response = await fetch(`${url}/about/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(files['about/index.html']);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-length')).toBe(String((files['about/index.html'] as string).length));
  });

  it("serves Astro's hashed assets as immutable", async () => {
    for (const asset of ['/_astro/app.abc123.css', '/_astro/app.def456.js']) {
      const response = await fetch(`${url}${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('revalidates files that keep their name across builds', async () => {
    for (const file of [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/rss.xml',
      '/sitemap-index.xml',
    ]) {
      expect((await fetch(`${url}${file}`)).headers.get('cache-control'), file).toBe('no-cache');
    }
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/_astro/app.abc123.css', 'text/css; charset=utf-8'],
    ['/_astro/app.def456.js', 'text/javascript; charset=utf-8'],
    ['/lib/module.mjs', 'text/javascript; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/lib/module.js.map', 'application/json; charset=utf-8'],
    ['/rss.xml', 'application/xml; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/favicon.ico', 'image/x-icon'],
    ['/images/photo.png', 'image/png'],
    ['/images/photo.jpg', 'image/jpeg'],
    ['/images/photo.gif', 'image/gif'],
    ['/images/photo.webp', 'image/webp'],
    ['/images/photo.avif', 'image/avif'],
    ['/fonts/inter.woff', 'font/woff'],
    ['/fonts/inter.woff2', 'font/woff2'],
    ['/files/report.pdf', 'application/pdf'],
    ['/lib/module.wasm', 'application/wasm'],
    ['/pagefind/pagefind.en_1a2b.pf_meta', 'application/octet-stream'],
    ['/pagefind/index/en_3c4d.pf_index', 'application/octet-stream'],
    ['/pagefind/fragment/en_5e6f.pf_fragment', 'application/octet-stream'],
    ['/pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['/notes.unknown', 'application/octet-stream'],
  ])('serves %s as %s', async (file, type) => {
    const response = await fetch(`${url}${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('serves /x from x.html and redirects a folder to its slash, keeping the query', async () => {
    expect(await (await fetch(`${url}/contact`)).text()).toBe(files['contact.html']);
    const response = await fetch(`${url}/news?page=2`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/news/?page=2');
  });

  it('never redirects to another host', async () => {
    const response = await fetch(`${url}//news`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/news/');
  });

  it("answers a missing page with status 404 and the site's 404 page", async () => {
    const response = await fetch(`${url}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(files['404.html']);
    expect((await fetch(`${url}/missing.css`)).status).toBe(404);
  });

  it('never serves a file outside the build', async () => {
    const attempts = [
      '/../outside.txt',
      '/../../outside.txt',
      '/%2e%2e/%2e%2e/outside.txt',
      '/%2E%2E/%2E%2E/outside.txt',
      '/..%2f..%2foutside.txt',
      '/news/%2e%2e/%2e%2e/%2e%2e/outside.txt',
      '/%5c..%5c..%5coutside.txt',
      '/index.html%00.css',
      '/a%00b',
      '/leak.txt',
      '/%ff%fe',
      '/../../meta/',
    ];
    for (const attempt of attempts) {
      const { status, body } = await rawGet(service.rebuilder.port, attempt);
      expect([400, 404], attempt).toContain(status);
      expect(body, attempt).not.toContain(OUTSIDE_SECRET);
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await fetch(`${url}/about/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String((files['about/index.html'] as string).length));
    expect(await response.text()).toBe('');
    expect((await fetch(`${url}/nothing-here`, { method: 'HEAD' })).status).toBe(404);
  });

  it('answers 304 when the ETag still matches', async () => {
    const first = await fetch(`${url}/`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await fetch(`${url}/`, { headers: { 'If-None-Match': ifNoneMatch } });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe('');
    }
    expect((await fetch(`${url}/`, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
  });

  it('refuses methods other than GET and HEAD with 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await fetch(`${url}/`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('streams a large file completely', async () => {
    const response = await fetch(`${url}/big.bin`);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBe(BIG_FILE.length);
    expect(createHash('sha256').update(body).digest('hex')).toBe(
      createHash('sha256').update(BIG_FILE).digest('hex'),
    );
  });

  it('answers /healthz with a bare "ok"', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('cache-control')).toBe('no-store');
    expect(await health.text()).toBe('ok');
  });
});

describe('before the first build', () => {
  it('answers 503 with a page that says so and Retry-After', async () => {
    const service = await startService({ env: { REBUILD_ON_START: 'false' } });
    try {
      for (const urlPath of ['/', '/news/', '/_astro/app.css']) {
        const response = await fetch(`${service.url}${urlPath}`);
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBe('5');
        expect(await response.text()).toContain('The site is being built for the first time');
      }
      const head = await fetch(`${service.url}/`, { method: 'HEAD' });
      expect(head.status).toBe(503);
      expect(await head.text()).toBe('');
    } finally {
      await service.close();
    }
  });
});
