import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { cmsDir } from '@guildhall/launch/cms-build';
import { createPostgresDatabase, type DatabaseKind, type ThrowawayDatabase } from './databases';
import { freePort, waitFor } from './ports';

export const ADMIN_EMAIL = 'editor@guildhall.test';
export const ADMIN_PASSWORD = 'Editor-Passw0rd';

export interface CmsOptions {
  database?: DatabaseKind;
  seed?: boolean;
  /** Extra environment for the CMS process (e.g. the rebuild webhook). */
  env?: Record<string, string>;
  /**
   * A second instance of a running CMS: the same database, secrets and folders, on
   * its own port, as when the CMS is scaled out. Stopping it leaves them to the first.
   */
  alongside?: RunningCms;
}

export interface RunningCms {
  url: string;
  database: DatabaseKind;
  /** The env file the CMS writes for the site (CMS_URL, CMS_API_TOKEN and CMS_PREVIEW_TOKEN). */
  tokenFile: string;
  /** The site build's token, which reads published content only. */
  token(): string;
  /** The site preview's token, the only credential that may read drafts. */
  previewToken(): string;
  workDir: string;
  /**
   * The environment the CMS runs with, for running its scripts (e.g. the seed) against it.
   * A change to it takes effect at the next restart().
   */
  env: NodeJS.ProcessEnv;
  log(): string;
  stop(): Promise<void>;
  /** Stops and starts the same CMS on the same database. */
  restart(): Promise<void>;
  /** Stops the CMS but keeps its database and folders, e.g. to run a script against them. */
  pause(): Promise<void>;
}

const secret = () => randomBytes(16).toString('base64');

const testSecrets = () => ({
  APP_KEYS: [secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  PREVIEW_SECRET: randomBytes(32).toString('hex'),
});

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function tokenFromFile(tokenFile: string, key: string): string {
  const token = new RegExp(`^${key}=(\\S+)$`, 'm').exec(readFileSync(tokenFile, 'utf8'))?.[1];
  if (!token) throw new Error(`no ${key} in ${tokenFile}`);
  return token;
}

/** `strapi start` with this environment, restartable; `launch` resolves once it answers. */
function cmsProcess(env: NodeJS.ProcessEnv, url: string) {
  let output = '';
  let child: ChildProcess | undefined;

  const launch = async () => {
    const started = spawn(path.join(cmsDir, 'node_modules', '.bin', 'strapi'), ['start'], {
      cwd: cmsDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<never>((_, reject) =>
      started.once('exit', (code) =>
        reject(new Error(`the CMS exited with ${code}:\n${output.slice(-4000)}`)),
      ),
    );
    const healthy = waitFor(
      `the CMS at ${url}`,
      async () => ((await fetch(`${url}/_health`)).status === 204 ? true : undefined),
      { timeoutMs: 180_000 },
    );
    await Promise.race([healthy, exited]);
    exited.catch(() => undefined);
  };

  const stop = async () => {
    if (child) await stopProcess(child);
  };

  return { launch, stop, log: () => output };
}

/**
 * Starts the real, built CMS (`strapi start`) on a throwaway database and folders.
 * The build itself is made once by the test run's global setup.
 */
export async function startCms(options: CmsOptions = {}): Promise<RunningCms> {
  if (options.alongside) return startAlongside(options.alongside, options.env);
  const database = options.database ?? 'sqlite';
  const workDir = mkdtempSync(path.join(tmpdir(), `guildhall-cms-${database}-`));
  mkdirSync(path.join(workDir, 'public', 'uploads'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const tokenFile = path.join(workDir, 'site.env');
  const postgres: ThrowawayDatabase | undefined =
    database === 'postgres' ? await createPostgresDatabase() : undefined;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...testSecrets(),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_DIR: path.join(workDir, 'public'),
    CMS_TOKEN_FILE: tokenFile,
    CMS_PUBLIC_URL: url,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    SEED_DEMO_CONTENT: options.seed === false ? 'false' : 'true',
    REBUILD_WEBHOOK_SECRET: '',
    // The tokens come from the token file unless a test sets them.
    CMS_SITE_TOKEN: '',
    CMS_PREVIEW_TOKEN: '',
    ...(postgres
      ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgres.url }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(workDir, 'data.db') }),
    ...options.env,
  };

  const { launch, stop, log } = cmsProcess(env, url);

  try {
    await launch();
  } catch (error) {
    await stop();
    await postgres?.drop();
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }

  return {
    url,
    database,
    tokenFile,
    workDir,
    env,
    token: () => tokenFromFile(tokenFile, 'CMS_API_TOKEN'),
    previewToken: () => tokenFromFile(tokenFile, 'CMS_PREVIEW_TOKEN'),
    log,
    stop: async () => {
      await stop();
      await postgres?.drop();
      rmSync(workDir, { recursive: true, force: true });
    },
    restart: async () => {
      await stop();
      await launch();
    },
    pause: stop,
  };
}

async function startAlongside(first: RunningCms, env: Record<string, string> = {}): Promise<RunningCms> {
  if (first.database !== 'postgres')
    throw new Error("a second CMS instance needs PostgreSQL: SQLite is one process's file");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const instanceEnv: NodeJS.ProcessEnv = { ...first.env, ...env, PORT: String(port) };
  const { launch, stop, log } = cmsProcess(instanceEnv, url);
  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    ...first,
    url,
    env: instanceEnv,
    log,
    stop,
    restart: async () => {
      await stop();
      await launch();
    },
    pause: stop,
  };
}

/**
 * Runs `code` with `strapi` loaded against a paused CMS's database, as a migration or an
 * import script would: for states the admin and the APIs cannot make.
 */
export async function runWithStrapi(cms: RunningCms, code: string): Promise<void> {
  const loadStrapi = pathToFileURL(path.join(cmsDir, 'scripts', 'load-strapi.mjs')).href;
  const script = `
    import { loadStrapi } from ${JSON.stringify(loadStrapi)};
    const { strapi } = await loadStrapi();
    try {
      ${code}
    } finally {
      await strapi.destroy();
    }`;
  await promisify(execFile)('node', ['--input-type=module', '-e', script], {
    cwd: cmsDir,
    env: cms.env,
    timeout: 180_000,
  });
}
