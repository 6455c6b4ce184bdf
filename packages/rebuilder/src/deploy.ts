import { randomBytes } from 'node:crypto';
import {
  lstat,
  mkdir,
  readFile,
  readdir,
  readlink,
  realpath,
  rename,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { countPages } from './integrity';
import type { WebhookEvent } from './webhook';

export interface BuildTrigger {
  /** Webhook events folded into this build (0 for the build at startup). */
  events: number;
  lastEvent: WebhookEvent | null;
}

export interface LiveBuild {
  buildId: string;
  builtAt: string;
  pages: number;
  builtFrom: { cmsUrl: string | null; trigger: BuildTrigger };
}

// Also accepts the older per-second ids (20261122-140203-ab12), so their builds stay known.
const BUILD_ID = /^\d{8}-\d{6}(-\d{3}-\d{4})?-[0-9a-f]{4}$/;
const TEMP_LINK_PREFIX = 'live.tmp-';

/**
 * A build holds the files visitors get in `client/` and, beside it, the site's server
 * bundle (the on-demand renderer) in `server/`, which is never served.
 */
export const SITE_FILES = 'client';
export const siteFilesOf = (buildDir: string) => path.join(buildDir, SITE_FILES);

let sequence = 0;

/**
 * Sortable by age, which pruning relies on: UTC time to the millisecond, then a counter
 * for builds in the same millisecond, then randomness, e.g. 20261122-140203-517-0001-ab12.
 */
export function newBuildId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);
  sequence = (sequence + 1) % 10_000;
  return `${stamp}-${String(sequence).padStart(4, '0')}-${randomBytes(2).toString('hex')}`;
}

/**
 * The sites folder: `builds/<id>/` (one per build), `live` (a symlink to the build
 * visitors see) and `meta/<id>.json` for builds that went live. The metadata stays
 * outside the builds because everything inside a build is served.
 */
export class SitesFolder {
  readonly buildsDir: string;
  readonly liveLink: string;
  readonly metaDir: string;

  constructor(readonly root: string) {
    this.buildsDir = path.join(root, 'builds');
    this.liveLink = path.join(root, 'live');
    this.metaDir = path.join(root, 'meta');
  }

  buildDir(buildId: string): string {
    return path.join(this.buildsDir, buildId);
  }

  /** The live build's folder, resolved now; null before the first build. */
  async liveRoot(): Promise<string | null> {
    return realpath(this.liveLink).catch(() => null);
  }

  /** The live build's public files (its `client/` folder), resolved now; null before the first build. */
  async liveSiteFiles(): Promise<string | null> {
    const root = await this.liveRoot();
    return root === null ? null : siteFilesOf(root);
  }

  async liveBuildId(): Promise<string | null> {
    const target = await readlink(this.liveLink).catch(() => null);
    return target === null ? null : path.basename(target);
  }

  async readLiveBuild(): Promise<LiveBuild | null> {
    const buildId = await this.liveBuildId();
    if (!buildId || !(await this.liveRoot())) return null;
    const saved = await readFile(this.metaFile(buildId), 'utf8').catch(() => null);
    try {
      if (saved !== null) return JSON.parse(saved) as LiveBuild;
    } catch {
      // A damaged file must not stop the service from starting; fall through.
    }
    // Live, but its metadata is lost: rebuild what can be known from the folder itself.
    const dir = this.buildDir(buildId);
    return {
      buildId,
      builtAt: (await stat(dir)).mtime.toISOString(),
      pages: await countPages(siteFilesOf(dir)),
      builtFrom: { cmsUrl: null, trigger: { events: 0, lastEvent: null } },
    };
  }

  /**
   * Switches visitors to the build in one step: a new symlink renamed over `live`
   * (rename is atomic on POSIX), so every request sees either the old or the new site.
   */
  async goLive(build: LiveBuild): Promise<void> {
    await mkdir(this.metaDir, { recursive: true });
    const metaFile = this.metaFile(build.buildId);
    await writeFile(`${metaFile}.tmp`, `${JSON.stringify(build, null, 2)}\n`);
    await rename(`${metaFile}.tmp`, metaFile);
    const temporary = path.join(this.root, `${TEMP_LINK_PREFIX}${build.buildId}`);
    await rm(temporary, { force: true });
    await symlink(path.join('builds', build.buildId), temporary);
    await rename(temporary, this.liveLink);
  }

  /** Takes an old build's folder for a new build: renamed to `newId`, and no longer one that went live. */
  async reuse(oldId: string, newId: string): Promise<void> {
    await rename(this.buildDir(oldId), this.buildDir(newId));
    await rm(this.metaFile(oldId), { force: true });
  }

  async discard(buildId: string): Promise<void> {
    await rm(this.buildDir(buildId), { recursive: true, force: true });
    await rm(this.metaFile(buildId), { force: true });
  }

  /** The builds that went live beyond the newest `keep` (never the live one), newest first. */
  async prunable(keep: number): Promise<string[]> {
    const live = await this.liveBuildId();
    const wentLive = await this.wentLive();
    const builds = (await readdir(this.buildsDir)).filter((id) => wentLive.has(id) || id === live);
    return builds
      .sort()
      .reverse()
      .slice(keep)
      .filter((id) => id !== live);
  }

  /** Keeps the newest `keep` builds that went live (the live one always stays); returns the removed ids. */
  async prune(keep: number): Promise<string[]> {
    const removable = await this.prunable(keep);
    for (const id of removable) await this.discard(id);
    return removable;
  }

  /**
   * Run at startup, before any build. A crash can leave a half-written build, a
   * temporary link or stray metadata behind; none of them is live, so they go.
   */
  async prepare(keep: number): Promise<string[]> {
    await mkdir(this.buildsDir, { recursive: true });
    await mkdir(this.metaDir, { recursive: true });
    const removed: string[] = [];
    for (const name of await readdir(this.root)) {
      if (!name.startsWith(TEMP_LINK_PREFIX)) continue;
      await rm(path.join(this.root, name), { recursive: true, force: true });
      removed.push(name);
    }
    if ((await this.liveBuildId()) !== null && !(await this.liveRoot())) {
      await rm(this.liveLink, { force: true });
      removed.push('live (it pointed at a missing build)');
    }
    const live = await this.liveBuildId();
    const wentLive = await this.wentLive();
    for (const id of await readdir(this.buildsDir)) {
      if (id === live || wentLive.has(id)) continue;
      await rm(this.buildDir(id), { recursive: true, force: true });
      removed.push(`builds/${id}`);
    }
    const builds = new Set(await readdir(this.buildsDir));
    for (const name of await readdir(this.metaDir)) {
      if (builds.has(name.replace(/\.json$/, ''))) continue;
      await rm(path.join(this.metaDir, name), { force: true });
      removed.push(`meta/${name}`);
    }
    removed.push(...(await this.prune(keep)).map((id) => `builds/${id}`));
    return removed;
  }

  private metaFile(buildId: string): string {
    return path.join(this.metaDir, `${buildId}.json`);
  }

  /** Ids of builds that went live at some point (they have metadata) and still have a folder. */
  private async wentLive(): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const name of await readdir(this.metaDir).catch(() => [])) {
      const id = name.replace(/\.json$/, '');
      if (name.endsWith('.json') && BUILD_ID.test(id) && (await lstat(this.buildDir(id)).catch(() => null)))
        ids.add(id);
    }
    return ids;
  }
}
