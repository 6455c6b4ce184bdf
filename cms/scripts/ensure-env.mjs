#!/usr/bin/env node
// Creates cms/.env on first start and fills in any missing secret.
// Existing values are never touched, so keys stay stable across restarts.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseEnv } from 'node:util';
import { fileURLToPath } from 'node:url';

const envFile = process.env.CMS_ENV_FILE ?? join(dirname(fileURLToPath(import.meta.url)), '..', '.env');

const secret = () => randomBytes(16).toString('base64');
const generators = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  // Shared with the rebuild service, which reads it from this file too.
  REBUILD_WEBHOOK_SECRET: () => randomBytes(24).toString('hex'),
  // Signs preview links; shared with the preview server, which reads it from this file too.
  PREVIEW_SECRET: () => randomBytes(32).toString('hex'),
};

const existing = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
// Node's own parser, as Strapi reads the file; a key set to nothing counts as missing.
const definedKeys = new Set(
  Object.entries(parseEnv(existing))
    .filter(([, value]) => value !== '')
    .map(([key]) => key),
);

const missing = Object.keys(generators).filter((key) => !definedKeys.has(key) && !process.env[key]);
if (missing.length > 0) {
  const header = existing ? '' : '# Generated on first start. Keep this file out of git; see .env.example.\n';
  const separator = existing && !existing.endsWith('\n') ? '\n' : '';
  const lines = missing.map((key) => `${key}=${generators[key]()}`).join('\n');
  writeFileSync(envFile, `${existing}${separator}${header}${lines}\n`, { mode: 0o600 });
  console.log(`cms: generated ${missing.join(', ')} in ${envFile}`);
}
