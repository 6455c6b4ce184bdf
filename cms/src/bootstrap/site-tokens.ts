import type { Core } from '@strapi/strapi';
import { apiTokenService } from '../api-tokens';
import { siteTokenActions, siteTokens, type SiteToken } from '../site-tokens';
import { readTokenFile, tokenFilePath, writeTokenFile } from './token-file';

/** A token's production value, checked before anything is stored. Empty counts as unset. */
function valueFromEnv(token: SiteToken): string | undefined {
  const value = process.env[token.envVariable]?.trim() || undefined;
  if (value !== undefined && value.length < 32) {
    throw new Error(`${token.envVariable} must be at least 32 characters (e.g. \`openssl rand -hex 32\`).`);
  }
  return value;
}

// Strapi can create and regenerate a token but has no call that sets a chosen value,
// so a value from the environment is written the way Strapi stores one: the salted
// hash it authenticates by, and the encrypted key the admin can show.
async function storeTokenValue(strapi: Core.Strapi, id: number, value: string): Promise<void> {
  await strapi.db.query('admin::api-token').update({
    where: { id },
    data: {
      accessKey: apiTokenService(strapi).hash(value),
      encryptedKey: strapi.service('admin::encryption').encrypt(value),
    },
  });
}

/**
 * Makes the token exist and hold the value it should, and returns that value.
 * From the environment: the stored token is made to match it. Otherwise the value in
 * the token file is kept while it still matches; a file that no longer matches (the
 * token was regenerated or deleted in the admin) gets a new value, so rotating in
 * the admin is respected.
 */
async function provisionToken(
  strapi: Core.Strapi,
  token: SiteToken,
  fromEnv: string | undefined,
  fromFile: string | undefined,
): Promise<string> {
  const service = apiTokenService(strapi);
  const stored = await service.getByName(token.name);
  if (!stored) {
    const created = await service.create({
      name: token.name,
      description: token.description,
      type: 'custom',
      lifespan: null,
      permissions: siteTokenActions,
    });
    strapi.log.info(`site tokens: created "${token.name}"`);
    if (fromEnv) await storeTokenValue(strapi, created.id, fromEnv);
    return fromEnv ?? created.accessKey;
  }

  // A token made before a content type was added (redirects) is given read access to it.
  const granted = new Set(stored.permissions);
  if (granted.size !== siteTokenActions.length || siteTokenActions.some((action) => !granted.has(action))) {
    await service.update(stored.id, { permissions: siteTokenActions });
    strapi.log.info(`site tokens: updated what "${token.name}" may read`);
  }

  // A value is this token's when Strapi, looking it up by its hash as it does to authenticate, finds this token.
  const holds = async (value: string) =>
    (await service.getByAccessKey(service.hash(value)))?.id === stored.id;
  if (fromEnv) {
    if (!(await holds(fromEnv))) await storeTokenValue(strapi, stored.id, fromEnv);
    return fromEnv;
  }
  if (fromFile && (await holds(fromFile))) return fromFile;
  return (await service.regenerate(stored.id)).accessKey;
}

/**
 * The site reads content with tokens the CMS creates for itself (see site-tokens.ts):
 * the build's, for published content, and the preview's, which may also read drafts.
 * Values from the environment (production: secrets shared with the services that
 * use them) are not written anywhere; the others go to the ignored token file.
 */
export async function provisionSiteTokens(strapi: Core.Strapi): Promise<void> {
  const wanted = siteTokens.map((token) => ({ token, fromEnv: valueFromEnv(token) }));
  const envValues = wanted.flatMap(({ fromEnv }) => (fromEnv ? [fromEnv] : []));
  // One value for both would make the build token the preview token.
  if (new Set(envValues).size < envValues.length) {
    throw new Error(`${siteTokens.map((token) => token.envVariable).join(' and ')} must differ.`);
  }

  const file = tokenFilePath(strapi);
  const inFile = readTokenFile(file);
  const forFile = new Map<string, string>();
  for (const { token, fromEnv } of wanted) {
    const value = await provisionToken(strapi, token, fromEnv, inFile.get(token.fileKey));
    if (!fromEnv) forFile.set(token.fileKey, value);
  }
  // With every token from the environment there is nothing to write, as before.
  if (forFile.size > 0) writeTokenFile(strapi, file, forFile);
}
