import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface RebuilderConfig {
  port: number;
  host: string;
  webhookSecret: string;
  sitesDir: string;
  buildCommand: string;
  buildCwd: string;
  quietMs: number;
  maxPageDrop: number;
  keepBuilds: number;
  buildTimeoutMs: number;
  buildOnStart: boolean;
  cmsUrl: string | null;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function number(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  check: (value: number) => boolean,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || !check(value))
    throw new ConfigError(`${name}="${raw}" is not a valid value`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): RebuilderConfig {
  const webhookSecret = env.REBUILD_WEBHOOK_SECRET ?? '';
  if (webhookSecret.length < 16) {
    throw new ConfigError(
      'REBUILD_WEBHOOK_SECRET must be set to at least 16 characters (the CMS sends the same one).',
    );
  }
  return {
    port: number(env, 'PORT', 4321, (value) => Number.isInteger(value) && value >= 0 && value < 65536),
    host: env.HOST || '0.0.0.0',
    webhookSecret,
    sitesDir: path.resolve(env.SITES_DIR || path.join(repoRoot, '.data', 'sites')),
    buildCommand: env.REBUILD_COMMAND || 'pnpm --filter site run build:pages',
    buildCwd: repoRoot,
    quietMs: number(env, 'REBUILD_QUIET_MS', 1000, (value) => value >= 0),
    maxPageDrop: number(env, 'REBUILD_MAX_PAGE_DROP', 0.5, (value) => value >= 0 && value <= 1),
    keepBuilds: number(env, 'REBUILD_KEEP_BUILDS', 3, (value) => Number.isInteger(value) && value >= 1),
    buildTimeoutMs: number(env, 'REBUILD_TIMEOUT_MS', 10 * 60_000, (value) => value > 0),
    buildOnStart: env.REBUILD_ON_START !== 'false',
    cmsUrl: env.CMS_URL || null,
  };
}
