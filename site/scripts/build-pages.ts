// `pnpm --filter site run build:pages`: the site build the rebuild service runs (straight
// from Node: see SITE_BUILD_COMMAND) —
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
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { integerSetting } from '@guildhall/settings';
import { writeSearchIndex } from '../renderer/search-index';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = path.join(siteDir, '.build.lock');
const outDir = path.resolve(siteDir, process.env.SITE_OUT_DIR || 'dist');
const LOCK_POLL_MS = 200;

// Astro's command, run by this Node: found without relying on a package manager's PATH.
const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astroCommand = path.join(
  path.dirname(astroPackage),
  (JSON.parse(await readFile(astroPackage, 'utf8')) as { bin: { astro: string } }).bin.astro,
);

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

/** Runs `astro build` with `nodeFlags`; resolves to whether it ran out of heap, and rejects on any other failure. */
function astroBuild(nodeFlags: string[]) {
  return new Promise<{ outOfHeap: boolean }>((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, astroCommand, 'build'], {
      cwd: siteDir,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve({ outOfHeap: false });
      // V8 aborts the process when the heap is full.
      else if (signal === 'SIGABRT' || code === 134) resolve({ outOfHeap: true });
      else reject(new Error(`astro build failed (${signal ?? `exit ${code}`})`));
    });
  });
}

await acquireLock();
const release = () => rm(lockFile, { force: true });
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => release().finally(() => process.exit(1)));
try {
  // V8 lets a heap grow towards a quarter of the machine's memory before it collects in
  // earnest: uncapped, `astro build` of 10,000 articles took about 960 MiB while what it
  // held stayed under 500 MiB. Capped, the whole build peaks near 790 MiB in the same time.
  // A site that outgrows the cap is built again without it, never left unbuilt.
  const astroHeapMib = integerSetting(process.env, 'SITE_BUILD_HEAP_MIB', 768, 16, 1_048_576);
  if ((await astroBuild([`--max-old-space-size=${astroHeapMib}`])).outOfHeap) {
    console.log(
      `build:pages: astro build needs more than ${astroHeapMib} MiB of heap (SITE_BUILD_HEAP_MIB); building again without that cap`,
    );
    await rm(outDir, { recursive: true, force: true });
    if ((await astroBuild([])).outOfHeap) throw new Error('astro build ran out of memory');
  }
  const { pages } = await writeSearchIndex(path.join(outDir, 'client'));
  console.log(`build:pages: search index of ${pages} pages written`);
} catch (error) {
  console.error(`Error: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await release();
}
