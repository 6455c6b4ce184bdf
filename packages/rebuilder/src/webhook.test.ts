import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAuthorised, parseWebhookEvent } from './webhook';
import { SECRET, startService, type TestService } from './test-helpers';

/** Sends raw bytes and returns whatever comes back before the server closes or `waitMs` passes. */
function rawExchange(port: number, bytes: string, { end = true, waitMs = 1000 } = {}): Promise<string> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => (end ? socket.end(bytes) : socket.write(bytes)));
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(answer));
    setTimeout(() => {
      socket.destroy();
      resolve(answer);
    }, waitMs);
  });
}

/** Streams a body in chunks (no Content-Length) and resolves with the status the server answers. */
function chunkedUpload(port: number, totalBytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({
      port,
      host: '127.0.0.1',
      method: 'POST',
      path: '/webhook',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
    });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, ' ');
    let sent = 0;
    const pump = () => {
      while (sent < totalBytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      request.end();
    };
    request.write('{"event": "entry.publish", "padding": "');
    pump();
  });
}

describe('the webhook endpoint', () => {
  let service: TestService;
  beforeAll(async () => {
    // A quiet window long enough for a test's events, sent one by one, to land in one build.
    service = await startService({
      env: { REBUILD_ON_START: 'false', REBUILD_QUIET_MS: '3000' },
      build: { pages: 3 },
    });
  });
  afterAll(() => service.close());

  // An accepted event is counted before the answer goes out, so after a refusal has
  // answered, the status already shows whether anything got through.
  const nothingHappened = async () => {
    const status = await service.fetchStatus();
    expect(status.state).toBe('idle');
    expect(status.builds.started).toBe(0);
    expect(status.queue.eventsSinceLastBuild).toBe(0);
  };

  it('refuses a missing, wrong or malformed secret with 401 and builds nothing', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { Authorization: 'Bearer not-the-secret-at-all' },
      { Authorization: `Bearer ${SECRET}x` },
      { Authorization: `Bearer ${SECRET.slice(0, -1)}` },
      { Authorization: `Basic ${Buffer.from(`user:${SECRET}`).toString('base64')}` },
      { Authorization: SECRET },
      { Authorization: 'Bearer' },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${service.statusUrl}/webhook`, { method: 'POST', headers, body: '{}' });
      expect(response.status, JSON.stringify(headers)).toBe(401);
    }
    await nothingHappened();
  });

  it('answers other methods with 405 and Allow: POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(`${service.statusUrl}/webhook`, {
        method,
        headers: { Authorization: `Bearer ${SECRET}` },
      });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
    await nothingHappened();
  });

  it('refuses a body over 1 MiB with 413, whether announced or streamed', async () => {
    expect((await service.post('x'.repeat(1024 * 1024 + 1))).status).toBe(413);
    expect(await chunkedUpload(service.rebuilder.statusPort, 3 * 1024 * 1024)).toBe(413);
    expect((await fetch(`${service.statusUrl}/healthz`)).status).toBe(200);
    await nothingHappened();
  });

  it('refuses malformed JSON and JSON that is not an object with 400', async () => {
    for (const body of ['{"event": ', '', 'null', '[1, 2]', '"entry.publish"', '42']) {
      expect((await service.post(body)).status, body).toBe(400);
    }
    await nothingHappened();
  });

  it('survives garbage, huge headers and clients that vanish mid-request', async () => {
    const port = service.rebuilder.statusPort;
    expect(await rawExchange(port, 'NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1.1 400/);
    expect(
      await rawExchange(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`),
    ).toMatch(/^HTTP\/1.1 431/);
    const halfSent =
      `POST /webhook HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${SECRET}\r\n` +
      'Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"event": "entry.pub';
    expect(await rawExchange(port, halfSent, { end: false, waitMs: 200 })).toBe('');
    await rawExchange(port, 'POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Le', { end: false, waitMs: 100 });
    await rawExchange(port, '\u0000\u0001\u0002'.repeat(1000));
    expect((await fetch(`${service.statusUrl}/healthz`)).status).toBe(200);
    await nothingHappened();
  });

  it('accepts duplicate events, null entries and any order, and reports the last one', async () => {
    const events = [
      { event: 'entry.delete', model: 'article', entry: null },
      { event: 'entry.publish', model: 'article', entry: { id: 1 } },
      { event: 'entry.publish', model: 'article', entry: { id: 1 } },
      { event: 'entry.unpublish', model: 'briefing', entry: null },
      { event: 'media.create' },
      { event: 'media.update', model: 'file' },
      { event: 'media.delete', model: 'file', entry: null },
      { something: 'else entirely' },
    ];
    for (const event of events) {
      const response = await service.post(JSON.stringify(event));
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ accepted: true });
    }
    const waiting = await service.fetchStatus();
    expect(waiting.queue.eventsSinceLastBuild).toBe(events.length);
    const built = await service.settled();
    expect(built.builds.started).toBe(1);
    expect(built.live?.builtFrom.trigger).toEqual({
      events: events.length,
      lastEvent: { event: null, model: null, documentId: null, receivedAt: expect.any(String) },
    });
    expect(built.history[0]?.events).toBe(events.length);
  });

  it('never logs the secret', () => {
    expect(service.logs.join('\n')).not.toContain(SECRET);
  });
});

