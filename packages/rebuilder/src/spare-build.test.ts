import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SitesFolder } from './deploy';
import { SpareBuilds } from './spare-build';
import { tempDir } from './test-helpers';

const LIVE = '20261201-090000-000-0001-aaaa';
const OTHER = '20261201-090000-000-0002-bbbb';

let sites: SitesFolder;
let logged: string[];
let spares: SpareBuilds;

function writeBuild(buildId: string, files: string[]) {
  for (const file of files) {
    const full = path.join(sites.buildDir(buildId), file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, file);
  }
}

beforeEach(() => {
  sites = new SitesFolder(tempDir());
  logged = [];
  spares = new SpareBuilds(sites, (line) => logged.push(line));
  writeBuild(LIVE, [
    'client/index.html',
    'client/news/a/index.html',
    'client/404.html',
    'client/rss.xml',
    'client/_astro/site.css',
    'server/entry.mjs',
    'content.json',
  ]);
});
afterEach(async () => {
  await spares.settle();
  rmSync(sites.root, { recursive: true, force: true });
});

const foldersIn = () => readdirSync(sites.buildsDir).sort();

describe('SpareBuilds', () => {
  it('hands a round the folder prepared ahead: hard links of the live build, with its pages counted', async () => {
    spares.prepare(LIVE);
    await spares.settle();
    expect(foldersIn()).toHaveLength(2);

    const folder = spares.take(LIVE);
    const { buildId, pages } = await folder.linked;
    expect(buildId).toBe(folder.buildId);
    expect(foldersIn()).toEqual([LIVE, buildId].sort());
    expect([...pages].sort()).toEqual(['404.html', 'index.html', 'news/a/index.html']);
    const original = statSync(path.join(sites.buildDir(LIVE), 'client/news/a/index.html'));
    expect(statSync(path.join(sites.buildDir(buildId), 'client/news/a/index.html')).ino).toBe(original.ino);
  });

  it('never hands out one folder twice: a second round gets a folder of its own', async () => {
    spares.prepare(LIVE);
    const first = spares.take(LIVE);
    const second = spares.take(LIVE);
    expect(second.buildId).not.toBe(first.buildId);
    await Promise.all([first.linked, second.linked]);
    expect(foldersIn()).toHaveLength(3);
  });

  it('makes the folder at once when none was prepared', async () => {
    const folder = spares.take(LIVE);
    expect((await folder.linked).pages.size).toBe(3);
    expect(existsSync(path.join(sites.buildDir(folder.buildId), 'server/entry.mjs'))).toBe(true);
  });

  it('replaces a spare of another build, removing its folder', async () => {
    writeBuild(OTHER, ['client/index.html']);
    spares.prepare(LIVE);
    await spares.settle();
    const [stale] = foldersIn().filter((id) => id !== LIVE && id !== OTHER);

    spares.prepare(OTHER);
    await spares.settle();
    const spare = spares.take(OTHER);
    expect(foldersIn()).toEqual([LIVE, OTHER, spare.buildId].sort());
    expect(foldersIn()).not.toContain(stale);
    expect((await spare.linked).pages).toEqual(new Set(['index.html']));
  });

  it('leaves nothing behind and says why when the folder cannot be made, and the round hears it too', async () => {
    const folder = spares.take('20261201-090000-000-0003-cccc');
    await expect(folder.linked).rejects.toMatchObject({ code: 'ENOENT' });
    await spares.settle();
    expect(foldersIn()).toEqual([LIVE]);
    expect(logged).toEqual([
      expect.stringMatching(
        /^could not prepare a build folder from build 20261201-090000-000-0003-cccc: ENOENT/,
      ),
    ]);
  });
});
