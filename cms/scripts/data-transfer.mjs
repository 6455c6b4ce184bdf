#!/usr/bin/env node
// Backups with Strapi's own data transfer: content, uploads and configuration in one
// archive, encrypted when BACKUP_ENCRYPTION_KEY is set.
//   pnpm backup [file]     → backups/guildhall-<time>.tar.gz[.enc] (or the given base name)
//   pnpm restore <file>    → replaces ALL content of this CMS with the archive's
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseEnv } from 'node:util';
import { cmsDir, isCmsBuildFresh, repoRoot } from '@guildhall/launch/cms-build';

const [command, fileArgument] = process.argv.slice(2);
const fail = (message) => {
  console.error(`${command ?? 'data-transfer'}: ${message}`);
  process.exit(1);
};

// The CMS reads cms/.env itself; CMS_ENV_FILE (as `pnpm start` honours it) points elsewhere.
const envFile = process.env.CMS_ENV_FILE;
const fileEnv = envFile && existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
const env = { ...fileEnv, ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' };
const key = env.BACKUP_ENCRYPTION_KEY;
// pnpm runs this in cms/; a relative path means relative to where the user typed it.
const fromCaller = (file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
const encryption = key ? ['--key', key] : ['--no-encrypt'];

// An up-to-date build is reused rather than compiled again under a running CMS (see reuse-build.mjs).
const reuseBuild = pathToFileURL(path.join(cmsDir, 'scripts', 'reuse-build.mjs')).href;
const nodeOptions = () =>
  [env.NODE_OPTIONS, isCmsBuildFresh() ? `--import=${reuseBuild}` : ''].filter(Boolean).join(' ');

function strapi(args) {
  const result = spawnSync(path.join(cmsDir, 'node_modules', '.bin', 'strapi'), args, {
    cwd: cmsDir,
    env: { ...env, NODE_OPTIONS: nodeOptions() },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return result.status === 0;
}

if (command === 'backup') {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = fileArgument ? fromCaller(fileArgument) : path.join(repoRoot, 'backups', `guildhall-${stamp}`);
  mkdirSync(path.dirname(base), { recursive: true });
  if (!key) console.warn('backup: BACKUP_ENCRYPTION_KEY is not set, so the archive is NOT encrypted.');
  if (!strapi(['export', '--file', base, ...encryption])) fail(`exporting to ${base} failed; see above`);
  console.log(`backup: written ${base}.tar.gz${key ? '.enc' : ''}`);
} else if (command === 'restore') {
  if (!fileArgument) fail('name the archive to restore, e.g. pnpm restore backups/guildhall-….tar.gz.enc');
  const file = fromCaller(fileArgument);
  if (!existsSync(file)) fail(`${file} does not exist`);
  if (file.endsWith('.enc') && !key)
    fail(`${file} is encrypted: set BACKUP_ENCRYPTION_KEY to the key used for the backup`);
  console.warn(`restore: replacing all content of this CMS with ${file}`);
  if (!strapi(['import', '--file', file, '--force', ...(file.endsWith('.enc') ? ['--key', key] : [])])) {
    fail(`importing ${file} failed; see above`);
  }
  console.log('restore: done. Restart the CMS; it re-creates the site token and webhook on start.');
} else {
  fail('usage: data-transfer.mjs backup [file] | restore <file>');
}
