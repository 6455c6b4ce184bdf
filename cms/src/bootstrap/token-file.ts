import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { localUrl } from '@guildhall/settings';

// The ignored env file the CMS writes on start for the site on the same machine:
// where the CMS is, and the values of the tokens that do not come from the environment.

export function tokenFilePath(strapi: Core.Strapi): string {
  return path.resolve(
    process.env.CMS_TOKEN_FILE ?? path.join(strapi.dirs.app.root, '..', 'site', '.env.cms'),
  );
}

/** The file's `KEY=value` lines; empty when there is no file yet. */
export function readTokenFile(file: string): Map<string, string> {
  if (!existsSync(file)) return new Map();
  const lines = readFileSync(file, 'utf8').matchAll(/^([A-Z_]+)=(\S+)$/gm);
  return new Map([...lines].map(([, key = '', value = '']) => [key, value]));
}

export function writeTokenFile(strapi: Core.Strapi, file: string, tokens: ReadonlyMap<string, string>): void {
  const cmsUrl = process.env.CMS_PUBLIC_URL ?? localUrl('cms', strapi.config.get<number>('server.port'));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    [
      '# Written by the CMS on start: where the site reads content, and its tokens',
      '# (CMS_API_TOKEN reads published content only; CMS_PREVIEW_TOKEN reads drafts too).',
      '# Keep out of git. To rotate: regenerate or delete a token in the admin, then restart the CMS.',
      `CMS_URL=${cmsUrl}`,
      ...[...tokens].map(([key, value]) => `${key}=${value}`),
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  strapi.log.info(`site tokens: written to ${file}`);
}
