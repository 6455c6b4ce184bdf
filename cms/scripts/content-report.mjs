#!/usr/bin/env node
// `pnpm content:report`: every published entry with readability or accessibility
// findings, worst first, for cleaning up old content. Reads only; `--json` for tools.
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildCmsDependencies, cmsDir, isCmsBuildFresh } from '../../scripts/lib/cms-build.mjs';

const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi');

// Strapi logs to stdout while it loads; only the report goes there (so `--json` parses).
const writeReport = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr);

await import('./ensure-env.mjs');
process.env.SEED_DEMO_CONTENT = 'false';

const context = isCmsBuildFresh()
  ? { appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }
  : (buildCmsDependencies(), await compileStrapi());
const strapi = await createStrapi(context).load();
try {
  const { buildContentReport } = require(path.join(context.distDir, 'src', 'readability', 'report'));
  const { formatReport } = require(path.join(context.distDir, 'src', 'readability', 'format'));
  const report = await buildContentReport(strapi);
  const adminUrl = strapi.config.get('server.url') || `http://localhost:${strapi.config.get('server.port')}`;
  const json = process.argv.includes('--json');
  writeReport(`${json ? JSON.stringify(report, null, 2) : formatReport(report, adminUrl)}\n`);
} finally {
  await strapi.destroy();
}
