import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  SEARCH_INDEX_FOLDER,
  SEARCH_PARTS_FILE,
  SearchIndexInMemory,
  partOf,
  writeSearchIndex,
} from 'site/search-index';
import { linkTree } from './build-copy';
import { changedSearchPages, refreshSearchIndex } from './search-refresh';
import { tempDir } from './test-helpers';

const article = (title: string, words: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>` +
  `<main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;
const listing = '<!doctype html><html lang="en"><body><h1>News</h1></body></html>';

/** Kills the Pagefind processes this test process started, and waits until they are gone. */
async function killPagefind(): Promise<void> {
  const children = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,comm='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, ppid, command]) => Number(ppid) === process.pid && command?.startsWith('pagefind'))
    .map(([pid]) => Number(pid));
  expect(children).not.toEqual([]);
  for (const pid of children) process.kill(pid, 'SIGKILL');
  const running = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  await vi.waitFor(() => expect(children.filter(running)).toEqual([]));
}

/** Every file of a folder with its bytes, as one fingerprint per file. */
function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      }),
  );
}

/** A site folder of `pages` (file → HTML) with the search index a full build writes, and a round that changes it. */
function siteWithSearch(pages: Record<string, string>, pagesPerPart?: number) {
  const options = pagesPerPart ? { pagesPerPart } : {};
  const search = new SearchIndexInMemory(options);
  const site = { dir: '', siteDir: '', search };

  beforeAll(async () => {
    site.dir = tempDir();
    site.siteDir = path.join(site.dir, 'build', 'client');
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(site.siteDir, file)), { recursive: true });
      writeFileSync(path.join(site.siteDir, file), html);
    }
    // As the full build writes it.
    await writeSearchIndex(site.siteDir, options);
  });
  afterAll(() => {
    search.forget();
    rmSync(site.dir, { recursive: true, force: true });
  });

  /** Changes pages of the site as a round would, refreshes the index, and compares it with a new one. */
  async function round(changes: Record<string, string | null>) {
    const { dir, siteDir } = site;
    for (const [urlPath, html] of Object.entries(changes)) {
      const file = path.join(siteDir, urlPath, 'index.html');
      if (html === null) rmSync(path.dirname(file), { recursive: true });
      else {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, html);
      }
    }
    const redrawn = new Map(
      Object.entries(changes).flatMap(([urlPath, html]): [string, string][] =>
        html ? [[urlPath, html]] : [],
      ),
    );
    const removed = Object.keys(changes).filter((urlPath) => changes[urlPath] === null);
    const result = await refreshSearchIndex(search, siteDir, changedSearchPages(siteDir, redrawn, removed));

    const reference = path.join(dir, 'reference');
    rmSync(reference, { recursive: true, force: true });
    cpSync(siteDir, reference, { recursive: true });
    await writeSearchIndex(reference, options);
    expect(filesOf(path.join(siteDir, SEARCH_INDEX_FOLDER))).toEqual(
      filesOf(path.join(reference, SEARCH_INDEX_FOLDER)),
    );
    return result;
  }
  return { site, round };
}

