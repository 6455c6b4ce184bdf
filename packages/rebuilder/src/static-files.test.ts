import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from './test-helpers';

describe('serving the live site', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ version: 1, pages: 6 });
    await h.settled();
  });
  afterAll(() => h.close());

  it('serves pages as HTML that must be revalidated', async () => {
    const response = await fetch(`${h.url}/news/item-1/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves hashed assets as immutable', async () => {
    const response = await fetch(`${h.url}/_astro/site.abc123.css`);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('redirects a folder without its slash', async () => {
    const response = await fetch(`${h.url}/news/item-1?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/news/item-1/?x=1');
  });

  it("answers a missing page with the site's 404 page", async () => {
    const response = await fetch(`${h.url}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Not found');
  });

  it('never serves a file outside the build', async () => {
    for (const attempt of [
      '/../control.json',
      '/%2e%2e/control.json',
      '/news/%2e%2e/%2e%2e/control.json',
      '/a%00b',
    ]) {
      const response = await fetch(`${h.url}${attempt}`);
      expect([400, 404], attempt).toContain(response.status);
      expect(await response.text(), attempt).not.toContain('"version"');
    }
  });

  it('answers HEAD without a body and 304 for an unchanged page', async () => {
    const head = await fetch(`${h.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const etag = head.headers.get('etag') ?? '';
    expect((await fetch(`${h.url}/`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('refuses other methods on pages', async () => {
    expect((await fetch(`${h.url}/`, { method: 'DELETE' })).status).toBe(405);
  });

  it('never serves an error or a cut-off page while new builds go live', async () => {
    const failures: string[] = [];
    let deploying = true;
    const deploys = (async () => {
      for (let version = 2; version <= 6; version += 1) {
        h.setBuild({ version, pages: 6 });
        await h.post('{}');
        await h.settled();
      }
      deploying = false;
    })();
    while (deploying) {
      const response = await fetch(`${h.url}/news/item-2/`);
      const body = await response.text();
      if (response.status !== 200 || !body.trimEnd().endsWith('</html>'))
        failures.push(`${response.status} ${body.length}`);
    }
    await deploys;
    expect(failures).toEqual([]);
    expect(await (await fetch(`${h.url}/`)).text()).toContain('Home v6');
  });
});

describe('before the first build', () => {
  it('answers 503 with a retry hint', async () => {
    const h = await harness({ version: 1, pages: 4, delayMs: 1000 });
    const response = await fetch(`${h.url}/`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    await h.close();
  });
});
