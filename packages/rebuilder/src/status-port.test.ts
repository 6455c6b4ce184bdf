import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RebuilderStatus } from './status';
import { SECRET, startService, type TestService } from './test-helpers';

describe('the live site and the status on separate ports', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startService({ build: { version: 1, pages: 3, fail: null } });
    await service.settled();
    // A failed build too, so the status holds an error with a log tail.
    service.setBuild({ fail: 'exit' });
    await service.post('{"event":"entry.publish","model":"article"}');
    await service.settled();
  });
  afterAll(() => service.close());

  it('serves the full status, with history, the last error and its log, on the status port only', async () => {
    const response = await fetch(`${service.statusUrl}/status`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const status = (await response.json()) as RebuilderStatus;
    expect(status.live?.pages).toBe(5);
    expect(status.live?.buildId).toMatch(/^\d{8}-/);
    expect(status.history.map((build) => build.result)).toEqual(['failed', 'live']);
    expect(status.lastError?.logTail).toContain('Error: the CMS refused the token');
  });

  it('answers visitors on the live site with the site and a bare health check, nothing internal', async () => {
    const answers: Record<string, number> = {};
    for (const urlPath of [
      '/status',
      '/status/',
      '/webhook',
      '/history',
      '/log',
      '/healthz',
      '/',
      '/nowhere',
    ]) {
      const response = await fetch(`${service.url}${urlPath}`);
      const body = await response.text();
      answers[urlPath] = response.status;
      // The sites folder's path and the build ids are only for the people who run the site.
      expect(body, urlPath).not.toContain(service.sitesDir);
      expect(body, urlPath).not.toContain(service.rebuilder.status().live?.buildId ?? 'no live build');
      expect(body, urlPath).not.toContain('the CMS refused the token');
      expect(body, urlPath).not.toMatch(/"history"|"lastError"|"logTail"/);
    }
    expect(answers).toEqual({
      '/status': 404,
      '/status/': 404,
      '/webhook': 404,
      '/history': 404,
      '/log': 404,
      '/healthz': 200,
      '/': 200,
      '/nowhere': 404,
    });
    expect(await (await fetch(`${service.url}/healthz`)).text()).toBe('ok');
  });

  it('does not take webhook calls on the live site, even with the right secret', async () => {
    const before = service.rebuilder.status().builds.started;
    const response = await fetch(`${service.url}/webhook`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
      body: '{"event":"entry.publish"}',
    });
    expect(response.status).toBe(405);
    expect(service.rebuilder.status()).toMatchObject({ state: 'idle', builds: { started: before } });
  });

  it('answers anything else on the status port with 404, and writes to /status with 405', async () => {
    expect((await fetch(`${service.statusUrl}/`)).status).toBe(404);
    expect((await fetch(`${service.statusUrl}/news/item-1/`)).status).toBe(404);
    const post = await fetch(`${service.statusUrl}/status`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(await (await fetch(`${service.statusUrl}/healthz`)).text()).toBe('ok');
  });
});
