#!/usr/bin/env node
// `pnpm start`: the whole product on one machine — the CMS (SQLite, demo content),
// the rebuild service (which makes the first build) and the live site it serves, and
// the preview server that shows drafts inside the CMS admin.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { cmsDir, ensureCmsBuild, repoRoot } from '@guildhall/launch/cms-build';
import { run, stopAll, waitForHttp } from '@guildhall/launch/processes';
import { DEFAULT_PORTS, localUrl } from '@guildhall/settings/defaults';

// Secrets live in cms/.env (CMS_ENV_FILE moves it); the rebuild service needs the
// webhook secret and the preview server the preview secret from the same file.
const envFile = process.env.CMS_ENV_FILE ?? path.join(cmsDir, '.env');
execFileSync('node', [path.join(cmsDir, 'scripts', 'ensure-env.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, CMS_ENV_FILE: envFile },
});
const cmsEnv = parseEnv(readFileSync(envFile, 'utf8'));
const cmsPort = Number(process.env.PORT ?? cmsEnv.PORT ?? DEFAULT_PORTS.cms);
const sitePort = Number(process.env.SITE_PORT ?? DEFAULT_PORTS.site);
// The rebuild service's own port (webhook and build status), on this machine only:
// it listens on 127.0.0.1, so that is the address to call, not whatever localhost resolves to.
const statusPort = Number(process.env.STATUS_PORT ?? DEFAULT_PORTS.rebuilder);
const previewPort = Number(process.env.PREVIEW_PORT ?? DEFAULT_PORTS.preview);
const cmsUrl = localUrl('cms', cmsPort);
const siteUrl = localUrl('site', sitePort);
const statusUrl = `http://127.0.0.1:${statusPort}`;
const previewUrl = process.env.PREVIEW_URL || localUrl('preview', previewPort);

try {
  ensureCmsBuild();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

run('cms', 'pnpm', ['exec', 'strapi', 'start'], {
  cwd: cmsDir,
  env: {
    ...cmsEnv,
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(cmsPort),
    REBUILD_WEBHOOK_URL: process.env.REBUILD_WEBHOOK_URL || `${statusUrl}/webhook`,
    LIVE_SITE_URL: process.env.LIVE_SITE_URL || process.env.SITE_URL || siteUrl,
    PREVIEW_URL: previewUrl,
  },
});

try {
  await waitForHttp(`${cmsUrl}/_health`, { isReady: (status) => status === 204 });
} catch (error) {
  console.error(`cms: ${error.message}`);
  stopAll(1);
}

run('site', 'pnpm', ['--filter', '@guildhall/rebuilder', 'start'], {
  cwd: repoRoot,
  env: {
    ...process.env,
    PORT: String(sitePort),
    STATUS_PORT: String(statusPort),
    CMS_URL: process.env.CMS_URL || cmsUrl,
    REBUILD_WEBHOOK_SECRET: process.env.REBUILD_WEBHOOK_SECRET || cmsEnv.REBUILD_WEBHOOK_SECRET,
    SITE_URL: process.env.SITE_URL || siteUrl,
  },
});

run('preview', 'pnpm', ['--filter', '@guildhall/preview', 'start'], {
  cwd: repoRoot,
  env: {
    ...process.env,
    PORT: String(previewPort),
    CMS_URL: process.env.CMS_URL || cmsUrl,
    CMS_ADMIN_URL: process.env.CMS_ADMIN_URL || cmsUrl,
    PREVIEW_SECRET: process.env.PREVIEW_SECRET || cmsEnv.PREVIEW_SECRET,
  },
});

console.log(`
  The product is starting:
    CMS admin      ${cmsUrl}/admin
    Live site      ${siteUrl}   (first build takes a minute)
    Build status   ${statusUrl}/status   (this machine only; editors see it on the admin home page)
    Draft preview  ${previewUrl}   (opened from "Open preview" in the admin)
  Press Ctrl+C to stop.
`);
