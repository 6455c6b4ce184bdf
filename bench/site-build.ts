import path from 'node:path';
import { repoRoot } from '@guildhall/launch/cms-build';
import { SITE_BUILD_COMMAND } from '../packages/rebuilder/src/config';
import { SITE_URL } from '../tests/helpers/site';
import { measure, type RunResult } from './measure';

/**
 * A full build of the site (`build:pages`, run as the rebuild service runs it) straight from the
 * CMS whose tokens are in `tokenFile`, into `outDir`, timed and with its peak memory.
 */
export async function buildSite(outDir: string, tokenFile: string): Promise<RunResult> {
  const build = await measure(SITE_BUILD_COMMAND, repoRoot, {
    ...process.env,
    SITE_URL,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: path.join(outDir, '..', `${path.basename(outDir)}-cache`),
    CMS_TOKEN_FILE: tokenFile,
    CMS_URL: '',
    CMS_API_TOKEN: '',
    SITE_CONTENT_FILE: '',
  });
  if (!build.ok) throw new Error(`the full site build into ${outDir} failed:\n${build.output.slice(-3000)}`);
  return build;
}
