#!/usr/bin/env node
// The Strapi types in types/generated, which the CMS code is type-checked against and
// which are committed. `pnpm generate:types` writes them from the content model;
// with --check (part of `pnpm typecheck`) it fails when the committed ones are stale,
// so a renamed or removed field cannot slip through. Both generate inside a scratch
// folder: `strapi ts:generate-types` would compile into dist/, under a running CMS.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildCmsDependencies, cmsDir } from '@guildhall/launch/cms-build';

const require = createRequire(import.meta.url);
const { createStrapi } = require('@strapi/strapi');
const tsUtils = require('@strapi/typescript-utils');

const committed = path.join(cmsDir, 'types', 'generated');
const scratch = path.join(cmsDir, '.tmp', 'types-check');

async function generateInto(folder) {
  // Loading the CMS requires the compiled workspace packages it imports.
  buildCmsDependencies();
  const distDir = path.join(folder, 'dist');
  await tsUtils.compile(cmsDir, {
    configOptions: { options: { outDir: distDir, incremental: false }, ignoreDiagnostics: true },
  });
  const strapi = await createStrapi({ appDir: cmsDir, distDir }).register();
  try {
    await tsUtils.generators.generate({
      strapi,
      pwd: cmsDir,
      rootDir: path.relative(cmsDir, folder),
      logger: { silent: true },
      artifacts: { contentTypes: true, components: true },
    });
  } finally {
    await strapi.destroy();
  }
  return path.join(folder, 'generated');
}

const differing = (fresh) => {
  const names = new Set([...readdirSync(fresh), ...(existsSync(committed) ? readdirSync(committed) : [])]);
  return [...names].filter((name) => {
    const [mine, theirs] = [path.join(committed, name), path.join(fresh, name)];
    return !existsSync(mine) || !existsSync(theirs) || !readFileSync(mine).equals(readFileSync(theirs));
  });
};

function check(fresh) {
  const stale = differing(fresh);
  if (stale.length === 0) {
    console.log('cms: the Strapi types in cms/types/generated match the content model');
    return;
  }
  console.error(
    `cms: the Strapi types in cms/types/generated are stale (${stale.join(', ')}); ` +
      'run `pnpm generate:types` and commit the result.',
  );
  process.exitCode = 1;
}

function write(fresh) {
  rmSync(committed, { recursive: true, force: true });
  cpSync(fresh, committed, { recursive: true });
  console.log('cms: wrote the Strapi types to cms/types/generated');
}

rmSync(scratch, { recursive: true, force: true });
try {
  const fresh = await generateInto(scratch);
  if (process.argv.includes('--check')) check(fresh);
  else write(fresh);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
