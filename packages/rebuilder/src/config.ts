import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSourceFromEnv, type ContentSourceOptions } from '@guildhall/content';
import {
  ConfigError,
  DEFAULT_PORTS,
  MAX_TIMER_MS,
  flagSetting,
  hostSetting,
  httpUrlSetting,
  integerSetting,
  readSetting,
  shareSetting,
  type Env,
} from '@guildhall/settings';

export { ConfigError };

/** The build runs from the repository root, and the default sites folder lives under it. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** SITES_DIR: where built sites live (default .data/sites); the preview server reads the live build there too. */
export const sitesDirFrom = (env: Env): string =>
  path.resolve(REPO_ROOT, readSetting(env, 'SITES_DIR') ?? path.join('.data', 'sites'));

/**
 * The site's `build:pages` (run from the repository root), straight from Node: it skips
 * `astro check` (done in CI) and runs one build of a checkout at a time. Through pnpm, the
 * package manager's own process would stay beside the build all along, 100 MiB more.
 */
export const SITE_BUILD_COMMAND = 'cd site && node --import tsx scripts/build-pages.ts';

/** The env file the CMS writes on start with its address and the site's tokens, as the site build reads it. */
export const SITE_TOKEN_FILE = path.join(REPO_ROOT, 'site', '.env.cms');

export interface RebuilderConfig {
  /** The live site, for visitors: the site's files and /healthz, nothing else. */
  port: number;
  host: string;
  /** The service's own address, for the CMS and operators: the webhook and /status. Never public. */
  statusPort: number;
  statusHost: string;
  webhookSecret: string;
  /** Holds `builds/<id>/`, `meta/<id>.json` and the `live` symlink. */
  sitesDir: string;
  buildCommand: string;
  buildCwd: string;
  /** How long to wait after an event before a round starts (0: at once; later events join the next round). */
  quietMs: number;
  /**
   * The CMS and the site build's token, read at each round (the CMS rewrites its token
   * file on restart). Null unless CMS_URL or CMS_TOKEN_FILE says where the CMS is: builds
   * then read the CMS themselves, and every round is a full build.
   */
  contentSource: (() => ContentSourceOptions) | null;
  /** Whether published entries are redrawn page by page instead of by a full build. */
  incremental: boolean;
  /** Above this many changed pages and files, a round runs a full build instead. */
  incrementalMaxOutputs: number;
  /** A full build runs this often whatever happens, to repair any drift (0: never). */
  fullBuildEveryMs: number;
  /** Share (0–1) of pages a build may lose against the live build before it is refused. */
  maxPageDrop: number;
  keepBuilds: number;
  buildTimeoutMs: number;
  buildOnStart: boolean;
  /** Only reported in /status ("built from"). */
  cmsUrl: string | null;
  /** SITE_URL, the public address: when https, responses ask browsers to insist on https. */
  siteUrl: string | null;
}

/** Reads and checks the whole configuration up front, so a bad value stops the service at start. */
export function loadConfig(env: Env = process.env): RebuilderConfig {
  // Trimmed like the CMS trims it, so a stray newline in an .env file does not cause 401s.
  const webhookSecret = readSetting(env, 'REBUILD_WEBHOOK_SECRET') ?? '';
  if (webhookSecret.length < 16) {
    throw new ConfigError(
      'REBUILD_WEBHOOK_SECRET',
      webhookSecret
        ? `is too short (${webhookSecret.length} characters); use at least 16, the same value as the CMS`
        : 'is required: at least 16 characters, the same value as the CMS',
    );
  }
  const port = integerSetting(env, 'PORT', DEFAULT_PORTS.site, 0, 65535);
  const statusPort = integerSetting(env, 'STATUS_PORT', DEFAULT_PORTS.rebuilder, 0, 65535);
  if (port !== 0 && port === statusPort) {
    throw new ConfigError(
      'STATUS_PORT',
      `must differ from PORT (both ${port}): the live site is public, the status is not`,
    );
  }
  return {
    port,
    host: hostSetting(env),
    statusPort,
    // Loopback unless told otherwise: only this machine may read the status or call the webhook.
    statusHost: hostSetting(env, 'STATUS_HOST', '127.0.0.1'),
    webhookSecret,
    sitesDir: sitesDirFrom(env),
    buildCommand: readSetting(env, 'REBUILD_COMMAND') ?? SITE_BUILD_COMMAND,
    buildCwd: REPO_ROOT,
    quietMs: integerSetting(env, 'REBUILD_QUIET_MS', 0, 0, MAX_TIMER_MS),
    contentSource:
      readSetting(env, 'CMS_URL') || readSetting(env, 'CMS_TOKEN_FILE')
        ? () => contentSourceFromEnv(env, SITE_TOKEN_FILE)
        : null,
    incremental: flagSetting(env, 'REBUILD_INCREMENTAL', true),
    incrementalMaxOutputs: integerSetting(env, 'REBUILD_INCREMENTAL_MAX_PAGES', 500, 1, 1_000_000),
    fullBuildEveryMs:
      integerSetting(env, 'REBUILD_FULL_EVERY_MINUTES', 24 * 60, 0, MAX_TIMER_MS / 60_000) * 60_000,
    maxPageDrop: shareSetting(env, 'REBUILD_MAX_PAGE_DROP', 0.5),
    keepBuilds: integerSetting(env, 'REBUILD_KEEP_BUILDS', 3, 1, 1000),
    buildTimeoutMs: integerSetting(env, 'REBUILD_TIMEOUT_MS', 10 * 60_000, 1, MAX_TIMER_MS),
    buildOnStart: flagSetting(env, 'REBUILD_ON_START', true),
    cmsUrl: httpUrlSetting(env, 'CMS_URL'),
    siteUrl: httpUrlSetting(env, 'SITE_URL'),
  };
}
