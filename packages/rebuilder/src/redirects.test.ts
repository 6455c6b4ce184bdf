import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRedirectsFile } from '@guildhall/redirects';
import { redirectFor } from './redirects';
import { liveBuildWith, startService, tempDir, type TestService } from './test-helpers';

const REDIRECTS = [
  '# Written by the site build',
  '/news/old-title/ /news/new-title/ 301',
  '/join-today/ /membership/headteachers/#join 302',
  '/old-site/about.html https://archive.example.org/about 301',
  '',
].join('\n');

describe('redirectFor', () => {
  const rules = parseRedirectsFile(REDIRECTS, '_redirects');

  it('finds the redirect whatever the case or final slash of the request', () => {
    for (const path of ['/news/old-title/', '/news/old-title', '/News/Old-Title/', '/news//old-title/'])
      expect(redirectFor(rules, path, ''), path).toEqual({ status: 301, location: '/news/new-title/' });
  });

  it('keeps the visitor query, before the destination fragment', () => {
    expect(redirectFor(rules, '/join-today/', '?utm_source=mail')).toEqual({
      status: 302,
      location: '/membership/headteachers/?utm_source=mail#join',
    });
  });

  it('finds nothing for other paths, or paths that cannot be decoded', () => {
    expect(redirectFor(rules, '/news/new-title/', '')).toBeNull();
    expect(redirectFor(rules, '/news/%E0%A4%A/', '')).toBeNull();
  });
});

describe('the live site answering redirected addresses', () => {
  let service: TestService;
  beforeAll(async () => {
    const dir = tempDir();
    await liveBuildWith(dir, {
      'index.html': '<!doctype html><h1>Home</h1>',
      '404.html': '<!doctype html><h1>Page not found</h1>',
      'news/new-title/index.html': '<!doctype html><h1>New title</h1>',
      'news/old-title/index.html':
        '<!doctype html><meta http-equiv="refresh" content="0; url=/news/new-title/">',
      _redirects: REDIRECTS,
    });
    service = await startService({ dir, env: { REBUILD_ON_START: 'false' } });
  });
  afterAll(() => service.close());

  const get = (path: string) => fetch(`${service.url}${path}`, { redirect: 'manual' });

  it('answers a permanent redirect with 301 and Location, ahead of the page kept for other hosts', async () => {
    const response = await get('/news/Old-Title?ref=feed');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/news/new-title/?ref=feed');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers a temporary redirect with 302', async () => {
    const response = await get('/join-today/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/membership/headteachers/#join');
  });

  it('sends redirects to other sites on as written', async () => {
    const response = await get('/old-site/about.html');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('https://archive.example.org/about');
  });

  it('does not serve the _redirects file itself', async () => {
    expect((await get('/_redirects')).status).toBe(404);
  });

  it('serves pages that have no redirect as before', async () => {
    const response = await get('/news/new-title/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('New title');
  });
});
