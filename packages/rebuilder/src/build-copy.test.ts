import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceFile } from 'site/files';
import { linkTree, outputFile, removeOutput, syncPaths } from './build-copy';
import { tempDir } from './test-helpers';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `files` (path relative to `root` → content) into `root`, making folders as needed. */
function writeFiles(root: string, files: Record<string, string>) {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
}

const SITE_FILES = {
  'index.html': '<h1>Home</h1>',
  'rss.xml': '<rss/>',
  'news/index.html': '<h1>News</h1>',
  'news/pay-talks/index.html': '<h1>Pay talks</h1>',
  'news/2026/12/deep/index.html': '<h1>Deep</h1>',
  '_astro/hero.a1b2.webp': 'webp bytes',
};

describe('linkTree', () => {
  it('makes every file of the copy a hard link of the original, nested folders included', async () => {
    const from = path.join(dir, 'live');
    const to = path.join(dir, 'next');
    writeFiles(from, SITE_FILES);

    expect((await linkTree(from, to)).sort()).toEqual(Object.keys(SITE_FILES).sort());

    for (const [name, content] of Object.entries(SITE_FILES)) {
      const original = statSync(path.join(from, name));
      const copy = statSync(path.join(to, name));
      expect(copy.ino, name).toBe(original.ino);
      expect(copy.nlink, name).toBe(2);
      expect(readFileSync(path.join(to, name), 'utf8')).toBe(content);
    }
    expect(readdirSync(to, { recursive: true }).sort()).toEqual(
      readdirSync(from, { recursive: true }).sort(),
    );
  });

  it('copies empty folders as folders', async () => {
    const from = path.join(dir, 'live');
    mkdirSync(path.join(from, 'empty', 'deeper'), { recursive: true });
    expect(await linkTree(from, path.join(dir, 'next'))).toEqual([]);
    expect(statSync(path.join(dir, 'next', 'empty', 'deeper')).isDirectory()).toBe(true);
  });

  it('copies symbolic links as links with the same target, not as the files they point at', async () => {
    const from = path.join(dir, 'live');
    const to = path.join(dir, 'next');
    writeFiles(from, { 'news/a/index.html': '<h1>A</h1>' });
    symlinkSync('a', path.join(from, 'news', 'latest'));
    symlinkSync('../news/a/index.html', path.join(from, 'news', 'a-page.html'));

    await linkTree(from, to);

    for (const name of ['news/latest', 'news/a-page.html']) {
      expect(lstatSync(path.join(to, name)).isSymbolicLink(), name).toBe(true);
      expect(readlinkSync(path.join(to, name)), name).toBe(readlinkSync(path.join(from, name)));
    }
    // The linked folder was not walked into and copied as a folder of its own.
    expect(statSync(path.join(from, 'news', 'a', 'index.html')).nlink).toBe(2);
  });

  it('refuses a target that exists and leaves it as it was', async () => {
    const from = path.join(dir, 'live');
    const to = path.join(dir, 'next');
    writeFiles(from, SITE_FILES);
    writeFiles(to, { 'keep.txt': 'mine' });

    await expect(linkTree(from, to)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readdirSync(to)).toEqual(['keep.txt']);
    expect(statSync(path.join(from, 'index.html')).nlink).toBe(1);
  });
});

describe('syncPaths', () => {
  it('re-links changed files, copies new folders, and removes what is gone with its emptied folders', async () => {
    const from = path.join(dir, 'live');
    const to = path.join(dir, 'old');
    writeFiles(from, SITE_FILES);
    await linkTree(from, to);
    rmSync(path.join(from, 'news/2026'), { recursive: true });
    rmSync(path.join(from, 'rss.xml'));
    writeFiles(from, { 'rss.xml': '<rss>new</rss>', 'pagefind/1/entry.json': '{}', 'pagefind/1/x/f': 'f' });

    await syncPaths(from, to, ['rss.xml', 'news/2026/12/deep/index.html', 'pagefind/1', 'pagefind/1/x/f']);

    expect(readdirSync(to, { recursive: true }).sort()).toEqual(
      readdirSync(from, { recursive: true }).sort(),
    );
    for (const file of ['rss.xml', 'pagefind/1/entry.json', 'pagefind/1/x/f', 'index.html'])
      expect(statSync(path.join(to, file)).ino, file).toBe(statSync(path.join(from, file)).ino);
  });

  it('leaves paths it is not given alone', async () => {
    const from = path.join(dir, 'live');
    const to = path.join(dir, 'old');
    writeFiles(from, SITE_FILES);
    await linkTree(from, to);
    rmSync(path.join(from, 'rss.xml'));
    await syncPaths(from, to, []);
    expect(existsSync(path.join(to, 'rss.xml'))).toBe(true);
  });
});

