import { existsSync, readFileSync } from 'node:fs';
import type { ContentSourceOptions } from './source';
import { ContentSourceError } from './errors';

function readEnvFile(file: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match?.[1] && match[2] !== undefined) values[match[1]] = match[2];
  }
  return values;
}

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
  const fromFile = existsSync(tokenFile) ? readEnvFile(tokenFile) : {};
  const token = env[tokenVariable] || fromFile[tokenVariable];
  const cmsUrl = env.CMS_URL || fromFile.CMS_URL || 'http://localhost:1337';
  if (!token) {
    throw new ContentSourceError(
      `No API token for the CMS at ${cmsUrl}: set ${tokenVariable}, or start the CMS once so it writes ${tokenFile} ` +
        '(CMS_TOKEN_FILE points elsewhere).',
    );
  }
  return { cmsUrl, token, tokenOrigin: env[tokenVariable] ? tokenVariable : tokenFile };
}
