// The sites folder made read-only while the service runs: the OS itself refuses the
// service's writes, at the very switch of the `live` link and at pruning. chmod does not
// stop root, and CI runs the tests as root, so there the service runs in a child process
// as an unprivileged user ("nobody"); run as anyone else (a developer's own account),
// chmod alone stops the service, which then runs as that account.
import { chmodSync, chownSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RebuilderStatus } from './status';
import { fakeBuildCommand, runMain, SECRET, tempDir, waitFor, type FakeBuildSettings } from './test-helpers';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
// Child start-up (tsx) and builds on a busy two-core machine.
const PATIENCE_MS = 60_000;

/** The service as `pnpm start` runs it, as a user whom a read-only folder stops. */
async function startChildService(env: Record<string, string> = {}) {
  const dir = tempDir();
  const sitesDir = path.join(dir, 'sites');
  const control = path.join(dir, 'build-control.json');
  const setBuild = (settings: FakeBuildSettings) => writeFileSync(control, JSON.stringify(settings));
  setBuild({ version: 1, pages: 4 });
  if (asRoot) chownSync(dir, NOBODY, NOBODY);
  const main = runMain(
    {
      REBUILD_WEBHOOK_SECRET: SECRET,
      SITES_DIR: sitesDir,
      REBUILD_COMMAND: fakeBuildCommand(control),
      REBUILD_QUIET_MS: '50',
      ...env,
    },
    asRoot ? { uid: NOBODY, gid: NOBODY } : undefined,
  );
  const started = /Live site at http:\/\/localhost:(\d+)\n.*Status at http:\/\/localhost:(\d+)\//;
  await waitFor('the service to start', () => started.test(main.output()), PATIENCE_MS);
  const [, port, statusPort] = started.exec(main.output()) ?? [];
  const url = `http://127.0.0.1:${port}`;
  const statusUrl = `http://127.0.0.1:${statusPort}`;
  const status = async () => (await (await fetch(`${statusUrl}/status`)).json()) as RebuilderStatus;
  const post = (body: string) =>
    fetch(`${statusUrl}/webhook`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
      body,
    });
  return {
    dir,
    sitesDir,
    main,
    setBuild,
    status,
    /** The page's bytes as visitors get them. */
    page: async (urlPath: string) => Buffer.from(await (await fetch(`${url}${urlPath}`)).arrayBuffer()),
    up: async () => main.child.exitCode === null && (await fetch(`${url}/healthz`)).status === 200,
    post,
    /** Waits until the `count`th build has ended and nothing is due, then returns the status. */
    async settledAfter(count: number): Promise<RebuilderStatus> {
      const settled = ({ builds, state, queue }: RebuilderStatus) =>
        builds.started === count && state === 'idle' && !queue.pending;
      await waitFor(`build ${count} to end`, async () => settled(await status()), PATIENCE_MS);
      // Nothing is due and the test sends nothing meanwhile, so this is the status it waited for.
      return status();
    },
    /** Starts a build and runs `fault` once it has written its files, before it ends. */
    async buildWithFault(settings: FakeBuildSettings, fault: () => void) {
      const release = path.join(dir, `release-${settings.version}`);
      setBuild({ ...settings, holdUntil: release });
      expect((await post('{"event":"entry.publish"}')).status).toBe(202);
      await waitFor('the build to write its files', () => existsSync(`${release}.held`), PATIENCE_MS);
      fault();
      writeFileSync(release, '');
    },
  };
}

const writable = (folder: string) => chmodSync(folder, 0o755);
const readOnly = (folder: string) => chmodSync(folder, 0o555);

