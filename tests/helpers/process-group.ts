import { execFileSync, type ChildProcess } from 'node:child_process';
import { waitFor } from './ports';

/**
 * Whether a process of the group still runs. A zombie awaiting its parent has ended, so it
 * counts as gone (in a container, orphans may wait a while for init to reap them).
 * `ps -A -o pgid=,stat=` reads the same on Linux and macOS.
 */
function groupRunning(pgid: number): boolean {
  return execFileSync('ps', ['-A', '-o', 'pgid=,stat='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .some(([group, stat]) => Number(group) === pgid && !stat?.startsWith('Z'));
}

/**
 * Stops a child started with `detached: true` and everything it started (pnpm, tsx,
 * Astro builds), by signalling its process group, and resolves once every process of the
 * group has ended: the child exits first, and what it started may still be writing into
 * folders the caller is about to remove.
 */
export async function stopProcessGroup(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const pgid = child.pid;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-pgid, signal);
  await exited;
  const gone = () => Promise.resolve(groupRunning(pgid) ? undefined : true);
  try {
    await waitFor(`the processes started by ${pgid} to end`, gone, { timeoutMs: 30_000 });
  } catch {
    // Something ignored the signal: stop it outright (unless the group ended just now).
    if (groupRunning(pgid)) process.kill(-pgid, 'SIGKILL');
    await waitFor(`the processes started by ${pgid} to end after SIGKILL`, gone, { timeoutMs: 10_000 });
  }
}
