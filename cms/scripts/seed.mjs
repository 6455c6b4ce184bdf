#!/usr/bin/env node
// `pnpm seed`: adds any missing demo content. Safe to re-run: entries are matched
// by slug, existing ones are left as they are, nothing is duplicated.
import { loadStrapi } from './load-strapi.mjs';

const { strapi, requireCompiled } = await loadStrapi();
try {
  const { seedDemoContent } = requireCompiled('src/seed');
  const { created, existing } = await seedDemoContent(strapi);
  console.log(`seed: done (${created} created, ${existing} already there)`);
} finally {
  await strapi.destroy();
}