describe('the search index kept between rounds', () => {
  const { site, round } = siteWithSearch({
    'news/index.html': listing,
    'news/pay-award/index.html': article('Pay award', 'The pay award for school leaders this year.'),
    'news/ofsted/index.html': article('Ofsted', 'Changes to inspection from September.'),
    'news/workload/index.html': article('Workload', 'Guidance on protecting time for leadership.'),
  });
  const search = site.search;

  it('is made from every page the first time', async () => {
    const result = await round({ '/news/ofsted/': article('Ofsted', 'Inspection changes from September.') });
    expect(result).toMatchObject({ pages: 3, whole: true, written: [0], listed: [0], parts: 1 });
  });

  it('then adds only a changed page again, writing what a new index would', async () => {
    const result = await round({ '/news/pay-award/': article('Pay award', 'A pay award of four per cent.') });
    expect(result).toMatchObject({ pages: 3, whole: false, written: [0], listed: [0], parts: 1 });
  });

  it('leaves out a removed page, and takes it back at its old place', async () => {
    expect(await round({ '/news/workload/': null })).toMatchObject({
      pages: 2,
      whole: false,
      written: [0],
      listed: [0],
      parts: 1,
    });
    const back = article('Workload', 'Guidance on protecting time for leadership, revised.');
    expect(await round({ '/news/workload/': back })).toMatchObject({
      pages: 3,
      whole: false,
      written: [0],
      listed: [0],
      parts: 1,
    });
  });

  it('makes its part anew when a page joins at a new address, which has its own place in the order', async () => {
    const result = await round({ '/news/another/': article('Another', 'A new article about funding.') });
    expect(result).toMatchObject({ pages: 4, whole: false, written: [0], listed: [0], parts: 1 });
  });

  it('ignores pages that are not searchable, writing no part', async () => {
    expect(await round({ '/news/': `${listing}<!-- redrawn -->` })).toMatchObject({
      pages: 4,
      whole: false,
      written: [],
      listed: [0],
      parts: 1,
    });
  });

  it('starts Pagefind again after its process has died: one write fails, the next makes the index anew', async () => {
    await killPagefind();
    await expect(
      round({ '/news/ofsted/': article('Ofsted', 'Inspection changes from January.') }),
    ).rejects.toThrow(/Pagefind|search index/);
    search.forget();
    const result = await round({ '/news/ofsted/': article('Ofsted', 'Inspection changes from March.') });
    expect(result).toMatchObject({ pages: 4, whole: true, written: [0], listed: [0], parts: 1 });
  });
});

describe('a page that lists other entries, marked for search to ignore', () => {
  const topic = (description: string, listed: string[]) =>
    `<!doctype html><html lang="en"><head><title>Pay</title></head><body><main data-pagefind-body>` +
    `<h1>Pay</h1><p>${description}</p><ul data-pagefind-ignore="all">` +
    listed.map((name) => `<li><a href="/news/${name}/">${name}</a></li>`).join('') +
    `</ul></main></body></html>`;
  const { round } = siteWithSearch({
    'topics/pay/index.html': topic('Pay and pensions.', ['pay-award']),
    'news/pay-award/index.html': article('Pay award', 'The pay award for school leaders this year.'),
  });

  it('is not indexed again when only its list changed, and the index is what a new one would be', async () => {
    await round({ '/news/pay-award/': article('Pay award', 'A pay award of four per cent.') });
    expect(
      await round({ '/topics/pay/': topic('Pay and pensions.', ['pay-award', 'ofsted']) }),
    ).toMatchObject({ pages: 2, whole: false, written: [], listed: [0] });
    expect(await round({ '/topics/pay/': topic('Pay, pensions and contracts.', ['ofsted']) })).toMatchObject({
      pages: 2,
      whole: false,
      written: [0],
    });
  });
});

