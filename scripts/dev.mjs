#!/usr/bin/env node
// `pnpm dev`: work on the code. The CMS runs in develop mode (content-type builder,
// reloads on change) and the site in Astro's dev server, reading the CMS live.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildCmsDependencies, cmsDir, repoRoot } from './lib/cms-build.mjs';
import { run, waitForHttp } from './lib/processes.mjs';

execFileSync('node', [path.join(cmsDir, 'scripts', 'ensure-env.mjs')], { stdio: 'inherit' });

buildCmsDependencies();
run('cms', 'pnpm', ['exec', 'strapi', 'develop', '--no-watch-admin'], { cwd: cmsDir, env: process.env });
await waitForHttp('http://localhost:1337/_health', { isReady: (status) => status === 204 });
run('site', 'pnpm', ['--filter', 'site', 'dev'], { cwd: repoRoot, env: process.env });

console.log(`
  Developing:
    CMS admin   http://localhost:1337/admin
    Site (dev)  http://localhost:4321
`);
