import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The build runs from the repository root, and the default sites folder lives under it. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface RebuilderConfig {
  port: number;
  host: string;
  webhookSecret: string;
  /** Holds `builds/<id>/`, `meta/<id>.json` and the `live` symlink. */
  sitesDir: string;
  buildCommand: string;
  buildCwd: string;
  quietMs: number;
  /** Share (0–1) of pages a build may lose against the live build before it is refused. */
  maxPageDrop: number;
  keepBuilds: number;
  buildTimeoutMs: number;
  buildOnStart: boolean;
  /** Only reported in /status ("built from"). */
  cmsUrl: string | null;
}

/** A bad setting; the message names the variable (and never echoes the secret). */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

// setTimeout fires at once for anything above this, which would turn a long timeout into none.
const MAX_TIMER_MS = 2 ** 31 - 1;

// Compose files and .env files often set a variable to nothing to mean "use the default".
const read = (env: Env, name: string) => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  return value;
}

function share(env: Env, name: string, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1)
    throw new ConfigError(name, `must be a number from 0 to 1, e.g. 0.5 for 50% (got "${raw}")`);
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function httpUrl(env: Env, name: string): string | null {
  const raw = read(env, name);
  if (raw === undefined) return null;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol))
    throw new ConfigError(name, `must be an http(s) address (got "${raw}")`);
  return raw;
}

/** Reads and checks the whole configuration up front, so a bad value stops the service at start. */
export function loadConfig(env: Env = process.env): RebuilderConfig {
  // Trimmed like the CMS trims it, so a stray newline in an .env file does not cause 401s.
  const webhookSecret = read(env, 'REBUILD_WEBHOOK_SECRET') ?? '';
  if (webhookSecret.length < 16) {
    throw new ConfigError(
      'REBUILD_WEBHOOK_SECRET',
      webhookSecret
        ? `is too short (${webhookSecret.length} characters); use at least 16, the same value as the CMS`
        : 'is required: at least 16 characters, the same value as the CMS',
    );
  }
  const host = read(env, 'HOST') ?? '0.0.0.0';
  if (/\s/.test(host)) throw new ConfigError('HOST', `must be a host name or address (got "${host}")`);
  return {
    port: integer(env, 'PORT', 4321, 0, 65535),
    host,
    webhookSecret,
    sitesDir: path.resolve(REPO_ROOT, read(env, 'SITES_DIR') ?? path.join('.data', 'sites')),
    // The site's `build:pages` skips `astro check` (done in CI) and serialises builds with flock.
    buildCommand: read(env, 'REBUILD_COMMAND') ?? 'pnpm --filter site run build:pages',
    buildCwd: REPO_ROOT,
    quietMs: integer(env, 'REBUILD_QUIET_MS', 1000, 0, MAX_TIMER_MS),
    maxPageDrop: share(env, 'REBUILD_MAX_PAGE_DROP', 0.5),
    keepBuilds: integer(env, 'REBUILD_KEEP_BUILDS', 3, 1, 1000),
    buildTimeoutMs: integer(env, 'REBUILD_TIMEOUT_MS', 10 * 60_000, 1, MAX_TIMER_MS),
    buildOnStart: flag(env, 'REBUILD_ON_START', true),
    cmsUrl: httpUrl(env, 'CMS_URL'),
  };
}