describe('the search index in parts', () => {
  // Two pages a part: six searchable pages make four parts.
  const PAGES_PER_PART = 2;
  const names = ['pay-award', 'ofsted', 'workload', 'funding', 'send', 'budgets'];
  const pages = Object.fromEntries(
    names.map((name) => [`news/${name}/index.html`, article(name, `An update about ${name} for leaders.`)]),
  );
  const { site, round } = siteWithSearch({ 'news/index.html': listing, ...pages }, PAGES_PER_PART);
  const index = () => path.join(site.siteDir, SEARCH_INDEX_FOLDER);
  const partsListed = () =>
    (JSON.parse(readFileSync(path.join(index(), SEARCH_PARTS_FILE), 'utf8')) as { parts: string[] }).parts;
  /** Each part's files with their inode: a part not written keeps the very same files. */
  const inodes = (part: number) =>
    Object.fromEntries(
      readdirSync(path.join(index(), String(part)), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [entry.name, statSync(path.join(entry.parentPath, entry.name)).ino]),
    );

  it('is written by the full build as one Pagefind index a part, listed for the search page', () => {
    expect(partsListed()).toEqual(['0/', '1/', '2/', '3/']);
    expect(readdirSync(index()).sort()).toEqual(['0', '1', '2', '3', SEARCH_PARTS_FILE]);
    for (const part of [0, 1, 2, 3])
      expect(readdirSync(path.join(index(), String(part)))).toContain('pagefind-entry.json');
  });

  it('rewrites only the part of a changed page, and every part at first', async () => {
    expect(await round({ '/news/send/': article('send', 'SEND funding, revised.') })).toMatchObject({
      pages: 6,
      whole: true,
      written: [0, 1, 2, 3],
      listed: [0, 1, 2, 3],
      parts: 4,
    });
    const part = partOf('news/ofsted/index.html', 4);
    const others = [0, 1, 2, 3].filter((other) => other !== part);
    const before = others.map(inodes);

    expect(await round({ '/news/ofsted/': article('ofsted', 'Inspection changes from January.') })).toEqual({
      pages: 6,
      whole: false,
      written: [part],
      listed: [0, 1, 2, 3],
      parts: 4,
      changedFiles: [`${SEARCH_INDEX_FOLDER}/${part}`, `${SEARCH_INDEX_FOLDER}/${SEARCH_PARTS_FILE}`],
    });
    expect(others.map(inodes)).toEqual(before);
  });

  it('writes into a part only the files it lacks and its entry file, and changes no file in place', async () => {
    const part = partOf('news/workload/index.html', 4);
    const earlierBuild = path.join(path.dirname(site.siteDir), 'earlier-build-index');
    await linkTree(index(), earlierBuild);
    const earlierBytes = filesOf(earlierBuild);
    const before = inodes(part);

    await round({ '/news/workload/': article('workload', 'Workload guidance, updated for spring.') });
    expect(filesOf(earlierBuild)).toEqual(earlierBytes);
    const after = inodes(part);
    const kept = Object.keys(after).filter((file) => before[file] === after[file]);
    const written = Object.keys(after).filter((file) => before[file] !== after[file]);
    expect(kept).toContain('pagefind.js');
    expect(written).toContain('pagefind-entry.json');
    // The page's fragment, the part's metadata, its index chunk and its entry file.
    expect(written.length).toBeLessThanOrEqual(4);
    rmSync(earlierBuild, { recursive: true });
  });

  it('makes only its part anew when a page joins, while the number of parts holds', async () => {
    const joining = 'news/pensions/index.html';
    const result = await round({ '/news/pensions/': article('pensions', 'Pension changes for leaders.') });
    expect(result).toMatchObject({
      pages: 7,
      whole: false,
      written: [partOf(joining, 4)],
      listed: [0, 1, 2, 3],
      parts: 4,
    });
  });

  it('cuts every part anew when a page taken down comes back at its old place and the site outgrows them', async () => {
    await round({ '/news/trips/': article('trips', 'School trips.') });
    await round({ '/news/budgets/': null });
    await round({ '/news/pupils/': article('pupils', 'Pupil numbers.') });
    const back = await round({ '/news/budgets/': article('budgets', 'Budgets, again.') });
    expect(back).toMatchObject({ pages: 9, whole: true, parts: 8 });
    for (const urlPath of ['/news/trips/', '/news/pupils/']) await round({ [urlPath]: null });
  });

  it('cuts every part anew when the site outgrows them, leaving out parts with no page, and again when it shrinks', async () => {
    const grown = await round({
      '/news/holidays/': article('holidays', 'Term dates.'),
      '/news/governors/': article('governors', 'Working with governors.'),
    });
    // Nine pages in eight parts: these names leave parts 0, 1 and 2 empty, and Pagefind cannot load an empty index.
    expect(grown).toMatchObject({
      pages: 9,
      whole: true,
      written: [3, 4, 5, 6, 7],
      listed: [3, 4, 5, 6, 7],
      parts: 8,
    });
    expect(partsListed()).toEqual(['3/', '4/', '5/', '6/', '7/']);
    // What a build made from the one before must take over: the parts written, the list, the parts gone.
    expect(grown.changedFiles.sort()).toEqual(
      ['3', '4', '5', '6', '7', SEARCH_PARTS_FILE, '0', '1', '2']
        .map((name) => `${SEARCH_INDEX_FOLDER}/${name}`)
        .sort(),
    );
    expect(readdirSync(index()).sort()).toEqual(['3', '4', '5', '6', '7', SEARCH_PARTS_FILE]);

    const shrunk = await round({ '/news/holidays/': null, '/news/governors/': null });
    expect(shrunk).toMatchObject({
      pages: 7,
      whole: true,
      written: [0, 1, 2, 3],
      listed: [0, 1, 2, 3],
      parts: 4,
    });
    expect(readdirSync(index()).sort()).toEqual(['0', '1', '2', '3', SEARCH_PARTS_FILE]);
  });
});
