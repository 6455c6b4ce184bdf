// Faults of the sites folder injected mid-build, for real: the OS itself refuses the
// service's writes. (Tests may run as root, whom chmod does not stop, so the faults are
// a file where a folder must be, a folder where a file must be, and a folder removed;
// read-only-sites.test.ts makes the folder read-only, running the service as another user.)
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startService, waitFor, type FakeBuildSettings, type TestService } from './test-helpers';

describe('faults in the sites folder', () => {
  let service: TestService | undefined;
  afterEach(async () => {
    await service?.close();
    service = undefined;
  });

  /** Runs one build, doing `fault` once the build has written its files and before it ends. */
  async function buildWithFault(running: TestService, settings: FakeBuildSettings, fault: () => void) {
    const release = path.join(running.dir, `release-${settings.version}`);
    running.setBuild({ ...settings, holdUntil: release });
    expect((await running.post('{"event":"entry.publish"}')).status).toBe(202);
    await waitFor('the build to write its files', () => existsSync(`${release}.held`));
    fault();
    writeFileSync(release, '');
    await running.settled();
    // Over HTTP: the service is still up and answering.
    return running.fetchStatus();
  }

  it('keeps the last good site live and reports it when going live fails, then builds on the next events', async () => {
    service = await startService({ build: { version: 1, pages: 4 } });
    const before = await service.settled();
    const meta = path.join(service.sitesDir, 'meta');

    const failed = await buildWithFault(service, { version: 2, pages: 4 }, () => {
      renameSync(meta, `${meta}.saved`);
      writeFileSync(meta, 'a file where the service keeps its build records');
    });
    expect(failed.live?.buildId).toBe(before.live?.buildId);
    expect(failed.lastBuild).toMatchObject({
      result: 'failed',
      error: expect.stringMatching(/^could not deploy the build: E(EXIST|NOTDIR): .*meta/),
    });
    expect(failed.lastError?.buildId).toBe(failed.lastBuild?.buildId);
    expect(failed.lastCleanupError).toMatchObject({
      buildId: failed.lastBuild?.buildId,
      message: expect.stringMatching(/^could not clean up old builds: ENOTDIR/),
    });
    expect(await service.page('/')).toContain('Home v1');

    // The fault is still there: the next event builds, fails the same way, and the site stays.
    service.setBuild({ version: 3, pages: 4 });
    await service.post('{}');
    const again = await service.settled();
    expect(again.builds).toEqual({ started: 3, succeeded: 1, failed: 2 });
    expect(again.live?.buildId).toBe(before.live?.buildId);
    expect(await service.page('/')).toContain('Home v1');

    // Once the folder is back, the next event goes live.
    rmSync(meta);
    renameSync(`${meta}.saved`, meta);
    service.setBuild({ version: 4, pages: 4 });
    await service.post('{}');
    const recovered = await service.settled();
    expect(recovered.lastBuild?.result).toBe('live');
    expect(recovered.live?.buildId).toBe(recovered.lastBuild?.buildId);
    expect(await service.page('/')).toContain('Home v4');
  });

  it('serves the new build and reports it when removing an old build fails, then builds on the next event', async () => {
    service = await startService({ build: { version: 1, pages: 4 }, env: { REBUILD_KEEP_BUILDS: '1' } });
    const first = await service.settled();
    const oldRecord = path.join(service.sitesDir, 'meta', `${first.live?.buildId}.json`);

    const pruned = await buildWithFault(service, { version: 2, pages: 4 }, () => {
      rmSync(oldRecord);
      mkdirSync(path.join(oldRecord, 'a folder where the service expects a file'), { recursive: true });
    });
    expect(pruned.lastBuild?.result).toBe('live');
    expect(pruned.live?.buildId).toBe(pruned.lastBuild?.buildId);
    expect(pruned.lastCleanupError).toMatchObject({
      buildId: pruned.lastBuild?.buildId,
      message: expect.stringMatching(/^could not clean up old builds: .*is a directory/i),
    });
    expect(await service.page('/')).toContain('Home v2');

    service.setBuild({ version: 3, pages: 4 });
    await service.post('{}');
    const next = await service.settled();
    expect(next.builds).toEqual({ started: 3, succeeded: 3, failed: 0 });
    expect(await service.page('/')).toContain('Home v3');
  });

  it('keeps the last good site live when the new build folder is removed underneath, then builds on the next event', async () => {
    service = await startService({ build: { version: 1, pages: 4 } });
    const before = await service.settled();

    const refused = await buildWithFault(service, { version: 2, pages: 4 }, () => {
      const building = service?.rebuilder.status().current?.buildId ?? '';
      rmSync(path.join(service?.sitesDir ?? '', 'builds', building), { recursive: true });
    });
    expect(refused.lastBuild).toMatchObject({
      result: 'refused',
      error: 'the build wrote no site files (SITE_OUT_DIR/client)',
    });
    expect(refused.live?.buildId).toBe(before.live?.buildId);
    expect(await service.page('/')).toContain('Home v1');

    service.setBuild({ version: 3, pages: 4 });
    await service.post('{}');
    expect((await service.settled()).lastBuild?.result).toBe('live');
    expect(await service.page('/')).toContain('Home v3');
  });
});
