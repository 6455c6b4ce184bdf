import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, REPO_ROOT, SITE_BUILD_COMMAND } from './config';

const SECRET = '0123456789abcdef0123';

describe('the configuration', () => {
  it('uses the documented defaults when only the secret is set', () => {
    expect(loadConfig({ REBUILD_WEBHOOK_SECRET: SECRET })).toEqual({
      port: 4321,
      host: '0.0.0.0',
      statusPort: 4322,
      statusHost: '127.0.0.1',
      webhookSecret: SECRET,
      sitesDir: path.join(REPO_ROOT, '.data', 'sites'),
      buildCommand: SITE_BUILD_COMMAND,
      buildCwd: REPO_ROOT,
      quietMs: 0,
      contentSource: null,
      incremental: true,
      incrementalMaxOutputs: 500,
      fullBuildEveryMs: 24 * 60 * 60_000,
      maxPageDrop: 0.5,
      keepBuilds: 3,
      buildTimeoutMs: 600_000,
      buildOnStart: true,
      cmsUrl: null,
      siteUrl: null,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      REBUILD_WEBHOOK_SECRET: `  ${SECRET}\n`,
      PORT: '0',
      HOST: '127.0.0.1',
      STATUS_PORT: '0',
      STATUS_HOST: '0.0.0.0',
      SITES_DIR: '/srv/sites',
      REBUILD_COMMAND: 'make site',
      REBUILD_QUIET_MS: '250',
      REBUILD_INCREMENTAL: 'false',
      REBUILD_INCREMENTAL_MAX_PAGES: '40',
      REBUILD_FULL_EVERY_MINUTES: '0',
      REBUILD_MAX_PAGE_DROP: '0.25',
      REBUILD_KEEP_BUILDS: '5',
      REBUILD_TIMEOUT_MS: '1000',
      REBUILD_ON_START: 'false',
      CMS_URL: 'http://cms:1337',
      SITE_URL: 'https://www.example.org',
    });
    expect(config).toMatchObject({
      webhookSecret: SECRET,
      port: 0,
      host: '127.0.0.1',
      statusPort: 0,
      statusHost: '0.0.0.0',
      sitesDir: '/srv/sites',
      buildCommand: 'make site',
      quietMs: 250,
      incremental: false,
      incrementalMaxOutputs: 40,
      fullBuildEveryMs: 0,
      maxPageDrop: 0.25,
      keepBuilds: 5,
      buildTimeoutMs: 1000,
      buildOnStart: false,
      cmsUrl: 'http://cms:1337',
      siteUrl: 'https://www.example.org',
    });
    expect(config.contentSource).toBeTypeOf('function');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ REBUILD_WEBHOOK_SECRET: SECRET, PORT: '', REBUILD_ON_START: '' })).toMatchObject({
      port: 4321,
      buildOnStart: true,
    });
  });

  it('resolves a relative SITES_DIR against the repository root', () => {
    expect(loadConfig({ REBUILD_WEBHOOK_SECRET: SECRET, SITES_DIR: 'tmp/sites' }).sitesDir).toBe(
      path.join(REPO_ROOT, 'tmp', 'sites'),
    );
  });

  it('refuses a missing or short secret without echoing it', () => {
    expect(() => loadConfig({})).toThrow(/REBUILD_WEBHOOK_SECRET is required/);
    let error: unknown;
    try {
      loadConfig({ REBUILD_WEBHOOK_SECRET: 'short-secret' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('REBUILD_WEBHOOK_SECRET');
    expect((error as ConfigError).message).toMatch(/too short \(12 characters\)/);
    expect((error as ConfigError).message).not.toContain('short-secret');
  });

  it('refuses one port for both the live site and the status, since the status must stay private', () => {
    expect(() => loadConfig({ REBUILD_WEBHOOK_SECRET: SECRET, PORT: '8080', STATUS_PORT: '8080' })).toThrow(
      'STATUS_PORT must differ from PORT (both 8080): the live site is public, the status is not',
    );
  });

  it.each([
    ['PORT', 'http'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['HOST', 'two words'],
    ['STATUS_PORT', '65536'],
    ['STATUS_HOST', 'two words'],
    ['REBUILD_QUIET_MS', '1.5'],
    ['REBUILD_MAX_PAGE_DROP', '50%'],
    ['REBUILD_MAX_PAGE_DROP', '2'],
    ['REBUILD_KEEP_BUILDS', '0'],
    ['REBUILD_TIMEOUT_MS', '0'],
    ['REBUILD_TIMEOUT_MS', '9999999999'],
    ['REBUILD_ON_START', 'maybe'],
    ['CMS_URL', 'cms:1337'],
  ])('names %s when it is set to "%s"', (variable, value) => {
    expect(() => loadConfig({ REBUILD_WEBHOOK_SECRET: SECRET, [variable]: value })).toThrow(
      new RegExp(`^${variable} `),
    );
  });
});
