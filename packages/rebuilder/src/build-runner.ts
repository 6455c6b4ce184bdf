import { spawn } from 'node:child_process';

export interface BuildRun {
  ok: boolean;
  /** Why it failed, in one line. */
  error: string | null;
  logTail: string[];
}

const TAIL_LINES = 200;

/** Runs the site build command into `outDir`, keeping the last lines of its output. */
export function runBuild(
  command: string,
  cwd: string,
  outDir: string,
  timeoutMs: number,
  onStart: (pid: number | undefined) => void = () => undefined,
): Promise<BuildRun> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    let partial = '';
    const collect = (chunk: Buffer) => {
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop() ?? '';
      lines.push(...parts);
      if (lines.length > TAIL_LINES) lines.splice(0, lines.length - TAIL_LINES);
    };
    const child = spawn(command, {
      cwd,
      shell: true,
      detached: true,
      env: { ...process.env, SITE_OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onStart(child.pid);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const finish = (error: string | null) => {
      clearTimeout(timer);
      if (partial) lines.push(partial);
      resolve({ ok: error === null, error, logTail: lines.slice(-TAIL_LINES) });
    };
    child.on('error', (error) => finish(`could not start the build: ${error.message}`));
    child.on('close', (code, signal) => {
      if (timedOut) finish(`the build took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`);
      else if (signal) finish(`the build process was killed (${signal})`);
      // Through a shell, a killed build shows as exit 128 + the signal number.
      else if (code !== null && code > 128) finish(`the build process was killed (signal ${code - 128})`);
      else if (code !== 0) finish(`the build failed (exit ${code}): ${lastMeaningfulLine(lines)}`);
      else finish(null);
    });
  });
}

export function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group has already gone
  }
}

// Build tools end with noise ("ELIFECYCLE", stack frames); the cause is usually the
// last line that says "error".
function lastMeaningfulLine(lines: string[]): string {
  const plain = lines
    .map((line) => line.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '').trim())
    .filter(Boolean);
  const errorLine = [...plain]
    .reverse()
    .find((line) => /error/i.test(line) && !/ELIFECYCLE|ERR_PNPM/.test(line));
  return errorLine ?? plain.at(-1) ?? 'no output';
}
