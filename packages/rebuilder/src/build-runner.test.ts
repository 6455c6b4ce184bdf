import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBuild, type BuildRunOptions } from './build-runner';
import { LogRing } from './log-ring';
import { fakeBuildCommand, isRunning, tempDir, waitFor, type FakeBuildSettings } from './test-helpers';

describe('running a build', () => {
  let dir: string;
  let control: string;
  beforeEach(() => {
    dir = tempDir();
    control = path.join(dir, 'control.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (settings: FakeBuildSettings, options: Partial<BuildRunOptions> = {}) => {
    writeFileSync(control, JSON.stringify(settings));
    return startBuild({
      command: fakeBuildCommand(control),
      cwd: dir,
      outDir: path.join(dir, 'out'),
      timeoutMs: 10_000,
      ...options,
    }).done;
  };

  it('passes SITE_OUT_DIR to the command and succeeds on exit 0', async () => {
    const outcome = await run({ version: 7, pages: 2 });
    expect(outcome).toMatchObject({ ok: true, error: null });
    expect(outcome.logTail).toContain('fake build: done');
    expect(readFileSync(path.join(dir, 'out', 'client', 'index.html'), 'utf8')).toContain('Home v7');
  });

  it('runs the command through a shell from the given folder', async () => {
    const outcome = await startBuild({
      command: 'echo "in $(pwd)" && echo "out $SITE_OUT_DIR" >&2',
      cwd: dir,
      outDir: '/tmp/somewhere',
      timeoutMs: 5000,
    }).done;
    expect(outcome.logTail).toEqual([`in ${dir}`, 'out /tmp/somewhere']);
  });

  it('fails on a non-zero exit and names the error line', async () => {
    const outcome = await run({ fail: 'exit' });
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toBe('the build command failed with exit code 1: Error: the CMS refused the token');
  });

  it('keeps only the last 200 lines of output', async () => {
    const outcome = await run({ fail: 'exit' });
    expect(outcome.logTail).toHaveLength(200);
    expect(outcome.logTail.at(-2)).toBe('Error: the CMS refused the token');
  });

  it('fails when the build process is killed by a signal', async () => {
    const outcome = await run({ fail: 'kill' });
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/killed by SIGKILL/);
    expect(outcome.logTail).toContain('about to crash');
  });

  it('kills the whole process group when the build takes too long', async () => {
    const pidFile = path.join(dir, 'grandchild.pid');
    const started = Date.now();
    // Long enough for the fake build to start its grandchild on a busy machine.
    const outcome = await run({ fail: 'hang', pidFile }, { timeoutMs: 3000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toBe('timed out after 3.0 s, so the build was stopped');
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    await waitFor('the grandchild to be gone', () => !isRunning(grandchild), 3000);
  });

  it('can be killed on request, with the reason as its error', async () => {
    const pidFile = path.join(dir, 'hanging.pid');
    writeFileSync(control, JSON.stringify({ fail: 'hang', pidFile }));
    const running = startBuild({
      command: fakeBuildCommand(control),
      cwd: dir,
      outDir: path.join(dir, 'out'),
      timeoutMs: 60_000,
    });
    await waitFor('the build to be hanging', () => existsSync(pidFile));
    running.kill('stopped because the service is shutting down');
    expect(await running.done).toMatchObject({
      ok: false,
      error: 'stopped because the service is shutting down',
    });
  });

  it('fails when the command cannot be started', async () => {
    const outcome = await startBuild({
      command: 'true',
      cwd: path.join(dir, 'missing-folder'),
      outDir: path.join(dir, 'out'),
      timeoutMs: 5000,
    }).done;
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/^could not start the build command/);
  });

  it('fails when the command does not exist', async () => {
    const outcome = await startBuild({
      command: 'no-such-build-tool --now',
      cwd: dir,
      outDir: path.join(dir, 'out'),
      timeoutMs: 5000,
    }).done;
    expect(outcome.error).toMatch(/exit code 127/);
  });

  it('hides secrets from the log tail', async () => {
    const outcome = await startBuild({
      command: 'echo "token=super-secret-value"',
      cwd: dir,
      outDir: path.join(dir, 'out'),
      timeoutMs: 5000,
      secrets: ['super-secret-value'],
    }).done;
    expect(outcome.logTail).toEqual(['token=[redacted]']);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('the log ring', () => {
  it('joins lines split across chunks, per stream, and strips colours', () => {
    const ring = new LogRing();
    const stdout = ring.writer();
    const stderr = ring.writer();
    stdout.write('hel');
    stderr.write('err');
    stdout.write(Buffer.from('lo \u001b[32mworld\u001b[39m\nsecond'));
    stderr.write('or\n');
    stdout.end();
    stderr.end();
    expect(ring.lines()).toEqual(['hello world', 'error', 'second']);
  });

  it('keeps a character split between chunks intact', () => {
    const ring = new LogRing();
    const writer = ring.writer();
    const bytes = Buffer.from('café\n');
    writer.write(bytes.subarray(0, 4));
    writer.write(bytes.subarray(4));
    expect(ring.lines()).toEqual(['café']);
  });

  it('bounds the number of lines and the length of each', () => {
    const ring = new LogRing({ maxLines: 3, maxLineLength: 10 });
    const writer = ring.writer();
    for (let line = 1; line <= 10; line += 1) writer.write(`line ${line}\n`);
    writer.write('x'.repeat(1_000_000));
    writer.end();
    expect(ring.lines()).toEqual(['line 9', 'line 10', `${'x'.repeat(10)} …`]);
  });

  it('keeps the last state of a line rewritten with carriage returns', () => {
    const ring = new LogRing();
    const writer = ring.writer();
    writer.write('10%\r50%\r100%\r\n');
    expect(ring.lines()).toEqual(['100%']);
  });
});
