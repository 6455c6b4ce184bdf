import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isRunning, startService, tempDir, waitFor, type TestService } from './test-helpers';

describe('building and deploying', () => {
  let service: TestService | undefined;
  afterEach(async () => {
    await service?.close();
    service = undefined;
  });

  it('builds once at startup and serves that build', async () => {
    service = await startService({ build: { version: 1, pages: 4 } });
    const status = await service.settled();
    expect(status.builds).toEqual({ started: 1, succeeded: 1, failed: 0 });
    expect(status.live).toMatchObject({ pages: 6, builtFrom: { trigger: { events: 0, lastEvent: null } } });
    expect(await service.page('/')).toContain('Home v1');
    expect(service.logs[0]).toMatch(/^build \S+ started \(at startup\)$/);
    expect(service.logs[1]).toMatch(/^build \S+ live in \d+\.\d s \(6 pages\)$/);
  });

  it('turns a burst of 200 events into at most two builds that end on the last content', async () => {
    service = await startService({ build: { version: 0, pages: 4, delayMs: 150 } });
    await service.settled();
    const responses: Array<Promise<Response>> = [];
    for (let version = 1; version <= 200; version += 1) {
      // The content changes before each event, as when editors publish in quick succession.
      service.setBuild({ version, pages: 4, delayMs: 150 });
      responses.push(service.post(JSON.stringify({ event: 'entry.publish', model: 'article', entry: null })));
    }
    expect((await Promise.all(responses)).every((response) => response.status === 202)).toBe(true);
    const status = await service.settled();
    expect(status.builds.started - 1).toBeGreaterThanOrEqual(1);
    expect(status.builds.started - 1).toBeLessThanOrEqual(2);
    expect(await service.page('/')).toContain('Home v200');
    expect(await service.page('/news/item-4/')).toContain('Item 4 v200');
  });

  it('runs exactly one more build for events that arrive during a build', async () => {
    service = await startService({ build: { version: 1, pages: 4, delayMs: 800 } });
    await waitFor('the first build to start', () => service?.rebuilder.status().state === 'building');
    service.setBuild({ version: 2, pages: 4 });
    for (let event = 0; event < 20; event += 1) expect((await service.post('{}')).status).toBe(202);
    const during = await service.fetchStatus();
    expect(during.state).toBe('building');
    expect(during.queue).toMatchObject({ pending: true, eventsSinceLastBuild: 20 });
    const status = await service.settled();
    expect(status.builds).toEqual({ started: 2, succeeded: 2, failed: 0 });
    expect(status.history.map((build) => build.events)).toEqual([20, 0]);
    expect(await service.page('/')).toContain('Home v2');
  });

  it('shows a coming build in the queue while the quiet window runs', async () => {
    service = await startService({ env: { REBUILD_ON_START: 'false', REBUILD_QUIET_MS: '1500' } });
    await service.post('{"event":"entry.publish","model":"article"}');
    const status = await service.fetchStatus();
    expect(status.state).toBe('waiting');
    expect(status.queue.pending).toBe(true);
    expect(status.queue.eventsSinceLastBuild).toBe(1);
    expect(Date.parse(status.queue.nextBuildAt ?? '')).toBeGreaterThan(Date.now());
    expect(status.current).toBeNull();
  });

  it.each([
    [
      'exits with an error',
      { fail: 'exit' as const },
      'failed',
      /exit code 1: Error: the CMS refused the token/,
    ],
    ['crashes', { fail: 'kill' as const }, 'failed', /killed by SIGKILL/],
    ['writes no pages', { fail: 'empty' as const }, 'refused', /no pages/],
    ['has no home page', { fail: 'no-index' as const }, 'refused', /no home page/],
    ['lost more than half its pages', { pages: 2 }, 'refused', /4 pages against 10 live/],
  ])(
    'keeps the previous site live when the build %s, and reports why',
    async (_case, change, result, message) => {
      service = await startService({ build: { version: 1, pages: 8 } });
      const before = await service.settled();
      service.setBuild({ version: 2, pages: 8, ...change });
      await service.post('{}');
      await service.settled();
      const status = await service.fetchStatus();
      expect(status.live?.buildId).toBe(before.live?.buildId);
      expect(status.lastBuild).toMatchObject({ result, error: expect.stringMatching(message) });
      expect(status.lastError?.message).toMatch(message);
      expect(status.lastError?.buildId).toBe(status.lastBuild?.buildId);
      expect(status.lastError?.logTail.length).toBeGreaterThan(0);
      expect(status.builds).toEqual({ started: 2, succeeded: 1, failed: 1 });
      expect(await service.page('/')).toContain('Home v1');
      expect(readdirSync(path.join(service.sitesDir, 'builds'))).toEqual([before.live?.buildId]);
      expect(service.logs.at(-1)).toMatch(new RegExp(`^build \\S+ ${result}: `));
    },
  );

  it('keeps the previous site live when the build times out, and kills it', async () => {
    // Long enough for the first (good) build on a busy machine, short enough for a test.
    service = await startService({ build: { version: 1, pages: 4 }, env: { REBUILD_TIMEOUT_MS: '5000' } });
    const before = await service.settled();
    const pidFile = path.join(service.dir, 'hanging.pid');
    service.setBuild({ version: 2, pages: 4, fail: 'hang', pidFile });
    await service.post('{}');
    const status = await service.settled();
    expect(status.lastError?.message).toBe('timed out after 5.0 s, so the build was stopped');
    expect(status.lastError?.logTail).toContain('hanging');
    expect(status.live?.buildId).toBe(before.live?.buildId);
    expect(await service.page('/')).toContain('Home v1');
    const hanging = Number(readFileSync(pidFile, 'utf8'));
    await waitFor('the hanging build to be gone', () => !isRunning(hanging), 5000);
  });

  it('serves nothing but a 503 while the very first build fails, and reports the log tail', async () => {
    service = await startService({ build: { fail: 'exit' } });
    const status = await service.settled();
    expect(status.live).toBeNull();
    expect(status.lastError?.logTail).toHaveLength(200);
    expect(status.lastError?.logTail.at(-2)).toBe('Error: the CMS refused the token');
    expect((await fetch(`${service.url}/`)).status).toBe(503);
  });

  it('keeps only the three newest builds, the live one among them', async () => {
    service = await startService({ build: { version: 1, pages: 4 } });
    await service.settled();
    for (let version = 2; version <= 5; version += 1) {
      service.setBuild({ version, pages: 4 });
      await service.post('{}');
      await service.settled();
    }
    const status = service.rebuilder.status();
    const builds = readdirSync(path.join(service.sitesDir, 'builds'));
    expect(builds).toEqual(
      status.history
        .slice(0, 3)
        .map((build) => build.buildId)
        .reverse(),
    );
    expect(builds).toContain(status.live?.buildId);
    expect(readdirSync(path.join(service.sitesDir, 'meta'))).toHaveLength(3);
    expect(await service.page('/')).toContain('Home v5');
  });

  it('remembers the live build across a restart and clears what a crash left behind', async () => {
    const first = await startService({ build: { version: 1, pages: 4 } });
    const live = (await first.settled()).live;
    await first.stop();
    const stray = path.join(first.sitesDir, 'builds', '20990101-000000-000-0001-dead');
    mkdirSync(stray);
    symlinkSync(stray, path.join(first.sitesDir, 'live.tmp-20990101-000000-000-0001-dead'));

    service = await startService({ dir: first.dir, env: { REBUILD_ON_START: 'false' } });
    expect(service.rebuilder.status().live).toEqual(live);
    expect(existsSync(stray)).toBe(false);
    expect(readdirSync(service.sitesDir).sort()).toEqual(['builds', 'live', 'meta']);
    expect(await service.page('/')).toContain('Home v1');
    expect(service.logs[0]).toMatch(/^removed leftovers of an earlier run: /);
  });

  it('runs a full build on the next event after a round crashed, and it goes live', async () => {
    // Nothing in a round is known to throw past its own catches; the log is the one thing a
    // round calls outside them, so a log that fails once stands in for whatever bug might.
    let crashNextRound = false;
    service = await startService({
      build: { version: 1, pages: 4 },
      onLog: (line) => {
        if (!crashNextRound || !/ started \(/.test(line)) return;
        crashNextRound = false;
        throw new Error('EPIPE: the log went away');
      },
    });
    const before = await service.settled();
    // An article's event alone is redrawn page by page; the crashed round took it with it.
    const articleEvent = (documentId: string) =>
      JSON.stringify({ event: 'entry.publish', model: 'article', entry: { documentId } });
    crashNextRound = true;
    service.setBuild({ version: 2, pages: 4 });
    expect((await service.post(articleEvent('taken-by-the-crash'))).status).toBe(202);
    const crashed = await service.settled();
    expect(crashed.lastBuild).toMatchObject({
      result: 'failed',
      error: 'the build pipeline crashed: EPIPE: the log went away',
    });
    expect(crashed.builds).toEqual({ started: 2, succeeded: 1, failed: 1 });
    expect(crashed.live?.buildId).toBe(before.live?.buildId);
    expect(await service.page('/')).toContain('Home v1');

    expect((await service.post(articleEvent('another-article'))).status).toBe(202);
    const next = await service.settled();
    expect(next.lastBuild).toMatchObject({
      kind: 'full',
      result: 'live',
      description: expect.stringMatching(/^Full build \(the last round crashed\) — live in /),
    });
    expect(next.builds).toEqual({ started: 3, succeeded: 2, failed: 1 });
    expect(next.live?.buildId).toBe(next.lastBuild?.buildId);
    expect(await service.page('/')).toContain('Home v2');
  });

  it('kills a running build when it stops, and removes its folder', async () => {
    const dir = tempDir();
    const pidFile = path.join(dir, 'hanging.pid');
    service = await startService({ dir, build: { fail: 'hang', pidFile } });
    await waitFor('the build to start', () => existsSync(pidFile));
    // The build would hang for the whole ten-minute time limit: stop returning proves the kill.
    await service.stop();
    expect(service.rebuilder.status().lastError?.message).toBe(
      'stopped because the service is shutting down',
    );
    expect(readdirSync(path.join(service.sitesDir, 'builds'))).toEqual([]);
    const hanging = Number(readFileSync(pidFile, 'utf8'));
    await waitFor('the hanging build to be gone', () => !isRunning(hanging), 5000);
  });
});
