// Builds the CMS (admin panel + compiled server code) only when its sources changed:
// `strapi build` takes about a minute and 2 GB, so everything reuses one build.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const cmsDir = path.join(repoRoot, 'cms');
const stampFile = path.join(cmsDir, 'dist', '.build-stamp');
const inputs = ['src', 'config', 'package.json', 'tsconfig.json', 'favicon.png'];

/** @param {string} entry @returns {Generator<string>} */
function* files(entry) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
  } else {
    yield entry;
  }
}

// Workspace packages the CMS imports: the admin bundles their sources and the server
// requires their CommonJS build, so a change in them means building the CMS again.
/** @returns {string[]} */
const workspaceDependencies = () =>
  Object.entries(JSON.parse(readFileSync(path.join(cmsDir, 'package.json'), 'utf8')).dependencies ?? {})
    .filter(([, version]) => String(version).startsWith('workspace:'))
    .map(([name]) => realpathSync(path.join(cmsDir, 'node_modules', name)));

function cmsSourceHash() {
  const hash = createHash('sha256');
  const sources = [
    ...inputs.map((input) => path.join(cmsDir, input)),
    ...workspaceDependencies().flatMap((dir) => [path.join(dir, 'src'), path.join(dir, 'package.json')]),
  ];
  for (const source of sources) {
    for (const file of files(source)) hash.update(path.relative(repoRoot, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Builds the workspace packages the CMS requires at run time (their `build` script).
 * Not the site: the CMS reaches it only through the rebuild service's types.
 */
export function buildCmsDependencies() {
  const result = spawnSync(
    'pnpm',
    ['--filter', 'cms^...', '--filter', '!site', 'run', '--if-present', 'build'],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0)
    throw new Error(
      `cms: building the packages it uses failed (exit ${result.status}); see the output above`,
    );
}

/** @returns {boolean} */
export function isCmsBuildFresh() {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === cmsSourceHash();
}

/**
 * Builds the CMS when its sources changed since the last build; true when it built.
 * @param {{ log?: (message: string) => void }} [options]
 * @returns {boolean}
 */
export function ensureCmsBuild({ log = console.log } = {}) {
  if (isCmsBuildFresh()) return false;
  log('cms: building the admin panel and server code (about a minute, once)…');
  const started = Date.now();
  buildCmsDependencies();
  // `strapi build` compiles over what is there: a source file since removed (a route,
  // say) would live on in the compiled server code, so the build starts from nothing.
  rmSync(path.join(cmsDir, 'dist'), { recursive: true, force: true });
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
