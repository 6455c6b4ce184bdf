import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { LogRing } from './log-ring';

export interface BuildRunOptions {
  command: string;
  cwd: string;
  outDir: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  /** Values to hide from the log tail. */
  secrets?: string[];
}

export interface BuildOutcome {
  ok: boolean;
  /** Why it failed, in one line; null when it succeeded. */
  error: string | null;
  logTail: string[];
}

export interface RunningBuild {
  pid: number | undefined;
  done: Promise<BuildOutcome>;
  /** Kills the whole process group (the shell, pnpm, Astro and anything they started). */
  kill(reason: string): void;
}

// If something escaped the process group and still holds our pipes, 'close' never comes.
const CLOSE_GRACE_MS = 2000;

const signalName = (number: number) =>
  Object.entries(constants.signals).find(([, value]) => value === number)?.[0] ?? `signal ${number}`;

/** Runs the site build with SITE_OUT_DIR set, keeping the end of its output and enforcing a time limit. */
export function startBuild(options: BuildRunOptions): RunningBuild {
  const log = new LogRing({ secrets: options.secrets });
  let killedBecause: string | null = null;
  let resolveDone: (outcome: BuildOutcome) => void = () => undefined;
  const done = new Promise<BuildOutcome>((resolve) => (resolveDone = resolve));

  const child = spawn(options.command, {
    cwd: options.cwd,
    shell: true,
    // Its own process group, so a kill reaches every process the build started.
    detached: true,
    env: { ...(options.env ?? process.env), SITE_OUT_DIR: options.outDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killGroup = (reason: string) => {
    killedBecause ??= reason;
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group has already gone.
    }
  };
  const timer = setTimeout(
    () => killGroup(`timed out after ${(options.timeoutMs / 1000).toFixed(1)} s, so the build was stopped`),
    options.timeoutMs,
  );

  const stdout = log.writer();
  const stderr = log.writer();
  child.stdout.on('data', (chunk: Buffer) => stdout.write(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.write(chunk));

  let settled = false;
  const finish = (error: string | null) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    stdout.end();
    stderr.end();
    const why = killedBecause ?? error;
    resolveDone({ ok: why === null, error: why, logTail: log.lines() });
  };
  child.on('error', (error) => {
    finish(`could not start the build command: ${error.message}`);
    killGroup('it could not be started');
  });
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  child.on('exit', (code, signal) => {
    exit = { code, signal };
    setTimeout(() => finish(describeExit(code, signal, log.lines())), CLOSE_GRACE_MS).unref();
  });
  child.on('close', (code, signal) => {
    const last = exit ?? { code, signal };
    finish(describeExit(last.code, last.signal, log.lines()));
  });

  return { pid: child.pid, done, kill: killGroup };
}

function describeExit(code: number | null, signal: NodeJS.Signals | null, lines: string[]): string | null {
  if (signal) return `the build process was killed by ${signal}`;
  // Through a shell, a process killed by a signal shows as exit 128 + the signal's number.
  if (code !== null && code > 128 && code < 160)
    return `the build process was killed by ${signalName(code - 128)} (exit ${code})`;
  if (code !== 0) return `the build command failed with exit code ${code}: ${likelyCause(lines)}`;
  return null;
}

// Build tools end with noise ("ELIFECYCLE", stack frames); the cause is usually the
// last line that mentions an error.
function likelyCause(lines: string[]): string {
  const plain = lines.map((line) => line.trim()).filter(Boolean);
  const errorLine = plain.findLast((line) => /error/i.test(line) && !/ELIFECYCLE|ERR_PNPM/.test(line));
  return (errorLine ?? plain.at(-1) ?? 'no output').slice(0, 500);
}
