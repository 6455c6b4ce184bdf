import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newBuildId, siteFilesOf, SitesFolder, type LiveBuild } from './deploy';
import { checkIntegrity } from './integrity';
import { tempDir } from './test-helpers';

/** Writes a build folder with an index page and `pages - 1` more pages. */
function writeBuild(dir: string, pages: number, { index = true } = {}) {
  mkdirSync(dir, { recursive: true });
  if (index && pages > 0) writeFileSync(path.join(dir, 'index.html'), '<h1>Home</h1>');
  for (let page = index ? 1 : 0; page < pages; page += 1) {
    mkdirSync(path.join(dir, 'news', `item-${page}`), { recursive: true });
    writeFileSync(path.join(dir, 'news', `item-${page}`, 'index.html'), `<h1>${page}</h1>`);
  }
  mkdirSync(path.join(dir, '_astro'), { recursive: true });
  writeFileSync(path.join(dir, '_astro', 'app.abc123.css'), 'body{}');
}

const liveBuild = (buildId: string, pages = 4): LiveBuild => ({
  buildId,
  builtAt: new Date().toISOString(),
  pages,
  builtFrom: { cmsUrl: null, trigger: { events: 1, lastEvent: null } },
});

describe('build ids', () => {
  it('read as a UTC time and sort by age, even within one millisecond', () => {
    const now = new Date('2026-11-22T14:02:03.517Z');
    const ids = Array.from({ length: 5 }, () => newBuildId(now));
    expect(ids[0]).toMatch(/^20261122-140203-517-\d{4}-[0-9a-f]{4}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(newBuildId(new Date('2026-11-22T14:02:04Z')) > ids[4]!).toBe(true);
  });
});

describe('the integrity gate', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes a build with a home page and counts its pages recursively', async () => {
    writeBuild(dir, 6);
    expect(await checkIntegrity(dir, null, 0.5)).toEqual({ pages: 6, problem: null });
  });

  it('refuses a build with no pages', async () => {
    writeBuild(dir, 0);
    expect((await checkIntegrity(dir, null, 0.5)).problem).toMatch(/no pages/);
  });

  it('refuses a build without index.html', async () => {
    writeBuild(dir, 5, { index: false });
    expect(await checkIntegrity(dir, null, 0.5)).toMatchObject({
      pages: 5,
      problem: expect.stringMatching(/index\.html/),
    });
  });

  it('refuses a build that wrote no folder at all', async () => {
    expect((await checkIntegrity(path.join(dir, 'nothing'), null, 0.5)).problem).toMatch(
      /wrote no site files/,
    );
  });

  it('refuses a drop of more than the allowed share and names both counts', async () => {
    writeBuild(dir, 4);
    const { problem } = await checkIntegrity(dir, 10, 0.5);
    expect(problem).toMatch(/4 pages against 10 live/);
    expect(problem).toMatch(/60%/);
  });

  it('allows a drop of exactly the allowed share', async () => {
    writeBuild(dir, 5);
    expect((await checkIntegrity(dir, 10, 0.5)).problem).toBeNull();
  });
});

