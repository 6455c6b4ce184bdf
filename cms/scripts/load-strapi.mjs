// Boots the CMS in-process for a script (`pnpm seed`, `pnpm content:report`), with
// the env `pnpm start` uses and no demo content added as a side effect.
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildCmsDependencies, cmsDir, isCmsBuildFresh } from '@guildhall/launch/cms-build';

const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi');

/** A loaded Strapi, and a way to require the CMS's compiled modules (e.g. "src/seed"). */
export async function loadStrapi() {
  await import('./ensure-env.mjs');
  process.env.SEED_DEMO_CONTENT = 'false';
  // Reuse the current build when there is one; compiling again would rewrite dist/
  // under any CMS already running from it.
  const context = isCmsBuildFresh()
    ? { appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }
    : (buildCmsDependencies(), await compileStrapi());
  const strapi = await createStrapi(context).load();
  return { strapi, requireCompiled: (module) => require(path.join(context.distDir, module)) };
}