describe('outputFile', () => {
  const site = () => path.join(dir, 'site');

  it.each([
    ['/', 'index.html'],
    ['/news/', 'news/index.html'],
    ['/news/a/', 'news/a/index.html'],
    ['/rss.xml', 'rss.xml'],
    ['/_astro/hero.a1b2.webp', '_astro/hero.a1b2.webp'],
    ['/news/caf%C3%A9-talks/', 'news/café-talks/index.html'],
    ['/topics/pay%20and%20conditions/', 'topics/pay and conditions/index.html'],
  ])('writes %s to %s in the site folder', (urlPath, file) => {
    expect(outputFile(site(), urlPath)).toBe(path.join(site(), ...file.split('/')));
  });

  it.each([
    '/../outside.html',
    '/news/../../outside/',
    '/%2e%2e/outside.html',
    '/..%2F..%2Fetc%2Fpasswd',
    '/..',
  ])('refuses %s, which leads out of the site folder, naming it', (urlPath) => {
    expect(() => outputFile(site(), urlPath)).toThrow(
      `The output path ${urlPath} is outside the site folder.`,
    );
  });

  it('refuses a path with broken percent-encoding, naming it', () => {
    expect(() => outputFile(site(), '/news/100%-pay/')).toThrow(
      'The output path /news/100%-pay/ is not valid percent-encoding.',
    );
  });
});

describe('replaceFile', () => {
  it('gives the linked copy new bytes and leaves the original file untouched', async () => {
    const from = path.join(dir, 'live');
    const to = path.join(dir, 'next');
    writeFiles(from, SITE_FILES);
    await linkTree(from, to);
    const original = path.join(from, 'news', 'pay-talks', 'index.html');
    const inodeBefore = statSync(original).ino;

    await replaceFile(path.join(to, 'news', 'pay-talks', 'index.html'), '<h1>Pay talks, updated</h1>');

    expect(readFileSync(original, 'utf8')).toBe('<h1>Pay talks</h1>');
    expect(statSync(original).ino).toBe(inodeBefore);
    expect(statSync(original).nlink).toBe(1);
    const replaced = path.join(to, 'news', 'pay-talks', 'index.html');
    expect(readFileSync(replaced, 'utf8')).toBe('<h1>Pay talks, updated</h1>');
    expect(statSync(replaced).ino).not.toBe(inodeBefore);
    // No temporary file is left beside it.
    expect(readdirSync(path.dirname(replaced))).toEqual(['index.html']);
  });

  it('writes binary bodies byte for byte', async () => {
    const file = path.join(dir, 'image.webp');
    const bytes = new Uint8Array([0, 255, 1, 254, 10, 13]);
    await replaceFile(file, bytes);
    expect(new Uint8Array(readFileSync(file))).toEqual(bytes);
  });

  it('makes the folders a new page needs', async () => {
    const file = path.join(dir, 'site', 'news', 'new-article', 'index.html');
    await replaceFile(file, '<h1>New</h1>');
    expect(readFileSync(file, 'utf8')).toBe('<h1>New</h1>');
  });
});

describe('removeOutput', () => {
  it('removes a page and the folder it leaves empty, and nothing else', async () => {
    const site = path.join(dir, 'site');
    writeFiles(site, SITE_FILES);
    await removeOutput(site, '/news/pay-talks/');
    expect(existsSync(path.join(site, 'news', 'pay-talks'))).toBe(false);
    expect(readFileSync(path.join(site, 'news', 'index.html'), 'utf8')).toBe('<h1>News</h1>');
  });

  it('keeps a page folder that still holds something else', async () => {
    const site = path.join(dir, 'site');
    writeFiles(site, SITE_FILES);
    await removeOutput(site, '/news/');
    expect(existsSync(path.join(site, 'news', 'index.html'))).toBe(false);
    expect(readdirSync(path.join(site, 'news')).sort()).toEqual(['2026', 'pay-talks']);
  });

  it('removes a file that is not a page and keeps its folder', async () => {
    const site = path.join(dir, 'site');
    writeFiles(site, { '_astro/old.webp': 'old' });
    await removeOutput(site, '/_astro/old.webp');
    expect(readdirSync(path.join(site, '_astro'))).toEqual([]);
  });

  it('never removes the site folder itself, even with the home page gone', async () => {
    const site = path.join(dir, 'site');
    writeFiles(site, { 'index.html': '<h1>Home</h1>' });
    await removeOutput(site, '/');
    expect(readdirSync(site)).toEqual([]);
  });

  it('does nothing for a page that is already gone', async () => {
    const site = path.join(dir, 'site');
    writeFiles(site, SITE_FILES);
    const before = readdirSync(site, { recursive: true }).sort();
    await removeOutput(site, '/news/never-published/');
    expect(readdirSync(site, { recursive: true }).sort()).toEqual(before);
  });

  it('refuses a path outside the site folder and removes nothing', async () => {
    const site = path.join(dir, 'site');
    writeFiles(site, SITE_FILES);
    writeFiles(dir, { 'outside/index.html': 'not the site' });
    await expect(removeOutput(site, '/../outside/')).rejects.toThrow('is outside the site folder');
    expect(readFileSync(path.join(dir, 'outside', 'index.html'), 'utf8')).toBe('not the site');
  });
});
