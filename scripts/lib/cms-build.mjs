// Builds the CMS (admin panel + compiled server code) only when its sources changed:
// `strapi build` takes about a minute and 2 GB, so everything reuses one build.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cmsDir = path.join(repoRoot, 'cms');
const stampFile = path.join(cmsDir, 'dist', '.build-stamp');
const inputs = ['src', 'config', 'package.json', 'tsconfig.json', 'favicon.png'];

function* files(entry) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
  } else {
    yield entry;
  }
}

export function cmsSourceHash() {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of files(path.join(cmsDir, input))) {
      hash.update(path.relative(cmsDir, file)).update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

export function isCmsBuildFresh() {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === cmsSourceHash();
}

export function ensureCmsBuild({ log = console.log } = {}) {
  if (isCmsBuildFresh()) return false;
  log('cms: building the admin panel and server code (about a minute, once)…');
  const started = Date.now();
  const result = spawnSync('pnpm', ['--filter', 'cms', 'exec', 'strapi', 'build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0)
    throw new Error(`cms: "strapi build" failed (exit ${result.status}); see the output above`);
  writeFileSync(stampFile, cmsSourceHash());
  log(`cms: built in ${Math.round((Date.now() - started) / 1000)} s`);
  return true;
}
