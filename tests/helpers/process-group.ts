import type { ChildProcess } from 'node:child_process';

/**
 * Stops a child started with `detached: true` and everything it started (pnpm, tsx,
 * Astro builds), by signalling its process group, and resolves once the child has exited.
 */
export async function stopProcessGroup(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, signal);
  await exited;
}
