import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from './test-helpers';

const text = async (url: string) => (await fetch(url)).text();

describe('builds and deploys', () => {
  let h: Harness;
  afterEach(() => h?.close());

  it('makes a first build on start and serves it', async () => {
    h = await harness({ version: 1, pages: 4 });
    await h.settled();
    const status = h.service.rebuilder.status();
    expect(status.live?.pages).toBe(4);
    expect(await text(`${h.url}/`)).toContain('Home v1');
  });

  it('turns a burst of 200 events into at most two builds ending on the last content', async () => {
    h = await harness({ version: 1, pages: 4 });
    await h.settled();
    const before = h.service.rebuilder.status().builds.started;
    h.setBuild({ version: 2, pages: 4, delayMs: 150 });
    const burst = Array.from({ length: 200 }, (_, index) => {
      if (index === 150) h.setBuild({ version: 3, pages: 4, delayMs: 150 });
      return h.post('{"event":"entry.publish"}');
    });
    await Promise.all(burst);
    await h.settled();
    const started = h.service.rebuilder.status().builds.started - before;
    expect(started).toBeGreaterThanOrEqual(1);
    expect(started).toBeLessThanOrEqual(2);
    expect(await text(`${h.url}/`)).toContain('Home v3');
  });

  it('runs exactly one more build for events that arrive during a build', async () => {
    h = await harness({ version: 1, pages: 4, delayMs: 400 });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(h.service.rebuilder.status().state).toBe('building');
    h.setBuild({ version: 2, pages: 4 });
    for (let index = 0; index < 20; index += 1) await h.post('{}');
    await h.settled();
    expect(h.service.rebuilder.status().builds.started).toBe(2);
    expect(await text(`${h.url}/`)).toContain('Home v2');
  });

  it.each([
    ['exits with an error', { fail: 'exit' as const }, /exit 1/],
    ['crashes', { fail: 'kill' as const }, /was killed/],
    ['has no pages', { pages: 0 }, /no pages/],
    ['lost more than half its pages', { pages: 3 }, /3 pages against 8 live/],
  ])('keeps the previous site live when the build %s, and reports why', async (_name, change, message) => {
    h = await harness({ version: 1, pages: 8 });
    await h.settled();
    const live = h.service.rebuilder.status().live?.buildId;
    h.setBuild({ version: 2, pages: 8, ...change });
    await h.post('{}');
    await h.settled();
    const status = h.service.rebuilder.status();
    expect(status.live?.buildId).toBe(live);
    expect(status.lastBuild?.result).not.toBe('live');
    expect(status.lastError?.message).toMatch(message);
    expect(await text(`${h.url}/`)).toContain('Home v1');
    expect(readdirSync(path.join(h.dir, 'sites', 'builds'))).toEqual([live]);
  });

  it('keeps the previous site live when the build times out', async () => {
    h = await harness({ version: 1, pages: 4 }, { REBUILD_TIMEOUT_MS: '1500' });
    await h.settled();
    h.setBuild({ version: 2, pages: 4, fail: 'hang' });
    await h.post('{}');
    await h.settled();
    expect(h.service.rebuilder.status().lastError?.message).toMatch(/longer than 2 s/);
    expect(await text(`${h.url}/`)).toContain('Home v1');
  });

  it("shows the failed build's log tail in /status", async () => {
    h = await harness({ version: 1, pages: 4, fail: 'exit' });
    await h.settled();
    const status = (await (await fetch(`${h.url}/status`)).json()) as {
      live: unknown;
      lastError: { logTail: string[] };
    };
    expect(status.live).toBeNull();
    expect(status.lastError.logTail.join('\n')).toContain('Error: the CMS refused the token');
  });

  it('keeps only the three newest builds', async () => {
    h = await harness({ version: 1, pages: 4 });
    await h.settled();
    for (let version = 2; version <= 5; version += 1) {
      h.setBuild({ version, pages: 4 });
      await h.post('{}');
      await h.settled();
    }
    const builds = readdirSync(path.join(h.dir, 'sites', 'builds'));
    expect(builds).toHaveLength(3);
    expect(builds).toContain(h.service.rebuilder.status().live?.buildId);
  });

  it('clears out a half-finished build and a stray link left by a crash, and keeps the live site', async () => {
    const first = await harness({ version: 1, pages: 4 });
    await first.settled();
    const dir = first.dir;
    const live = first.service.rebuilder.status().live?.buildId;
    await first.service.stop();
    const { mkdirSync, symlinkSync } = await import('node:fs');
    mkdirSync(path.join(dir, 'sites', 'builds', '20990101-000000-dead'));
    symlinkSync('builds/20990101-000000-dead', path.join(dir, 'sites', 'live.tmp-20990101-000000-dead'));
    h = await harness({ version: 2, pages: 4, delayMs: 300 }, { REBUILD_ON_START: 'false' }, dir);
    expect(readdirSync(path.join(dir, 'sites', 'builds'))).toEqual([live]);
    expect(readdirSync(path.join(dir, 'sites')).some((name) => name.startsWith('live.tmp-'))).toBe(false);
    expect(await text(`${h.url}/`)).toContain('Home v1');
    expect(h.service.rebuilder.status().live?.buildId).toBe(live);
  });
});
