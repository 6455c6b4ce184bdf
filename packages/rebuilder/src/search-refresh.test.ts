import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEARCH_INDEX_FOLDER, SearchIndexInMemory, writeSearchIndex } from 'site/search-index';
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

describe('the search index kept between rounds', () => {
  let dir: string;
  let siteDir: string;
  const search = new SearchIndexInMemory();

  beforeAll(async () => {
    dir = tempDir();
    siteDir = path.join(dir, 'build', 'client');
    const pages: Record<string, string> = {
      'news/index.html': listing,
      'news/pay-award/index.html': article('Pay award', 'The pay award for school leaders this year.'),
      'news/ofsted/index.html': article('Ofsted', 'Changes to inspection from September.'),
      'news/workload/index.html': article('Workload', 'Guidance on protecting time for leadership.'),
    };
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(siteDir, file)), { recursive: true });
      writeFileSync(path.join(siteDir, file), html);
    }
    // As the full build writes it.
    await writeSearchIndex(siteDir);
  });
  afterAll(async () => {
    search.forget();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Changes pages of the site as a round would, refreshes the index, and compares it with a new one. */
  async function round(pages: Record<string, string | null>) {
    for (const [urlPath, html] of Object.entries(pages)) {
      const file = path.join(siteDir, urlPath, 'index.html');
      if (html === null) rmSync(path.dirname(file), { recursive: true });
      else {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, html);
      }
    }
    const redrawn = new Map(
      Object.entries(pages).flatMap(([urlPath, html]): [string, string][] => (html ? [[urlPath, html]] : [])),
    );
    const removed = Object.keys(pages).filter((urlPath) => pages[urlPath] === null);
    const result = await refreshSearchIndex(
      search,
      path.dirname(siteDir),
      siteDir,
      changedSearchPages(siteDir, redrawn, removed),
    );

    const reference = path.join(dir, 'reference');
    rmSync(reference, { recursive: true, force: true });
    cpSync(siteDir, reference, { recursive: true });
    await writeSearchIndex(reference);
    expect(filesOf(path.join(siteDir, SEARCH_INDEX_FOLDER))).toEqual(
      filesOf(path.join(reference, SEARCH_INDEX_FOLDER)),
    );
    return result;
  }

  it('is made from every page the first time', async () => {
    const result = await round({ '/news/ofsted/': article('Ofsted', 'Inspection changes from September.') });
    expect(result).toEqual({ pages: 3, whole: true });
  });

  it('then adds only a changed page again, writing what a new index would', async () => {
    const result = await round({ '/news/pay-award/': article('Pay award', 'A pay award of four per cent.') });
    expect(result).toEqual({ pages: 3, whole: false });
  });

  it('leaves out a removed page, and takes it back at its old place', async () => {
    expect(await round({ '/news/workload/': null })).toEqual({ pages: 2, whole: false });
    const back = article('Workload', 'Guidance on protecting time for leadership, revised.');
    expect(await round({ '/news/workload/': back })).toEqual({ pages: 3, whole: false });
  });

  it('is made anew when a page joins at a new address, which has its own place in the order', async () => {
    const result = await round({ '/news/another/': article('Another', 'A new article about funding.') });
    expect(result).toEqual({ pages: 4, whole: true });
  });

  it('ignores pages that are not searchable', async () => {
    expect(await round({ '/news/': `${listing}<!-- redrawn -->` })).toEqual({ pages: 4, whole: false });
  });

  it('starts Pagefind again after its process has died: one write fails, the next makes the index anew', async () => {
    await killPagefind();
    await expect(
      round({ '/news/ofsted/': article('Ofsted', 'Inspection changes from January.') }),
    ).rejects.toThrow(/Pagefind|search index/);
    search.forget();
    const result = await round({ '/news/ofsted/': article('Ofsted', 'Inspection changes from March.') });
    expect(result).toEqual({ pages: 4, whole: true });
  });
});
