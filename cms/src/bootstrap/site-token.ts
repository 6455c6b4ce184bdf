import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export const SITE_TOKEN_NAME = 'Site build (read-only)';

// Exactly what the build reads: the site's content types and the media they point to.
const siteTokenActions = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::author.author.find',
  'api::author.author.findOne',
  'api::campaign-briefing.campaign-briefing.find',
  'api::campaign-briefing.campaign-briefing.findOne',
  'api::membership-category.membership-category.find',
  'api::membership-category.membership-category.findOne',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
  'api::site-setting.site-setting.find',
  'plugin::upload.content-api.find',
  'plugin::upload.content-api.findOne',
];

interface StoredToken {
  id: number;
  accessKey: string;
}

const tokenService = (strapi: Core.Strapi) => strapi.service('admin::api-token-content-api');

export function tokenFilePath(strapi: Core.Strapi): string {
  return path.resolve(
    process.env.CMS_TOKEN_FILE ?? path.join(strapi.dirs.app.root, '..', 'site', '.env.cms'),
  );
}

function readTokenFile(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  return /^CMS_API_TOKEN=(\S+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
}

function writeTokenFile(strapi: Core.Strapi, file: string, token: string): void {
  const cmsUrl = process.env.CMS_PUBLIC_URL ?? `http://localhost:${strapi.config.get<number>('server.port')}`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    [
      '# Written by the CMS on start: where the site build reads content, and its read-only token.',
      '# Keep out of git. To rotate: regenerate or delete the token in the admin, then restart the CMS.',
      `CMS_URL=${cmsUrl}`,
      `CMS_API_TOKEN=${token}`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  strapi.log.info(`site token: written to ${file}`);
}

async function storeTokenValue(strapi: Core.Strapi, stored: StoredToken, value: string): Promise<void> {
  const encryption = strapi.service('admin::encryption');
  await strapi.db.query('admin::api-token').update({
    where: { id: stored.id },
    data: { accessKey: tokenService(strapi).hash(value), encryptedKey: encryption.encrypt(value) },
  });
}

/**
 * The site build reads content with a read-only token that the CMS creates for itself.
 * With CMS_SITE_TOKEN set (production: a secret shared with the rebuild service) the
 * stored token is made to match it. Otherwise the token is written to an ignored env
 * file for the site; a file that no longer matches (token regenerated or deleted in
 * the admin) is replaced, so rotating in the admin is respected.
 */
export async function provisionSiteToken(strapi: Core.Strapi): Promise<void> {
  const service = tokenService(strapi);
  const fromEnv = process.env.CMS_SITE_TOKEN?.trim();
  if (fromEnv !== undefined && fromEnv.length < 32) {
    throw new Error('CMS_SITE_TOKEN must be at least 32 characters (e.g. `openssl rand -hex 32`).');
  }

  let stored = (await service.getByName(SITE_TOKEN_NAME)) as StoredToken | null;
  if (!stored) {
    const created = (await service.create({
      name: SITE_TOKEN_NAME,
      description: 'Used by the static site build to read published content. Created by the CMS itself.',
      type: 'custom',
      lifespan: null,
      permissions: siteTokenActions,
    })) as StoredToken;
    stored = { id: created.id, accessKey: service.hash(created.accessKey) };
    strapi.log.info(`site token: created "${SITE_TOKEN_NAME}"`);
    if (fromEnv) await storeTokenValue(strapi, stored, fromEnv);
    else writeTokenFile(strapi, tokenFilePath(strapi), created.accessKey);
    return;
  }

  if (fromEnv) {
    if (service.hash(fromEnv) !== stored.accessKey) await storeTokenValue(strapi, stored, fromEnv);
    return;
  }

  const file = tokenFilePath(strapi);
  const fileToken = readTokenFile(file);
  if (fileToken && service.hash(fileToken) === stored.accessKey) {
    writeTokenFile(strapi, file, fileToken);
    return;
  }
  const value = randomBytes(64).toString('hex');
  await storeTokenValue(strapi, stored, value);
  writeTokenFile(strapi, file, value);
}
