import { describe, expect, it } from 'vitest';
import { BuildRecord } from './status';

const idle = { state: 'idle', pending: false, nextBuildAt: null } as const;

describe('the build record', () => {
  it('records a crash during a build as a failed build, so no build shows as running forever', () => {
    const record = new BuildRecord();
    record.buildStarted('20261201-120000-000-0001-abcd', new Date('2026-12-01T12:00:00Z'), 'full');
    record.pipelineCrashed('the build pipeline crashed: EIO', new Date('2026-12-01T12:00:05Z'));
    const status = record.snapshot(idle);
    expect(status.current).toBeNull();
    expect(status.lastBuild).toMatchObject({
      buildId: '20261201-120000-000-0001-abcd',
      result: 'failed',
      error: 'the build pipeline crashed: EIO',
      durationMs: 5000,
    });
    expect(status.lastError?.message).toBe('the build pipeline crashed: EIO');
    expect(status.builds).toEqual({ started: 1, succeeded: 0, failed: 1 });
  });

  it('records a crash after the build was recorded as a clean-up failure of that build', () => {
    const record = new BuildRecord();
    record.buildStarted('20261201-120000-000-0001-abcd', new Date('2026-12-01T12:00:00Z'), 'full');
    record.buildFinished(
      {
        buildId: '20261201-120000-000-0001-abcd',
        kind: 'full',
        description: 'Full build — live in 4.0 s, 5 pages',
        changes: null,
        searchMs: null,
        startedAt: '2026-12-01T12:00:00.000Z',
        finishedAt: '2026-12-01T12:00:04.000Z',
        durationMs: 4000,
        result: 'live',
        error: null,
        pages: 5,
        events: 0,
      },
      [],
    );
    record.pipelineCrashed('the build pipeline crashed: EIO', new Date('2026-12-01T12:00:05Z'));
    const status = record.snapshot(idle);
    expect(status.lastBuild?.result).toBe('live');
    expect(status.lastError).toBeNull();
    expect(status.lastCleanupError).toEqual({
      buildId: '20261201-120000-000-0001-abcd',
      at: '2026-12-01T12:00:05.000Z',
      message: 'the build pipeline crashed: EIO',
    });
  });
});
