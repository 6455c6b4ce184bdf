import { localUrl, readEnvFile } from '@guildhall/settings';
import type { ContentSourceOptions } from './source';
import { ContentSourceError } from './errors';

/**
 * The CMS's two credentials: the site build's, which reads published content only, and
 * the preview server's, the only one allowed to read drafts.
 */
export type TokenVariable = 'CMS_API_TOKEN' | 'CMS_PREVIEW_TOKEN';

/**
 * Where to read content: CMS_URL and the token (CMS_API_TOKEN unless told otherwise) from
 * the environment, else from the env file the CMS writes on start (CMS_TOKEN_FILE,
 * default `defaultTokenFile`).
 */
export function contentSourceFromEnv(
  env: NodeJS.ProcessEnv,
  defaultTokenFile: string,
  tokenVariable: TokenVariable = 'CMS_API_TOKEN',
): ContentSourceOptions {
  const tokenFile = env.CMS_TOKEN_FILE || defaultTokenFile;
  const fromFile = readEnvFile(tokenFile);
  const token = env[tokenVariable] || fromFile[tokenVariable];
  const cmsUrl = env.CMS_URL || fromFile.CMS_URL || localUrl('cms');
  if (!token) {
    throw new ContentSourceError(
      `No API token for the CMS at ${cmsUrl}: set ${tokenVariable}, or start the CMS once so it writes ${tokenFile} ` +
        '(CMS_TOKEN_FILE points elsewhere).',
    );
  }
  return { cmsUrl, token, tokenOrigin: env[tokenVariable] ? tokenVariable : tokenFile };
}
