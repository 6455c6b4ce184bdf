import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBuildCommand, isRunning, runMain, SECRET, tempDir, waitFor } from './test-helpers';

describe('the service entry point', () => {
  let dir: string;
  let running: ChildProcess | undefined;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => {
    if (running?.exitCode === null) running.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start without a secret and says which variable is wrong', async () => {
    const main = runMain({ SITES_DIR: dir });
    expect(await main.exited).toBe(1);
    expect(main.output()).toMatch(/^rebuilder: REBUILD_WEBHOOK_SECRET is required/);
  });

  it('refuses a bad value and names it', async () => {
    const main = runMain({ REBUILD_WEBHOOK_SECRET: SECRET, REBUILD_QUIET_MS: 'soon', SITES_DIR: dir });
    expect(await main.exited).toBe(1);
    expect(main.output()).toContain('REBUILD_QUIET_MS must be a whole number');
  });

  it('starts, says where the live site and the status are, and on SIGTERM kills the running build and exits', async () => {
    const control = path.join(dir, 'control.json');
    const pidFile = path.join(dir, 'hanging.pid');
    writeFileSync(control, JSON.stringify({ fail: 'hang', pidFile }));
    const main = runMain({
      REBUILD_WEBHOOK_SECRET: SECRET,
      SITES_DIR: path.join(dir, 'sites'),
      REBUILD_COMMAND: fakeBuildCommand(control),
      REBUILD_QUIET_MS: '0',
    });
    running = main.child;
    await waitFor('the start-up lines', () => /Status at http:\/\/localhost:\d+/.test(main.output()));
    const port = /Live site at http:\/\/localhost:(\d+)/.exec(main.output())?.[1];
    const statusPort = /Status at http:\/\/localhost:(\d+)\/status/.exec(main.output())?.[1];
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${statusPort}/status`)).status).toBe(200);
    await waitFor('the build to start', () => existsSync(pidFile));
    const hanging = Number(readFileSync(pidFile, 'utf8'));

    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
    await waitFor('the build to be killed', () => !isRunning(hanging), 5000);
    expect(main.output()).toMatch(/build \S+ failed: stopped because the service is shutting down/);
    expect(main.output()).not.toContain(SECRET);
  });
});
