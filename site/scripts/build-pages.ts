// `pnpm --filter site run build:pages`: the site build the rebuild service runs —
// `astro build` (static pages in <out>/client, the on-demand renderer in <out>/server),
// then the search index over the static pages (renderer/search-index.ts, shared with
// the rebuild service, which rewrites it after redrawing pages).
//
// Builds from one checkout run one at a time: Astro stages its work in shared folders
// (site/.astro, the Vite cache), so two at once corrupt each other. The lock is a file
// created exclusively and naming its owner's pid, which works on Linux, macOS and
// Windows; a lock left by a killed build (the rebuild service kills whole process
// groups on timeout) is noticed by its dead pid and taken over.
import { spawn } from 'node:child_process';
import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSearchIndex } from '../renderer/search-index';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = path.join(siteDir, '.build.lock');
const outDir = path.resolve(siteDir, process.env.SITE_OUT_DIR || 'dist');
const LOCK_POLL_MS = 200;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

async function acquireLock() {
  let announced = false;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(await readFile(lockFile, 'utf8').catch(() => ''));
    if (Number.isInteger(owner) && owner > 0 && !isRunning(owner)) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (!announced)
      console.log(`build:pages: waiting for another build of this checkout (pid ${owner || '?'})`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

function run(command: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: siteDir,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

await acquireLock();
const release = () => rm(lockFile, { force: true });
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => release().finally(() => process.exit(1)));
try {
  await run('astro', ['build']);
  const { pages } = await writeSearchIndex(path.join(outDir, 'client'));
  console.log(`build:pages: search index of ${pages} pages written`);
} catch (error) {
  console.error(`Error: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await release();
}
