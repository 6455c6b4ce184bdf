import path from 'node:path';
import { contentSourceFromEnv, type ContentSourceOptions } from '@guildhall/content';
import { previewSecret } from '@guildhall/preview-link';
import { REPO_ROOT, sitesDirFrom } from '@guildhall/rebuilder';
import {
  ConfigError,
  DEFAULT_PORTS,
  hostSetting,
  httpUrlSetting,
  integerSetting,
  localUrl,
  type Env,
} from '@guildhall/settings';

export interface PreviewConfig {
  port: number;
  host: string;
  /** Checks preview links; the same PREVIEW_SECRET as the CMS. */
  secret: string;
  /** The sites folder the rebuild service writes: previews use the live build's server bundle and assets. */
  sitesDir: string;
  /** The CMS admin's origin: the only page allowed to frame previews and ask them to reload. */
  adminOrigin: string;
  /**
   * The CMS and the preview token, read at each preview so a token the CMS rewrites on
   * restart (after a rotation) is picked up without restarting the preview server.
   */
  contentSource(): ContentSourceOptions;
}

// The env file the CMS writes on start, as the site build reads it (site/astro.config.ts).
const DEFAULT_TOKEN_FILE = path.join(REPO_ROOT, 'site', '.env.cms');

/** Reads and checks the whole configuration up front, so a bad value stops the server at start. */
export function loadPreviewConfig(env: Env = process.env): PreviewConfig {
  let secret: string;
  try {
    secret = previewSecret(env.PREVIEW_SECRET);
  } catch (error) {
    throw new ConfigError('PREVIEW_SECRET', (error as Error).message.replace(/^PREVIEW_SECRET /, ''));
  }
  const cmsUrl = httpUrlSetting(env, 'CMS_URL') ?? localUrl('cms');
  return {
    port: integerSetting(env, 'PORT', DEFAULT_PORTS.preview, 0, 65535),
    host: hostSetting(env),
    secret,
    sitesDir: sitesDirFrom(env),
    adminOrigin: new URL(httpUrlSetting(env, 'CMS_ADMIN_URL') ?? cmsUrl).origin,
    contentSource: () => contentSourceFromEnv(env, DEFAULT_TOKEN_FILE, 'CMS_PREVIEW_TOKEN'),
  };
}
