#!/usr/bin/env node
// `pnpm dev`: work on the code. The CMS runs in develop mode (content-type builder,
// reloads on change) and the site in Astro's dev server, reading the CMS live.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildCmsDependencies, cmsDir, repoRoot } from '@guildhall/launch/cms-build';
import { run, waitForHttp } from '@guildhall/launch/processes';
import { localUrl } from '@guildhall/settings/defaults';

execFileSync('node', [path.join(cmsDir, 'scripts', 'ensure-env.mjs')], { stdio: 'inherit' });

buildCmsDependencies();
run('cms', 'pnpm', ['exec', 'strapi', 'develop', '--no-watch-admin'], { cwd: cmsDir, env: process.env });
await waitForHttp(`${localUrl('cms')}/_health`, { isReady: (status) => status === 204 });
run('site', 'pnpm', ['--filter', 'site', 'dev'], { cwd: repoRoot, env: process.env });

console.log(`
  Developing:
    CMS admin   ${localUrl('cms')}/admin
    Site (dev)  ${localUrl('site')}
`);