describe('a read-only sites folder', () => {
  let service: Awaited<ReturnType<typeof startChildService>> | undefined;
  afterEach(async () => {
    if (!service) return;
    const { main, sitesDir, dir } = service;
    service = undefined;
    // Writable again, so whoever runs the tests can remove the folder.
    for (const folder of [sitesDir, path.join(sitesDir, 'builds')]) if (existsSync(folder)) writable(folder);
    if (main.child.exitCode === null) {
      main.child.kill('SIGTERM');
      await main.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the last good site live and reports it when going live is refused, then goes live once writable', async () => {
    service = await startChildService();
    const first = await service.settledAfter(1);
    expect(first.lastBuild?.result).toBe('live');
    const home = await service.page('/');
    const article = await service.page('/news/item-1/');
    expect(home.toString()).toContain('Home v1');

    // Mid-build: the build has written its files; the switch of the `live` link is refused.
    const sitesDir = service.sitesDir;
    await service.buildWithFault({ version: 2, pages: 4 }, () => readOnly(sitesDir));
    const failed = await service.settledAfter(2);
    const liveTemp = `live\\.tmp-${failed.lastBuild?.buildId}`;
    expect(failed.lastBuild).toMatchObject({
      result: 'failed',
      error: expect.stringMatching(
        new RegExp(`^could not deploy the build: EACCES: .*symlink .*${liveTemp}`),
      ),
    });
    expect(failed.lastError?.buildId).toBe(failed.lastBuild?.buildId);
    expect(failed.live?.buildId).toBe(first.live?.buildId);
    expect(await service.up()).toBe(true);
    expect((await service.page('/')).equals(home)).toBe(true);
    expect((await service.page('/news/item-1/')).equals(article)).toBe(true);

    // Still read-only: the next event builds, is refused the same way, and the site stays.
    service.setBuild({ version: 3, pages: 4 });
    expect((await service.post('{}')).status).toBe(202);
    const again = await service.settledAfter(3);
    expect(again.lastBuild?.error).toMatch(/^could not deploy the build: EACCES: /);
    expect(again.builds).toEqual({ started: 3, succeeded: 1, failed: 2 });
    expect((await service.page('/')).equals(home)).toBe(true);

    writable(sitesDir);
    service.setBuild({ version: 4, pages: 4 });
    expect((await service.post('{}')).status).toBe(202);
    const recovered = await service.settledAfter(4);
    expect(recovered.lastBuild?.result).toBe('live');
    expect(recovered.live?.buildId).toBe(recovered.lastBuild?.buildId);
    expect((await service.page('/')).toString()).toContain('Home v4');
    // The refused builds left nothing behind.
    expect(readdirSync(path.join(sitesDir, 'builds')).sort()).toEqual(
      [first.live?.buildId, recovered.live?.buildId].sort(),
    );
  });

  it('serves the new build and reports it when pruning is refused, then prunes once writable', async () => {
    service = await startChildService({ REBUILD_KEEP_BUILDS: '1' });
    const first = await service.settledAfter(1);
    const builds = path.join(service.sitesDir, 'builds');

    await service.buildWithFault({ version: 2, pages: 4 }, () => readOnly(builds));
    const pruneRefused = await service.settledAfter(2);
    expect(pruneRefused.lastBuild?.result).toBe('live');
    expect(pruneRefused.live?.buildId).toBe(pruneRefused.lastBuild?.buildId);
    expect(pruneRefused.lastCleanupError).toMatchObject({
      buildId: pruneRefused.lastBuild?.buildId,
      message: expect.stringMatching(
        new RegExp(`^could not clean up old builds: EACCES: .*builds/${first.live?.buildId}`),
      ),
    });
    expect(await service.up()).toBe(true);
    expect((await service.page('/')).toString()).toContain('Home v2');

    writable(builds);
    service.setBuild({ version: 3, pages: 4 });
    expect((await service.post('{}')).status).toBe(202);
    const next = await service.settledAfter(3);
    expect(next.builds).toEqual({ started: 3, succeeded: 3, failed: 0 });
    expect((await service.page('/')).toString()).toContain('Home v3');
    expect(readdirSync(builds)).toEqual([next.live?.buildId]);
  });
});