/** POSTs to the webhook from `localAddress` (any 127.x.y.z reaches the service) and returns the answer. */
function postFrom(
  port: number,
  localAddress: string,
  secret: string,
): Promise<{ status: number; retryAfter: string | null }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        port,
        host: '127.0.0.1',
        localAddress,
        method: 'POST',
        path: '/webhook',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      },
      (response) => {
        response.resume();
        const retryAfter = response.headers['retry-after'] ?? null;
        resolve({ status: response.statusCode ?? 0, retryAfter });
      },
    );
    request.on('error', reject);
    request.end('{"event": "entry.publish"}');
  });
}

describe('guessing the webhook secret', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startService({ env: { REBUILD_ON_START: 'false' }, build: { pages: 3 } });
  });
  afterAll(() => service.close());

  it('gets 429 with Retry-After after ten wrong secrets, while the right one is still accepted and builds', async () => {
    const port = service.rebuilder.statusPort;
    const guess = () => postFrom(port, '127.0.0.1', 'not-the-secret-at-all');
    for (let attempt = 1; attempt <= 10; attempt += 1) expect((await guess()).status).toBe(401);
    const refused = await guess();
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    const before = await service.fetchStatus();
    expect(before.builds.started).toBe(0);
    expect((await postFrom(port, '127.0.0.1', SECRET)).status).toBe(202);
    // The right secret reset nothing: guessing from that address is still refused.
    expect((await guess()).status).toBe(429);

    // The CMS's call was not just answered: its event, and only it, built the site and went live.
    const built = await service.settled();
    expect(built.builds).toEqual({ started: 1, succeeded: 1, failed: 0 });
    expect(built.lastBuild).toMatchObject({ result: 'live', events: 1 });
    expect(built.live?.buildId).toBe(built.lastBuild?.buildId);
    expect(built.live?.builtFrom.trigger.lastEvent).toMatchObject({ event: 'entry.publish' });
    expect(await (await fetch(`${service.url}/`)).text()).toContain('Home v1');
  });

  it('holds back only the guessing address', async () => {
    const port = service.rebuilder.statusPort;
    const guessFrom = (address: string) => postFrom(port, address, 'not-the-secret-at-all');
    for (let attempt = 1; attempt <= 10; attempt += 1) await guessFrom('127.0.0.2');
    expect((await guessFrom('127.0.0.2')).status).toBe(429);
    expect((await guessFrom('127.0.0.3')).status).toBe(401);
    expect((await postFrom(port, '127.0.0.4', SECRET)).status).toBe(202);
  });
});

describe('webhook checks', () => {
  it('compares the bearer token with the secret', () => {
    expect(isAuthorised(`Bearer ${SECRET}`, SECRET)).toBe(true);
    expect(isAuthorised(`bearer  ${SECRET} `, SECRET)).toBe(true);
    expect(isAuthorised(undefined, SECRET)).toBe(false);
    expect(isAuthorised('Bearer ', SECRET)).toBe(false);
    expect(isAuthorised(`Bearer ${SECRET} extra`, SECRET)).toBe(false);
  });

  it('keeps only short plain event and model names', () => {
    const parsed = parseWebhookEvent(
      JSON.stringify({ event: 'entry.publish\n<script>', model: 'x'.repeat(500) }),
      new Date('2026-11-22T14:00:00Z'),
    );
    expect(parsed).toEqual({
      ok: true,
      event: {
        event: 'entry.publishscript',
        model: 'x'.repeat(100),
        documentId: null,
        receivedAt: '2026-11-22T14:00:00.000Z',
      },
    });
  });

  it("takes the entry's document id as a hint, and nothing else from the entry", () => {
    const parsed = parseWebhookEvent(
      JSON.stringify({
        event: 'entry.publish',
        model: 'article',
        entry: { documentId: 'abc123<b>', title: 'Ignored', body: [] },
      }),
      new Date('2026-11-22T14:00:00Z'),
    );
    expect(parsed).toEqual({
      ok: true,
      event: {
        event: 'entry.publish',
        model: 'article',
        documentId: 'abc123b',
        receivedAt: '2026-11-22T14:00:00.000Z',
      },
    });
    const withoutEntry = parseWebhookEvent(
      '{"event":"entry.publish","model":"article","entry":null}',
      new Date(),
    );
    expect(withoutEntry.ok && withoutEntry.event.documentId).toBeNull();
  });
});