describe('the sites folder', () => {
  let dir: string;
  let sites: SitesFolder;
  beforeEach(async () => {
    dir = tempDir();
    sites = new SitesFolder(path.join(dir, 'sites'));
    await sites.prepare(3);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const deploy = async (buildId: string, pages = 4) => {
    writeBuild(siteFilesOf(sites.buildDir(buildId)), pages);
    await sites.goLive(liveBuild(buildId, pages));
  };

  it('has no live build at first', async () => {
    expect(await sites.liveRoot()).toBeNull();
    expect(await sites.readLiveBuild()).toBeNull();
  });

  it('goes live by swapping a relative symlink, leaving no temporary link', async () => {
    await deploy('20261122-140203-517-0001-aaaa');
    await deploy('20261122-140204-517-0002-bbbb');
    expect(readlinkSync(sites.liveLink)).toBe(path.join('builds', '20261122-140204-517-0002-bbbb'));
    expect(readdirSync(sites.root).sort()).toEqual(['builds', 'live', 'meta']);
    expect(await sites.liveRoot()).toBe(sites.buildDir('20261122-140204-517-0002-bbbb'));
  });

  it('keeps the metadata outside the served build', async () => {
    await deploy('20261122-140203-517-0001-aaaa', 7);
    expect(readdirSync(siteFilesOf(sites.buildDir('20261122-140203-517-0001-aaaa'))).sort()).toEqual([
      '_astro',
      'index.html',
      'news',
    ]);
    expect((await sites.readLiveBuild())?.pages).toBe(7);
  });

  it('prunes to the newest builds, never the live one', async () => {
    const ids = ['1', '2', '3', '4', '5'].map((n) => `20261122-14020${n}-000-0001-aaaa`);
    for (const id of ids) await deploy(id);
    expect(await sites.prune(3)).toEqual([ids[1], ids[0]]);
    expect(readdirSync(sites.buildsDir)).toEqual(ids.slice(2));
    expect(readdirSync(sites.metaDir).sort()).toEqual(ids.slice(2).map((id) => `${id}.json`));

    // Live is an older build (an operator rolled back by hand): it still stays.
    symlinkSync(path.join('builds', ids[2]!), `${sites.liveLink}.manual`);
    renameSync(`${sites.liveLink}.manual`, sites.liveLink);
    await sites.prune(1);
    expect(readdirSync(sites.buildsDir).sort()).toEqual([ids[2], ids[4]]);
  });

  it('clears leftovers of a crash at startup and keeps the live and kept builds', async () => {
    const kept = '20261122-140201-000-0001-aaaa';
    const live = '20261122-140202-000-0002-bbbb';
    await deploy(kept);
    await deploy(live);
    const halfBuilt = '20261122-140203-000-0003-cccc';
    writeBuild(sites.buildDir(halfBuilt), 2);
    symlinkSync(path.join('builds', halfBuilt), path.join(sites.root, `live.tmp-${halfBuilt}`));
    writeFileSync(path.join(sites.metaDir, '20260101-000000-000-0001-dead.json'), '{}');

    const removed = await new SitesFolder(sites.root).prepare(3);
    expect(removed.sort()).toEqual(
      [`builds/${halfBuilt}`, `live.tmp-${halfBuilt}`, 'meta/20260101-000000-000-0001-dead.json'].sort(),
    );
    expect(readdirSync(sites.buildsDir).sort()).toEqual([kept, live]);
    expect(readlinkSync(sites.liveLink)).toBe(path.join('builds', live));
  });

  it('drops a live link that points at a missing build', async () => {
    await deploy('20261122-140201-000-0001-aaaa');
    rmSync(sites.buildDir('20261122-140201-000-0001-aaaa'), { recursive: true });
    await sites.prepare(3);
    expect(existsSync(sites.liveLink)).toBe(false);
  });

  it('still knows a live build whose metadata was damaged or lost', async () => {
    await deploy('20261122-140201-000-0001-aaaa', 5);
    writeFileSync(path.join(sites.metaDir, '20261122-140201-000-0001-aaaa.json'), '{"buildId": "2026');
    expect(await sites.readLiveBuild()).toMatchObject({ buildId: '20261122-140201-000-0001-aaaa', pages: 5 });
    rmSync(path.join(sites.metaDir, '20261122-140201-000-0001-aaaa.json'));
    expect(await sites.readLiveBuild()).toMatchObject({ buildId: '20261122-140201-000-0001-aaaa', pages: 5 });
    await new SitesFolder(sites.root).prepare(3);
    expect(readFileSync(path.join(siteFilesOf(sites.liveLink), 'index.html'), 'utf8')).toBe('<h1>Home</h1>');
  });
});
