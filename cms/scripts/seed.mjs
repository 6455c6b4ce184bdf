#!/usr/bin/env node
// `pnpm seed`: adds any missing demo content. Safe to re-run: entries are matched
// by slug, existing ones are left as they are, nothing is duplicated.
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildCmsDependencies, cmsDir, isCmsBuildFresh } from '../../scripts/lib/cms-build.mjs';

const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi');

await import('./ensure-env.mjs');
process.env.SEED_DEMO_CONTENT = 'false';

// Reuse the current build when there is one; compiling again would rewrite dist/
// under any CMS already running from it.
const context = isCmsBuildFresh()
  ? { appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }
  : (buildCmsDependencies(), await compileStrapi());
const strapi = await createStrapi(context).load();
try {
  const { seedDemoContent } = require(path.join(context.distDir, 'src', 'seed'));
  const { created, existing } = await seedDemoContent(strapi);
  console.log(`seed: done (${created} created, ${existing} already there)`);
} finally {
  await strapi.destroy();
}
