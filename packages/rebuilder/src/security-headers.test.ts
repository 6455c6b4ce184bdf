import { headersFile, securityHeaders } from '@guildhall/security-headers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveBuildWith, startService, tempDir, type TestService } from './test-helpers';

const PUBLIC_URL = 'https://www.example.org';
const HSTS = 'strict-transport-security';

const files = {
  'index.html': '<!doctype html><h1>Home</h1>',
  '404.html': '<!doctype html><h1>Page not found</h1>',
  'news/index.html': '<!doctype html><h1>News</h1>',
  '_astro/site.abc123.css': 'body{color:#111}',
  'pagefind/pagefind-worker.js': 'export {}',
  'pagefind/wasm.en.pagefind': 'wasm',
  // What the site build writes for static hosts; the service must not serve it.
  _headers: headersFile(securityHeaders(PUBLIC_URL)),
};

/** Parses a `_headers` file that applies to every path (`/*`) into its headers. */
function parseHeadersFile(text: string): Record<string, string> {
  const [path, ...lines] = text.trimEnd().split('\n');
  expect(path).toBe('/*');
  return Object.fromEntries(
    lines.map((line) => {
      const [, name = '', value = ''] = /^ {2}([\w-]+): (.+)$/.exec(line) ?? [];
      return [name, value];
    }),
  );
}

/** Fails naming the response when any of `expected` is missing or differs. */
function expectHeaders(response: Response, expected: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(expected))
    expect(response.headers.get(name), `${name} on ${what}`).toBe(value);
}

describe('the security headers of the live site', () => {
  let service: TestService;
  const expected = securityHeaders(PUBLIC_URL);
  beforeAll(async () => {
    const dir = tempDir();
    await liveBuildWith(dir, files);
    service = await startService({ dir, env: { REBUILD_ON_START: 'false', SITE_URL: PUBLIC_URL } });
  });
  afterAll(() => service.close());

  const get = (urlPath: string, init: RequestInit = {}) =>
    fetch(`${service.url}${urlPath}`, { redirect: 'manual', ...init });

  it('are sent with pages, assets, the search worker, redirects, 404s and the health check', async () => {
    for (const [urlPath, status] of [
      ['/', 200],
      ['/_astro/site.abc123.css', 200],
      ['/pagefind/pagefind-worker.js', 200],
      ['/pagefind/wasm.en.pagefind', 200],
      ['/news', 301],
      ['/no/such/page/', 404],
      ['/healthz', 200],
    ] as const) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBe(status);
      expectHeaders(response, expected, urlPath);
    }
  });

  it('are sent with a 304 too', async () => {
    const etag = (await get('/')).headers.get('etag') ?? '';
    const response = await get('/', { headers: { 'If-None-Match': etag } });
    expect(response.status).toBe(304);
    expectHeaders(response, expected, '304');
  });

  it('are exactly the ones the site build writes into _headers', async () => {
    const response = await get('/');
    const sent = Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));
    expect(sent).toEqual(parseHeadersFile(files._headers));
  });

  it('ask browsers to insist on https when SITE_URL is https', async () => {
    expect((await get('/')).headers.get(HSTS)).toBe('max-age=31536000; includeSubDomains');
  });

  it('never include the _headers file itself as something to download', async () => {
    for (const urlPath of ['/_headers', '/%5Fheaders', '//_headers', '/_headers?x=1']) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBe(404);
      expect(await response.text(), urlPath).not.toContain('Content-Security-Policy');
    }
  });
});

describe('the security headers before the first build, over plain http', () => {
  it('are sent with the 503 page, without asking for https', async () => {
    const service = await startService({
      env: { REBUILD_ON_START: 'false', SITE_URL: 'http://localhost:4321' },
    });
    try {
      const response = await fetch(`${service.url}/`);
      expect(response.status).toBe(503);
      expectHeaders(response, securityHeaders('http://localhost:4321'), '503');
      expect(response.headers.get(HSTS)).toBeNull();
    } finally {
      await service.close();
    }
  });
});
