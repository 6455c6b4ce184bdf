import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface LiveBuild {
  buildId: string;
  builtAt: string;
  pages: number;
  builtFrom: { cmsUrl: string | null; trigger: { events: number; lastEvent: unknown } };
}

/**
 * The sites folder: `builds/<id>/` (one per build), `live` (a symlink to the build
 * visitors see) and `meta/<id>.json` (kept outside the builds so it is never served).
 */
export class SitesFolder {
  readonly buildsDir: string;
  readonly liveLink: string;
  private readonly metaDir: string;
  private sequence = 0;

  constructor(readonly root: string) {
    this.buildsDir = path.join(root, 'builds');
    this.liveLink = path.join(root, 'live');
    this.metaDir = path.join(root, 'meta');
  }

  async prepare(): Promise<void> {
    await mkdir(this.buildsDir, { recursive: true });
    await mkdir(this.metaDir, { recursive: true });
    await this.removeLeftovers();
  }

  /**
   * Sortable by age, which pruning relies on: time to the millisecond, then a counter
   * for builds in the same millisecond, e.g. 20261122-140203-517-0001-ab12.
   */
  newBuildId(now = new Date()): string {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);
    this.sequence = (this.sequence + 1) % 10_000;
    return `${stamp}-${String(this.sequence).padStart(4, '0')}-${randomBytes(2).toString('hex')}`;
  }

  buildDir(buildId: string): string {
    return path.join(this.buildsDir, buildId);
  }

  async liveBuildId(): Promise<string | null> {
    try {
      return path.basename(await readlink(this.liveLink));
    } catch {
      return null;
    }
  }

  async liveBuild(): Promise<LiveBuild | null> {
    const buildId = await this.liveBuildId();
    if (!buildId) return null;
    try {
      return JSON.parse(await readFile(path.join(this.metaDir, `${buildId}.json`), 'utf8')) as LiveBuild;
    } catch {
      return {
        buildId,
        builtAt: (await stat(this.buildDir(buildId))).mtime.toISOString(),
        pages: 0,
        builtFrom: { cmsUrl: null, trigger: { events: 0, lastEvent: null } },
      };
    }
  }

  /** Switches visitors to the build in one step: a new symlink renamed over the old. */
  async goLive(build: LiveBuild): Promise<void> {
    await writeFile(path.join(this.metaDir, `${build.buildId}.json`), JSON.stringify(build, null, 2));
    const temporary = path.join(this.root, `live.tmp-${build.buildId}`);
    await rm(temporary, { force: true });
    await symlink(path.join('builds', build.buildId), temporary);
    await rename(temporary, this.liveLink);
  }

  async discard(buildId: string): Promise<void> {
    await rm(this.buildDir(buildId), { recursive: true, force: true });
  }

  /** Keeps the newest `keep` builds that went live; the live one always stays. */
  async prune(keep: number): Promise<void> {
    const live = await this.liveBuildId();
    const wentLive = new Set((await readdir(this.metaDir)).map((name) => name.replace(/\.json$/, '')));
    const builds = (await readdir(this.buildsDir))
      .filter((id) => wentLive.has(id))
      .sort()
      .reverse();
    for (const id of builds.slice(keep)) {
      if (id === live) continue;
      await this.discard(id);
      await rm(path.join(this.metaDir, `${id}.json`), { force: true });
    }
  }

  // A crash can leave a half-written build or a temporary link behind; neither is live.
  private async removeLeftovers(): Promise<void> {
    for (const name of await readdir(this.root)) {
      if (name.startsWith('live.tmp-')) await rm(path.join(this.root, name), { force: true });
    }
    const wentLive = new Set((await readdir(this.metaDir)).map((name) => name.replace(/\.json$/, '')));
    for (const id of await readdir(this.buildsDir)) {
      if (!wentLive.has(id)) await this.discard(id);
    }
    const live = await this.liveBuildId();
    if (live && !existsSync(this.buildDir(live))) await rm(this.liveLink, { force: true });
  }
}

export async function countPages(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += await countPages(path.join(dir, entry.name));
    else if (entry.name.endsWith('.html')) count += 1;
  }
  return count;
}

/** Refuses a build that lost its home page, has no pages, or lost too many pages. */
export async function checkIntegrity(
  dir: string,
  livePages: number | null,
  maxDrop: number,
): Promise<{ pages: number; problem: string | null }> {
  if (!existsSync(dir)) return { pages: 0, problem: 'the build wrote no output folder' };
  const pages = await countPages(dir);
  if (pages === 0) return { pages, problem: 'the build has no pages' };
  if (!existsSync(path.join(dir, 'index.html')))
    return { pages, problem: 'the build has no home page (index.html)' };
  if (livePages && pages < livePages * (1 - maxDrop)) {
    return {
      pages,
      problem: `the build has ${pages} pages against ${livePages} live: a drop of more than ${Math.round(maxDrop * 100)}% looks like missing content, so it was not deployed`,
    };
  }
  return { pages, problem: null };
}
