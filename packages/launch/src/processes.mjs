// Runs the product's long-lived processes side by side, prefixing their output,
// and stops all of them when one fails or the user presses Ctrl+C.
import { spawn } from 'node:child_process';

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
let stopping = false;

/**
 * Starts a long-lived part of the product in its own process group, its output prefixed with its name.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 */
export function run(name, command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  children.add(child);
  const prefix = `[${name}] `;
  /** @param {import('node:stream').Readable | null} stream @param {NodeJS.WriteStream} target */
  const forward = (stream, target) => {
    let pending = '';
    stream?.on('data', (/** @type {Buffer} */ chunk) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) target.write(prefix + line + '\n');
    });
  };
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`${prefix}stopped (${signal ?? `exit ${code}`}); stopping everything.`);
      stopAll(code || 1);
    }
  });
  return child;
}

/** Stops every part (SIGTERM to each process group), then exits. */
export function stopAll(exitCode = 0) {
  stopping = true;
  for (const child of children) {
    // A child that never started has no process group to stop.
    if (child.pid === undefined) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(exitCode), children.size ? 3000 : 0).unref();
  if (children.size === 0) process.exit(exitCode);
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

/**
 * Resolves once `url` answers with a status `isReady` accepts; throws after `timeoutMs`.
 * @param {string} url
 * @param {{ timeoutMs?: number, isReady?: (status: number) => boolean }} [options]
 */
export async function waitForHttp(url, { timeoutMs = 180_000, isReady = (status) => status < 500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (isReady((await fetch(url)).status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
