// Preloaded (`node --import`) into Strapi's own `strapi export` and `strapi import` by
// data-transfer.mjs, when the CMS build is up to date. Those commands start by compiling
// the TypeScript sources into dist/, file by file over the ones there: a CMS starting
// meanwhile read a half-written schema.json and failed. With this they load the build
// there is, as `pnpm start` and the other scripts do (see load-strapi.mjs).
import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsDir } from '@guildhall/launch/cms-build';

const strapiPackage = createRequire(path.join(cmsDir, 'package.json')).resolve('@strapi/strapi/package.json');
// The very module object the CLI calls compileStrapi on: Strapi's core, as @strapi/strapi finds it.
const core = createRequire(strapiPackage)('@strapi/core');

core.compileStrapi = async () => ({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') });
