import { ensureCmsBuild } from '@guildhall/launch/cms-build';

// One `strapi build` for the whole run (only when the CMS sources changed);
// every test then starts its own CMS from it in seconds.
export default function setup(): void {
  if (process.env.SKIP_CMS_BUILD === 'true') return;
  ensureCmsBuild({ log: (message) => console.log(message) });
}
