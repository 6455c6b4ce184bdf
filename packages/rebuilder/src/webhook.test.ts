import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from './test-helpers';

describe('the webhook endpoint', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ version: 1, pages: 5 });
    await h.settled();
  });
  afterAll(() => h.close());

  const builds = () => h.service.rebuilder.status().builds.started;

  it('refuses a wrong or missing secret with 401 and builds nothing', async () => {
    const before = builds();
    expect((await h.post('{}', 'not-the-secret-at-all')).status).toBe(401);
    expect((await fetch(`${h.url}/webhook`, { method: 'POST', body: '{}' })).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(builds()).toBe(before);
    expect(h.service.rebuilder.status().state).toBe('idle');
  });

  it('answers other methods with 405 and says which is allowed', async () => {
    const response = await fetch(`${h.url}/webhook`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('refuses a body over 1 MiB with 413', async () => {
    expect((await h.post('x'.repeat(1024 * 1024 + 1))).status).toBe(413);
  });

  it('refuses malformed JSON and non-object JSON with 400', async () => {
    expect((await h.post('{"event": ')).status).toBe(400);
    expect((await h.post('[1, 2]')).status).toBe(400);
    expect((await h.post('"text"')).status).toBe(400);
  });

  it('accepts duplicate events and events with a null entry', async () => {
    const event = JSON.stringify({ event: 'entry.delete', model: 'article', entry: null });
    expect((await h.post(event)).status).toBe(202);
    expect((await h.post(event)).status).toBe(202);
    await h.settled();
    expect(h.service.rebuilder.status().live?.builtFrom.trigger.lastEvent).toMatchObject({
      event: 'entry.delete',
      model: 'article',
    });
  });

  it('survives garbage on the wire and keeps answering', async () => {
    const { connect } = await import('node:net');
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(h.service.port, '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      socket.on('data', (chunk) => {
        resolve(chunk.toString());
        socket.destroy();
      });
      socket.on('error', () => resolve(''));
    });
    expect(answer).toMatch(/^HTTP\/1.1 400/);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });
});
