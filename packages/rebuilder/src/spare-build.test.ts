import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkTree } from './build-copy';
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
  spares = new SpareBuilds(sites, (line) => logged.push(line), 1);
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
    await spares.prepare(LIVE);
    await spares.settle();
    expect(foldersIn()).toHaveLength(2);

    const folder = await spares.take(LIVE);
    const { buildId, pages } = await folder.linked;
    expect(buildId).toBe(folder.buildId);
    expect(foldersIn()).toEqual([LIVE, buildId].sort());
    expect([...pages].sort()).toEqual(['404.html', 'index.html', 'news/a/index.html']);
    const original = statSync(path.join(sites.buildDir(LIVE), 'client/news/a/index.html'));
    expect(statSync(path.join(sites.buildDir(buildId), 'client/news/a/index.html')).ino).toBe(original.ino);
  });

  it('never hands out one folder twice: a second round gets a folder of its own', async () => {
    await spares.prepare(LIVE);
    const first = await spares.take(LIVE);
    const second = await spares.take(LIVE);
    expect(second.buildId).not.toBe(first.buildId);
    await Promise.all([first.linked, second.linked]);
    expect(foldersIn()).toHaveLength(3);
  });

  it('makes the folder at once when none was prepared', async () => {
    const folder = await spares.take(LIVE);
    expect((await folder.linked).pages.size).toBe(3);
    expect(existsSync(path.join(sites.buildDir(folder.buildId), 'server/entry.mjs'))).toBe(true);
  });

  it('replaces a spare of another build, removing its folder', async () => {
    writeBuild(OTHER, ['client/index.html']);
    await spares.prepare(LIVE);
    await spares.settle();
    const [stale] = foldersIn().filter((id) => id !== LIVE && id !== OTHER);

    await spares.prepare(OTHER);
    await spares.settle();
    const spare = await spares.take(OTHER);
    expect(foldersIn()).toEqual([LIVE, OTHER, spare.buildId].sort());
    expect(foldersIn()).not.toContain(stale);
    expect((await spare.linked).pages).toEqual(new Set(['index.html']));
  });

  it('leaves nothing behind and says why when the folder cannot be made, and the round hears it too', async () => {
    const folder = await spares.take('20261201-090000-000-0003-cccc');
    await expect(folder.linked).rejects.toMatchObject({ code: 'ENOENT' });
    await spares.settle();
    expect(foldersIn()).toEqual([LIVE]);
    expect(logged).toContainEqual(
      expect.stringMatching(
        /^could not prepare a build folder from build 20261201-090000-000-0003-cccc: ENOENT/,
      ),
    );
  });

  it('after a full build, brings reserve copies up to date for the rounds before an old build can be recycled', async () => {
    spares = new SpareBuilds(sites, (line) => logged.push(line), 3);
    mkdirSync(sites.metaDir, { recursive: true });
    writeFileSync(path.join(sites.metaDir, `${LIVE}.json`), '{}');
    await spares.prepare(LIVE);
    await spares.settle();
    expect(foldersIn()).toHaveLength(4);

    let base = LIVE;
    for (let round = 1; round <= 4; round += 1) {
      const { buildId } = await (await spares.take(base)).linked;
      const news = readdirSync(path.join(sites.buildDir(buildId), 'client/news')).sort();
      expect(news).toEqual(['a', ...Array.from({ length: round - 1 }, (_, index) => `round-${index + 1}`)]);
      const file = path.join(sites.buildDir(buildId), `client/news/round-${round}/index.html`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `round ${round}`);
      writeFileSync(path.join(sites.metaDir, `${buildId}.json`), '{}');
      spares.roundFinished({
        buildId,
        baseId: base,
        changed: [`client/news/round-${round}/index.html`],
        pages: new Set(['index.html', 'news/a/index.html', '404.html']),
      });
      base = buildId;
      await spares.prepare(base, await sites.prunable(3));
    }
    expect(logged.map((line) => line.replace(/^.*: /, '').replace(/[0-9a-z-]{29}/g, 'B'))).toEqual([
      'every file of build B linked',
      'old build B (a reserve copy of B) brought up to date (1 paths re-linked)',
      'old build B (a reserve copy of B) brought up to date (2 paths re-linked)',
      'old build B brought up to date (3 paths re-linked)',
      'old build B brought up to date (3 paths re-linked)',
    ]);
  });

  describe('bringing an old build up to date', () => {
    const NEXT = '20261201-090000-000-0004-dddd';

    /** Makes NEXT from LIVE as a round would, records it, and marks LIVE as a build that went live. */
    async function roundAfterLive() {
      await linkTree(sites.buildDir(LIVE), sites.buildDir(NEXT));
      const next = (file: string) => path.join(sites.buildDir(NEXT), file);
      const replace = (file: string, body: string) => {
        mkdirSync(path.dirname(next(file)), { recursive: true });
        writeFileSync(`${next(file)}.tmp`, body);
        renameSync(`${next(file)}.tmp`, next(file));
      };
      replace('client/index.html', 'home, redrawn');
      replace('client/news/b/index.html', 'a new article');
      replace('client/pagefind/0/entry.json', 'a new part');
      rmSync(path.dirname(next('client/news/a/index.html')), { recursive: true });
      mkdirSync(sites.metaDir, { recursive: true });
      writeFileSync(path.join(sites.metaDir, `${LIVE}.json`), '{}');
      spares.roundFinished({
        buildId: NEXT,
        baseId: LIVE,
        changed: [
          'client/index.html',
          'client/news/b/index.html',
          'client/news/a/index.html',
          'client/pagefind/0',
        ],
        pages: new Set(['index.html', 'news/b/index.html', '404.html']),
      });
    }

    /** Every file of a build folder with its inode, so two folders can be compared link for link. */
    const filesOf = (buildId: string) =>
      Object.fromEntries(
        readdirSync(sites.buildDir(buildId), { recursive: true, withFileTypes: true })
          .filter((entry) => !entry.isDirectory())
          .map((entry) => {
            const file = path.join(entry.parentPath, entry.name);
            return [path.relative(sites.buildDir(buildId), file), statSync(file).ino];
          }),
      );

    it('takes the build a round was made from and re-links only what the round changed', async () => {
      await roundAfterLive();
      await spares.prepare(NEXT, [LIVE]);
      const spare = await spares.take(NEXT);
      const { pages } = await spare.linked;

      expect(existsSync(sites.buildDir(LIVE))).toBe(false);
      expect(existsSync(path.join(sites.metaDir, `${LIVE}.json`))).toBe(false);
      expect(filesOf(spare.buildId)).toEqual(filesOf(NEXT));
      expect(existsSync(path.join(sites.buildDir(spare.buildId), 'client/news/a'))).toBe(false);
      expect(pages).toEqual(new Set(['index.html', 'news/b/index.html', '404.html']));
    });

    it('links a copy anew when the old build is not one the remembered rounds lead from', async () => {
      await roundAfterLive();
      writeBuild(OTHER, ['client/index.html']);
      await spares.prepare(NEXT, [OTHER]);
      const spare = await spares.take(NEXT);
      await spare.linked;

      expect(foldersIn()).toEqual([LIVE, OTHER, NEXT, spare.buildId].sort());
      expect(filesOf(spare.buildId)).toEqual(filesOf(NEXT));
    });
  });
});
